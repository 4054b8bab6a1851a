"""seedaudit scan --backend ray on a real local Ray instance (2 CPUs): the same records, the same resume."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_scan import OK, REVIEW, RISKY, paper, write

pytest.importorskip("ray")
ROOT = Path(__file__).resolve().parents[1]


def scan(corpus: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "seedaudit", "scan", str(corpus), "--out", str(out), "-j", "2", "--no-progress",
               *extra]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def comparable(out: Path) -> dict[str, dict]:
    """Each record without what differs between runs (timings)."""
    records = {}
    for line in (out / "results.jsonl").read_text().splitlines():
        record = json.loads(line)
        record.pop("timings", None)
        records[record["key"]] = record
    return records


@pytest.mark.slow
def test_ray_backend_gives_the_local_records_and_resumes(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "acl-2025" / "risky.txt", paper("Parsing", RISKY))
    write(corpus / "acl-2025" / "review.txt", paper("Tagging", REVIEW))
    write(corpus / "emnlp-2024" / "ok.txt", paper("Ensembles", OK))
    shutil.copytree(ROOT / "corpus" / "papers" / "latex-tree", corpus / "emnlp-2024" / "latex-tree")
    shutil.copy(ROOT / "corpus" / "papers" / "review-two-column.pdf", corpus / "emnlp-2024")
    shutil.copy(ROOT / "tests" / "fixtures" / "papers" / "encrypted.pdf", corpus / "emnlp-2024")
    shutil.copytree(ROOT / "corpus" / "demo", corpus / "submissions" / "demo")

    local = scan(corpus, tmp_path / "local", "--backend", "local")
    assert local.returncode == 0, local.stderr
    remote = scan(corpus, tmp_path / "ray", "--backend", "ray")
    assert remote.returncode == 0, remote.stderr
    ray_records = comparable(tmp_path / "ray")
    assert ray_records == comparable(tmp_path / "local")  # bytes sent to workers, user's paths in every record
    assert len(ray_records) == 7 and not any("seedaudit-scan-" in json.dumps(r) for r in ray_records.values())
    verdicts = {Path(r["path"]).name: r["verdict"] for r in ray_records.values()}
    assert verdicts["latex-tree"] == "risky" and verdicts["encrypted.pdf"] == "unreadable"
    assert verdicts["demo"] in ("risky", "review")
    assert json.loads((tmp_path / "ray" / "summary.json").read_text())["rows"] == \
        json.loads((tmp_path / "local" / "summary.json").read_text())["rows"]

    results = tmp_path / "ray" / "results.jsonl"
    lines = results.read_text().splitlines()
    results.write_text("\n".join(lines[:3]) + "\n")  # as if the scan had stopped after three documents
    again = scan(corpus, tmp_path / "ray", "--backend", "ray")
    assert again.returncode == 0, again.stderr
    assert "4 scanned, 3 already done, 0 errors" in again.stderr
    assert comparable(tmp_path / "ray") == ray_records
