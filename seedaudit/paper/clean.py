"""Cleaning extracted PDF text into blocks: ligatures, hyphenation, page furniture, margin numbers.

The steps, in order, per page: NFKC (ligatures such as 'ﬁ' become 'fi'), hyphenated line ends
joined (pdfium marks them with U+FFFE; other extractors leave '-' at the line end) while real
compound hyphens survive, review-copy margin line numbers removed but kept as each line's
`margin_line`, page numbers and running headers/footers dropped, then lines grouped into
paragraphs and headings, with the references section recognised.
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .claims import table_seed_values
from .document import Block, BlockBuilder, Origin

# Second halves of compounds that are usually written with their hyphen ("seed-based", "state-of-the-art").
COMPOUND_TAILS = frozenset(
    "based level specific wise free trained tuned tuning art of the and or like aware scale shot step "
    "order grained size sized dependent independent agnostic driven oriented related style only time "
    "term class label domain task language lingual source target world".split()
)
_SOFT_HYPHEN = re.compile(r"\ufffe[ \t]*(?:\r\n|\n|\r)?[ \t]*(?=\w)")
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*(?:\r\n|\n|\r)[ \t]*(?=\w)")
# the word before a split point, read backwards from it (a "$" search from the left costs 40x40 steps);
# a newline right before the point is skipped, as "$" would match before it
_WORD_BEFORE_REVERSED = re.compile(r"\n?([\w-]*)")
_WORD_AFTER = re.compile(r"\w{1,40}")
_NEWLINES = re.compile(r"\r\n|\r|\n")
_NUMBER_LINE = re.compile(r"^\d{1,4}$")
_NUMBER_PREFIX = re.compile(r"^(\d{3,4})\s+(?=\S)")
_PAGE_NUMBER = re.compile(r"^(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", re.I)
_DIGITS = re.compile(r"\d+")
_THREE_NUMBERS = re.compile(r"\d\D+\d+\D+\d")  # three separate runs of digits, without listing them
_HEADING_NUMBER = re.compile(r"^(\d{1,2}(\.\d{1,2})*|[A-H])\.?\s+")
_LIST_ITEM = re.compile(r"^\d+\.\s")
_NOT_IN_TITLE = re.compile(r"\d{4}|[=%±]")
_NOT_IN_APPENDIX_TITLE = re.compile(r"\d{4}|,")
_NUMERIC = re.compile(r"^[\d.,±%()\[\]\-–+/*†‡]+$")

_REFERENCES = re.compile(r"^(\d+\.?\s+)?(references|bibliography|works cited|literature cited)$", re.I)
# the checklist a venue has authors fill in, printed after the references ("ACL 2023 Responsible NLP Checklist",
# "Reproducibility Checklist", "NeurIPS Paper Checklist"): its answers are the paper's own statements, so it ends the
# references as an appendix does (a wrapped reference title that ends in the word checklist does not start so)
_CHECKLIST_HEADING = re.compile(r"^(?:[A-Z]{2,8}\s+(?:\d{4}\s+)?)?(?:responsible\s+nlp|reproducibility|paper|author)\s+checklist:?$",
                                re.I)
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+([A-Z][^\s].{0,70})$")
# (a heading may end with the acronym it introduces: "A Document-level Retriever (DLR)")
_APPENDIX_HEADING = re.compile(r"^(?:appendix|appendices)\b.{0,60}$|"
                               r"^[A-H](?:\.\d{1,2}){0,3}\s+[A-Z][a-z]+(?:[ -][A-Za-z&][\w&-]*){0,8}(?:\s\([A-Z][\w-]*\))?$", re.I)
_NAMED_HEADINGS = frozenset({
    "abstract", "introduction", "related work", "background", "method", "methods", "methodology",
    "experiments", "experimental setup", "results", "discussion", "conclusion", "conclusions", "limitations",
    "ethics statement", "ethical considerations", "acknowledgments", "acknowledgements", "acknowledgment",
    "acknowledgement", "broader impact", "appendix", "reproducibility statement",
})


# A line of program source printed without a code fence (a listing in an appendix, one statement a line in a PDF's
# text or in a PDF-to-Markdown converter's output): a def/class header, an import, an assert that compares, or an
# assignment whose right side calls or indexes something and that ends as code does, not as a sentence. Its
# identifiers ("rng_seed=0", "n_runs = len(runs)") are no statements of the paper: the line ends the paragraph and is
# not read. A line with LaTeX commands or dollar signs is a formula ("y = f(x) ,\\tag{1}"), which stays.
_CODE_LINE = re.compile(
    r"^(?:def|class)\s+[A-Za-z_]\w*\s*\(.*\)\s*(?:->\s*[\w\[\], .]+)?:\s*$"
    r"|^import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*\s*$"
    r"|^from\s+\w+(?:\s*\.\s*\w+)*\s+import\s+[\w*]+(?:\s+as\s+\w+)?(?:\s*,\s*\w+(?:\s+as\s+\w+)?)*\s*$"
    r"|^assert\s+.*(?:==|!=|\bisinstance\s*\(|\bis\s+not\b|\bin\s+\w)"
    r"|^[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*|\s*\[[^\]]*\])*(?:\s*,\s*[A-Za-z_]\w*)*\s*=(?!=)\s*[^=].*[(\[{].*[)\]}:,]\s*$"
)
_FORMULA = re.compile(r"\\[A-Za-z]{2,}|\$")
# four plain words in a row: a wrapped line of prose that starts like an assignment ("s = f(x) to give the next ...")
_PROSE_RUN = re.compile(r"\b[a-z]{2,} [a-z]{2,} [a-z]{2,} [a-z]{2,}\b")


# every form of _CODE_LINE holds an "=" or starts with one of these words: a test of them alone rejects nine lines in
# ten before the regex (it is tried on every line of a PDF)
_CODE_KEYWORDS = frozenset({"def", "class", "import", "from", "assert"})


def is_code_line(text: str) -> bool:
    """A line of program source (see _CODE_LINE), not a formula and not a line of prose."""
    if "=" not in text and (text.split(None, 1) or [""])[0] not in _CODE_KEYWORDS:
        return False
    return bool(_CODE_LINE.match(text)) and not _FORMULA.search(text) and not _PROSE_RUN.search(text)


def join_hyphens(text: str) -> str:
    """Join words split at a line end, keeping the hyphen where the word is a real compound.

    Only the split point is matched; the words on either side are read from the text around it, so
    the cost stays linear in the page length.
    """

    def join(match: re.Match, soft: bool) -> str:
        before = _WORD_BEFORE_REVERSED.match(text[max(match.start() - 40, 0):match.start()][::-1]).group(1)[::-1]
        after = _WORD_AFTER.match(text, match.end())
        right = after.group(0) if after else ""
        left = before.rsplit("-", 1)[-1]
        keep = "-" in before or right[:1].isupper() or right[:1].isdigit() or right.lower() in COMPOUND_TAILS
        if not soft and not keep and left[:1].isupper() and len(left) <= 3:
            keep = True  # "COVID-\n19", "GPT-\nstyle": short capitalised prefixes keep their hyphen
        return "-" if keep else ""

    text = _SOFT_HYPHEN.sub(lambda m: join(m, True), text)
    if "\n" not in text and "\r" not in text:
        return text  # a line-end hyphen needs a line end (most calls hold one line with U+FFFE inside)
    return _LINE_END_HYPHEN.sub(lambda m: join(m, False), text)


def page_lines(raw: str) -> list[str]:
    text = unicodedata.normalize("NFKC", raw.replace("\x00", ""))
    return [line.strip() for line in _NEWLINES.split(text)]


def join_split_words(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """Hyphenation inside lines (pdfium's U+FFFE) and across line ends (after margin numbers are gone)."""
    out: list[tuple[str, int | None]] = []
    for line, margin in lines:
        if out and out[-1][0].endswith(("\ufffe", "-")) and line[:1].isalnum():
            previous, previous_margin = out[-1]
            joined = join_hyphens(f"{previous}\n{line}")
            out[-1] = (joined, previous_margin)
            continue
        out.append((line, margin))
    return [(join_hyphens(line).replace("\ufffe", "").replace("\u00ad", "") if "\ufffe" in line or "\n" in line
             or "\u00ad" in line else line, margin) for line, margin in out]


def _increasing(numbers: list[int]) -> bool:
    if len(numbers) < 12:
        return False
    ups = sum(1 for a, b in zip(numbers, numbers[1:]) if b > a)
    return ups >= 0.8 * (len(numbers) - 1)


def strip_margin_numbers(lines: list[str]) -> list[tuple[str, int | None]]:
    """Remove review-copy line numbers (alone on a line or prefixed), remembering them per line."""
    alone = [int(line) for line in lines if _NUMBER_LINE.match(line)]
    prefixed = [int(m.group(1)) for line in lines if (m := _NUMBER_PREFIX.match(line))]
    use_alone, use_prefix = _increasing(alone), _increasing(prefixed)
    if not (use_alone or use_prefix):
        return [(line, None) for line in lines]
    out: list[tuple[str, int | None]] = []
    pending: int | None = None
    for line in lines:
        if use_alone and _NUMBER_LINE.match(line):
            pending = int(line)
            continue
        margin = pending
        if use_prefix and (m := _NUMBER_PREFIX.match(line)):
            margin = int(m.group(1))
            line = line[m.end():]
        out.append((line, margin))
        pending = None if margin is not None and use_alone else pending
    return out


def _furniture(pages: list[list[str]]) -> set[str]:
    """Lines repeated at the top or bottom of many pages (digits ignored): running headers, footers."""
    counts: Counter[str] = Counter()
    for lines in pages:
        content = [line for line in lines if line]
        edges = {_DIGITS.sub("#", line.lower()) for line in content[:3] + content[-3:]}
        counts.update(edges)
    floor = max(3, int(0.3 * len(pages)) + 1)
    return {key for key, n in counts.items() if n >= floor and len(key) > 1}


_PROSE_END = re.compile(r"[^\W\d_]{3,}[.;]$")
# a line of prose broken off mid-sentence: a word or a comma at its end
_MID_SENTENCE = re.compile(r"[A-Za-z,]$")


def continues_a_list(line: str, before: str) -> bool:
    """A line of numbers that goes on with the sentence of the line before it ("... with random seeds 0," then
    "17, 42, 99 and 7 respectively."; "... epochs (30), seed" then "(42), batch size (16), warm-up (0.1),"): a list
    written in the prose, broken across lines, not a table row. A table row neither ends with a comma nor ends a
    sentence."""
    if before.endswith(","):
        return _PROSE_END.search(line) is not None or line.endswith(",")
    return _MID_SENTENCE.search(before) is not None and line.endswith(",")


def is_table_line(line: str) -> bool:
    """A row of a table: mostly numbers (these lines would glue tables into the prose sentences).
    Nine lines in ten have fewer than three numbers: one regex search rejects them before any split."""
    if not _THREE_NUMBERS.search(line):
        return False
    tokens = line.split()
    if len(tokens) < 4:
        return False
    numeric = sum(1 for t in tokens if _NUMERIC.match(t) and any(c.isdigit() for c in t))
    return numeric >= 3 and numeric >= 0.4 * len(tokens)


def is_heading(line: str, in_references: bool = False, appendix: bool = False) -> tuple[bool, bool | None]:
    """(is it a heading, does it open (True) or close (False) the references, or None).

    Letter-numbered headings ("A Implementation Details") count only where they can close the
    references or after them (the appendix): elsewhere a line starting "A Transformer ..." is text.
    """
    text = line.strip()
    if not text or len(text) > 90 or not (text[0].isupper() or text[0].isdigit()) or text.endswith((".", ",", ";")) \
            or text.count(" ") > 12:
        return False, None
    if _REFERENCES.match(text):
        return True, True
    if _CHECKLIST_HEADING.match(text):
        return True, False if in_references else None
    plain = _HEADING_NUMBER.sub("", text).lower().rstrip(":")
    if plain in _NAMED_HEADINGS:
        return True, False if in_references else None
    m = _NUMBERED_HEADING.match(text)
    if m and len(m.group(2).split()) <= 10 and "et al" not in text and not _NOT_IN_TITLE.search(m.group(2)):
        return True, None
    if (in_references or appendix) and _APPENDIX_HEADING.match(text) and not _NOT_IN_APPENDIX_TITLE.search(text):
        return True, False
    return False, None


# A footnote as a PDF's text gives it: its number glued to its first word or address ("3We use ...", "4https://...").
_FOOTNOTE_START = re.compile(r"^\d{1,2}(?:[A-Z][a-z]|https?:|www\.)")
# a line that goes on with a sentence: a lowercase word or an opening bracket, then two more words (a wrapped address
# has no spaces)
_GOES_ON = re.compile(r"^[a-z(][^\s/]*\s+\S+\s+\S+")
_FOOTNOTE_LINES = 6


def interrupting_footnotes(lines: list[str]) -> dict[int, int]:
    """Footnotes printed inside a sentence, by first line -> last line (indexes into `lines`, blank lines skipped).
    A PDF's text gives a column's footnotes after its last line, so a sentence that runs on into the next column is
    cut by them ("... batch size 16, seed" / "1Note that ..." / "(42), and learning rate ..."): a footnote start
    after a line broken off mid-sentence, whose last line (within six) ends a sentence and is followed by a line that
    goes on with a sentence. Footnotes that end a column at a sentence's end cut nothing and stay where they are."""
    text = [i for i, line in enumerate(lines) if line]
    found: dict[int, int] = {}
    for at in range(1, len(text)):
        start, before = text[at], lines[text[at - 1]]
        if not (_FOOTNOTE_START.match(lines[start]) and _MID_SENTENCE.search(before) and len(before.split()) >= 4):
            continue
        for end, after in zip(text[at:at + _FOOTNOTE_LINES], text[at + 1:]):
            if is_heading(lines[end])[0]:
                break
            if lines[end].endswith((".", ")")) and _GOES_ON.match(lines[after]):
                found[start] = end
                break
    return found


def _next_text(page: list[tuple[str, int | None]], index: int) -> str:
    for line, _ in page[index + 1:]:
        if line:
            return line
    return ""


@dataclass
class TableRows:
    """What the table rows dropped from the prose still tell: where one reports a spread ('±'), and the seed
    values a settings table gives (value, where, the header line and the row)."""

    spread: list[Origin] = field(default_factory=list)
    seeds: list[tuple[int, Origin, str]] = field(default_factory=list)

    def add(self, line: str, header: str, origin: Origin) -> None:
        if "±" in line:
            self.spread.append(origin)
        self.seeds.extend((value, origin, f"{header} | {line}") for value in table_seed_values(header, line))


def pdf_blocks(pages: list[str], path: str) -> tuple[list[Block], TableRows]:
    """Blocks (paragraphs and headings) of a PDF's pages, each character traceable to its page, and what
    the table rows left out of them tell (TableRows)."""
    cleaned = [join_split_words(strip_margin_numbers(page_lines(raw))) for raw in pages]
    furniture = _furniture([[line for line, _ in page] for page in cleaned])
    builder = BlockBuilder(path)
    tables = TableRows()
    appendix = False
    for page_no, page in enumerate(cleaned, start=1):
        origins: dict[int | None, Origin] = {}  # one per margin line number: most pages have none
        content = [(i, line) for i, (line, _) in enumerate(page) if line]
        edge = {i for i, _ in content[:3] + content[-3:]}
        lengths = [len(line) for _, line in content if len(line) > 20]
        typical = statistics.median(lengths) if lengths else 60
        footnotes = interrupting_footnotes([line for line, _ in page])
        skip = -1
        header = ""  # the last line of text above a table row on this page: its header, if it has one
        for index, (line, margin) in enumerate(page):
            if index <= skip:
                continue
            if not line:
                builder.flush()
                continue
            if index in edge and (_PAGE_NUMBER.match(line) or _DIGITS.sub("#", line.lower()) in furniture):
                continue
            origin = origins.get(margin) or origins.setdefault(margin, Origin(page=page_no, margin_line=margin))
            if index in footnotes:
                builder.aside(" ".join(text for text, _ in page[index:footnotes[index] + 1] if text), origin)
                skip = footnotes[index]
                continue
            if is_code_line(line):
                builder.flush()
                continue
            if is_table_line(line) and not continues_a_list(line, builder.open_line):
                builder.flush()
                tables.add(line, header, origin)
                continue
            header = line
            appendix = appendix or builder.in_references
            heading, references = is_heading(line, builder.in_references, appendix)
            following = _next_text(page, index) if heading else ""
            if heading and following[:1].islower():
                # "1. We show that ..." + lowercase next line is a list item; a short lowercase next line
                # may finish a two-line heading ("6.1 Does it need too much compute to be" / "used?").
                numbered = _NUMBERED_HEADING.match(line)
                if numbered and not _LIST_ITEM.match(line) and len(following) < 0.6 * typical \
                        and len((line + " " + following).split()) <= 14:
                    line = f"{line} {following}"
                    skip = index + 1 + next(i for i, (text, _) in enumerate(page[index + 1:]) if text)
                else:
                    heading = False
            if heading:
                builder.heading(line, origin, references=references)
                continue
            builder.add(line, origin)
            if line.endswith((".", "!", "?", ":")) and len(line) < 0.6 * typical:
                builder.flush()  # a short last line ends its paragraph
    return builder.done(), tables
