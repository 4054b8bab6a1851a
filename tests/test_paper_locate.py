"""One locator of papers (seedaudit.paper.locate) for `paper`, `audit` and `scan`: the same folder gives the
same paper to all three, and each rule that the commands used to decide apart is checked once here."""
from __future__ import annotations

from pathlib import Path

import pytest

from seedaudit.audit import audit_submission, locate
from seedaudit.paper.batch import audit_many
from seedaudit.paper.locate import documents, is_paper_file, is_submission, locate_paper
from seedaudit.rules import Selection
from seedaudit.scan.discover import discover

LATEX = "\\documentclass{article}\n\\begin{document}\n%s\n\\end{document}\n"
FIVE_SEEDS = "All scores are the mean and standard deviation over five random seeds."
SINGLE_RUN = "We fix the random seed to 42 for reproducibility and report the result of that single run."
TRAIN = "import torch\ntorch.manual_seed(1)\nprint(torch.randn(2).sum().item())\n"


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return folder


def appendix_and_main(folder: Path) -> Path:
    """appendix.tex sorts first and is larger: only the ranking can pick main.tex."""
    return write(folder, {"appendix.tex": LATEX % ((SINGLE_RUN + "\n") * 20), "main.tex": LATEX % FIVE_SEEDS})


def test_appendix_and_main_tex_give_main_tex_in_paper_audit_and_scan(tmp_path, run_cli):
    source = appendix_and_main(tmp_path / "corpus" / "source")
    (audited,) = audit_many([source])
    assert audited.path.endswith("main.tex")
    sub = locate(source, None, None, tmp_path)
    assert sub.paper is not None and sub.paper.name == "main.tex"
    assert "appendix.tex" in (sub.paper_note or "")
    (doc,), problems = discover([tmp_path / "corpus"])
    assert doc.path == source and doc.kind == "paper" and problems == []
    code, _, err = run_cli("audit", source, "-f", "json")
    assert code in (0, 1)
    assert "main.tex taken as the paper, not appendix.tex" in err


@pytest.mark.parametrize("name", ["paper.txt", "paper.md"])
def test_a_text_paper_in_a_submission_is_audited_and_readme_is_code(name, tmp_path, run_cli):
    sub = write(tmp_path / "sub", {name: f"Method\n\n{FIVE_SEEDS}\n", "README.md": f"# Run\n\n{SINGLE_RUN}\n",
                                   "notes.md": SINGLE_RUN, "code/train.py": TRAIN})
    result = audit_submission(locate(sub, None, None, tmp_path), selection=Selection.build(select=["ALL"]))
    assert [Path(p["path"]).name for p in result.data["papers"]] == [name]
    assert result.data["papers"][0]["claims"]["max_n"] == 5
    assert not any(f["what"] == "paper" for f in result.data["failures"])
    assert result.data["code"]["files"] == 3  # train.py, README.md, notes.md: the paper is not read as code
    _, _, err = run_cli("audit", sub, "-f", "json")
    assert f"{name} taken as the paper (no PDF or LaTeX main file beside it)" in err
    assert is_submission(sub)


def test_a_text_paper_named_by_the_user_is_the_paper(tmp_path):
    notes = write(tmp_path, {"notes.md": f"# Method\n\n{FIVE_SEEDS}\n", "code/train.py": TRAIN})
    sub = locate(None, notes / "notes.md", notes / "code", tmp_path)
    assert sub.paper == notes / "notes.md" and sub.paper_note is None


def test_latex_ranking_begin_document_then_main_names_then_depth_then_size(tmp_path):
    write(tmp_path / "a", {"preamble.tex": "\\documentclass{article}\n" + "x" * 500, "z.tex": LATEX % "short"})
    assert locate_paper(tmp_path / "a").paper.name == "z.tex"  # \begin{document} beats size
    write(tmp_path / "b", {"big.tex": LATEX % ("x" * 500), "paper.tex": LATEX % "short"})
    assert locate_paper(tmp_path / "b").paper.name == "paper.tex"  # a main name beats size
    write(tmp_path / "c", {"sub/deep.tex": LATEX % ("x" * 500), "top.tex": LATEX % "short"})
    assert locate_paper(tmp_path / "c").paper.name == "top.tex"  # nearer the top beats size
    assert locate_paper(tmp_path / "c", submission=True).passed_over == ()  # a submission's subfolders are code


def test_supplements_in_a_submission(tmp_path):
    pdf = b"%PDF-1.4\n"
    both = write(tmp_path / "pdf", {"paper.pdf": pdf * 9, "extra.pdf": pdf, "supplementary.pdf": pdf * 20})
    found = locate_paper(both, submission=True)
    assert found.paper.name == "paper.pdf"  # the largest PDF not named like a supplement
    assert sorted(p.name for p in found.supplements) == ["extra.pdf", "supplementary.pdf"]
    tex = write(tmp_path / "tex", {"main.tex": LATEX % FIVE_SEEDS, "figure1.pdf": pdf, "appendix.pdf": pdf})
    assert [p.name for p in locate_paper(tex, submission=True).supplements] == ["appendix.pdf"]  # figures are not


def test_a_submission_is_one_paper_next_to_code_not_several_papers(tmp_path):
    pdf = b"%PDF-1.4\n"
    assert is_submission(write(tmp_path / "one", {"paper.pdf": pdf, "supp.pdf": pdf, "code/train.py": TRAIN}))
    assert not is_submission(write(tmp_path / "two", {"a.pdf": pdf, "b.pdf": pdf, "code/train.py": TRAIN}))
    assert not is_submission(write(tmp_path / "none", {"paper.pdf": pdf}))


def test_a_folder_of_papers_with_a_latex_tree_gives_every_paper_to_paper_and_scan(tmp_path):
    corpus = write(tmp_path / "venue", {"a.txt": SINGLE_RUN, "b.md": FIVE_SEEDS, "README.md": "Three papers.",
                                        "tree/main.tex": LATEX % "\\input{setup}", "tree/setup.tex": FIVE_SEEDS})
    expected = [corpus / "a.txt", corpus / "b.md", corpus / "tree"]
    assert [path for _, path in documents(corpus)] == expected
    assert sorted(Path(a.path).name for a in audit_many([corpus])) == ["a.txt", "b.md", "main.tex"]
    docs, _ = discover([corpus])
    assert [d.path for d in docs] == expected


def test_furniture_and_suffixes(tmp_path):
    assert all(is_paper_file(Path(n)) for n in ("p.pdf", "p.ltx", "p.markdown", "p.tgz", "paper.md"))
    assert not any(is_paper_file(Path(n)) for n in ("README.md", "license.txt", "train.py", "fig.png"))


def test_a_link_leading_out_is_never_the_paper(tmp_path):
    outside = write(tmp_path / "outside", {"secret.tex": LATEX % SINGLE_RUN})
    sub = write(tmp_path / "sub", {"paper.txt": FIVE_SEEDS})
    (sub / "main.tex").symlink_to(outside / "secret.tex")
    assert locate_paper(sub, submission=True).paper == sub / "paper.txt"
    assert locate_paper(sub).paper == sub / "paper.txt"
