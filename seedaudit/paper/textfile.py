"""Plain text and Markdown papers to blocks (one block per paragraph, `#` lines as headings)."""
from __future__ import annotations

import re

from ..errors import PaperInputError
from .clean import COMPOUND_TAILS, is_code_line, is_heading
from .document import Block, BlockBuilder, Document, Origin


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
# A settings-table row that gives the seed: its first cell names the seed ("Random seed", "Seed", "seed value"), its
# last cell is one integer, and any cells between are short symbols ("s", "-"): the row says what the line "Random
# seed: 42." says, so that line is read in its place (the row's own block, no other cell of the table). A row of
# several seed values (a results table with one column per seed) has more than one number and stays a table row.
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.I | re.S)
_HTML_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", re.I | re.S)
_SEED_LABEL = re.compile(r"^(?:(?:random|global|training|initiali[sz]ation)[\s_-]+)?seed(?:[\s_-]+(?:value|number))?$", re.I)
_SYMBOL_CELL = re.compile(r"^[^\d\s]{0,3}$")
_ONE_INTEGER = re.compile(r"^\d{1,10}$")


def _table_seed_lines(table: str) -> list[str]:
    """The 'Label: value.' line of every settings-table row of an HTML table that gives one seed (see _HTML_ROW)."""
    out = []
    for row in _HTML_ROW.findall(table):
        cells = [re.sub(r"<[^>]+>", "", cell).strip() for cell in _HTML_CELL.findall(row)]
        if len(cells) >= 2 and _SEED_LABEL.match(cells[0]) and _ONE_INTEGER.match(cells[-1]) \
                and all(_SYMBOL_CELL.match(cell) for cell in cells[1:-1]):
            out.append(f"{cells[0]}: {cells[-1]}.")
    return out


# A float set down inside a sentence: converters place a figure or table where the page put it, so a paragraph can
# stop mid-sentence ("... over 3 train-"), an image, its caption, an HTML table and its caption follow, and the
# sentence goes on after them in lower case ("ing seeds. We ..."). When a paragraph ends open (no . ! ? : ; at its
# end) and, past blank lines and float lines only, the next line starts with a lower-case letter, that line is read
# right after the paragraph: after a hyphen it completes the split word (unless the tail is one usually written with
# its hyphen, "seed-based"), otherwise it follows after a space. Line numbers stay those of each line.
_FLOAT_LINE = re.compile(r"^(?:!\[|<table\b|(?:figure|fig\.|table|tab\.)\s*\d+\s*[:.|])", re.I)
_OPEN_END = re.compile(r"[^.!?:;\s]$")
_CONTINUATION = re.compile(r"^[a-z]")
_SPLIT_WORD_END = re.compile(r"(?<=[^\W\d_])-$")
_FLOATS_LOOKED_PAST = 16


def _continuations(lines: list[str]) -> list[tuple[int, str]]:
    """The lines in reading order, each with its 1-based number; a line that continues a sentence broken by floats
    comes right after the line it continues (a split word is joined onto that line)."""
    out: list[tuple[int, str]] = []
    moved: set[int] = set()
    for index, line in enumerate(lines):
        if index in moved:
            continue
        text = line.strip()
        out.append((index + 1, line))
        if not text or text.startswith(("#", "$")) or _FLOAT_LINE.match(text) or not _OPEN_END.search(text) \
                or index + 1 >= len(lines) or lines[index + 1].strip():
            continue
        floats = 0
        for ahead in range(index + 1, min(len(lines), index + 1 + _FLOATS_LOOKED_PAST)):
            after = lines[ahead].strip()
            if not after:
                continue
            if _FLOAT_LINE.match(after):
                floats += 1
                continue
            if floats and _CONTINUATION.match(after):
                moved.add(ahead)
                if _SPLIT_WORD_END.search(text) and after.split()[0].rstrip(".,;:") not in COMPOUND_TAILS:
                    out[-1] = (index + 1, text[:-1] + after)
                else:
                    out.append((ahead + 1, after))
            break
    return out


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


# The end of the references when no heading says so (an appendix whose heading the converter lost): a run of
# paragraphs that no longer look like references. A reference gives its year as "2021." (or "2021a.") within its
# first 400 characters, or names a venue, a volume, pages or a link; a paragraph of at least 150 characters and 20
# words that does neither is prose. Captions, floats and short lines count neither way. Three prose paragraphs in a row
# (no reference between) close the references from the first of them, up to the next heading that opens references.
_REFERENCE_YEAR = re.compile(r"\b(?:19|20)\d{2}[a-z]?\.(?:\s|$)")
_REFERENCE_WORD = re.compile(r"arxiv|proceedings|preprint|journal|conference|workshop|symposium|\bdoi\b|https?://|"
                             r"\bpp\.|\bvol\.|\bpages\b|\bpress\b|transactions", re.I)
_CAPTION = re.compile(r"^(?:figure|fig\.|table|tab\.|algorithm)\s*[A-Z]?\d", re.I)
_PROSE_RUN = 3


def _looks_like_prose(text: str) -> bool | None:
    """True for a paragraph that is no reference (see _PROSE_RUN), False for one that is, None for neither."""
    if _REFERENCE_YEAR.search(text, 0, 400) or _REFERENCE_WORD.search(text):
        return False
    if _CAPTION.match(text) or len(text) < 150 or len(text.split()) < 20:
        return None
    return True


def _close_unmarked_references(blocks: list[Block]) -> None:
    """Blocks after the references that a run of prose shows to be no references (see _PROSE_RUN): in the body again."""
    run: list[int] = []
    for index, block in enumerate(blocks):
        if not block.in_references or block.heading:
            run = []
            continue
        prose = _looks_like_prose(block.text)
        if prose is False:
            run = []
        elif prose:
            run.append(index)
            if len(run) == _PROSE_RUN:
                section = blocks[run[0]].section
                for later in blocks[run[0]:]:
                    if later.heading and is_heading(later.text)[1]:
                        break
                    later.in_references = False
                    if not later.heading and later.section == section:
                        later.section = ""  # the lost heading's section, not the references
                return


def text_document(raw: bytes, path: str) -> Document:
    if looks_binary(raw):
        raise PaperInputError(path, "not a text file (binary content)")
    builder = BlockBuilder(path)
    spread: list[Origin] = []  # HTML tables that report a spread ('±' in a cell), as a PDF's table rows do
    for number, line in _continuations(decode_text(raw).splitlines()):
        text = _math_without_sentence_marks(_SCRIPT_TAG.sub("", line)).strip()
        origin = Origin(line=number)
        if not text or is_code_line(text) or _HTML_TABLE.match(text):
            if _HTML_TABLE.match(text) and "±" in text:
                spread.append(origin)
            builder.flush()
            if _HTML_TABLE.match(text) and "seed" in text.lower():
                for seed_line in _table_seed_lines(text):
                    builder.add(seed_line, origin)
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
    blocks = builder.done()
    _close_unmarked_references(blocks)
    return Document(path=path, kind="text", blocks=blocks, table_spread=spread)
