"""One error hierarchy (seedaudit.errors) that the CLI turns into one line and exit code 2, and one
builder of SA001 findings (seedaudit.diagnostics) that every engine uses."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from seedaudit import errors
from seedaudit.code.engine import check_paths
from seedaudit.config import Config
from seedaudit.paper import audit_paper
from seedaudit.rerun.engine import NothingMeasured
from seedaudit.rerun.runner import StudyChanged
from seedaudit.rerun.study import StudyError
from seedaudit.rules import RuleError, Selection, get_rule
from seedaudit.runtime import PoolError

PACKAGE = Path(__file__).resolve().parent.parent / "seedaudit"


@pytest.mark.parametrize("error, kind", [
    (errors.ConfigError, errors.ConfigError), (RuleError, errors.ConfigError), (StudyError, errors.ConfigError),
    (errors.StoreError, errors.StoreError), (NothingMeasured, errors.StoreError), (StudyChanged, errors.StoreError),
    (errors.PaperInputError, errors.InputError), (errors.CodeInputError, errors.InputError),
    (errors.UsageError, errors.SeedauditError), (PoolError, errors.SeedauditError),
])
def test_every_user_error_is_a_seedaudit_error(error, kind):
    assert issubclass(error, kind) and issubclass(error, errors.SeedauditError)


@pytest.mark.parametrize("error", [errors.ConfigError("bad key"), errors.StoreError("bad key"), PoolError("bad key"),
                                   errors.PaperInputError("x.pdf", "bad key")])
def test_the_cli_says_any_seedaudit_error_in_one_line_with_exit_code_2(error, run_cli, monkeypatch, tmp_path):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr("seedaudit.cli.check.load_config", fail)
    code, _, err = run_cli("check", tmp_path)
    assert code == 2 and err == "seedaudit: error: bad key\n"


def test_sa001_is_built_in_one_place():
    """Engines call seedaudit.diagnostics.input_error_finding; nothing else looks up SA001 to build a Finding."""
    by_hand = re.compile(r"""(?:get_rule\(|all_rules\(\)\[)\s*["']SA001["']""")
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if p.name != "diagnostics.py" and by_hand.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_sa001_from_the_paper_and_the_code_engines_look_alike(tmp_path):
    (tmp_path / "broken.py").write_text("def f(:\n    seed = 1\n")  # seed: past the cheap prefilter
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    code = [f for f in check_paths([tmp_path / "broken.py"], Config(root=tmp_path), Selection.build(select=["ALL"]),
                                     use_cache=False).findings
            if f.rule_id == "SA001"]
    paper = [f for f in audit_paper(tmp_path / "paper.pdf").findings if f.rule_id == "SA001"]
    rule = get_rule("SA001")
    assert code and paper
    for finding in code + paper:
        assert (finding.rule_name, finding.severity, finding.fix_hint) == (rule.name, rule.severity, rule.fix_hint)
