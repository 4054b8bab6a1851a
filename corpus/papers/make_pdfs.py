"""Writes the small synthetic papers of corpus/papers/ and the bad inputs of tests/fixtures/papers/.

Run `python corpus/papers/make_pdfs.py`; the outputs are committed, so tests never need this script.
No PDF library is needed: the PDFs are written by hand (standard Type 1 fonts, uncompressed streams),
which is also what lets us control ligature glyphs, line-end hyphens, margin line numbers, running
headers, word spacing that is only implied by glyph positions (TJ kerning inside a form XObject, the
way PDFium re-saves pages), encryption dictionaries and truncation. Output is deterministic.
"""
from __future__ import annotations

import gzip
import io
import json
import tarfile
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parents[1] / "tests" / "fixtures" / "papers"
LIGATURES = {"ffi": None, "fi": b"\xae", "fl": b"\xaf"}  # StandardEncoding codes of the fi/fl glyphs


class PdfWriter:
    """Objects in order; the catalog and page tree go last, so a truncated file loses them."""

    def __init__(self):
        self.objects: list[bytes] = []

    def add(self, body: bytes) -> int:
        self.objects.append(body)
        return len(self.objects)

    def stream(self, data: bytes, extra: bytes = b"") -> int:
        return self.add(b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream")

    def finish(self, page_ids: list[int], pages_id: int, trailer_extra: bytes = b"") -> bytes:
        kids = b" ".join(b"%d 0 R" % p for p in page_ids)
        self.objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
        catalog = self.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(self.objects) + 1, catalog, trailer_extra, xref))
        return out.getvalue()


def pdf_string(text: str, ligatures: bool) -> bytes:
    raw = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    data = raw.encode("latin-1")
    if ligatures:
        data = data.replace(b"fi", LIGATURES["fi"]).replace(b"fl", LIGATURES["fl"])
    return b"(" + data + b")"


def wrap(paragraph: str, width: int) -> list[str]:
    """Greedy wrap that hyphenates long words at the line end (the case the cleaner must undo)."""
    lines, line = [], ""
    for word in paragraph.split():
        if len(line) + 1 + len(word) <= width:
            line = f"{line} {word}".strip()
            continue
        room = width - len(line) - 2
        if len(word) >= 9 and room >= 4 and word.isalpha():
            lines.append(f"{line} {word[:room]}-".strip())
            line = word[room:]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def layout(blocks: list[tuple[str, str]], columns: int, lines_per_column: int, width: int) -> list[list[list[tuple[str, str]]]]:
    """Pages -> columns -> (kind, line) with kind 'h' heading, 't' text, 'b' blank."""
    flat: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "h":
            flat += [("b", ""), ("h", text)]
        else:
            flat += [("t", line) for line in wrap(text, width)] + [("b", "")]
    pages, column, page = [], [], []
    for item in flat:
        column.append(item)
        if len(column) == lines_per_column:
            page.append(column)
            column = []
            if len(page) == columns:
                pages.append(page)
                page = []
    if column:
        page.append(column)
    if page:
        pages.append(page)
    return pages


def text_pdf(blocks, *, columns=2, header="", margin_numbers=False, ligatures=True, implied_spaces=False,
             lines_per_column=46, width=44, extra_pages=0, pages=None) -> bytes:
    """A paper PDF: running header, page numbers, optional review-copy margin numbers. `pages` (pages -> columns ->
    (kind, line), kind 'f' a footnote line in small type) lays the text out by hand instead of `blocks`."""
    writer = PdfWriter()
    regular = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")  # StandardEncoding: ligatures
    bold = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    plain = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = writer.add(b"")
    page_ids = []
    margin = 0
    pages = pages or layout(blocks, columns, lines_per_column, width)
    for _ in range(extra_pages):
        pages.append([[("t", "Appendix filler line without any claim.")] * 10])
    for number, page in enumerate(pages, start=1):
        ops = [b"BT /F3 8 Tf 50 760 Td " + pdf_string(header, False) + b" Tj ET"] if header else []
        body = []
        for col_index, column in enumerate(page):
            x = 50 if col_index == 0 else 320
            y = 730
            for kind, line in column:
                if margin_numbers and kind != "b":
                    mx = 22 if col_index == 0 else 575
                    ops.append(b"BT /F3 6 Tf %d %d Td (%03d) Tj ET" % (mx, y, margin))
                    margin += 1
                if kind == "h":
                    body.append(b"BT /F2 10 Tf %d %d Td " % (x, y) + pdf_string(line, False) + b" Tj ET")
                elif kind == "f":
                    body.append(b"BT /F3 7 Tf %d %d Td " % (x, y) + pdf_string(line, False) + b" Tj ET")
                elif kind == "t":
                    font = b"/F3" if "\u00b1" in line else b"/F1"
                    if implied_spaces:
                        words = line.split(" ")
                        parts = b"".join(pdf_string(w, font == b"/F1" and ligatures) + b" -278 " for w in words)
                        body.append(b"BT " + font + b" 9 Tf %d %d Td [" % (x, y) + parts + b"] TJ ET")
                    else:
                        body.append(b"BT " + font + b" 9 Tf %d %d Td " % (x, y) + pdf_string(line, font == b"/F1" and ligatures) + b" Tj ET")
                y -= 11
        if implied_spaces:  # the page body inside a form XObject with a hair of scaling, as PDFium re-saves it
            form = writer.stream(b"\n".join(body), b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                                 b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> " % (regular, bold, plain))
            ops.append(b"q 1.00005 0 0 1.00005 0 0 cm /Fm%d Do Q" % number)
            xobjects = b"/XObject << /Fm%d %d 0 R >>" % (number, form)
        else:
            ops += body
            xobjects = b""
        ops.append(b"BT /F3 9 Tf 300 40 Td (%d) Tj ET" % number)
        content = writer.stream(b"\n".join(ops))
        page_ids.append(writer.add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> %s >> >>"
            % (pages_id, content, regular, bold, plain, xobjects)))
    return writer.finish(page_ids, pages_id)


def image_only_pdf() -> bytes:
    writer = PdfWriter()
    pages_id = writer.add(b"")
    image = writer.stream(b"\x80" * 16, b"/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 ")
    content = writer.stream(b"q 500 0 0 700 50 50 cm /Im1 Do Q")
    page = writer.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                      b"/Resources << /XObject << /Im1 %d 0 R >> >> >>" % (pages_id, content, image))
    return writer.finish([page], pages_id)


def zero_page_pdf() -> bytes:
    writer = PdfWriter()
    pages_id = writer.add(b"")
    return writer.finish([], pages_id)


def encrypted_pdf(source: bytes) -> bytes:
    """A standard-security-handler dictionary whose user password is not empty: unreadable without it."""
    o, u = bytes(range(32)), bytes(range(100, 132))
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <%s> /U <%s> >>" % (o.hex().encode(), u.hex().encode())
    trailer = b"/Encrypt %s /ID [<%s> <%s>] " % (encrypt, b"ab" * 16, b"ab" * 16)
    head, _, _ = source.rpartition(b"trailer\n<< ")
    size_and_root = source[len(head) + len(b"trailer\n<< "):].split(b">>", 1)[0]
    tail = source[source.index(b"startxref", len(head)):]
    return head + b"trailer\n<< " + size_and_root + trailer + b">>\n" + tail


def paragraphs(text: str) -> list[tuple[str, str]]:
    """'# Heading' lines and blank-line separated paragraphs."""
    blocks = []
    for chunk in textwrap.dedent(text).strip().split("\n\n"):
        chunk = " ".join(chunk.split())
        blocks.append(("h", chunk[2:]) if chunk.startswith("# ") else ("t", chunk))
    return blocks


REVIEW_PAPER = """
# Abstract

We study efficient fine-tuning for sentence classification and find that simple baselines remain strong.

# 1 Introduction

Fine-tuning large pretrained models is the default approach for classification. Lexicon methods start from a small list of seed words and expand it; we compare against such a system in our experiments.

# 3 Experimental Setup

We fine-tune all models for three epochs with a batch size of 32 and a learning rate of 2e-5. We set the random seed to 42 to ensure reproducibility of our experiments. All baselines and our classifier are trained once, and the comparison in Table 2 rests on these runs. Hyperparameters were chosen on the development set, following the configuration of previous work, and the final classifier is evaluated on the official test split without further modification.

# 4 Results

Our classifier outperforms the strongest baseline by 1.4 points of accuracy on the test set, a difference we attribute to the improved sampling of training examples described in the previous section.

# References

Jesse Dodge, Gabriel Ilharco, Roy Schwartz, Ali Farhadi, Hannaneh Hajishirzi, and Noah Smith. 2020. Fine-tuning pretrained language models: weight initializations, data orders, and early stopping. A single run is not enough.

Steven Bethard. 2022. We need to talk about random seeds. arXiv preprint.
"""

SPACES_PAPER = """
# 1 Introduction

Sensitivity to initialisation is a known problem for small classification benchmarks, and we take it seriously in the design of our evaluation.

# 4 Experiments

We train every system with five random seeds and report the mean and standard deviation of the accuracy in Table 1. Accuracy of the baseline ranges from 81.2 to 85.0 depending on the random seed, while our method stays within one point. Differences are tested with Welch's t-test at the 0.05 level.

Table 1: Accuracy on the test set (mean over seeds).

Baseline 83.1 \u00b1 1.4 81.9 \u00b1 1.1 80.2 \u00b1 2.0

Ours 85.0 \u00b1 0.5 84.1 \u00b1 0.6 83.3 \u00b1 0.8
"""

# a settings table whose seed is a column: its row of values is dropped from the prose as a table row
SETTINGS_TABLE_PAPER = """
# 3 Training Details

We train the yield forecaster on four seasons of field sensor readings and evaluate it on the fifth season.

Table 4: Settings of the training run.

optimizer lr batch warmup seed

adamw 0.0004 128 500 1337

# 4 Results

The forecaster lowers the mean absolute error of the strongest baseline by six percent on the held-out season.
"""


# a two-column page whose first column ends inside a sentence, over that column's footnote: the PDF's text gives the
# footnote between the sentence's two halves (and the first half's last setting, "seed", away from its value); a second
# footnote, under a column that ends at a sentence's end, cuts nothing
FOOTNOTE_COLUMNS = [[
    ("h", "3 Training Details"),
    ("t", "We tag the field notes of the survey with a"),
    ("t", "character-level sequence tagger and compare"),
    ("t", "it with the rule-based tagger of the survey"),
    ("t", "team. The tagger is trained with the settings"),
    ("t", "of the original release: dropout (0.3), seed"),
    ("b", ""),
    ("f", "1The tag set follows the annotation guide of the survey"),
    ("f", "team, which lists eleven labels."),
], [
    ("t", "(7), warm-up steps (400), batch size (16),"),
    ("t", "and a learning rate of 0.0005 for 20 epochs."),
    ("t", "The tagger is better than the rule-based"),
    ("t", "tagger on every label of the annotation guide."),
    ("b", ""),
    ("f", "2The notes were transcribed by two volunteers."),
]]


def write_corpus() -> None:
    review = text_pdf(paragraphs(REVIEW_PAPER), header="Anonymous submission. Under review.", margin_numbers=True,
                      lines_per_column=30)
    (HERE / "review-two-column.pdf").write_bytes(review)
    spaces = text_pdf(paragraphs(SPACES_PAPER), columns=1, implied_spaces=True, width=90, lines_per_column=48)
    (HERE / "implied-spaces.pdf").write_bytes(spaces)
    settings = text_pdf(paragraphs(SETTINGS_TABLE_PAPER), columns=1, width=90, lines_per_column=48)
    (HERE / "settings-table-seed.pdf").write_bytes(settings)
    (HERE / "footnote-inside-sentence.pdf").write_bytes(text_pdf([], pages=[FOOTNOTE_COLUMNS]))
    FIXTURES.mkdir(parents=True, exist_ok=True)
    (FIXTURES / "encrypted.pdf").write_bytes(encrypted_pdf(review))
    (FIXTURES / "truncated.pdf").write_bytes(review[: len(review) * 2 // 5])
    (FIXTURES / "zero-pages.pdf").write_bytes(zero_page_pdf())
    (FIXTURES / "image-only.pdf").write_bytes(image_only_pdf())
    (FIXTURES / "long.pdf").write_bytes(text_pdf(paragraphs(REVIEW_PAPER), columns=1, lines_per_column=40, width=90,
                                               extra_pages=60))
    write_archives()


def _tar(path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]], mode: str = "w:gz") -> None:
    with tarfile.open(path, mode, format=tarfile.GNU_FORMAT) as tar:
        for info, data in members:
            info.mtime = 0
            tar.addfile(info, io.BytesIO(data) if data is not None else None)


def _file(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def _link(name: str, target: str, kind=tarfile.SYMTYPE) -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info, None


def _gzip(data: bytes) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as handle:
        handle.write(data)
    return out.getvalue()


def write_archives() -> None:
    tree = HERE / "arxiv-source"
    files = sorted(p for p in tree.rglob("*") if p.is_file())
    members = [_file(p.relative_to(tree).as_posix(), p.read_bytes()) for p in files]
    _tar(HERE / "arxiv-source.tar.gz", members)
    with zipfile.ZipFile(HERE / "arxiv-source.zip", "w") as archive:
        for info, data in members:
            entry = zipfile.ZipInfo(info.name, date_time=(1980, 1, 1, 0, 0, 0))
            archive.writestr(entry, data)
    (HERE / "arxiv-single-gz").write_bytes(_gzip((tree / "main.tex").read_bytes().replace(
        b"\\input{sections/setup}", (tree / "sections" / "setup.tex").read_bytes())))
    main = (tree / "main.tex").read_bytes()
    setup = (tree / "sections" / "setup.tex").read_bytes()
    _tar(FIXTURES / "dotdot.tar.gz", [_file("main.tex", main), _file("sections/setup.tex", setup),
                                      _file("../escaped.tex", b"\\section{Evil}\n")])
    _tar(FIXTURES / "absolute.tar.gz", [_file("main.tex", main), _file("sections/setup.tex", setup),
                                        _file("/tmp/seedaudit-absolute.tex", b"x\n")])
    _tar(FIXTURES / "symlink.tar.gz", [_file("main.tex", main), _file("sections/setup.tex", setup),
                                       _link("sections/passwd.tex", "/etc/passwd"),
                                       _link("sections/hard.tex", "/etc/hostname", tarfile.LNKTYPE)])
    _tar(FIXTURES / "bomb.tar.gz", [_file("main.tex", main), _file("huge.tex", b"\0" * (40 * 2**20))])
    (FIXTURES / "bomb-single.gz").write_bytes(_gzip(b" " * (40 * 2**20)))
    with zipfile.ZipFile(FIXTURES / "bomb.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("main.tex", date_time=(1980, 1, 1, 0, 0, 0)), main)
        archive.writestr(zipfile.ZipInfo("huge.tex", date_time=(1980, 1, 1, 0, 0, 0)), b"\0" * (40 * 2**20),
                         compress_type=zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(FIXTURES / "zip-slip.zip", "w") as archive:
        archive.writestr(zipfile.ZipInfo("main.tex", date_time=(1980, 1, 1, 0, 0, 0)), main)
        archive.writestr(zipfile.ZipInfo("sections/setup.tex", date_time=(1980, 1, 1, 0, 0, 0)), setup)
        archive.writestr(zipfile.ZipInfo("../../zip-escaped.tex", date_time=(1980, 1, 1, 0, 0, 0)), b"x\n")


if __name__ == "__main__":
    write_corpus()
    print(json.dumps(sorted(p.name for p in list(HERE.iterdir()) + list(FIXTURES.iterdir())), indent=1))
