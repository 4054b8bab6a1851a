"""A line the cross-check cites is quoted the same way however the project's facts were read: in this process or by a
pool of workers, which send facts back without their source lines. Before, a project read by a pool (24 files or more
on a machine with two cores) had the cited text fall back to the seeding call's name whenever the file had no finding
of its own, so the same submission printed another quote, and another fingerprint, on a one-core machine."""
from __future__ import annotations

from pathlib import Path

import pytest

from seedaudit.code.engine import check_paths
from seedaudit.code.runs import single_seed_places
from seedaudit.config import Config
from seedaudit.rules import Selection

TRAIN = """import torch

from sampler import order


def main():
    generator_seed = 7
    torch.manual_seed(generator_seed)
    batches = order(list(range(12)))
    model = torch.nn.Linear(4, 2)
    optimiser = torch.optim.Adam(model.parameters())
    for batch in batches:
        model(torch.randn(2, 4)).sum().backward()
        optimiser.step()


if __name__ == "__main__":
    main()
"""
SAMPLER = "def order(items):\n    return sorted(items)\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A training script and enough small modules (30) that a check with two jobs reads them in a pool."""
    root = tmp_path / "proj"
    (root / "layers").mkdir(parents=True)
    (root / "train.py").write_text(TRAIN)
    (root / "sampler.py").write_text(SAMPLER)
    (root / "layers" / "__init__.py").write_text("")
    for index in range(30):
        (root / "layers" / f"block{index}.py").write_text(f"def block{index}(x):\n    return x * {index}\n")
    return root


def cited(root: Path, jobs: int) -> list[tuple[int, str]]:
    """The cited seed lines, under a selection that gives the training script no finding of its own (SA104 would
    cite its fixed seed, and a file with a finding has its lines read back for the finding's quote anyway)."""
    outcome = check_paths([root], Config(), Selection.build(select=["SA102"]), root=root, jobs=jobs, use_cache=False)
    return [(place.line, place.text) for place in single_seed_places(outcome.project)]


def test_cited_seed_line_is_the_source_line_when_a_pool_read_the_project(project):
    in_process = cited(project, jobs=1)
    assert in_process == [(8, "torch.manual_seed(generator_seed)")]
    assert cited(project, jobs=2) == in_process
