"""SA105 details the corpus markers cannot pin down: what the message says of a family seeded too late."""
from __future__ import annotations

import textwrap
from pathlib import Path

from seedaudit.code.engine import check_paths
from seedaudit.config import load_config
from seedaudit.rules import Selection

DRAWN_AT_IMPORT = """
import numpy as np
import torch

PROBE = torch.randn(16)


def main():
    np.random.seed(0)
    torch.manual_seed(0)
    print(PROBE.sum() + float(np.random.rand()))


if __name__ == "__main__":
    main()
"""


def test_a_family_seeded_after_an_import_time_draw_is_said_to_be_seeded_too_late(tmp_path: Path):
    """torch is seeded, but only in `main()`, after the module-level draw: the message says where it is seeded, not
    that it never is."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "t"\n')
    (tmp_path / "probe.py").write_text(textwrap.dedent(DRAWN_AT_IMPORT).lstrip())
    outcome = check_paths([tmp_path], load_config([tmp_path]), Selection.build(select=["SA105"]), use_cache=False)
    (finding,) = [f for f in outcome.findings if f.rule_id == "SA105"]
    assert finding.location.line == 4
    assert "seeded only at line 9 (in `main`), which does not run before this draw" in finding.message
    assert "never seeded" not in finding.message
