"""Extraction and cleaning: backends, collapsed-space detection, hyphens, furniture, splitter, LaTeX."""
from __future__ import annotations

from pathlib import Path

import pytest

from seedaudit.paper import audit_paper
from seedaudit.paper.clean import (continues_a_list, interrupting_footnotes, is_heading, join_hyphens, pdf_blocks,
                                   strip_margin_numbers)
from seedaudit.paper.latex import tex_to_text
from seedaudit.paper.nlp import sentences
from seedaudit.paper.pdf import is_collapsed, read_pdf, spacing_stats

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "papers"


def test_pdfium_keeps_implied_spaces_and_pdfminer_collapses_them():
    pdfium = read_pdf(str(CORPUS / "implied-spaces.pdf"), "pdfium")
    pdfminer = read_pdf(str(CORPUS / "implied-spaces.pdf"), "pdfminer")
    assert not is_collapsed("\n".join(pdfium.pages))
    assert is_collapsed("\n".join(pdfminer.pages))
    assert "five random seeds" in pdfium.pages[0]


def test_auto_switches_backend_on_collapsed_text(monkeypatch):
    import seedaudit.paper.pdf as pdf

    real = pdf._pdfium

    def collapsed(path, max_pages, deadline):
        text = real(path, max_pages, deadline)
        text.pages = [page.replace(" ", "") for page in text.pages]
        return text

    monkeypatch.setattr(pdf, "_pdfium", collapsed)
    result = read_pdf(str(CORPUS / "review-two-column.pdf"), "auto")
    assert result.backend == "pdfminer" and result.stats["switched_from"] == "pdfium"
    assert read_pdf(str(CORPUS / "review-two-column.pdf"), "pdfium").backend == "pdfium"


def test_spacing_stats_separate_normal_and_collapsed_text():
    normal = "We train every model with five random seeds and report the mean. " * 20
    glued = normal.replace(" ", "")
    assert spacing_stats(normal)["space_ratio"] > 0.1 and not is_collapsed(normal)
    assert is_collapsed(glued)


def test_both_backends_find_the_same_findings():
    rules = {backend: [f.rule_id for f in audit_paper(CORPUS / "review-two-column.pdf", pdf_backend=backend).findings]
             for backend in ("pdfium", "pdfminer", "auto")}
    assert rules["pdfium"] == rules["pdfminer"] == rules["auto"] == ["SA201", "SA202"]


@pytest.mark.parametrize("raw, clean", [
    ("notori\ufffeously hard", "notoriously hard"),
    ("state-of\ufffethe-art", "state-of-the-art"),
    ("repro-\nducibility", "reproducibility"),
    ("seed-\nbased", "seed-based"),
    ("GPT-\nstyle", "GPT-style"),
    ("BERT-\nLarge", "BERT-Large"),
])
def test_hyphenation(raw, clean):
    assert join_hyphens(raw) == clean


def test_ligatures_hyphens_headers_and_page_numbers_are_cleaned():
    text = read_pdf(str(CORPUS / "review-two-column.pdf"), "pdfium")
    blocks, _ = pdf_blocks(text.pages, "x.pdf")
    body = " ".join(b.text for b in blocks)
    assert "\ufb01" not in body and "classification" in body and "baselines remain" in body
    assert "described in the previous section" in body
    assert not any(b.text.strip().isdigit() for b in blocks)


def test_running_headers_and_page_numbers_dropped():
    words = ["models", "seeds", "tables", "figures", "lexicons"]
    pages = [f"Preprint. Under review.\nThis page discusses {w} at length.\nIts {w} are compared.\n{n}"
             for n, w in enumerate(words, start=1)]
    blocks, _ = pdf_blocks(pages, "x.pdf")
    text = " ".join(b.text for b in blocks)
    assert "Preprint" not in text and "This page discusses tables" in text
    assert not any(b.text.strip().isdigit() for b in blocks)


def test_margin_numbers_are_removed_and_remembered():
    lines = [f"{n:03d} line {n} of the review copy" for n in range(20)]
    stripped = strip_margin_numbers(lines)
    assert stripped[5] == ("line 5 of the review copy", 5)
    alone = [x for n in range(15) for x in (f"{n:03d}", f"text line {n}")]
    assert strip_margin_numbers(alone)[3] == ("text line 3", 3)
    prose = ["We use 100 examples.", "200", "The end."]
    assert strip_margin_numbers(prose) == [(line, None) for line in prose]


def test_references_section_is_recognised_and_not_audited():
    audit = audit_paper(CORPUS / "review-two-column.pdf")
    assert not any("single run is not enough" in s.text for s in audit.sentences)


@pytest.mark.parametrize("line, expected", [
    ("4 Experiments", (True, None)),
    ("4.2 Training details", (True, None)),
    ("References", (True, True)),
    ("1. We show that the method works and", (True, None)),
    ("We train the model for three epochs.", (False, None)),
    ("A Transformer encoder is used", (False, None)),
])
def test_headings(line, expected):
    assert is_heading(line) == expected


def test_letter_headings_close_the_references():
    assert is_heading("A Implementation Details", in_references=True) == (True, False)
    # one that ends with the acronym it introduces, but not a reference line ending in brackets
    assert is_heading("A Sentence-level Ranker (SLR)", in_references=True) == (True, False)
    assert is_heading("B Ranking Sentences (Second Edition) Press", in_references=True) == (False, None)


def test_a_venue_checklist_closes_the_references():
    assert is_heading("ACL 2031 Responsible NLP Checklist", in_references=True) == (True, False)
    assert is_heading("Reproducibility Checklist", in_references=True) == (True, False)
    # a wrapped reference line that ends in the word is no heading
    assert is_heading("Stress-testing grammar checkers with a CheckList", in_references=True) == (False, None)


def test_sentence_splitter():
    text = ("Prior work (Dodge et al., 2020) varies seeds, e.g. for BERT. See Fig. 3 and Tab. 2 for details. "
            "J. Smith agrees. Results are 85.3 ± 0.4 over 5 runs.\n\n4 Experiments\n\nWe train once.")
    assert sentences(text) == [
        "Prior work (Dodge et al., 2020) varies seeds, e.g. for BERT.",
        "See Fig. 3 and Tab. 2 for details.",
        "J. Smith agrees.",
        "Results are 85.3 ± 0.4 over 5 runs.",
        "4 Experiments",
        "We train once.",
    ]


def test_a_lower_case_letter_before_a_period_ends_its_sentence(tmp_path):
    # a variable is no initial: the single-seed sentence is not glued to the five runs before it
    text = "Five runs were done for each width w. Here we train one network with a fixed seed.\n"
    assert sentences(text) == ["Five runs were done for each width w.", "Here we train one network with a fixed seed."]
    paper = tmp_path / "p.md"
    paper.write_text(text, encoding="utf-8")
    assert [s.text for s in audit_paper(paper).sentences][-1] == "Here we train one network with a fixed seed."
    # a letter spaCy splits from its period ("α", ".") too; capitals stay initials, and "p. 5" goes on
    assert sentences("We scale the rate by α. Then we train each model once. Ask J. Smith, p. 5.") == [
        "We scale the rate by α.", "Then we train each model once.", "Ask J. Smith, p. 5."]


def test_a_parenthesis_closed_by_a_glued_token_ends_before_the_next_sentence():
    # spaCy keeps "):" as one token (an emoticon): it closes the citation like a bare ")"
    assert sentences("The recipe of Novak (2021): tune the rate first. We run each model once.") == [
        "The recipe of Novak (2021): tune the rate first.", "We run each model once."]


def test_markdown_headings_split_from_the_next_sentence(tmp_path):
    paper = tmp_path / "p.md"
    paper.write_text("## Setup\nAll results are from a single run.\n", encoding="utf-8")
    (record,) = [s for s in audit_paper(paper).sentences]
    assert record.text == "All results are from a single run." and record.section == "Setup" and record.line == 2


def test_latex_macros_and_comments():
    assert tex_to_text(r"We use \textbf{five} seeds~\cite{dodge2020} ($91.2 \pm 0.4$), see Table~\ref{t}.") == \
        "We use five seeds (CITATION) (91.2 ± 0.4), see Table 1."
    audit = audit_paper(CORPUS / "latex-tree")
    assert not any("Draft notes" in s.text for s in audit.sentences)  # comment lines are stripped
    assert not any("one run per seed" in s.text for s in audit.sentences)  # equations are dropped
    related = [s for s in audit.sentences if s.section == "Related Work"]
    assert related and all(s.category is None for s in related)  # others' practice and seed words


HYPERPARAMETERS = r"""\documentclass{article}
\begin{document}
\section{Setup}
We fine-tune the encoder on each task.
\begin{table}[h]
\begin{tabular}{lr}
Hyperparameter & Value \\
Learning rate & 2e-5 \\
Batch size & 32 \\
Random seed & 42 \\
\end{tabular}
\caption{Hyperparameters.}
\end{table}
\end{document}
"""


def test_latex_table_rows_are_blocks_of_their_own(tmp_path):
    (tmp_path / "main.tex").write_text(HYPERPARAMETERS, encoding="utf-8")
    audit = audit_paper(tmp_path / "main.tex")
    (record,) = audit.sentences
    assert record.text == "Random seed 42" and record.line == 10 and record.category == "fixed-seed"
    assert [v for v, _ in audit.claims.seed_values] == [42] and audit.claims.max_n is None  # 32 is no count


def test_spacy_is_imported_without_torch():
    import subprocess
    import sys

    code = ("import sys; from seedaudit.paper.nlp import sentences; sentences('We use 5 seeds. Done.'); "
            "print('torch' in sys.modules, 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_paper_package_import_is_light():
    import subprocess
    import sys

    code = "import sys, seedaudit.paper, seedaudit.cli; print(sorted(m for m in ('spacy', 'pypdfium2', 'pdfminer', 'torch', 'numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_margin_numbers_paired_by_lines_and_by_text_runs_alike(monkeypatch):
    from seedaudit.paper import pdf

    def margins():
        audit = audit_paper(CORPUS / "review-two-column.pdf", pdf_backend="pdfium")
        return [(f.rule_id, f.location.page, f.location.margin_line) for f in audit.findings]

    by_lines = margins()
    monkeypatch.setattr(pdf, "_line_pieces", lambda textpage, text: None)  # as on a page with non-BMP text
    assert by_lines and all(m is not None for _, _, m in by_lines)
    assert margins() == by_lines


def test_a_marked_appendix_heading_with_a_dotted_letter_closes_the_references(tmp_path):
    # Markdown converters write appendix headings as "## B. Title" or "## C.2. Title: Subtitle" after the references
    paper = tmp_path / "paper.md"
    paper.write_text("# A maze study\n\n## 1 Introduction\n\nWe study mazes.\n\n## References\n\n"
                     "[1] A. Author. A paper on mazes. 2020.\n\n## B. Setup: Grids\n\nSome text.\n\n"
                     "## C.2. Wider Corridors\n\nTable 4 | Solve rate. Each cell averages the solvers over 3 seeds.\n",
                     encoding="utf-8")
    from seedaudit.paper import audit_paper
    assert [s.category for s in audit_paper(paper).sentences] == ["aggregate"]


def test_sub_and_superscript_tags_inside_words_are_dropped():
    # converters wrap pieces of ordinary words in <sub>/<sup> when they misread the type size
    from seedaudit.paper.textfile import text_document
    raw = ("## 4 Experiments\n\nWe parse with l<sub>r</sub> = 10<sup>-3</sup>. Ev<sub>ery</sub> s<sub>co</sub>r<sub>e</sub> "
           "is a<sub>vera</sub>g<sub>ed</sub> <sub>o</sub>v<sub>er</sub> five <sub>seeds.</sub>\n").encode()
    body = text_document(raw, "paper.md").body_text
    assert "Every score is averaged over five seeds." in body and "<su" not in body


def test_a_decimal_inside_inline_math_does_not_end_the_sentence(tmp_path):
    # converters space out every token of inline math ("0 . 5"), and the decimal point read as a sentence end cut
    # the sentence in two at the formula; a price ("$5. Then ... $3") is no formula and keeps its sentence end
    paper = tmp_path / "paper.md"
    paper.write_text("## 5 Results\n\nThe tagger with the highest dev $ \\mathrm { F } _ { 0 . 5 } $ score is the one "
                     "trained with random seed 21. Each other tagger is averaged over five seeds.\n\n"
                     "Annotation cost $5. Then each tagger was trained once.\n", encoding="utf-8")
    from seedaudit.paper import audit_paper
    sentences = [s.text for s in audit_paper(paper).sentences]
    assert any("highest dev" in s and "random seed 21" in s for s in sentences), sentences
    assert any(s.startswith("Then each tagger was trained once") for s in sentences), sentences


def test_an_html_table_under_its_caption_is_no_prose(tmp_path):
    # converters write a table as one HTML line right under its caption: joined to the caption, its cells made one
    # long "sentence" of both, and cells were read as statements
    paper = tmp_path / "paper.md"
    paper.write_text("## 4 Results\n\nTable 2: Tagging accuracy. Scores are averaged over 4 random seeds.\n"
                     "<table><tr><td>Tagger</td><td>Acc.</td></tr><tr><td>Ours (best seed)</td><td> $9 7 . 1$ </td></tr>"
                     "</table>\n", encoding="utf-8")
    from seedaudit.paper import audit_paper
    sentences = audit_paper(paper).sentences
    assert [(s.category, s.text) for s in sentences] == [("aggregate", "Scores are averaged over 4 random seeds.")]


def test_program_source_lines_in_markdown_are_not_read():
    # a listing printed without a code fence: its identifiers are no statements; prose and formulas around it stay
    from seedaudit.paper.textfile import text_document
    raw = ("## Appendix C Generated tests\n\nThe agent wrote the following check for the tariff parser.\n"
           "from tariffs . parse import read_zone\n"
           "def test_zone_reader ():\n"
           "zones = read_zone ( load_rows ( 12 ) , rng_seed =3)\n"
           "assert len ( zones ) == 12\n"
           "Every generated check was run against the reference parser.\n\n"
           "Scores are pooled as\n"
           "s = \\frac { 1 } { n } ( a + b ) ,\\tag{4}\n").encode()
    doc = text_document(raw, "paper.md")
    body = doc.body_text
    assert "rng_seed" not in body and "read_zone" not in body and "assert" not in body
    assert "The agent wrote the following check for the tariff parser." in body
    assert "Every generated check was run against the reference parser." in body
    assert "\\frac" in body


def test_program_source_lines_in_pdf_text_are_not_read():
    # the same listing in a PDF's text, one statement a line; a wrapped prose line that starts like an assignment stays
    page = ("C Generated checks\n"
            "The agent wrote the following check for the tariff parser.\n"
            "def test_zone_reader ():\n"
            "zones = read_zone ( load_rows ( 12 ) , rng_seed =3)\n"
            "assert len ( zones ) == 12\n"
            "Every generated check was run against the reference parser, and the pooled score\n"
            "s = g(a, b) is then used to rank the parsers (Eq. 4),\n"
            "as in the main text.\n")
    blocks, _ = pdf_blocks([page], "x.pdf")
    body = " ".join(block.text for block in blocks)
    assert "rng_seed" not in body and "read_zone" not in body and "assert len" not in body
    assert "The agent wrote the following check for the tariff parser." in body
    assert "s = g(a, b) is then used to rank the parsers" in body


def test_a_seed_list_broken_across_lines_stays_in_its_sentence():
    # the numbers that go on after "seeds 2," read like a table row; the row under them is one
    page = ("Table 5: Macro F1 of the three taggers on the held-out marsh recordings.\n"
            "Each score is the mean of runs started from the random seeds 2,\n"
            "31, 64, 127, and 2048 in that order.\n"
            "BiLSTM 71.2 70.8 72.0 71.4\n"
            "CRF 68.9 69.3 68.1 68.7\n")
    blocks, tables = pdf_blocks([page], "x.pdf")
    texts = [block.text for block in blocks]
    assert any("the random seeds 2, 31, 64, 127, and 2048 in that order." in text for text in texts)
    assert not any("BiLSTM" in text or "CRF 68.9" in text for text in texts)


def test_a_footnote_printed_inside_a_sentence_is_a_block_of_its_own():
    # a column ends mid-sentence over its footnote; the sentence goes on in the next column with a list of settings
    page = ("The sorter is trained with the settings of the original release: dropout (0.2), seed\n"
            "3Sorting rules are listed in the appendix of the release.\n"
            "(11), warm-up (200), batch size (32),\n"
            "and a learning rate of 0.001 for ten epochs.\n")
    blocks, tables = pdf_blocks([page], "x.pdf")
    texts = [block.text for block in blocks]
    assert any("dropout (0.2), seed (11), warm-up (200), batch size (32), and a learning rate" in t for t in texts)
    assert "3Sorting rules are listed in the appendix of the release." in texts
    assert not tables.seeds


def test_a_footnote_after_a_finished_sentence_or_a_table_row_stays_where_it_is():
    page = ("The sorter beats the baseline on every bin of the warehouse.\n"
            "4Bins were counted by hand.\n"
            "the row below lists the bins\n"
            "Sorter 71.2 70.8 72.0 71.4\n")
    assert interrupting_footnotes(page.splitlines()) == {}
    # a line of numbers after a line that ends a sentence is a table row, whatever it ends with
    assert not continues_a_list("Sorter 71.2, 70.8, 72.0,", "Table 3 lists the bins.")
    assert continues_a_list("(11), warm-up (200), batch size (32),", "the original release: dropout (0.2), seed")
