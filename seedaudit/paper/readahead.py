"""A serial batch's PDFs read ahead of their audit, on one background thread.

pdfium extracts text in C with the GIL released, while the audit of the paper before it (cleaning, spaCy's
import and tokeniser, the rules) is Python: with the next papers' text extracted meanwhile, a one-process
batch keeps a second core busy with extraction, and takes about the longer of the two parts instead of their
sum. It costs no extra CPU time: each PDF is still read once. pdfium is not thread-safe, so while a read-ahead
runs every PDF read of the batch goes through its one thread, the reads nobody planned included.
"""
from __future__ import annotations

import contextlib
import contextvars
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

from .pdf import PdfText, read_pdf

DEPTH = 8  # papers read ahead at most: a few hundred KB of text, and enough to cover spaCy's import

Read = tuple[str, str, int, float]  # path, backend, max pages, time limit: what one read_pdf call is given


def _read(path: str, backend: str, max_pages: int, time_limit: float) -> PdfText:
    return read_pdf(path, backend, max_pages=max_pages, time_limit=time_limit)


def _key(path: str | Path, backend: str, max_pages: int, time_limit: float) -> Read:
    return str(Path(path)), backend, max_pages, time_limit


class _ReadAhead:
    """The planned reads in audit order, the first DEPTH of them submitted to the one reading thread."""

    def __init__(self, plan: list[Read]):
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="seedaudit-pdf")
        self._plan: deque[list] = deque([_key(*read), None] for read in plan)  # [read, its future once submitted]
        self._top_up()

    def _top_up(self) -> None:
        for entry in list(self._plan)[:DEPTH]:
            if entry[1] is None:
                entry[1] = self._executor.submit(_read, *entry[0])

    def read(self, key: Read) -> PdfText:
        """The planned read of `key`, waited for; reads planned before it were passed over (an input the audit
        refused before reading it), so they are dropped. A read nobody planned is queued behind the others."""
        position = next((i for i, (planned, _) in enumerate(self._plan) if planned == key), None)
        if position is None:
            return self._executor.submit(_read, *key).result()
        for _ in range(position):
            _, future = self._plan.popleft()
            if future is not None:
                future.cancel()
        future: Future | None = self._plan.popleft()[1]
        if future is None:
            future = self._executor.submit(_read, *key)
        self._top_up()
        return future.result()

    def close(self) -> None:
        """Drop the reads not started; wait for the one under way (pdfium must not be left mid-call)."""
        self._executor.shutdown(wait=True, cancel_futures=True)


_ACTIVE: contextvars.ContextVar[_ReadAhead | None] = contextvars.ContextVar("seedaudit_read_ahead", default=None)


@contextlib.contextmanager
def reading_ahead(plan: list[Read]) -> Iterator[None]:
    """Within the block, `pdf_text` answers the planned reads from the background thread."""
    ahead = _ReadAhead(plan)
    token = _ACTIVE.set(ahead)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
        ahead.close()


def pdf_text(path: str | Path, backend: str, max_pages: int, time_limit: float) -> PdfText:
    """The PDF's text: from the read-ahead when one runs (its errors raised here, as a direct read raises
    them), else read now."""
    ahead = _ACTIVE.get()
    key = _key(path, backend, max_pages, time_limit)
    return ahead.read(key) if ahead is not None else _read(*key)
