"""The paper engine's text model: blocks of cleaned text that remember where every character came from.

Every extractor (PDF, LaTeX, plain text) ends in a `Document`; everything after it (cues, sentences,
classification, claims) reads only this model, so all formats get the same audit.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from ..errors import PaperInputError


@dataclass(frozen=True)
class Origin:
    """Where a piece of text starts: a PDF page (and margin line number) or a source line."""

    page: int | None = None
    line: int | None = None
    margin_line: int | None = None


@dataclass
class Block:
    """A paragraph or a heading; `marks` map character offsets to their origin (ascending offsets)."""

    text: str
    path: str
    marks: list[tuple[int, Origin]]
    heading: bool = False
    section: str = ""
    in_references: bool = False

    def origin_at(self, offset: int) -> Origin:
        index = bisect.bisect_right([m[0] for m in self.marks], offset) - 1
        return self.marks[max(index, 0)][1] if self.marks else Origin()


class BlockBuilder:
    """Accumulates lines into blocks, recording the origin of each appended line."""

    def __init__(self, path: str):
        self.path = path
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._marks: list[tuple[int, Origin]] = []
        self._size = 0
        self.section = ""
        self.in_references = False

    def add(self, text: str, origin: Origin) -> None:
        text = text.strip()
        if not text:
            return
        if self._parts:
            self._parts.append(" ")
            self._size += 1
        self._marks.append((self._size, origin))
        self._parts.append(text)
        self._size += len(text)

    @property
    def open_line(self) -> str:
        """The last line added to the paragraph being built ("" between paragraphs)."""
        return self._parts[-1] if self._parts else ""

    def aside(self, text: str, origin: Origin) -> None:
        """A block of its own (a footnote printed inside a sentence's text) that leaves the open paragraph open,
        so that the sentence it interrupted reads whole."""
        self.blocks.append(Block(text, self.path, [(0, origin)], section=self.section, in_references=self.in_references))

    def flush(self) -> None:
        if self._parts:
            self.blocks.append(Block("".join(self._parts), self.path, self._marks, section=self.section,
                                     in_references=self.in_references))
        self._parts, self._marks, self._size = [], [], 0

    def heading(self, text: str, origin: Origin, *, references: bool | None = None) -> None:
        """A heading ends the paragraph, starts a section, and may open or close the references."""
        self.flush()
        if references is not None:
            self.in_references = references
        self.section = text.strip()
        self.blocks.append(Block(self.section, self.path, [(0, origin)], heading=True, section=self.section,
                                 in_references=self.in_references))

    def done(self) -> list[Block]:
        self.flush()
        return self.blocks


@dataclass
class Document:
    """One audited paper: its blocks plus what the extractor learned on the way."""

    path: str
    kind: str  # pdf | tex | text
    blocks: list[Block]
    pages: int = 0
    backend: str = ""
    problems: list[PaperInputError] = field(default_factory=list)  # parts skipped, limits hit
    table_spread: list[Origin] = field(default_factory=list)  # where '±' appears outside prose sentences
    table_seeds: list[tuple[int, Origin, str]] = field(default_factory=list)  # seed values of settings tables
    stats: dict = field(default_factory=dict)

    def body(self) -> list[Block]:
        return [b for b in self.blocks if not b.in_references and not b.heading]

    @functools.cached_property
    def body_text(self) -> str:
        """The body's paragraphs as one text, for the paper-wide readings (seed data, other randomness)."""
        return "\n".join(b.text for b in self.body())
