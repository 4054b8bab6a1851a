"""Which file is the paper: the one place that decides it, for `paper`, `audit` and `scan` alike.

Three commands used to answer with three rules, so one folder (`appendix.tex` + `main.tex`) was read as
main.tex by `paper` and as appendix.tex by `audit`. The rules, once:

- Candidates are regular files that stay inside the folder (a link leading out is never read) and are
  not hidden. A paper folder (a LaTeX source tree, an unpacked archive) counts files at any depth; a
  submission folder only its top level, because its subfolders are code, with templates and figures.
- A LaTeX main file is a .tex/.ltx with \\documentclass in its first 200 kB. The paper is the best
  LaTeX main file, else the best PDF, else the best text paper. Best: not named like a supplement
  (supp, appendix, checklist), then (LaTeX) with \\begin{document}, then named main/paper/ms/article,
  then nearer the top, then larger.
- A text paper (.txt, .md) is never corpus furniture (README, LICENSE, ...); in a submission only a
  top-level paper.txt / paper.md is one: README and other Markdown belong to the code side.
- Supplements, audited as part of a submission's paper: the other top-level PDFs named like
  supplements, and every other top-level PDF when the paper is itself a PDF (a reviewer's download).
  PDFs beside a LaTeX main file are its figures.
- A LaTeX source folder (one paper, not a folder of papers) has one top-level main file (supplements
  aside) and no text paper or archive beside it; a submission is a top-level paper next to code, and
  not a folder of several papers (top-level PDFs not named like supplements).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .textfile import decode_text

PDF_SUFFIXES = (".pdf",)
TEX_SUFFIXES = (".tex", ".ltx")
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
ARCHIVE_SUFFIXES = (".tar", ".tgz", ".tar.gz", ".tar.bz2", ".tar.xz", ".zip", ".gz")
PAPER_SUFFIXES = PDF_SUFFIXES + TEX_SUFFIXES + TEXT_SUFFIXES + ARCHIVE_SUFFIXES
CODE_SUFFIXES = (".py", ".ipynb")  # what makes a folder with a paper a submission
FURNITURE = ("readme", "license", "licence", "list", "index", "changelog", "notice", "copying")  # never text papers
MAIN_NAMES = ("main", "paper", "ms", "article")
_SUPPLEMENT = re.compile(r"supp|appendix|checklist", re.I)
_HEAD = 200_000


@dataclass(frozen=True)
class Located:
    """The paper of a folder, its supplements, and the other candidates of its kind passed over for it."""

    paper: Path | None
    supplements: tuple[Path, ...] = ()
    passed_over: tuple[Path, ...] = ()

    def note(self) -> str | None:
        """One line saying which file was taken as the paper, when that is not obvious."""
        if self.paper is None:
            return None
        if self.passed_over:
            return (f"{self.paper.name} taken as the paper, not {', '.join(p.name for p in self.passed_over)} "
                    "(--paper chooses another)")
        if self.paper.name.lower().endswith(TEXT_SUFFIXES):
            return f"{self.paper.name} taken as the paper (no PDF or LaTeX main file beside it)"
        return None


def within(path: Path, root: Path) -> bool:
    """Does `path`, its symbolic links followed, stay inside the (resolved) folder `root`?"""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False


def is_supplement(path: Path) -> bool:
    return bool(_SUPPLEMENT.search(path.stem))


def is_paper_file(path: Path) -> bool:
    """Named like a paper: a PDF, LaTeX, text or archive file that is not corpus furniture (README.md)."""
    name = path.name.lower()
    return name.endswith(PAPER_SUFFIXES) and not (name.endswith(TEXT_SUFFIXES) and name.split(".")[0] in FURNITURE)


def _files(folder: Path, deep: bool) -> list[Path]:
    if not deep:
        children = sorted(folder.iterdir())
    else:
        children = []
        for base, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            children += [Path(base) / name for name in sorted(files)]
    home = folder.resolve()
    return [p for p in children if not p.name.startswith(".") and p.is_file() and within(p, home)]


def _head(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return decode_text(handle.read(_HEAD))
    except OSError:
        return ""


def _depth(path: Path, folder: Path) -> int:
    return len(path.relative_to(folder).parts)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _latex_mains(files: list[Path], folder: Path) -> list[Path]:
    """The LaTeX main files among `files`, best first."""
    ranked = []
    for path in files:
        if path.name.lower().endswith(TEX_SUFFIXES) and "\\documentclass" in (head := _head(path)):
            ranked.append(((is_supplement(path), "\\begin{document}" not in head, path.stem.lower() not in MAIN_NAMES,
                            _depth(path, folder), -len(head), str(path)), path))
    return [path for _, path in sorted(ranked)]


def _best_first(paths: list[Path], folder: Path) -> list[Path]:
    return sorted(paths, key=lambda p: (is_supplement(p), _depth(p, folder), -_size(p), str(p)))


def locate_paper(folder: Path, *, submission: bool = False) -> Located:
    """The paper in `folder`: a submission's (top level, paper.* text only) or a paper folder's (any depth)."""
    files = _files(folder, deep=not submission)
    mains = _latex_mains(files, folder)
    pdfs = _best_first([p for p in files if p.name.lower().endswith(PDF_SUFFIXES)], folder)
    texts = _best_first([p for p in files if p.name.lower().endswith(TEXT_SUFFIXES) and is_paper_file(p)
                         and (not submission or p.stem.lower() == "paper")], folder)
    if mains:
        return Located(mains[0], tuple(p for p in pdfs if is_supplement(p)) if submission else (), tuple(mains[1:]))
    if pdfs:
        return Located(pdfs[0], tuple(pdfs[1:])) if submission else Located(pdfs[0], passed_over=tuple(pdfs[1:]))
    if texts:
        return Located(texts[0], passed_over=tuple(texts[1:]))
    return Located(None)


def is_latex_source(folder: Path) -> bool:
    """One LaTeX paper's source folder, not a folder of papers that happens to hold .tex files."""
    top = _files(folder, deep=False)
    mains = _latex_mains(top, folder)
    if len([p for p in mains if not is_supplement(p)] or mains) != 1:
        return False
    return not any(is_paper_file(p) and p.name.lower().endswith(TEXT_SUFFIXES + ARCHIVE_SUFFIXES) for p in top)


def is_submission(folder: Path) -> bool:
    """A paper at the top of `folder` next to code, and not several papers side by side."""
    found = locate_paper(folder, submission=True)
    if found.paper is None or not all(is_supplement(p) for p in found.supplements):
        return False
    return any(p.suffix.lower() in CODE_SUFFIXES for p in folder.rglob("*") if p.is_file())


def documents(folder: Path, *, submissions: bool = False) -> Iterator[tuple[str, Path]]:
    """Every document under `folder`, in name order: ("submission", folder) for a paper next to its code
    (when `submissions`), ("paper", path) for a paper file or a LaTeX source folder, and ("link", path) or
    ("irregular", path) for a symbolic link (never followed) or a pipe or device named like a paper."""
    if submissions and is_submission(folder):
        yield "submission", folder
        return
    if is_latex_source(folder):
        yield "paper", folder
        return
    for child in sorted(folder.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_symlink():
            yield "link", child
        elif child.is_dir():
            yield from documents(child, submissions=submissions)
        elif is_paper_file(child):
            yield ("paper" if child.is_file() else "irregular"), child
