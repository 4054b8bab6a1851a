"""Plain text and Markdown papers to blocks (one block per paragraph, `#` lines as headings)."""
from __future__ import annotations

import re

from ..errors import PaperInputError
from .clean import is_code_line, is_heading
from .document import BlockBuilder, Document, Origin


# A '#' line after the references that starts with an appendix letter ("A. Limitations", "E.2. Wider Grids",
# "B. Derivation: Details") opens the appendix: the '#' marks it a heading, so the dotted letter and any punctuation
# of the title, which the plain-line test refuses (a wrapped reference "A. Smith and B. Jones"), need no screening.
_MARKED_APPENDIX = re.compile(r"^(?:(?i:appendix|appendices)\b|[A-H](?:\.\d{1,2}){0,3}\.?\s+[A-Z])")


# Inline sub- and superscript tags ("x<sub>i</sub>", "10<sup>-4</sup>"): PDF-to-Markdown converters also wrap
# fragments of ordinary words in them when they misread the type size ("ev<sub>er</sub>y <sub>sc</sub>o<sub>re</sub>"),
# which hides the words from the matchers. The tags go, their text stays where it was.
_SCRIPT_TAG = re.compile(r"</?su[bp]>", re.I)
# Inline math as PDF-to-Markdown converters write it, each token spaced out ("$ \mathrm { F } _ { 0 . 5 } $"): the
# period of a decimal then reads as a sentence end, and the sentence is cut in two at the formula. Inside a span that
# holds a LaTeX mark (a backslash, brace, _ or ^: no price like "$5 ... $3"), sentence marks become a middle dot,
# one character for one, so every offset of the line stays.
_INLINE_MATH = re.compile(r"\$(?=[^$\n]*[\\{}_^])[^$\n]{1,300}\$")
_SENTENCE_MARKS = str.maketrans({".": "\u00b7", "!": "\u00b7", "?": "\u00b7"})


# An HTML table, which converters write on one line right under its caption: its cells are no prose (the PDF reader
# keeps table rows out of the paragraphs too), and joined to the caption they would make one sentence of it all.
_HTML_TABLE = re.compile(r"^<table\b", re.I)


def _math_without_sentence_marks(line: str) -> str:
    return _INLINE_MATH.sub(lambda m: m.group(0).translate(_SENTENCE_MARKS), line) if "$" in line else line


def looks_binary(raw: bytes) -> bool:
    """Binary content: NUL bytes make up more than one byte in a hundred of the first 8 KB. A few stray NULs,
    which a PDF-to-Markdown converter writes for symbols it cannot map, leave a text file text."""
    head = raw[:8192]
    return head.count(b"\x00") * 100 > len(head)


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), falling back to Latin-1 so that any byte string decodes; stray NULs dropped."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.replace("\x00", "")


def text_document(raw: bytes, path: str) -> Document:
    if looks_binary(raw):
        raise PaperInputError(path, "not a text file (binary content)")
    builder = BlockBuilder(path)
    for number, line in enumerate(decode_text(raw).splitlines(), start=1):
        text = _math_without_sentence_marks(_SCRIPT_TAG.sub("", line)).strip()
        origin = Origin(line=number)
        if not text or is_code_line(text) or _HTML_TABLE.match(text):
            builder.flush()
            continue
        if text.startswith("#"):
            title = text.lstrip("#").strip()
            heading, references = is_heading(title, builder.in_references)
            if builder.in_references and references is None and _MARKED_APPENDIX.match(title):
                heading, references = True, False
            builder.heading(title, origin, references=references if heading else None)
            continue
        heading, references = is_heading(text, builder.in_references)
        if heading:
            builder.heading(text, origin, references=references)
            continue
        builder.add(text, origin)
    return Document(path=path, kind="text", blocks=builder.done())
