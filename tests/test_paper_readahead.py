"""A one-process batch reads its PDFs ahead on one background thread: same audits, every pdfium call on
that thread, errors raised where the paper is audited, and no wait on a read the audit passed over."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from seedaudit.errors import PaperInputError
from seedaudit.paper import audit_paper, readahead
from seedaudit.paper.batch import audit_many
from seedaudit.paper.pdf import read_pdf
from seedaudit.paper.readahead import pdf_text, reading_ahead

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "papers"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "papers"
PDFS = sorted(CORPUS.glob("*.pdf"))


def summary(audit) -> tuple:
    return audit.path, audit.verdict, [(f.rule_id, f.location.line, f.message) for f in audit.findings]


def plan(*paths: Path) -> list[tuple[str, str, int, float]]:
    return [(str(p), "auto", 300, 60.0) for p in paths]


def test_a_batch_read_ahead_gives_the_audits_of_one_paper_at_a_time():
    assert len(PDFS) >= 3
    assert [summary(a) for a in audit_many(PDFS, jobs=1)] == [summary(audit_paper(p)) for p in PDFS]


def test_every_pdf_read_of_the_batch_runs_on_the_one_reading_thread(tmp_path, monkeypatch):
    """pdfium is not thread-safe: a PDF found inside a folder input (no read planned for it) is read on the
    reading thread too, never beside it on the main thread."""
    folder = tmp_path / "submission"
    folder.mkdir()
    shutil.copy(PDFS[0], folder / "paper.pdf")
    alone = [audit_paper(p).verdict for p in (PDFS[1], folder / "paper.pdf", PDFS[2])]
    threads: list[tuple[str, str]] = []
    real = readahead.read_pdf

    def recorded(path, *args, **kwargs):
        threads.append((Path(path).name, threading.current_thread().name))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(readahead, "read_pdf", recorded)
    audits = audit_many([PDFS[1], folder, PDFS[2]], jobs=1)
    assert [a.verdict for a in audits] == alone
    assert sorted(name for name, _ in threads) == sorted([PDFS[1].name, "paper.pdf", PDFS[2].name])
    assert all(thread.startswith("seedaudit-pdf") for _, thread in threads), threads


def test_a_read_error_is_raised_where_the_paper_is_audited():
    encrypted = FIXTURES / "encrypted.pdf"
    with reading_ahead(plan(encrypted, PDFS[0])):
        with pytest.raises(PaperInputError, match="encrypted"):
            pdf_text(encrypted, "auto", 300, 60.0)
        assert pdf_text(PDFS[0], "auto", 300, 60.0).pages


def test_reads_the_audit_passed_over_are_dropped_not_waited_for():
    """The audit may refuse a planned paper before reading it, or read out of plan order: neither blocks."""
    pages: dict[str, int] = {}

    def audit_out_of_order():
        with reading_ahead(plan(*PDFS)):
            for pdf in (PDFS[2], PDFS[0], PDFS[2]):
                pages[pdf.name] = len(pdf_text(pdf, "auto", 300, 60.0).pages)

    worker = threading.Thread(target=audit_out_of_order, daemon=True)
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "a read-ahead waited on a read it had dropped"
    assert pages == {pdf.name: len(read_pdf(str(pdf)).pages) for pdf in (PDFS[0], PDFS[2])}
