"""SA102's severity: a best seed kept by a score measured on test data is the worst form (error), however the score
is named where it is compared; the corpus markers name rules, not severities, so this is pinned here."""
from __future__ import annotations

from pathlib import Path

import pytest

from seedaudit.code.engine import check_paths
from seedaudit.config import load_config
from seedaudit.findings import Severity
from seedaudit.rules import Selection

SEED_LOOP = """
import torch
from torch import nn
from data import loaders
from evaluation import evaluate

train_loader, {scored} = loaders()
best_acc, best_seed = 0.0, None
for seed in [1, 2, 3, 4, 5]:
    torch.manual_seed(seed)
    model = nn.Linear(20, 2)
    optimiser = torch.optim.SGD(model.parameters(), lr=0.1)
    for x, y in train_loader:
        optimiser.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        optimiser.step()
    _, acc = evaluate(model, {scored})
    if acc > best_acc:
        best_acc, best_seed = acc, seed
print(best_seed, best_acc)
"""


def _selection_severities(tmp_path: Path, scored: str) -> list[Severity]:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "case"\n')
    (tmp_path / "seeds.py").write_text(SEED_LOOP.format(scored=scored))
    outcome = check_paths([tmp_path], load_config([tmp_path]), Selection.build(select=["SA102"]), use_cache=False)
    return [f.severity for f in outcome.findings]


@pytest.mark.parametrize(("scored", "severity"), [("test_loader", Severity.ERROR), ("other_loader", Severity.WARNING)])
def test_a_score_unpacked_from_an_evaluation_on_test_data_is_a_pick_on_test(tmp_path: Path, scored: str,
                                                                             severity: Severity):
    assert _selection_severities(tmp_path, scored) == [severity]
