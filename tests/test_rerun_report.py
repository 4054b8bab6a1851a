"""How a re-run is reported: what ran (commands, seeds, seed sites varied and kept), consistency and churn,
the charts' layout (nice ticks, no whisker through a label, a diamond only when claimed), the store kept."""
from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from seedaudit.report import svg

PROGRAMS = Path(__file__).parent / "fixtures" / "rerun" / "compare"


@pytest.mark.parametrize("lo, hi, labels", [
    (0.836, 0.849, ["0.835", "0.840", "0.845", "0.850"]),
    (0.575, 0.675, ["0.575", "0.600", "0.625", "0.650", "0.675"]),
    (0.0, 1.0, ["0.00", "0.25", "0.50", "0.75", "1.00"]),
    (-3.0, 12.0, ["-5", "0", "5", "10", "15"]),
])
def test_axis_ticks_are_round_steps(lo, hi, labels):
    start, end, ticks = svg.nice_axis(lo, hi)
    assert [label for _, label in ticks] == labels
    assert start <= lo and end >= hi
    steps = {round(b - a, 12) for (a, _), (b, _) in zip(ticks, ticks[1:])}
    assert len(steps) == 1
    step = steps.pop()
    assert round(step / 10 ** math.floor(math.log10(step)), 9) in (1, 2, 2.5, 5)


def test_the_dot_plot_ticks_are_nice_values():
    page = svg.strip_plot({"a": [0.8362, 0.8441, 0.8489], "b": [0.8401, 0.8455]})
    assert re.findall(r'class="tick">([-0-9.]+)<', page) == ["0.835", "0.840", "0.845", "0.850"]


def test_the_probability_label_sits_clear_of_its_interval():
    page = str(svg.probability_bars([("P(a > b)", 0.5, (0.1, 0.95)), ("P(a > c)", 0.9, (0.7, 1.0))]))
    whiskers = [float(x) for x in re.findall(r'x2="([0-9.]+)" y1="[0-9.]+" y2="[0-9.]+" class="ci"', page)]
    labels = [float(x) for x in re.findall(r'<text x="([0-9.]+)" y="[0-9.]+" class="value">', page)]
    assert len(whiskers) == len(labels) == 2 and min(labels) > max(whiskers) + 4


def _rerun(tmp_path: Path, *extra: str, fmt: str = "text") -> subprocess.CompletedProcess:
    shutil.copy(PROGRAMS / "compare_in_one.py", tmp_path / "compare_in_one.py")
    return subprocess.run(
        [sys.executable, "-m", "seedaudit", "rerun", "-C", str(tmp_path), "--store", str(tmp_path / "s.sqlite"),
         "--seeds", "4", "--jobs", "2", "--no-progress", "--exit-zero", "-f", fmt, "--resamples", "500", *extra,
         "--", sys.executable, "compare_in_one.py", "lines"],
        capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def reported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    proc = _rerun(tmp, "--html", str(tmp / "page.html"))
    assert proc.returncode == 0, proc.stderr
    return proc.stdout, (tmp / "page.html").read_text()


def test_the_text_says_what_ran_and_shows_consistency_and_churn(reported):
    text, _ = reported
    assert "Re-ran:\n  main: " in text and "compare_in_one.py lines  [seeds injected (--vary training)]" in text
    assert "    seeds: own seed, 1, 2, 3 (4 seeds)" in text
    assert re.search(r"kept: random\.Random at compare_in_one\.py:13 \(seed 7\): data seed", text)
    assert "varied: random.seed at compare_in_one.py:23 (seed 1)" in text
    assert "systems compared inside each run: A, B" in text
    assert re.search(r"main over 4 runs of 40 examples: consistency [0-9.]+, churn [0-9.]+ \(max [0-9.]+\); "
                     r"\d+ always right, \d+ flipping, \d+ always wrong", text)


def test_the_page_says_what_ran_and_shows_consistency_without_a_claim_diamond(reported):
    _, page = reported
    assert "seeding calls in the program" in page and "<strong>kept</strong> random.Random" in page
    assert "<strong>varied</strong> random.seed" in page and "own seed, 1, 2, 3 (4 seeds)" in page
    assert re.search(r"<td>main</td><td>4</td><td>40</td><td>[0-9.]+</td><td>[0-9.]+, [0-9.]+</td>", page)
    assert "Per-example predictions of main over 4 runs: consistency" in page
    assert "diamond" not in page


def test_a_claim_adds_the_diamond_to_the_caption(tmp_path):
    proc = _rerun(tmp_path, "--claim", "B=0.9", "--html", str(tmp_path / "page.html"))
    assert proc.returncode == 0, proc.stderr
    assert "bar = mean; diamond = claimed value" in (tmp_path / "page.html").read_text()


def test_the_audit_keeps_its_rerun_store_beside_the_json_and_compares_the_looped_models(tmp_path):
    code = tmp_path / "code"
    code.mkdir()
    shutil.copy(PROGRAMS / "compare_in_one.py", code / "train.py")
    out = tmp_path / "out" / "audit.json"
    proc = subprocess.run([sys.executable, "-m", "seedaudit", "audit", "--code", str(code), "--rerun", "--seeds", "4",
                           "--jobs", "2", "--json", str(out), "--exit-zero", "-f", "json"],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rerun = json.loads(out.read_text())["rerun"]
    assert rerun["study"]["store"] == str(out.with_name("audit.rerun.sqlite")) and Path(rerun["study"]["store"]).exists()
    assert rerun["plan"]["compared"] == ["A", "B"]
    assert [(p["a"], p["b"]) for p in rerun["metrics"]["acc"]["pairs"]] == [("A", "B")]


def test_commands_and_sites_show_paths_a_reader_can_use(tmp_path, monkeypatch):
    """Runs use absolute paths (the interpreter of a venv, a temporary copy); the report shows `python` and
    paths relative to the folder it is read from, and leaves paths outside that folder whole."""
    from seedaudit.report.rerun_runs import shown

    monkeypatch.chdir(tmp_path)
    (tmp_path / "code").mkdir()
    command = f"/opt/envs/x/bin/python3.11 {tmp_path}/code/train.py --model a --out /elsewhere/out.json"
    assert shown(command) == "python3.11 code/train.py --model a --out /elsewhere/out.json"
    assert shown(f"{tmp_path}/code/train.py:45") == "code/train.py:45"
