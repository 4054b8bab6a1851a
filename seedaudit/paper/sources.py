"""Turning a path into a paper: PDF, LaTeX file or source tree, arXiv-style archive, text or Markdown.

Archives are unpacked into a private temporary folder, member by member, refusing `..` and absolute
paths, links and devices, and stopping at a size, count and expansion-ratio budget (decompression
bombs); each refused member is one problem line and the rest of the archive is still used. Nothing is
ever written outside that folder, which is removed when the audit ends.
"""
from __future__ import annotations

import contextlib
import gzip
import shutil
import stat
import tarfile
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import Iterator

from ..errors import PaperInputError
from .clean import pdf_blocks
from .document import Document
from .latex import tex_document
from .locate import ARCHIVE_SUFFIXES, PDF_SUFFIXES, TEX_SUFFIXES, TEXT_SUFFIXES, documents, locate_paper
from .readahead import pdf_text
from .textfile import text_document

KEEP_FROM_ARCHIVE = TEX_SUFFIXES + TEXT_SUFFIXES + PDF_SUFFIXES + (".bbl",)
MAX_MEMBERS = 10_000
MAX_EXPANDED = 300 * 2**20
MAX_RATIO = 200  # expansion / archive size, checked once more than BOMB_FLOOR bytes came out
BOMB_FLOOR = 20 * 2**20
MAX_PAPER_BYTES = 500 * 2**20
NOT_REGULAR = "not a regular file (pipe or device); skipped"


class _Bomb(Exception):
    pass


def irregular(path: Path) -> bool:
    """A path that exists but is neither a folder nor a regular file: a pipe, device or socket. Such a
    path is refused before anything opens it: opening a FIFO blocks until some writer comes, and a
    device such as /dev/zero never ends, so either would hang the audit (or a whole batch)."""
    return path.exists() and not path.is_dir() and not path.is_file()


def sniff(path: Path) -> str | None:
    """pdf | tex | text | tar | zip | gzip | dir, from magic bytes first and the suffix second."""
    if path.is_dir():
        return "dir"
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return None
    name = path.name.lower()
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if name.endswith(".pdf"):
        return "pdf"  # damaged or truncated: the PDF reader will say why
    if head.startswith(b"\x1f\x8b") or head.startswith(b"BZh") or head.startswith(b"\xfd7zXZ"):
        return "tar" if _is_tar(path) else "gzip" if head.startswith(b"\x1f\x8b") else None
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if len(head) > 262 and head[257:262] == b"ustar":
        return "tar"
    if name.endswith(TEX_SUFFIXES):
        return "tex"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    if name.endswith(ARCHIVE_SUFFIXES):
        return "tar"  # named like an archive but not one: tarfile will say so
    return None


def _is_tar(path: Path) -> bool:
    try:
        with tarfile.open(path, "r:*") as tar:
            return tar.next() is not None
    except (tarfile.TarError, OSError, EOFError, ValueError):
        return False


def expand_inputs(paths: list[Path]) -> tuple[list[Path], list[PaperInputError]]:
    """Papers named by the paths: a LaTeX source folder is one paper; other folders hold many."""
    papers: list[Path] = []
    problems: list[PaperInputError] = []
    for path in paths:
        if not path.exists():
            problems.append(PaperInputError(str(path), "no such file or folder"))
        elif path.is_dir():
            found = [doc for kind, doc in documents(path) if kind == "paper"]
            if not found:
                problems.append(PaperInputError(str(path), "no paper found in this folder (PDF, LaTeX, archive, .txt or .md)"))
            papers.extend(found)
        else:
            papers.append(path)
    return papers, problems


def _unsafe_name(name: str) -> str | None:
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return "has an absolute path"
    if ".." in PurePosixPath(posix).parts:
        return "has a '..' path that would escape the archive folder"
    return None


def _copy_limited(source, target: Path, budget: dict) -> None:
    with target.open("wb") as out:
        while chunk := source.read(1 << 20):
            budget["written"] += len(chunk)
            if budget["written"] > MAX_EXPANDED or (budget["written"] > BOMB_FLOOR and budget["written"] > MAX_RATIO * budget["archive"]):
                raise _Bomb
            out.write(chunk)


def _place(dest: Path, name: str) -> Path:
    target = (dest / PurePosixPath(name.replace("\\", "/"))).resolve()
    if dest.resolve() not in target.parents:
        raise ValueError(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def extract_archive(path: Path, dest: Path, display: str, keep: tuple[str, ...] | None = KEEP_FROM_ARCHIVE) -> list[PaperInputError]:
    """Unpack the useful members (suffixes in `keep`; None: all) of a tar/zip/gzip archive into dest, refusing unsafe ones."""
    problems: list[PaperInputError] = []
    budget = {"written": 0, "archive": max(path.stat().st_size, 1)}

    def refuse(name: str, why: str) -> None:
        if len(problems) < 20:
            problems.append(PaperInputError(display, f"archive member {name!r} {why}; skipped"))

    try:
        kind = sniff(path)
        if kind == "zip":
            with zipfile.ZipFile(path) as archive:
                infos = archive.infolist()
                if len(infos) > MAX_MEMBERS:
                    raise _Bomb
                for info in infos:
                    mode = info.external_attr >> 16
                    if stat.S_ISLNK(mode):
                        refuse(info.filename, "is a symbolic link")
                    elif (why := _unsafe_name(info.filename)) is not None:
                        refuse(info.filename, why)
                    elif not info.is_dir() and (keep is None or info.filename.lower().endswith(keep)):
                        with archive.open(info) as member:
                            _copy_limited(member, _place(dest, info.filename), budget)
        elif kind == "tar":
            with tarfile.open(path, "r:*") as archive:
                for count, member in enumerate(archive):
                    if count >= MAX_MEMBERS:
                        raise _Bomb
                    if member.issym() or member.islnk():
                        refuse(member.name, f"is a {'symbolic' if member.issym() else 'hard'} link")
                    elif (why := _unsafe_name(member.name)) is not None:
                        refuse(member.name, why)
                    elif member.isdev() or member.isfifo():
                        refuse(member.name, "is a device or pipe")
                    elif member.isfile() and (keep is None or member.name.lower().endswith(keep)):
                        source = archive.extractfile(member)
                        if source is not None:
                            _copy_limited(source, _place(dest, member.name), budget)
        elif kind == "gzip":
            inner = dest / "main.tex"
            with gzip.open(path, "rb") as source:
                _copy_limited(source, inner, budget)
            if _is_tar(inner):
                nested = dest / "inner.tar"
                inner.rename(nested)
                problems += extract_archive(nested, dest, display, keep)
                nested.unlink()
        else:
            raise PaperInputError(display, "not a supported archive")
    except _Bomb:
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir()
        raise PaperInputError(display, f"decompression bomb: the archive expands beyond the safety limit "
                                       f"({MAX_EXPANDED >> 20} MiB or {MAX_RATIO}x its size); not extracted") from None
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, OSError, gzip.BadGzipFile, ValueError) as exc:
        raise PaperInputError(display, f"damaged or unreadable archive: {exc}") from None
    return problems


def _too_large(path: Path) -> bool:
    return path.stat().st_size > MAX_PAPER_BYTES


def plain_pdf(path: Path) -> bool:
    """Whether `open_document` reads `path` as a PDF file as it stands (no folder or archive around it,
    within the size limit): the papers a batch can read ahead."""
    return path.is_file() and sniff(path) == "pdf" and not _too_large(path)


def _pdf_document(path: Path, display: str, backend: str, max_pages: int, time_limit: float) -> Document:
    if _too_large(path):
        raise PaperInputError(display, f"file larger than {MAX_PAPER_BYTES >> 20} MiB; skipped")
    text = pdf_text(path, backend, max_pages, time_limit)
    blocks, tables = pdf_blocks(text.pages, display)
    doc = Document(path=display, kind="pdf", blocks=blocks, pages=text.total_pages, backend=text.backend,
                   stats=dict(text.stats), table_spread=tables.spread, table_seeds=tables.seeds)
    doc.problems.extend(PaperInputError(display, p) for p in text.problems)
    doc.stats["pages_read"] = len(text.pages)
    return doc


def _folder_document(folder: Path, display: str, backend: str, max_pages: int, time_limit: float) -> Document:
    paper = locate_paper(folder).paper
    if paper is None:
        raise PaperInputError(display.rstrip("!/"), "no LaTeX main file (\\documentclass), PDF or text file inside")
    if paper.name.lower().endswith(TEX_SUFFIXES):
        return tex_document(paper, root=folder, display=display)
    return _open(paper, display + paper.relative_to(folder).as_posix(), backend, max_pages, time_limit)


def _open(path: Path, display: str, backend: str, max_pages: int, time_limit: float) -> Document:
    kind = sniff(path)
    if kind == "pdf":
        return _pdf_document(path, display, backend, max_pages, time_limit)
    if kind == "tex":  # a named link is followed: its \input files sit beside the file it leads to
        return tex_document(path, root=path.resolve().parent,
                            display=str(Path(display).parent) + "/" if "/" in display else "")
    if kind == "text":
        return text_document(path.read_bytes(), display)
    if kind == "dir":
        return _folder_document(path, display.rstrip("/") + "/", backend, max_pages, time_limit)
    raise PaperInputError(display, "not a paper (expected PDF, LaTeX, a source archive, .txt or .md)")


@contextlib.contextmanager
def open_document(path: Path, *, pdf_backend: str = "auto", max_pages: int = 300, time_limit: float = 60.0,
                  display: str | None = None) -> Iterator[Document]:
    """The Document of one paper; archives live in a temporary folder for the duration of the block."""
    display = display or str(path)
    if not path.exists():
        raise PaperInputError(display, "no such file or folder")
    if irregular(path):
        raise PaperInputError(display, NOT_REGULAR)
    kind = sniff(path)
    if kind in ("tar", "zip", "gzip"):
        with tempfile.TemporaryDirectory(prefix="seedaudit-") as tmp:
            folder = Path(tmp) / "x"
            folder.mkdir()
            problems = extract_archive(path, folder, display)
            if kind == "gzip" and (folder / "main.tex").exists():
                doc = tex_document(folder / "main.tex", root=folder, display=display + "!/")
            else:
                doc = _folder_document(folder, display + "!/", pdf_backend, max_pages, time_limit)
            doc.problems[:0] = problems
            doc.path = display if doc.kind == "tex" else doc.path
            yield doc
        return
    yield _open(path, display, pdf_backend, max_pages, time_limit)
