"""Bad input: one clear SA001 line each, no traceback, nothing written outside the temporary folder,
and the other documents still audited."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from seedaudit.paper import audit_paper
from seedaudit.paper.batch import audit_many

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "papers"
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "papers"


def sa001(audit) -> list[str]:
    return [f.message for f in audit.findings if f.rule_id == "SA001"]


@pytest.mark.parametrize("name, words", [
    ("encrypted.pdf", "encrypted PDF"),
    ("truncated.pdf", "truncated or damaged"),
    ("zero-pages.pdf", "no pages"),
    ("image-only.pdf", "no text layer"),
    ("bomb.tar.gz", "decompression bomb"),
    ("bomb.zip", "decompression bomb"),
    ("bomb-single.gz", "decompression bomb"),
])
def test_unreadable_inputs_give_one_clear_line(name, words):
    audit = audit_paper(FIXTURES / name)
    (message,) = sa001(audit)
    assert words in message and "\n" not in message and "Traceback" not in message
    assert audit.verdict == "unreadable"


@pytest.mark.parametrize("name, words", [
    ("dotdot.tar.gz", "'..' path"),
    ("zip-slip.zip", "'..' path"),
    ("absolute.tar.gz", "absolute path"),
    ("symlink.tar.gz", "symbolic link"),
])
def test_unsafe_archive_members_are_refused_and_the_rest_audited(name, words, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    audit = audit_paper(FIXTURES / name)
    assert any(words in m for m in sa001(audit))
    assert {f.rule_id for f in audit.findings} >= {"SA205", "SA204"}  # the safe members were still audited
    assert not Path("/tmp/seedaudit-absolute.tex").exists()
    assert not (FIXTURES.parent / "escaped.tex").exists() and not (FIXTURES.parent.parent / "zip-escaped.tex").exists()
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary folder is gone


def test_symlink_and_hard_link_each_get_a_line():
    messages = sa001(audit_paper(FIXTURES / "symlink.tar.gz"))
    assert any("sections/passwd.tex" in m and "symbolic link" in m for m in messages)
    assert any("sections/hard.tex" in m and "hard link" in m for m in messages)


def test_page_limit_is_reported_and_the_rest_audited():
    audit = audit_paper(FIXTURES / "long.pdf", max_pages=5)
    assert any("first 5 of 61 pages" in m for m in sa001(audit))
    assert {"SA201", "SA202"} <= {f.rule_id for f in audit.findings}


def test_time_limit_is_reported(monkeypatch):
    import seedaudit.paper.pdf as pdf

    clock = iter(range(0, 10_000, 5))
    monkeypatch.setattr(pdf.time, "monotonic", lambda: float(next(clock)))
    audit = audit_paper(FIXTURES / "long.pdf", time_limit=12)
    assert any("time limit reached" in m for m in sa001(audit))


def test_malformed_latex_is_audited_as_far_as_readable(tmp_path):
    (tmp_path / "main.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\n\\input{missing}\n\\input{loop}\n"
        "We set the random seed to 7 for reproducibility.\n\\textbf{unclosed\n", encoding="utf-8")
    (tmp_path / "loop.tex").write_text("\\input{main}\nEach model is trained once.\n", encoding="utf-8")
    audit = audit_paper(tmp_path)
    messages = sa001(audit)
    assert any("\\input{missing}: file not found" in m for m in messages)
    assert any("\\input cycle" in m for m in messages)
    assert any("unclosed brace" in m for m in messages)
    assert any("\\begin{document}" in m and "never closed" in m for m in messages)
    rules = {f.rule_id: f for f in audit.findings}
    assert rules["SA201"].location.line == 5 and rules["SA202"].location.path.endswith("loop.tex")


def test_input_outside_the_paper_folder_is_refused(tmp_path):
    paper = tmp_path / "paper"
    paper.mkdir()
    (tmp_path / "secret.tex").write_text("We train each model once.\n", encoding="utf-8")
    (paper / "main.tex").write_text("\\documentclass{article}\n\\input{../secret}\n", encoding="utf-8")
    audit = audit_paper(paper)
    assert any("outside the paper's folder" in m for m in sa001(audit))
    assert "SA202" not in {f.rule_id for f in audit.findings}


def test_a_latex_file_named_through_a_link_is_read_where_it_lives(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "main.tex").write_text("\\documentclass{article}\n\\input{setup}\n", encoding="utf-8")
    (tmp_path / "real" / "setup.tex").write_text("Each model is trained once.\n", encoding="utf-8")
    (tmp_path / "named").mkdir()
    (tmp_path / "named" / "link.tex").symlink_to(tmp_path / "real" / "main.tex")
    audit = audit_paper(tmp_path / "named" / "link.tex")  # was an internal ValueError: not under the link's folder
    assert "SA202" in {f.rule_id for f in audit.findings} and not sa001(audit)


def test_binary_and_missing_inputs(tmp_path):
    (tmp_path / "notes.txt").write_bytes(b"\x00\x01binary")
    assert "not a text file" in sa001(audit_paper(tmp_path / "notes.txt"))[0]
    assert "no such file" in sa001(audit_paper(tmp_path / "nope.pdf"))[0]
    (tmp_path / "data.bin").write_bytes(b"hello")
    assert "not a paper" in sa001(audit_paper(tmp_path / "data.bin"))[0]


def test_stray_nul_bytes_leave_a_text_paper_readable(tmp_path):
    # a converter writes a NUL for a symbol it cannot map ("Let \x00 denote the weights"): the paper is still text
    body = ("# A tagger\n\n" + "The tagger reads one sentence at a time. " * 20 +
            "\n\nLet \x00 denote the weights of the tagger.\n\nAll results are from a single run.\n")
    (tmp_path / "paper.md").write_bytes(body.encode())
    audit = audit_paper(tmp_path / "paper.md")
    assert not sa001(audit) and "SA202" in {f.rule_id for f in audit.findings}


def test_a_batch_goes_on_after_bad_documents(tmp_path):
    for name in ("encrypted.pdf", "bomb.zip", "truncated.pdf"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    shutil.copy(CORPUS / "review-two-column.pdf", tmp_path / "zz-good.pdf")
    audits = audit_many([tmp_path])
    assert [a.verdict for a in audits] == ["unreadable", "unreadable", "unreadable", "risky"]


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="needs FIFOs and /dev/zero")
def test_pipes_and_devices_are_one_line_each_not_a_hang(tmp_path):
    """Opening a FIFO blocks until a writer comes and /dev/zero never ends: both are refused before they are
    read. A subprocess with a timeout, so that a regression fails instead of hanging the suite."""
    os.mkfifo(tmp_path / "paper.tex")
    (tmp_path / "good.txt").write_text("Each model is trained once, and all numbers come from a single run.\n")
    done = subprocess.run([sys.executable, "-m", "seedaudit", "paper", str(tmp_path / "paper.tex"), "/dev/zero",
                           str(tmp_path / "good.txt")], capture_output=True, text=True, timeout=120)
    assert f"{tmp_path / 'paper.tex'}: SA001 input-error not a regular file (pipe or device)" in done.stdout
    assert "/dev/zero: SA001 input-error not a regular file (pipe or device)" in done.stdout
    assert "SA202" in done.stdout and "Traceback" not in done.stderr  # the rest of the batch was audited
