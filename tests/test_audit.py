"""`seedaudit audit`: submission layout, cross-check SA3xx on written submissions, partial audits on bad input."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from seedaudit.audit import audit_submission, locate
from seedaudit.rules import Selection

ROOT = Path(__file__).resolve().parent.parent
ALL = Selection.build(select=["ALL"])

PAPER_FIVE_SEEDS = r"""\documentclass{article}
\begin{document}
\section{Experiments}
We compare our tagger with the CRF baseline.
All scores are the mean and standard deviation over five random seeds.
Our tagger reaches 91.2 $\pm$ 0.3 F1 against 90.1 $\pm$ 0.4 for the baseline.
\end{document}
"""

TRAIN_FIXED = """import argparse
import torch

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="tagger")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    net = torch.nn.Linear(4, 2)
    print(net(torch.randn(3, 4)).sum().item())

if __name__ == "__main__":
    main()
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def audit(folder: Path, tmp_path: Path, **kwargs):
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    return audit_submission(locate(folder, kwargs.pop("paper", None), kwargs.pop("code", None), work), selection=ALL, **kwargs)


def rules_of(result) -> set[str]:
    return {f.rule_id for f in result.findings}


def test_paper_claims_five_seeds_code_runs_one(tmp_path):
    sub = write(tmp_path / "sub", {"paper.tex": PAPER_FIVE_SEEDS, "code/train.py": TRAIN_FIXED,
                                   "code/run.sh": "python train.py --model tagger\npython train.py --model crf\n"})
    result = audit(sub, tmp_path)
    c1 = [f for f in result.findings if f.rule_id == "SA301"]
    assert len(c1) == 1
    assert c1[0].location.path.endswith("train.py") and c1[0].location.line == 7  # the argparse default
    assert c1[0].related_locations and c1[0].related_locations[0].path.endswith("paper.tex")
    assert "five random seeds" in c1[0].related_evidence[0]
    assert result.data["verdict"]["level"] == "risky"
    assert any(row["status"].startswith("SA301") for row in result.data["crosscheck"])


def test_launcher_sweeping_the_claimed_seeds_is_consistent(tmp_path):
    sub = write(tmp_path / "sub", {"paper.tex": PAPER_FIVE_SEEDS, "code/train.py": TRAIN_FIXED,
                                   "code/run.sh": "for seed in 1 2 3 4 5; do\n  python train.py --model tagger --seed $seed\n"
                                                  "  python train.py --model crf --seed $seed\ndone\n"})
    result = audit(sub, tmp_path)
    assert not rules_of(result) & {"SA301", "SA305", "SA101"}
    assert result.data["code"]["seed_variation"].startswith("swept(5")


def test_sweep_with_fewer_seeds_than_claimed(tmp_path):
    sub = write(tmp_path / "sub", {"paper.tex": PAPER_FIVE_SEEDS, "code/train.py": TRAIN_FIXED,
                                   "code/run.sh": "for seed in 1 2 3; do\n  python train.py --seed $seed\ndone\n"})
    result = audit(sub, tmp_path)
    assert "SA305" in rules_of(result) and "SA301" not in rules_of(result)


def test_named_seed_differs_from_code(tmp_path):
    paper = PAPER_FIVE_SEEDS.replace("over five random seeds.", "over five random seeds.\nWe use the seeds 1, 2, 3, 4 and 5.")
    sub = write(tmp_path / "sub", {"paper.tex": paper, "code/train.py": TRAIN_FIXED.replace("default=13", "default=99")
                                   .replace("torch.manual_seed(args.seed)", "torch.manual_seed(1234)")})
    result = audit(sub, tmp_path)
    assert "SA302" in rules_of(result)


def test_unseeded_code_is_not_a_claimed_seeds_mismatch(tmp_path):
    code = "import torch\nnet = torch.nn.Linear(4, 2)\nprint(net(torch.randn(3, 4)).sum().item())\n"
    sub = write(tmp_path / "sub", {"paper.tex": PAPER_FIVE_SEEDS, "code/train.py": code})
    result = audit(sub, tmp_path)
    assert not rules_of(result) & {"SA301", "SA305"}


def test_best_seed_in_code_behind_an_average(tmp_path):
    code = """import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

X, y = np.random.rand(200, 4), np.random.randint(0, 2, 200)
best = 0.0
for seed in range(10):
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=seed)
    acc = LogisticRegression(random_state=seed).fit(X_tr, y_tr).score(X_te, y_te)
    if acc > best:
        best = acc
print("test accuracy", best)
"""
    sub = write(tmp_path / "sub", {"paper.tex": PAPER_FIVE_SEEDS, "code/train.py": code})
    result = audit(sub, tmp_path)
    assert "SA102" in rules_of(result)
    assert "SA303" in rules_of(result)


def test_reproducibility_claim_with_cudnn_benchmark(tmp_path):
    paper = PAPER_FIVE_SEEDS.replace("All scores are the mean and standard deviation over five random seeds.",
                                     "We fix the random seed to 0, which makes all results reproducible.")
    code = "import torch\ntorch.manual_seed(0)\ntorch.backends.cudnn.benchmark = True\nnet = torch.nn.Linear(4, 2)\n"
    sub = write(tmp_path / "sub", {"paper.tex": paper, "code/train.py": code})
    result = audit(sub, tmp_path)
    c4 = [f for f in result.findings if f.rule_id == "SA304"]
    assert c4 and c4[0].location.line == 3


def test_no_paper_still_audits_code(tmp_path):
    sub = write(tmp_path / "sub", {"code/train.py": TRAIN_FIXED, "code/run.sh": "python train.py --model a\npython train.py --model b\n"})
    result = audit(sub, tmp_path)
    assert any(f["what"] == "paper" for f in result.data["failures"])
    assert "SA101" in rules_of(result)


def test_no_code_still_audits_paper(tmp_path):
    paper = tmp_path / "paper.tex"
    paper.write_text(PAPER_FIVE_SEEDS)
    work = tmp_path / "work"
    work.mkdir()
    result = audit_submission(locate(paper, None, None, work), selection=ALL)
    assert any(f["what"] == "code" for f in result.data["failures"])
    assert result.data["papers"] and result.data["papers"][0]["claims"]["max_n"] == 5


def test_unreadable_paper_and_broken_code_are_listed(tmp_path):
    sub = write(tmp_path / "sub", {"code/train.py": TRAIN_FIXED, "code/broken.py": "def f(:\n    seed = 1\n"})
    (sub / "paper.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    result = audit(sub, tmp_path)
    reasons = " ".join(f["reason"] for f in result.data["failures"])
    whats = " ".join(f["what"] for f in result.data["failures"])
    assert "paper.pdf" in whats and "broken.py" in whats and "syntax error" in reasons
    assert result.data["papers"][0]["verdict"] == "unreadable"


def test_archive_submission(tmp_path):
    src = write(tmp_path / "src", {"paper.tex": PAPER_FIVE_SEEDS, "code/train.py": TRAIN_FIXED})
    archive = tmp_path / "submission.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(src, arcname="submission")
    result = audit(archive, tmp_path)
    assert "SA301" in rules_of(result)
    assert result.data["submission"]["name"] == "submission.tar.gz"


def test_archive_findings_name_paths_inside_the_archive(run_cli, tmp_path):
    """The archive is unpacked into a temporary folder that is gone when the command ends: findings name
    the file inside the archive, prefixed by the archive's path, in every output."""
    src = write(tmp_path / "src", {"paper.tex": PAPER_FIVE_SEEDS, "code/train.py": TRAIN_FIXED})
    archive = tmp_path / "sub.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for child in sorted(src.iterdir()):
            tar.add(child, arcname=child.name)
    code, stdout, _ = run_cli("audit", archive, "--json", tmp_path / "a.json", "--html", tmp_path / "a.html")
    assert code == 1
    saved = json.loads((tmp_path / "a.json").read_text())
    paths = {f["location"]["path"] for f in saved["findings"]} | {loc["path"] for f in saved["findings"]
                                                                   for loc in f["related_locations"]}
    assert paths == {f"{archive}/code/train.py", f"{archive}/paper.tex"}
    page = (tmp_path / "a.html").read_text()
    assert f"{archive}/code/train.py:7" in stdout and f"{archive}/code/train.py" in page
    for text in (stdout, json.dumps(saved), page):
        assert "seedaudit-audit-" not in text  # the temporary folder's name


def test_demo_audit_without_rerun(run_cli, tmp_path):
    out = tmp_path / "audit.json"
    html = tmp_path / "report.html"
    code, stdout, _ = run_cli("audit", ROOT / "corpus" / "demo", "--json", out, "--html", html)
    assert code == 1
    data = json.loads(out.read_text())
    found = {f["rule_id"] for f in data["findings"]}
    assert {"SA101", "SA201", "SA301"} <= found
    assert data["verdict"]["level"] == "risky"
    assert "SA101 single-seed-comparison" in stdout
    again = tmp_path / "again.html"
    assert run_cli("report", out, "--html", again)[0] == 0
    assert again.read_text() == html.read_text()  # the saved JSON re-renders the same page


def test_what_could_not_be_read_is_said_on_the_terminal(run_cli, tmp_path):
    (tmp_path / "empty").mkdir()
    code, stdout, stderr = run_cli("audit", tmp_path / "empty")
    assert code == 2 and "no paper found" in stderr and "no code found" in stderr  # nothing read: no clean bill
    code, _, stderr = run_cli("audit", ROOT / "tests" / "fixtures" / "papers" / "bomb.tar.gz")
    assert code == 2 and "bomb.tar.gz: decompression bomb" in stderr
    sub = write(tmp_path / "sub", {"code/train.py": TRAIN_FIXED, "code/run.sh": "python train.py --model a\npython train.py --model b\n"})
    code, stdout, stderr = run_cli("audit", sub)
    assert code == 1 and "no paper found" in stderr and "SA101" in stdout  # the code is audited, the exit code is its


def test_symlinks_leaving_the_submission_are_refused_and_the_rest_audited(run_cli, tmp_path):
    mine = write(tmp_path / "reviewer", {"leak.py": "import torch\ntorch.manual_seed(4242)  # PRIVATE-LINE\n",
                                         "paper.tex": PAPER_FIVE_SEEDS.replace("We compare", "PRIVATE-LINE We compare")})
    sub = write(tmp_path / "sub", {"code/train.py": TRAIN_FIXED, "code/run.sh": "python train.py --model a\npython train.py --model b\n"})
    (sub / "code" / "leak.py").symlink_to(mine / "leak.py")
    (sub / "paper.tex").symlink_to(mine / "paper.tex")
    code, stdout, stderr = run_cli("audit", sub, "--json", tmp_path / "a.json", "--html", tmp_path / "a.html")
    assert code == 1 and "internal error" not in stderr, stderr
    for link in (sub / "code" / "leak.py", sub / "paper.tex"):
        assert f"seedaudit: {link}: symbolic link leading outside the submission; not read" in stderr
    for text in (stdout, (tmp_path / "a.json").read_text(), (tmp_path / "a.html").read_text()):
        assert "PRIVATE-LINE" not in text and "4242" not in text and str(mine) not in text
    assert "SA101" in stdout  # the rest is audited


def test_audit_usage_errors(run_cli, tmp_path):
    assert run_cli("audit")[0] == 2
    assert run_cli("audit", tmp_path / "missing")[0] == 2
    assert run_cli("audit", ROOT / "corpus" / "demo", "--claim", "a=high")[0] == 2


def seedaudit(*args, cwd=None) -> subprocess.CompletedProcess:
    """The real command in its own process, with a timeout: a hang is a failure, not a stuck suite."""
    return subprocess.run([sys.executable, "-m", "seedaudit", *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="needs FIFOs and /dev/zero")
def test_pipes_and_devices_are_refused_not_read(tmp_path):
    sub = write(tmp_path / "sub", {"code/train.py": TRAIN_FIXED, "code/run.sh": "python train.py --model a\npython train.py --model b\n"})
    os.mkfifo(sub / "main.tex")  # a pipe where the LaTeX main file would be
    os.mkfifo(tmp_path / "paper.pdf")
    done = seedaudit("audit", sub)
    assert "SA101" in done.stdout, done.stderr  # the code is still audited
    for args in (["--paper", tmp_path / "paper.pdf"], ["/dev/zero"]):
        done = seedaudit("audit", *args)
        assert "not a regular file (pipe or device)" in done.stdout and "Traceback" not in done.stderr
