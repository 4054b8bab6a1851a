"""Plain text and Markdown papers to blocks (one block per paragraph, `#` lines as headings)."""
from __future__ import annotations

from ..errors import PaperInputError
from .clean import is_heading
from .document import BlockBuilder, Document, Origin


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), falling back to Latin-1 so that any byte string decodes."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def text_document(raw: bytes, path: str) -> Document:
    if b"\x00" in raw[:8192]:
        raise PaperInputError(path, "not a text file (binary content)")
    builder = BlockBuilder(path)
    for number, line in enumerate(decode_text(raw).splitlines(), start=1):
        text = line.strip()
        origin = Origin(line=number)
        if not text:
            builder.flush()
            continue
        if text.startswith("#"):
            title = text.lstrip("#").strip()
            heading, references = is_heading(title, builder.in_references)
            builder.heading(title, origin, references=references if heading else None)
            continue
        heading, references = is_heading(text, builder.in_references)
        if heading:
            builder.heading(text, origin, references=references)
            continue
        builder.add(text, origin)
    return Document(path=path, kind="text", blocks=builder.done())
