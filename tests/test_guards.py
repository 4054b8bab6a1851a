"""A branch's test read at an option's default: a sentinel default (`--seed 0`, "do not seed") guards the seeding."""
import pytest

from seedaudit.code.facts import Branch, Context, Expr
from seedaudit.code.guards import runs_at_default


def branch(test: str, negated: bool = False) -> Branch:
    return Branch(id=0, test=Expr(test, "other"), negated=negated, line=1, ctx=Context())


@pytest.mark.parametrize(("test", "default", "runs"), [
    ("args.seed != 0", 0, False),
    ("args.seed", 0, False),
    ("args.seed > 0 and args.cuda", 0, False),  # fails at the default whatever `args.cuda` is
    ("args.seed > 0 or args.cuda", 0, None),  # depends on `args.cuda`
    ("args.seed >= 0", 0, True),
    ("cfg['seed'] is not None", 0, True),
    ("-1 < seed", -1, False),
    ("not opts.seed", 7, False),
])
def test_the_guard_is_read_at_the_default(test, default, runs):
    assert runs_at_default(branch(test), "seed", default) is runs


def test_the_else_side_runs_when_the_test_fails():
    assert runs_at_default(branch("args.seed == 0", negated=True), "seed", 0) is False
    assert runs_at_default(branch("args.seed == 0", negated=True), "seed", 3) is True


def test_a_test_reading_anything_else_is_unknown():
    assert runs_at_default(branch("use_seed(args.seed)"), "seed", 0) is None
    assert runs_at_default(branch("args.seed != other"), "seed", 0) is None
