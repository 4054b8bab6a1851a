"""Python 2 training scripts are spelled as Python 3 line for line and checked, not refused."""
from __future__ import annotations

import ast
import json

from seedaudit.code.python2 import python2_respelled

OLD_SCRIPT = '''import sys
import numpy as np
np.random.seed(0777)
limit = 10L
if limit <> 3: print "limit", limit
try:
    print >>sys.stderr, "starting", limit
except IOError, err:
    raise RuntimeError, "no log: %s" % err
print
print "loss %.3f" % (
    limit)
exec "steps = 2"
print("already a call")
'''


def test_every_python2_form_is_spelled_as_python3_on_its_own_line():
    out = python2_respelled(OLD_SCRIPT)
    assert out is not None
    ast.parse(out)
    lines = out.splitlines()
    assert len(lines) == len(OLD_SCRIPT.splitlines())
    assert lines[2] == "np.random.seed(0o777)"
    assert lines[3] == "limit = 10"
    assert lines[4] == 'if limit != 3: print("limit", limit)'
    assert lines[6].replace(" ", "") == 'print("starting",limit,file=sys.stderr)'
    assert lines[7] == "except IOError as err:"
    assert lines[8].replace(" ", "") == 'raiseRuntimeError("nolog:%s"%err)'
    assert lines[9] == "print()"
    assert lines[11] == "    limit))"
    assert lines[12] == 'exec("steps = 2")'
    assert lines[13] == 'print("already a call")'


def test_python3_text_and_unsalvageable_python2_give_none():
    assert python2_respelled("import random\nrandom.seed(3)\nprint(random.random())\n") is None
    assert python2_respelled("seed = `3`\nprint seed\n") is None  # backquotes stay an input error


def test_a_python2_script_gets_its_findings_not_an_input_error(run_cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "old"\n')
    (tmp_path / "sweep.py").write_text(
        "import torch\n"
        "print 'comparing two widths'\n"
        "for width in [64, 256]:\n"
        "    torch.manual_seed(5)\n"
        "    net = torch.nn.Linear(10, width)\n"
        "    train(net)\n"
        "    print width, evaluate(net)\n")
    code, out, _ = run_cli("check", str(tmp_path), "-f", "json", "--no-cache")
    ids = {(f["rule_id"], f["location"]["line"]) for f in json.loads(out)["findings"]}
    assert ("SA101", 4) in ids and not any(rule == "SA001" for rule, _ in ids)


def test_torch_before_0_4_async_keyword_is_respelled_non_blocking():
    """`x.cuda(async=True)` has been a syntax error since Python 3.7; it is read as torch's `non_blocking=True`, on its
    own line, while `async def` and a name merely containing the word stay as written."""
    text = ("import torch\n"
            "images = images.cuda(async=True)\n"
            "labels = labels.cuda(device, async=True)\n"
            "async_loader = 3\n")
    out = python2_respelled(text)
    assert out is not None
    ast.parse(out)
    assert out.splitlines() == ["import torch", "images = images.cuda(non_blocking=True)",
                                "labels = labels.cuda(device, non_blocking=True)", "async_loader = 3"]
