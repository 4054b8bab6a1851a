"""seedaudit scan: discovery, verdicts, outputs, resume (with a real SIGKILL), bad input, isolation."""
from __future__ import annotations

import contextlib
import csv
import html.parser
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from seedaudit.cli import cli
from seedaudit.scan.discover import discover
from seedaudit.scan.run import run_scan
from seedaudit.scan.summary import summarise, wilson

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "papers"
FIXTURES = ROOT / "tests" / "fixtures" / "papers"

# Sentences written for these tests; each paper is a title, a method paragraph and the sentence.
RISKY = "We fix the random seed to 42 for reproducibility and report the result of that single run."
REVIEW = "All scores are the mean and standard deviation over five random seeds."
OK = "We ensemble five models trained with different random seeds."
RUNS_ONLY = "Each model is trained once, and all numbers come from a single run."
TRAPS = ("We expand the sentiment lexicon from a small list of seed words. The project started with seed funding "
         "from a regional grant. Teams were seeded according to their ranking in the previous tournament.")
CHECKLIST = ("Have you told readers whether each table entry is the top score, an average, or the outcome of only "
             "a single run?")


def paper(title: str, statement: str) -> str:
    return (f"# {title}\n\n## Method\n\nWe study {title.lower()} with a small transformer encoder trained on the "
            f"public benchmark split. {statement}\n\n## Results\n\nTable 1 lists accuracy on the test set.\n")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def scan_cli(*args) -> tuple[int, str, str]:
    """`seedaudit scan ARGS --no-progress` in-process: (exit code, stdout, stderr)."""
    result = CliRunner().invoke(cli, ["scan", *map(str, args), "--no-progress"], standalone_mode=False)
    if result.exception is not None:
        raise result.exception
    return result.return_value, result.stdout, result.stderr


def records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]


def by_path(out: Path) -> dict[str, dict]:
    return {Path(r["path"]).name: r for r in records(out)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    write(root / "acl-2024" / "risky.txt", paper("Parsing with seeds", RISKY))
    write(root / "acl-2024" / "review.md", paper("Tagging in context", REVIEW))
    write(root / "acl-2025" / "ok.txt", paper("Ensembles for tagging", OK))
    write(root / "acl-2025" / "runs.txt", paper("Cheap summaries", RUNS_ONLY))
    write(root / "emnlp" / "2025" / "traps.txt", paper("Lexicon expansion", TRAPS))
    write(root / "emnlp" / "2025" / "checklist.txt", paper("Question answering", CHECKLIST))
    write(root / "emnlp" / "2025" / "copy-of-risky.txt", paper("Parsing with seeds", RISKY))  # same bytes: deduplicated
    shutil.copytree(CORPUS / "latex-tree", root / "naacl-2025" / "latex-tree")
    write(root / "naacl-2025" / "notes.csv.bak", "not a paper")  # ignored: not a paper suffix
    write(root / "README.md", "Papers of three venues, one folder per venue and year.\n")  # corpus furniture
    (root / "empty").mkdir()
    return root


@pytest.fixture(scope="module")
def scanned(corpus, tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("out")
    rc, stdout, stderr = scan_cli(corpus, "--out", out, "-j", "2")
    assert rc == 0, stderr
    return out, stdout


def test_discovery_finds_every_kind_and_venue_year_from_folders(corpus):
    docs, problems = discover([corpus])
    found = {d.path.name: d for d in docs}
    assert set(found) == {"risky.txt", "review.md", "ok.txt", "runs.txt", "traps.txt", "checklist.txt",
                          "copy-of-risky.txt", "latex-tree"}
    assert found["risky.txt"].meta == {"venue": "acl", "year": 2024}
    assert found["traps.txt"].meta == {"venue": "emnlp", "year": 2025}
    assert found["latex-tree"].kind == "paper" and found["latex-tree"].path.is_dir()
    assert problems == []  # an empty subfolder is no problem; an empty PATH is (below)


def test_submission_folder_is_audited_with_the_code(tmp_path):
    shutil.copytree(ROOT / "corpus" / "demo", tmp_path / "subs" / "demo")
    write(tmp_path / "subs" / "plain" / "paper.txt", paper("A plain paper", REVIEW))
    docs, _ = discover([tmp_path / "subs"])
    kinds = {d.path.name: d.kind for d in docs}
    assert kinds == {"demo": "submission", "paper.txt": "paper"}
    out = tmp_path / "out"
    outcome = run_scan([tmp_path / "subs"], out, jobs=1)
    demo = next(r for r in outcome.records if r["kind"] == "submission")
    assert demo["verdict"] in ("risky", "review") and demo["submission"]["verdict"] == "risky"
    assert any(f["rule_id"].startswith("SA3") for f in demo["code_findings"])  # the paper-vs-code cross-check ran
    assert "SA301" in summarise(outcome.records)["rows"][0]["categories"]


def test_a_submission_link_leading_outside_is_not_read_into_the_results(tmp_path):
    write(tmp_path / "reviewer" / "leak.py", "import torch\ntorch.manual_seed(4242)  # PRIVATE-LINE\n")
    shutil.copytree(ROOT / "corpus" / "demo", tmp_path / "subs" / "demo")
    (tmp_path / "subs" / "demo" / "code" / "leak.py").symlink_to(tmp_path / "reviewer" / "leak.py")
    outcome = run_scan([tmp_path / "subs"], tmp_path / "out", jobs=1)
    (demo,) = outcome.records
    assert demo["kind"] == "submission" and any("symbolic link leading outside" in e for e in demo["errors"])
    assert "PRIVATE-LINE" not in (tmp_path / "out" / "results.jsonl").read_text()
    assert "4242" not in (tmp_path / "out" / "results.jsonl").read_text()


def test_verdicts_come_from_the_paper_audit_and_ignore_other_seed_senses(scanned):
    out, _ = scanned
    got = by_path(out)
    assert got["risky.txt"]["verdict"] == "risky"
    assert any(f["rule_id"] in ("SA201", "SA202") and f["evidence"] == RISKY for f in got["risky.txt"]["findings"])
    assert got["review.md"]["verdict"] == "review"
    assert got["ok.txt"]["verdict"] == "ok"
    assert got["runs.txt"]["verdict"] == "risky" and not got["runs.txt"]["mentions_seeds"]  # runs, no "seed"
    assert got["traps.txt"]["verdict"] == "no seed information" and not got["traps.txt"]["mentions_seeds"]
    assert got["checklist.txt"]["verdict"] == "no seed information"
    assert got["latex-tree"]["verdict"] == "risky"
    finding = next(f for f in got["latex-tree"]["findings"] if f["rule_id"] == "SA203")
    assert finding["line"] == 3 and finding["path"].endswith("sections/experiments.tex")
    from seedaudit.paper import audit_paper

    same = audit_paper(got["review.md"]["path"])
    assert got["review.md"]["reasons"] == same.reasons and got["review.md"]["claims"] == same.to_dict()["claims"]


def test_duplicates_are_scanned_once_and_listed(scanned):
    out, _ = scanned
    lines = records(out)
    assert len(lines) == 7  # 8 paper files, one a byte-identical copy
    risky = by_path(out)["risky.txt"]
    assert [Path(p).name for p in risky["duplicates"]] == ["copy-of-risky.txt"]
    assert len({r["key"] for r in lines}) == len(lines)


def test_summary_table_by_venue_and_year(scanned):
    out, stdout = scanned
    summary = json.loads((out / "summary.json").read_text())
    rows = {(r["scope"], r["venue"], r["year"]): r for r in summary["rows"]}
    overall = rows[("overall", "all", "all")]
    assert overall["documents"] == 7 and overall["readable"] == 7
    assert overall["risky"]["n"] == 3 and overall["review"]["n"] == 1 and overall["ok"]["n"] == 1
    assert overall["mentions_seeds"]["n"] == 4  # risky, review, ok, latex-tree; not runs/traps/checklist
    assert overall["risky"]["ci95"] == pytest.approx(list(wilson(3, 7)))
    assert rows[("venue", "acl", "all")]["documents"] == 4
    assert rows[("year", "all", "2025")]["documents"] == 5
    assert rows[("venue-year", "acl", "2024")]["risky"]["n"] == 1
    assert overall["risky_of_reporting"]["n"] == 3 and overall["reporting"] == 5
    assert overall["categories"]["ensemble"] == 2  # ok.txt and the LaTeX tree
    table = list(csv.DictReader(io.StringIO((out / "summary.csv").read_text())))
    assert table[0]["scope"] == "overall" and table[0]["risky"] == "3" and table[0]["risky_share"] == "0.4286"
    assert "overall" in stdout and "acl 2024" in stdout  # the table is printed


def test_wilson_interval_matches_reference_values():
    lo, hi = wilson(5, 10)
    assert (round(lo, 4), round(hi, 4)) == (0.2366, 0.7634)
    assert wilson(0, 10)[0] == 0.0 and round(wilson(0, 10)[1], 4) == 0.2775
    assert wilson(0, 0) == (0.0, 0.0)


class _Html(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_report_html_is_self_contained_and_shows_the_evidence(scanned):
    out, _ = scanned
    page = (out / "report.html").read_text()
    parser = _Html()
    parser.feed(page)
    assert "script" not in parser.tags and "svg" in parser.tags and "table" in parser.tags
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in page
    text = " ".join(parser.text)
    assert RISKY in text and "Parsing with seeds" not in text  # evidence sentence shown; ids from paths
    assert "risky.txt" in text and "acl 2024" in text
    assert ".verdict strong" in page  # the audit report's stylesheet is shared


def test_report_escapes_document_text(tmp_path):
    write(tmp_path / "in" / "evil.txt", paper("Markup", "We train <script>alert(1)</script> once with a single run."))
    out = tmp_path / "out"
    assert scan_cli(tmp_path / "in", "--out", out)[0] == 0
    page = (out / "report.html").read_text()
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_rerun_skips_finished_documents_and_rescan_forces(scanned, corpus, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(scanned[0], out)
    before = (out / "results.jsonl").read_bytes()
    outcome = run_scan([corpus], out, jobs=1)
    assert outcome.scanned == 0 and outcome.skipped == 7
    assert (out / "results.jsonl").read_bytes() == before
    outcome = run_scan([corpus], out, jobs=1, rescan=True)
    assert outcome.scanned == 7 and len(records(out)) == 7


def test_the_largest_documents_are_scanned_first(tmp_path):
    """A long document started last would keep one worker busy after the others ran out of work."""
    for name, paragraphs in (("a-short.txt", 1), ("b-long.txt", 30), ("c-middle.txt", 8)):
        write(tmp_path / "in" / name, paper("Scheduling " + name, " ".join([REVIEW] * paragraphs)))
    run_scan([tmp_path / "in"], tmp_path / "out", jobs=1)
    assert [Path(r["path"]).name for r in records(tmp_path / "out")] == ["b-long.txt", "c-middle.txt", "a-short.txt"]


def test_changed_options_or_content_are_rescanned(scanned, corpus, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(scanned[0], out)
    assert run_scan([corpus], out, jobs=1, max_pages=10).scanned == 7  # another option: another key
    root = tmp_path / "tree"
    shutil.copytree(corpus, root)
    again = tmp_path / "again"
    run_scan([root], again, jobs=1)
    write(root / "acl-2024" / "risky.txt", paper("Parsing with seeds", REVIEW))
    assert run_scan([root], again, jobs=1).scanned == 1


def _slow_corpus(root: Path, n: int) -> Path:
    statements = (RISKY, REVIEW, OK, RUNS_ONLY, TRAPS)
    for i in range(n):
        body = "\n\n".join(paper(f"Study {i} part {j}", statements[(i + j) % 5]) for j in range(6))
        write(root / f"venue{i % 3}-202{i % 4}" / f"paper{i:04d}.txt", body)
    return root


N_KILLED = 150


def test_sigkill_mid_scan_resumes_with_nothing_lost_or_done_twice(tmp_path):
    corpus = _slow_corpus(tmp_path / "corpus", N_KILLED)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "seedaudit", "scan", str(corpus), "--out", str(out), "-j", "2", "--no-progress"]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    results = out / "results.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if results.exists() and results.read_bytes().count(b"\n") >= 10:
            break
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)  # the driver and its workers, no chance to clean up
    process.wait()
    done_before = results.read_bytes().count(b"\n")
    assert 10 <= done_before < N_KILLED, "the scan must be killed mid-way for this test to mean anything"
    with results.open("ab") as handle:
        handle.write(b'{"key": "cut-off-mid-wri')  # what a kill during a write leaves
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_KILLED - done_before} scanned, {done_before} already done, 0 errors" in rerun.stderr
    lines = records(out)
    assert len(lines) == N_KILLED and len({r["key"] for r in lines}) == N_KILLED
    assert {Path(r["path"]).name for r in lines} == {f"paper{i:04d}.txt" for i in range(N_KILLED)}


def test_a_second_scan_into_the_same_folder_is_refused(tmp_path, run_cli):
    """Two scans into one --out would each append every document to results.jsonl: the second is one line
    and exit code 2. (The lock dies with its holder: the SIGKILL test above resumes in the same folder.)"""
    corpus = _slow_corpus(tmp_path / "corpus", 30)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "seedaudit", "scan", str(corpus), "--out", str(out), "-j", "1", "--no-progress"]
    first = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out / "results.jsonl").exists():
        time.sleep(0.01)
    code, _, stderr = run_cli("scan", corpus, "--out", out, "--no-progress")
    assert first.poll() is None, "the first scan must still run for this test to mean anything"
    assert code == 2 and "in use by another seedaudit scan" in stderr and len(stderr.splitlines()) == 1, stderr
    assert first.communicate(timeout=300)[1].count("30 scanned") == 1 and first.returncode == 0
    assert len(records(out)) == 30


def test_workers_of_a_killed_driver_exit_quietly(tmp_path):
    """SIGKILL of the driver alone: the kernel sends its workers SIGTERM, and they leave without a word
    (they must not inherit the driver's SIGTERM-as-Ctrl-C handler and print a KeyboardInterrupt each)."""
    corpus = _slow_corpus(tmp_path / "corpus", 60)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "seedaudit", "scan", str(corpus), "--out", str(out), "-j", "2", "--no-progress"]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        results = out / "results.jsonl"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (results.exists() and results.read_bytes().count(b"\n") >= 3):
            time.sleep(0.01)
        process.kill()  # the driver only
        _, stderr = process.communicate(timeout=60)  # ends when the last worker has closed its stderr
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr


# --- bad input -------------------------------------------------------------------------------------

def test_bad_inputs_each_get_one_clear_line_and_the_rest_is_scanned(tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(FIXTURES, bad)
    write(bad / "not-a-pdf.pdf", "this is plain text named like a PDF\n")
    write(bad / "good.txt", paper("A good paper", REVIEW))
    (bad / "link.pdf").symlink_to(FIXTURES / "long.pdf")
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out"
    rc, _, stderr = scan_cli(bad, tmp_path / "empty", "--out", out)
    assert rc == 0, stderr
    got = by_path(out)
    assert got["good.txt"]["verdict"] == "review"
    for name, words in {"encrypted.pdf": "encrypted", "image-only.pdf": "no text layer", "not-a-pdf.pdf": "PDF",
                        "bomb.zip": "decompression bomb", "bomb.tar.gz": "decompression bomb",
                        "bomb-single.gz": "decompression bomb", "truncated.pdf": "truncated",
                        "link.pdf": "symbolic link", "empty": "no document found"}.items():
        record = got[name]
        assert record["verdict"] == "unreadable" and words in record["reasons"][0], (name, record["reasons"])
        assert "\n" not in record["reasons"][0]
    for name, words in {"dotdot.tar.gz": "'..'", "zip-slip.zip": "'..'", "absolute.tar.gz": "absolute path",
                        "symlink.tar.gz": "symbolic link"}.items():
        assert any(words in e for e in got[name]["errors"]), (name, got[name]["errors"])
    assert not (tmp_path / "escaped.tex").exists() and not (tmp_path.parent / "zip-escaped.tex").exists()
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "results.jsonl", "summary.csv", "summary.json"]


def test_bad_manifest_rows_go_to_results_and_stderr(tmp_path):
    write(tmp_path / "papers" / "a.txt", paper("A", RISKY))
    write(tmp_path / "papers" / "b.txt", paper("B", OK))
    write(tmp_path / "list.csv", "id,path,venue,year,title\n"
                                 "p1,papers/a.txt,ACL,2024,First paper\n"
                                 "p2,papers/missing.pdf,ACL,2024,Gone\n"
                                 "p3,,ACL,2024,No path\n"
                                 "p4,papers/b.txt,EMNLP,20x5,Odd year,extra\n")
    write(tmp_path / "list.jsonl", '{"id": "j1", "path": "papers/b.txt", "venue": "emnlp", "year": 2025}\n'
                                   '{"id": "j2", "path": \n'
                                   '[1, 2]\n')
    out = tmp_path / "out"
    rc, _, err = scan_cli(tmp_path / "list.csv", tmp_path / "list.jsonl", "--out", out)
    assert rc == 0, err
    assert "missing.pdf: listed in" in err and "list.csv:4: bad manifest row: no path" in err
    assert "list.csv:5: bad manifest row: more fields" in err
    assert "list.jsonl:2: bad manifest row: not valid JSON" in err and "list.jsonl:3: bad manifest row: not a JSON object" in err
    lines = records(out)
    docs = {r["id"]: r for r in lines if r["kind"] != "input"}
    assert set(docs) == {"p1", "j1"}
    assert docs["p1"]["meta"] == {"id": "p1", "venue": "ACL", "year": 2024, "title": "First paper"}
    assert len([r for r in lines if r["kind"] == "input"]) == 5
    summary = json.loads((out / "summary.json").read_text())
    assert summary["documents"] == 2 and summary["input_problems"] == 5


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="needs FIFOs and /dev/zero")
def test_pipes_and_devices_are_one_line_each_and_the_rest_is_scanned(tmp_path):
    """Hashing /dev/zero never ends and opening a FIFO blocks: both are refused unread, named on the command
    line, in a folder or in a manifest. A subprocess with a timeout: a regression fails instead of hanging."""
    write(tmp_path / "papers" / "good.txt", paper("Good", RISKY))
    os.mkfifo(tmp_path / "papers" / "pipe.txt")
    os.mkfifo(tmp_path / "named.pdf")
    write(tmp_path / "list.csv", f"path\n/dev/zero\n{tmp_path / 'named.pdf'}\npapers/good.txt\n")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "seedaudit", "scan", tmp_path / "papers", "/dev/zero", tmp_path / "named.pdf",
                           tmp_path / "list.csv", "--out", out, "--no-progress"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "list.csv:2 but not a regular file (pipe or device)" in done.stderr
    assert "list.csv:3 but not a regular file (pipe or device)" in done.stderr
    refused = {r["path"] for r in records(out) if "not a regular file (pipe or device)" in r["reasons"][0]}
    assert refused == {"/dev/zero", str(tmp_path / "named.pdf"), str(tmp_path / "papers" / "pipe.txt")}
    assert by_path(out)["good.txt"]["verdict"] == "risky"


def test_a_manifest_row_over_the_csv_field_limit_is_one_line_and_the_rest_is_scanned(tmp_path):
    write(tmp_path / "papers" / "a.txt", paper("A", RISKY))
    write(tmp_path / "papers" / "b.txt", paper("B", OK))
    write(tmp_path / "list.csv", f"path,title\npapers/a.txt,First\npapers/a.txt,{'x' * 50 * 2**20}\npapers/b.txt,Last\n")
    rc, _, err = scan_cli(tmp_path / "list.csv", "--out", tmp_path / "out")
    assert rc == 0, err
    assert "list.csv:3: bad manifest row: unreadable CSV row (field larger than field limit" in err
    assert sorted(Path(r["path"]).name for r in records(tmp_path / "out") if r["kind"] != "input") == ["a.txt", "b.txt"]


def test_manifest_without_path_column_is_one_line(tmp_path):
    write(tmp_path / "list.csv", "id,venue\nx,acl\n")
    rc, _, err = scan_cli(tmp_path / "list.csv", "--out", tmp_path / "o")
    assert rc == 2  # nothing could be read at all
    assert "no 'path' column" in err


def test_damaged_result_lines_are_dropped_with_a_note_and_scanned_again(tmp_path, run_cli):
    for name, statement in (("a.txt", RISKY), ("b.txt", OK), ("c.txt", REVIEW), ("d.txt", RUNS_ONLY)):
        write(tmp_path / "in" / name, paper(name, statement))
    out = tmp_path / "out"
    assert run_cli("scan", tmp_path / "in", "--out", out, "--no-progress")[0] == 0
    lines = (out / "results.jsonl").read_text().splitlines()
    shape = json.loads(lines[2]) | {"meta": [1], "findings": [7]}
    damaged = [lines[0], lines[1][:50] + "\x00garbage", json.dumps(shape), "[1, 2, 3]", lines[3]]
    (out / "results.jsonl").write_text("\n".join(damaged) + "\n")
    code, _, stderr = run_cli("scan", tmp_path / "in", "--out", out, "--no-progress")
    assert code == 0, stderr
    assert "results.jsonl:2: damaged line dropped (not valid JSON); its document is scanned again" in stderr
    assert "results.jsonl:3: damaged line dropped ('meta' is not an object)" in stderr
    assert "results.jsonl:4: damaged line dropped (not a JSON object)" in stderr
    assert "2 scanned, 2 already done" in stderr
    again = (out / "results.jsonl").read_text().splitlines()
    assert again[:2] == [lines[0], lines[3]]  # the sound lines are kept as they were
    assert len(again) == 4 and {r["path"] for r in records(out)} == {str(tmp_path / "in" / f"{n}.txt") for n in "abcd"}


@pytest.mark.parametrize("name", ["results.jsonl", "summary.json", "report.html"])
def test_a_folder_where_a_scan_file_belongs_is_one_line_naming_it(tmp_path, run_cli, name):
    write(tmp_path / "in" / "a.txt", paper("A", RISKY))
    (tmp_path / "out" / name).mkdir(parents=True)
    code, _, stderr = run_cli("scan", tmp_path / "in", "--out", tmp_path / "out", "--no-progress")
    assert code == 2 and len(stderr.splitlines()) == 1 and str(tmp_path / "out" / name) in stderr, stderr
    assert "internal error" not in stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_scan_folder_is_one_line_naming_the_results_file(tmp_path, run_cli):
    write(tmp_path / "in" / "a.txt", paper("A", RISKY))
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        code, _, stderr = run_cli("scan", tmp_path / "in", "--out", out, "--no-progress")
    finally:
        out.chmod(0o755)
    assert code == 2 and len(stderr.splitlines()) == 1 and "results.jsonl: cannot" in stderr, stderr


# --- isolation: crashes, hangs, memory -------------------------------------------------------------

def _misbehave(path, task):
    """Stands in for the paper engine inside forked workers: a real segfault, a real hang, a real hog."""
    import ctypes

    name = Path(task.path).name
    if name.startswith("crash"):
        ctypes.string_at(0)  # SIGSEGV in native code, as a broken PDF library would
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("hog"):
        bytearray(8 * 2**30)
    return _real_audit(path, task)


from seedaudit.scan import work as scan_work  # noqa: E402

_real_audit = scan_work._audit


@pytest.mark.skipif(sys.platform != "linux", reason="forked workers inherit the stand-in engine on Linux only")
def test_crash_hang_and_memory_hog_are_error_lines_and_the_scan_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr(scan_work, "_audit", _misbehave)
    monkeypatch.setattr("seedaudit.scan.pool.GRACE_S", 1.0)
    for name in ("crash.txt", "hang.txt", "hog.txt", "a.txt", "b.txt", "c.txt"):
        write(tmp_path / "in" / name, paper(name, RISKY if name < "b" else OK))
    status = Path("/proc/self/status").read_text()
    vm_mb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmSize"))) // 1024
    outcome = run_scan([tmp_path / "in"], tmp_path / "out", jobs=2, time_limit=1.0, memory_mb=vm_mb + 1024)
    got = {Path(r["path"]).name: r for r in outcome.records}
    assert "SIGSEGV" in got["crash.txt"]["reasons"][0] and got["crash.txt"]["status"] == "error"
    assert "hard time limit" in got["hang.txt"]["reasons"][0]
    assert "out of memory" in got["hog.txt"]["reasons"][0]
    assert [got[n]["verdict"] for n in ("a.txt", "b.txt", "c.txt")] == ["risky", "ok", "ok"]
    assert outcome.errors == 3
    rerun = run_scan([tmp_path / "in"], tmp_path / "out", jobs=2, time_limit=1.0, retry_errors=False)
    assert rerun.scanned == 0  # errors are done too, unless --retry-errors


def test_retry_errors_rescans_only_error_lines(tmp_path, monkeypatch):
    write(tmp_path / "in" / "crash.txt", paper("crash", RISKY))
    write(tmp_path / "in" / "fine.txt", paper("fine", OK))
    monkeypatch.setattr(scan_work, "_audit", _misbehave)
    first = run_scan([tmp_path / "in"], tmp_path / "out", jobs=1)
    assert first.errors == 1
    monkeypatch.setattr(scan_work, "_audit", _real_audit)
    again = run_scan([tmp_path / "in"], tmp_path / "out", jobs=1, retry_errors=True)
    assert again.scanned == 1 and again.errors == 0
    latest = {Path(r["path"]).name: r for r in again.records}
    assert latest["crash.txt"]["verdict"] == "risky"


# --- progress ------------------------------------------------------------------------------------

def test_progress_plain_lines_when_not_a_terminal():
    from seedaudit.cli.progress import ScanProgress

    stream = io.StringIO()
    progress = ScanProgress(stream)
    progress("start", {"total": 2, "skipped": 1, "documents": 3})
    progress("done", {"status": "error", "path": "x.pdf", "reasons": ["encrypted PDF"]})
    progress("done", {"status": "ok", "path": "y.pdf"})
    lines = stream.getvalue().splitlines()
    assert lines[0] == "scan: 3 documents, 1 already done, 2 to scan"
    assert lines[1] == "scan: error: x.pdf: encrypted PDF"
    assert lines[2].startswith("scan: [") and "2/2 docs" in lines[2] and "errors 1" in lines[2] and "\r" not in lines[2]


def test_a_folder_of_single_tex_papers_is_many_papers_not_one_source_tree(tmp_path):
    latex = "\\documentclass{article}\n\\begin{document}\n%s\n\\end{document}\n"
    write(tmp_path / "venue" / "a.tex", latex % RISKY)
    write(tmp_path / "venue" / "b.tex", latex % OK)
    write(tmp_path / "venue" / "c.txt", paper("C", REVIEW))
    write(tmp_path / "venue" / "tree" / "main.tex", latex % "\\input{sections/setup}")
    write(tmp_path / "venue" / "tree" / "sections" / "setup.tex", REVIEW)
    write(tmp_path / "venue" / "tree" / "README.md", "How to build the paper.")
    docs, _ = discover([tmp_path / "venue"])
    assert sorted(d.path.name for d in docs) == ["a.tex", "b.tex", "c.txt", "tree"]


def test_sigterm_stops_cleanly_with_outputs_and_resumes(tmp_path):
    corpus = _slow_corpus(tmp_path / "corpus", 30)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "seedaudit", "scan", str(corpus), "--out", str(out), "-j", "2", "--no-progress"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    results = out / "results.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (results.exists() and results.read_bytes().count(b"\n") >= 3):
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted; rerun the same command to resume" in stderr
    done = len(records(out))
    assert json.loads((out / "summary.json").read_text())["documents"] == done  # a table of what was done
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert f"{30 - done} scanned, {done} already done" in rerun.stderr and len(records(out)) == 30


def test_benchmark_skips_cleanly_without_the_shared_data(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scan_bench.py"), "--real", str(tmp_path / "absent")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("skipped: ") and "absent" in done.stdout


def test_progress_bar_on_a_terminal_rewrites_one_line():
    from seedaudit.cli.progress import ScanProgress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    progress = ScanProgress(stream)
    progress("start", {"total": 2, "skipped": 0, "documents": 2})
    progress("done", {"status": "ok", "path": "a.pdf"})
    progress("done", {"status": "error", "path": "b.pdf", "reasons": ["hard time limit of 100 s exceeded"]})
    text = stream.getvalue()
    assert text.count("\r[") == 2 and "] 1/2 docs" in text and "] 2/2 docs" in text and text.endswith("\n")
    assert "\r\x1b[Kscan: error: b.pdf: hard time limit of 100 s exceeded\n" in text
    assert "docs/s" in text and "eta" in text
