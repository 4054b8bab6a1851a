"""PDF text extraction: pypdfium2 (fast path) and pdfminer.six (second backend), with limits.

`auto` starts with pdfium and switches to pdfminer only when pdfium's text looks collapsed (word
spaces lost): a space-to-character ratio under 0.05, or many 25+ letter runs without a space
(BACKGROUND §6). Both libraries are imported lazily, inside the backend that needs them.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from ..errors import PaperInputError

BACKENDS = ("auto", "pdfium", "pdfminer")
_LONG_RUN = re.compile(r"[^\W\d_]{25,}")
MIN_SPACE_RATIO = 0.05
MAX_LONG_RUNS_PER_10K = 2.0


@dataclass
class PdfText:
    pages: list[str]
    total_pages: int
    backend: str
    problems: list[str] = field(default_factory=list)  # limits hit, pages skipped
    stats: dict = field(default_factory=dict)


def spacing_stats(text: str) -> dict:
    """Space ratio and long letter runs per 10,000 characters (high run rate = collapsed spaces).

    Only words of 25+ characters can hold such a run, so the regex sees those alone (scanning a whole
    paper with it cost more than a third of the text extraction)."""
    chars = len(text) or 1
    runs = sum(len(_LONG_RUN.findall(word)) for word in text.split() if len(word) >= 25)
    return {"space_ratio": round(text.count(" ") / chars, 4), "long_runs_per_10k": round(runs * 10_000 / chars, 2)}


def is_collapsed(text: str, stats: dict | None = None) -> bool:
    if len(text.strip()) < 200:
        return False
    stats = stats or spacing_stats(text)
    return stats["space_ratio"] < MIN_SPACE_RATIO or stats["long_runs_per_10k"] > MAX_LONG_RUNS_PER_10K


_MARGIN_NUMBER = re.compile(r"^\d{3,4}\r?$", re.M)


def _pair_margin_numbers(pieces: list[tuple[float, float, float, str]], width: float) -> str:
    """Text pieces (left, right, middle height, text) as lines, each prefixed with the margin number
    printed at its height."""
    numbers: list[tuple[float, str]] = []
    lines: list[tuple[float, str]] = []
    for left, right, middle, text in pieces:
        if text.strip().isdigit() and (right < 0.12 * width or left > 0.88 * width):
            numbers.append((middle, text.strip()))
        else:
            lines.append((middle, text))
    out = []
    for middle, text in lines:
        near = min(numbers, key=lambda n: abs(n[0] - middle)) if numbers else None
        out.append(f"{near[1]} {text}" if near and abs(near[0] - middle) < 4 else text)
    return "\n".join(out)


def _line_pieces(textpage, text: str) -> list[tuple[float, float, float, str]] | None:
    """pdfium's own lines of `text` with the box of each line's first character: a few calls per line.
    None when the text's offsets are not the text page's character indices (characters outside the
    BMP, generated text), so the caller falls back to one lookup per text run."""
    if len(text) != textpage.count_chars():
        return None
    pieces, start = [], 0
    for line in text.split("\r\n"):
        if line.strip():
            first = start + len(line) - len(line.lstrip())
            if textpage.get_text_range(first, 1) != text[first]:
                return None
            left, bottom, _, top = textpage.get_charbox(first)
            last = start + len(line.rstrip()) - 1
            right = textpage.get_charbox(last)[2]
            pieces.append((left, right, (bottom + top) / 2, line))
        start += len(line) + 2
    return pieces


def _with_margin_numbers(textpage, text: str, width: float) -> str:
    """A review copy's page as lines prefixed with the margin number printed beside them.

    pdfium emits the margin numbers as one run, apart from the lines they label, so the pairing is done
    by position: each text line gets the number in the page margin at the same height.
    """
    pieces = _line_pieces(textpage, text)
    if pieces is None:  # one bounded-text lookup per text run: exact, but quadratic in the page's length
        pieces = []
        for index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(index)
            run = textpage.get_text_bounded(left, bottom, right, top)
            pieces.append((left, right, (bottom + top) / 2, run))
    return _pair_margin_numbers([(a, b, m, t.replace("\x02", "\ufffe")) for a, b, m, t in pieces], width)


def _pdfium(path: str, max_pages: int, deadline: float) -> PdfText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        raise PaperInputError(path, _explain(str(exc))) from None
    try:
        total = len(pdf)
        pages, problems = [], []
        for index in range(min(total, max_pages)):
            if time.monotonic() > deadline:
                problems.append(f"time limit reached: only the first {index} of {total} pages were audited")
                break
            try:
                page = pdf[index]
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                if len(_MARGIN_NUMBER.findall(text)) >= 12:
                    text = _with_margin_numbers(textpage, text, page.get_width())
                pages.append(text)
                textpage.close()
                page.close()
            except pdfium.PdfiumError as exc:
                problems.append(f"page {index + 1} could not be read ({exc})")
                pages.append("")
        return PdfText(pages, total, "pdfium", problems)
    finally:
        pdf.close()


def _pdfminer(path: str, max_pages: int, deadline: float) -> PdfText:
    import io

    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    pages, problems = [], []
    buffer = io.StringIO()
    manager = PDFResourceManager()
    device = TextConverter(manager, buffer, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    try:
        with open(path, "rb") as handle:
            document = PDFDocument(PDFParser(handle))
            try:
                total = int(resolve1(resolve1(document.catalog["Pages"])["Count"]))
            except Exception:  # a damaged page tree: count what we can read
                total = 0
            for index, page in enumerate(PDFPage.create_pages(document)):
                if index >= max_pages:
                    break
                if time.monotonic() > deadline:
                    problems.append(f"time limit reached: only the first {index} of {total} pages were audited")
                    break
                interpreter.process_page(page)
                pages.append(buffer.getvalue())
                buffer.seek(0)
                buffer.truncate()
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise PaperInputError(path, _explain(f"{type(exc).__name__}: {exc}")) from None
    finally:
        device.close()
    return PdfText(pages, max(total, len(pages)), "pdfminer", problems)


def _explain(error: str) -> str:
    low = error.lower()
    if "password" in low or "encrypt" in low:
        return "encrypted PDF: it needs a password, so its text cannot be read (decrypt it first)"
    return f"not a readable PDF (truncated or damaged): {error.strip().rstrip('.')}"


def read_pdf(path: str, backend: str = "auto", *, max_pages: int = 300, time_limit: float = 60.0) -> PdfText:
    """Text per page with the chosen backend; raises PaperInputError when nothing can be read."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown PDF backend {backend!r} (choose from {', '.join(BACKENDS)})")
    deadline = time.monotonic() + time_limit
    if backend == "pdfminer":
        result = _pdfminer(path, max_pages, deadline)
    else:
        try:
            result = _pdfium(path, max_pages, deadline)
        except PaperInputError as exc:
            if backend == "pdfium" or exc.message.startswith("encrypted"):
                raise
            result = _pdfminer(path, max_pages, deadline)  # a second opinion on a damaged file
    text = "\n".join(result.pages)
    result.stats = spacing_stats(text)
    if backend == "auto" and result.backend == "pdfium" and is_collapsed(text, result.stats) and time.monotonic() < deadline:
        try:
            other = _pdfminer(path, max_pages, deadline)
        except PaperInputError:
            other = None
        if other is not None:
            other_stats = spacing_stats("\n".join(other.pages))
            if other_stats["space_ratio"] > result.stats["space_ratio"]:
                other.stats = {**other_stats, "switched_from": "pdfium", "pdfium_space_ratio": result.stats["space_ratio"]}
                result = other
    if result.total_pages == 0:
        raise PaperInputError(path, "PDF has no pages")
    if result.total_pages > len(result.pages) and not result.problems:
        result.problems.append(
            f"page limit: only the first {len(result.pages)} of {result.total_pages} pages were audited (--max-pages)")
    if not any(p.strip() for p in result.pages) and result.problems:
        raise PaperInputError(path, result.problems[0])
    if sum(len(p.strip()) for p in result.pages) < 20 * max(len(result.pages), 1):
        raise PaperInputError(path, "no text layer (image-only or scanned PDF): nothing to audit; OCR it first")
    return result
