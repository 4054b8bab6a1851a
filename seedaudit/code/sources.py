"""Finding the files to check and reading them safely: every failure becomes one-line diagnostic."""
from __future__ import annotations

import ast
import codecs
import fnmatch
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CodeInputError
from .grammar import newer_grammar_reads

SKIP_DIRS = {
    ".git", ".hg", ".svn", ".venv", "venv", "env", ".env", "__pycache__", "build", "dist", "node_modules", ".tox",
    ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".seedaudit_cache", "site-packages", ".eggs", ".ipynb_checkpoints",
    ".idea", ".vscode", "wandb", "mlruns", "lightning_logs",
    "__MACOSX",  # the folder zip tools on macOS put each file's metadata twin in
}
# a file's metadata twin that macOS writes beside it on other file systems and in archives (`._train.py` beside
# `train.py`): binary, never source
_METADATA_TWIN = "._"
# a project template's placeholder (`{{cookiecutter.model_name}}`) in a folder or file name: what sits there is the
# text a generator fills in to write a new project, not code of this one, and seldom parses before it is filled
_TEMPLATE_NAME = re.compile(r"\{\{.*\}\}")

PYTHON_KINDS = ("py", "ipynb")


_SUFFIX_KINDS = {
    ".py": "py", ".ipynb": "ipynb", ".sh": "sh", ".bash": "sh", ".zsh": "sh", ".sbatch": "job", ".slurm": "job", ".pbs": "job",
    ".job": "job", ".mk": "make", ".yaml": "yaml", ".yml": "yaml", ".json": "json", ".md": "readme",
    ".bat": "bat", ".cmd": "bat",
}
_NAMED_KINDS = "Makefile, README*, requirement*.txt/.in, setup.cfg, pyproject.toml"  # what kind_of reads by name


# what a README without the Markdown suffix is written as (`README`, `README.rst`, `README.txt`)
_README_SUFFIXES = frozenset({"", ".rst", ".txt", ".markdown", ".mdown", ".org"})


def kind_of(path: Path) -> str | None:
    """What a file is to seedaudit: python code, a notebook, or a launch/config/doc file read for seed facts."""
    suffix = path.suffix.lower()
    if suffix in _SUFFIX_KINDS:
        return _SUFFIX_KINDS[suffix]
    lower = path.name.lower()
    if path.name == "Makefile":
        return "make"
    if lower.startswith("readme") and suffix in _README_SUFFIXES:
        return "readme"  # `README`, `README.rst`; not a figure named for one (`readme_title.png`)
    if lower.startswith("requirement") and suffix in (".txt", ".in") or lower in ("setup.cfg", "pyproject.toml"):
        return "pin"
    return None


UNSUPPORTED = f"not checked: seedaudit does not read this kind of file (it reads {' '.join(sorted(_SUFFIX_KINDS))}, {_NAMED_KINDS})"
NOT_REGULAR = "not a regular file (a FIFO, socket or device); not checked"


CellError = tuple[int, int, str, str]  # a cell that does not parse: (python line, column, message, source line)


@dataclass
class Source:
    path: Path
    display: str  # path as printed in findings (relative to the cwd where possible)
    kind: str
    text: str
    digest: str
    cell_map: list[tuple[int, int, int | None]] | None = None  # notebooks: python line → (cell, cell line, raw line)
    cell_errors: list[CellError] = field(default_factory=list)  # notebooks: cells that do not parse (left out)


def display_path(path: Path) -> str:
    """Relative to the current folder when inside it (as ruff prints), else as given: never `../..`."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel == ".." or rel.startswith(".." + os.sep) else rel


def _matches(path: Path, patterns: tuple[str, ...]) -> bool:
    text = path.as_posix()
    parts = path.parts
    for pattern in patterns:
        pat = pattern.rstrip("/")
        if fnmatch.fnmatch(text, pat) or fnmatch.fnmatch(path.name, pat) or pat in parts:
            return True
        if fnmatch.fnmatch(text, f"*/{pat}") or fnmatch.fnmatch(text, f"*/{pat}/*") or fnmatch.fnmatch(text, f"{pat}/*"):
            return True
    return False


def discover(paths: list[Path], exclude: tuple[str, ...], force_exclude: bool, root: Path | None = None) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files under `paths` that seedaudit reads, and (path, reason) for inputs that cannot be walked.

    Files named explicitly are kept even when excluded, unless `force_exclude` (as pre-commit needs); a
    named file that is not regular or of a kind seedaudit does not read is a problem, as it was asked for.
    Directory symlinks are not followed, so symlink loops cannot trap the walk; every file is stat'ed
    before it is opened, so a FIFO in the tree cannot block it.
    """
    found: dict[Path, None] = {}
    problems: list[tuple[Path, str]] = []

    def excluded(p: Path) -> bool:
        if not exclude:
            return False
        rel = p
        if root is not None:
            try:
                rel = p.resolve().relative_to(root.resolve())
            except ValueError:
                rel = p
        return _matches(rel, exclude) or _matches(p, exclude)

    for given in paths:
        try:
            mode = given.stat().st_mode
        except OSError as exc:
            problems.append((given, _stat_problem(given, exc)))
            continue
        if not stat.S_ISDIR(mode):
            if not (force_exclude and excluded(given)):
                _named_file(given, mode, found, problems)
            continue
        for folder, dirs, files in os.walk(given, onerror=lambda e: problems.append((Path(e.filename or given), e.strerror or str(e)))):
            base = Path(folder)
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info") and not excluded(base / d)
                             and not (base / d).is_symlink() and not _TEMPLATE_NAME.search(d))
            for name in sorted(files):
                path = base / name
                if kind_of(path) is None or name.startswith(_METADATA_TWIN) or _TEMPLATE_NAME.search(name) or excluded(path):
                    continue
                try:
                    regular = stat.S_ISREG(path.stat().st_mode)
                except OSError as exc:
                    problems.append((path, _stat_problem(path, exc)))
                    continue
                if regular:  # FIFOs, sockets and devices in a tree are skipped silently, as ruff does
                    found[path] = None
    return list(found), problems


def _stat_problem(path: Path, exc: OSError) -> str:
    """Why a path cannot be looked at, in the words users know."""
    if path.is_symlink():
        return "broken symlink or symlink loop"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    return f"cannot read: {exc.strerror or exc}"


def _named_file(path: Path, mode: int, found: dict[Path, None], problems: list[tuple[Path, str]]) -> None:
    """A file named on the command line is checked, or there is one line saying why not: it was asked for."""
    if not stat.S_ISREG(mode):
        problems.append((path, NOT_REGULAR))
    elif kind_of(path) is None:
        problems.append((path, UNSUPPORTED))
    else:
        found[path] = None


# non-blocking, so that a FIFO or device that took a file's place after the walk fails fstat instead of blocking the read
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _bytes(count: float) -> str:
    """A size as people read it: a cap of 1000 bytes is '1.0 kB', not '0.0 MB'."""
    if count < 1000:
        return f"{count} bytes"
    for unit in ("kB", "MB", "GB"):
        count /= 1000
        if count < 1000:
            break
    return f"{count:.1f} {unit}"


_OVER_CAP = "cap (max-file-bytes); not checked"  # how every size-cap reason ends (read by data_over_cap)


def _over_cap(what: str, size: int, max_bytes: int) -> str:
    return f"{what} is {_bytes(size)}, over the {_bytes(max_bytes)} {_OVER_CAP}"


def data_over_cap(path: Path, reason: str) -> bool:
    """A JSON or YAML file left unread for its size holds data (records, a split, a vocabulary): a settings or
    launch file is never that large, so leaving it unread loses no seed fact and it is no unreadable input. The
    reason is text because it crosses the worker pool and the cache as text."""
    return kind_of(path) in ("json", "yaml") and reason.startswith("file is ") and reason.endswith(_OVER_CAP)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file within the size cap; anything else is a CodeInputError, never a hang or a huge read."""
    try:
        with open(os.open(path, _OPEN_FLAGS), "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise CodeInputError(NOT_REGULAR)
            if info.st_size > max_bytes:
                raise CodeInputError(_over_cap("file", info.st_size, max_bytes))
            data = handle.read(max_bytes + 1)  # a file still growing cannot fill the memory either
            if len(data) > max_bytes:
                raise CodeInputError(_over_cap("file", os.fstat(handle.fileno()).st_size, max_bytes))
            return data
    except OSError as exc:
        raise CodeInputError(f"cannot read: {exc.strerror or exc}") from None


def decode(data: bytes) -> str:
    """The text of a file: UTF-8 (a BOM allowed), or UTF-16 where a UTF-16 BOM opens it, as Windows PowerShell
    writes what it redirects (`pip freeze > requirements.txt`); NUL bytes in any other file mean it is no text."""
    wide = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not wide and b"\x00" in data:
        raise CodeInputError("contains NUL bytes; not a text file")
    try:
        text = data.decode("utf-16" if wide else "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CodeInputError(f"not valid {'UTF-16' if wide else 'UTF-8'} (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _raw_lines(raw: str, pieces: list[str], cursor: int) -> tuple[list[int | None], int]:
    """Line numbers in the raw JSON where each source string of a cell is written (None if not found)."""
    out: list[int | None] = []
    for piece in pieces:
        for encoded in (json.dumps(piece, ensure_ascii=False), json.dumps(piece)):
            at = raw.find(encoded, cursor)
            if at >= 0:
                out.append(raw.count("\n", 0, at) + 1)
                cursor = at + len(encoded)
                break
        else:
            out.append(None)
    return out, cursor


# cell magics whose body the kernel runs as Python; any other (%%bash, %%writefile, %%html, %%python3 in a
# subprocess ...) holds no Python of this kernel, so its cell is left out
PYTHON_CELL_MAGICS = frozenset({"capture", "time", "timeit", "prun", "debug"})
_ASSIGNED_MAGIC = re.compile(r"[\w.\[\], ]+=\s*[!%]")  # files = !ls, result = %timeit -o f()


def _is_ipython_line(line: str) -> bool:
    """A line magic, shell escape or help request: IPython syntax, no Python. A question mark that ends the line
    inside a comment (`if step % 50 == 0:  # still falling?`) asks for no help: IPython reads such a line as Python.
    So is a package install written without its `%` (`pip install lightgbm`), which IPython runs as the magic."""
    stripped = line.lstrip()
    return stripped.startswith(("%", "!", "?")) or _code_part(stripped).rstrip().endswith("?") \
        or _ASSIGNED_MAGIC.match(stripped) is not None or _AUTOMAGIC_INSTALL.match(stripped) is not None


# `pip install x` / `conda install x` with no `%`: IPython's automagic runs them; as Python they are no statement
_AUTOMAGIC_INSTALL = re.compile(r"^(?:pip|pip3|conda|mamba)\s+(?:install|uninstall)\b")


def _code_part(line: str) -> str:
    """A line without its trailing comment: the text before the first `#` outside a string."""
    quote = ""
    escaped = False
    for at, char in enumerate(line):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#":
            return line[:at]
    return line


def _cell_magic(lines: list[str]) -> str | None:
    """The cell magic that opens a cell (`%%bash -e` → 'bash'; IPython skips leading blank lines), or None."""
    first = next((line.strip() for line in lines if line.strip()), "")
    return (first[2:].split() or [""])[0] if first.startswith("%%") else None


def _python_lines(lines: list[str]) -> list[str]:
    """A cell's lines as Python, one for one (so line numbers hold): IPython syntax becomes comments, with the
    lines a trailing backslash carries it onto, and so does the whole cell under a cell magic whose body is no
    Python."""
    magic = _cell_magic(lines)
    if magic is not None and magic not in PYTHON_CELL_MAGICS:
        return ["# " + line for line in lines]
    out, continued = [], False
    for line in lines:
        ipython = continued or _is_ipython_line(line)
        ran = None if continued else _RUN_MAGIC.match(line)
        if ran is not None and all(part.isidentifier() for part in ran["module"].split("/")):
            # `%run -i helpers.py` runs the file and leaves its names in the notebook, as a star import would
            out.append(f"{ran['indent']}from {ran['module'].replace('/', '.')} import *  # {line.strip()}")
        elif ipython and not continued and line[:1].isspace() and line.strip():
            # in a block (`for d in sets:` / `    !python train.py --data {d}`), where IPython runs it as a statement:
            # a statement keeps the block's body, which a comment alone would leave empty
            out.append(f"{line[:len(line) - len(line.lstrip())]}pass  # {line.strip()}")
        else:
            out.append("# " + line if ipython else line)
        continued = ipython and line.rstrip().endswith("\\")  # `!python train.py \` goes on over the next lines
    return out


# `%run -i random_state.py`, `%run utils/seeding.py`: a project script run in the notebook's kernel
_RUN_MAGIC = re.compile(r"^(?P<indent>\s*)%run(?:\s+-[inte]\b)*\s+(?:\./)?(?P<module>[\w/]+)\.py\s*(?:#.*)?$")


def ipython_respelled(text: str) -> str | None:
    """A .py file exported from a notebook (Colab's "Download .py") keeps its shell escapes and magics (`!pip install
    ...`, `%matplotlib inline`): those lines as comments, one for one, as in a notebook's cells; None when it has none
    or Python still refuses the result."""
    lines = text.split("\n")
    out = _python_lines(lines)
    if out == lines:
        return None
    return parsed_or_none("\n".join(out))


def parsed_or_none(text: str) -> str | None:
    """The text when Python parses it, else None: a respelling that still does not parse is no respelling."""
    try:
        ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return text


def _parse_error(lines: list[str]) -> tuple[int, int, str] | None:
    """Why a cell does not parse (line in the cell, column, message), or None: parsed alone, so one broken cell
    costs that cell only."""
    text = "\n".join(lines)
    try:
        ast.parse(text)
    except SyntaxError as exc:
        if newer_grammar_reads(text, exc):
            return None
        line = min(max(exc.lineno or 1, 1), len(lines))
        return line, max((exc.offset or 1) - 1, 0), f"syntax error at line {line}: {exc.msg}"
    except (RecursionError, MemoryError):
        return 1, 0, "too deeply nested to parse"
    return None


def _cell_pieces(cell: dict) -> list[str]:
    pieces = cell.get("source", "")
    return [p for p in pieces if isinstance(p, str)] if isinstance(pieces, list) else [pieces] if isinstance(pieces, str) else []


# how a notebook or a cell names Python: Jupyter kernels' languages and VS Code's language ids
_PYTHON_NAMES = {"python", "python3", "ipython", "ipython3"}


def _names_other_language(*names) -> bool:
    """One of a notebook's or a cell's language fields is set (a string) and names no Python."""
    return any(isinstance(name, str) and name and name.lower() not in _PYTHON_NAMES for name in names)


def _field(holder, *keys):
    """holder[k1][k2]... where every level is a dict; None where one is missing."""
    for key in keys:
        holder = holder.get(key) if isinstance(holder, dict) else None
    return holder


def _other_language_notebook(nb: dict) -> bool:
    """A notebook run by another language's kernel (R, Julia, Scala): its code cells are no Python."""
    return _names_other_language(_field(nb, "metadata", "kernelspec", "language"),
                                 _field(nb, "metadata", "language_info", "name"))


def _other_language_cell(cell: dict) -> bool:
    """A code cell its editor marks as another language (VS Code's `shellscript` or `plaintext` cell holding a
    pasted command or a run's log; a polyglot notebook's SQL or C# cell): not Python, whatever the kernel."""
    return _names_other_language(_field(cell, "metadata", "vscode", "languageId"),
                                 _field(cell, "metadata", "polyglot_notebook", "kernelName"),
                                 _field(cell, "metadata", "dotnet_interactive", "language"))


def _without_leading_indent(lines: list[str]) -> list[str]:
    """A cell whose first line of code is indented (a function's body pasted into a cell) with that indentation
    taken off every line that starts with it, as IPython does before it compiles the cell."""
    first = next((line for line in lines if line.strip()), "")
    indent = first[:len(first) - len(first.lstrip())]
    return [line[len(indent):] if line.startswith(indent) else line for line in lines] if indent else lines


def notebook_code(text: str) -> tuple[str, list[tuple[int, int, int | None]], list[CellError]]:
    """The code cells of a notebook joined as one python text, the map back to (cell, line, raw line), and
    the cells that do not parse.

    Each cell is parsed on its own; one that does not parse becomes comments (keeping its lines), so the
    other cells are still checked. IPython magics and shell escapes become comments too. A notebook of another
    language's kernel, and a cell marked as another language, hold no Python to check.
    """
    try:
        nb = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CodeInputError(f"broken notebook: not JSON ({exc.msg} at line {exc.lineno})") from None
    cells = nb.get("cells") if isinstance(nb, dict) else None
    if not isinstance(cells, list):
        raise CodeInputError("broken notebook: no 'cells' list")
    lines: list[str] = []
    cell_map: list[tuple[int, int, int | None]] = []
    errors: list[CellError] = []
    cursor = 0
    for index, cell in enumerate(cells if not _other_language_notebook(nb) else ()):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code" or _other_language_cell(cell):
            continue
        pieces = _cell_pieces(cell)
        source = "".join(pieces)
        if len(pieces) == source.count("\n") + (not source.endswith("\n")):
            raw_lines, cursor = _raw_lines(text, pieces, cursor)
        elif len(pieces) == 1:  # the cell's source as one string (Kaggle's format): every line of it is on that JSON line
            where, cursor = _raw_lines(text, pieces, cursor)
            raw_lines = where * (source.count("\n") + 1)
        else:
            raw_lines = []
        original = source.split("\n")
        python = _python_lines(_without_leading_indent(original))
        error = _parse_error(python)
        if error is not None:
            at, col, message = error
            errors.append((len(lines) + at, col, f"cell {index} not checked: {message}", original[at - 1]))
            python = ["# " + line for line in original]
        lines.extend(python)
        cell_map.extend((index, number, raw_lines[number - 1] if number - 1 < len(raw_lines) else None)
                        for number in range(1, len(python) + 1))
    return "\n".join(lines) + "\n", cell_map, errors


NOTEBOOK_RAW_FACTOR = 16  # a notebook's JSON mostly holds outputs (plots, tables): the cap is for its code


def load(path: Path, max_bytes: int) -> Source:
    kind = kind_of(path) or "py"
    data = read_bytes(path, max_bytes * NOTEBOOK_RAW_FACTOR if kind == "ipynb" else max_bytes)
    text = decode(data)
    digest = hashlib.sha256(data).hexdigest()
    cell_map, cell_errors = None, []
    if kind == "ipynb":
        text, cell_map, cell_errors = notebook_code(text)
        if len(text) > max_bytes:
            raise CodeInputError(_over_cap("notebook code", len(text), max_bytes))
    return Source(path=path, display=display_path(path), kind=kind, text=text, digest=digest, cell_map=cell_map,
                  cell_errors=cell_errors)


def attach_lines(facts, path: Path, max_bytes: int) -> list[str]:
    """A Python file's source lines, read back into facts that came without them (a pool worker sends facts back
    without their lines, and the cache stores none), so that every reader quoting a line reads it the same way: a
    run in one process, in several or from the cache says the same. A file unreadable now has no lines."""
    if facts.kind in PYTHON_KINDS and not facts.lines:
        try:
            facts.lines = load(path, max_bytes).text.splitlines()
        except CodeInputError:
            facts.lines = []
    return facts.lines
