"""LaTeX sources to blocks: follows \\input/\\include, strips comments and layout macros, keeps
sections and every character's source file and line.

The converter is line-based and forgiving on purpose: a paper that does not compile is still
audited as far as it can be read; what looked broken (unbalanced braces, unclosed environments,
missing or cyclic \\input files) is reported as a problem next to the findings.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import PaperInputError
from .document import Block, BlockBuilder, Document, Origin
from .textfile import decode_text, looks_binary

MAX_DEPTH = 20
_COMMENT = re.compile(r"(?<!\\)%.*$")
_INPUT = re.compile(r"\\(?:input|include|subfile)\s*\{([^}]+)\}|\\input\s+([^\s{}\\]+)")
_SECTION = re.compile(r"\\(part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?\s*(?:\[[^\]]*\])?\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")
_BEGIN = re.compile(r"\\begin\s*\{([^}]+)\}")
# `\begin{table}[h]`, `\begin{tabular}{lrr}`, `\begin{tabularx}{\linewidth}{XX}`: placement and column specs
_BEGIN_ARGS = re.compile(r"\\begin\s*\{(?:tabular\*?|tabularx|tabulary|longtable|array)\}(?:\s*\[[^\]]*\])?"
                         r"(?:\s*\{(?:[^{}]|\{[^{}]*\})*\}){1,2}|\\begin\s*\{[^}]+\}\s*\[[^\]]*\]")
_TABULAR = frozenset({"tabular", "tabular*", "tabularx", "tabulary", "longtable", "array"})
_END = re.compile(r"\\end\s*\{([^}]+)\}")
_SKIP_ENVS = frozenset({"equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*",
                        "eqnarray", "eqnarray*", "comment", "verbatim", "lstlisting", "minted", "tikzpicture",
                        "algorithmic", "displaymath", "math"})
_CITE = re.compile(r"~?\\(?:cite|citep|citet|citealp|citealt|citeauthor|citeyear|parencite|textcite|autocite)\*?\s*(?:\[[^\]]*\])*\s*\{[^}]*\}")
_DROP_WITH_ARG = re.compile(r"\\(?:label|vspace|hspace|includegraphics|bibliographystyle|usepackage|documentclass|"
                            r"newcommand|renewcommand|setlength|addtolength|pagestyle|thispagestyle|input|include|"
                            r"centering|resizebox|scalebox|definecolor|hypersetup|graphicspath)\*?\s*(?:\[[^\]]*\])*\s*(?:\{[^{}]*\})*")
_REF = re.compile(r"~?\\(?:ref|eqref|autoref|cref|Cref|pageref)\s*\{[^}]*\}")
_UNWRAP = re.compile(r"\\[A-Za-z]+\*?\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}")
_COMMAND = re.compile(r"\\[A-Za-z]+\*?")
_SYMBOLS = [("\\pm", " ± "), ("\\%", "%"), ("\\&", "&"), ("\\_", "_"), ("\\#", "#"), ("\\$", "$"), ("\\\\", " "),
            ("``", '"'), ("''", '"'), ("---", "—"), ("--", "–"), ("~", " "), ("\\,", " "), ("\\ ", " ")]
_SPACES = re.compile(r"[ \t]+")


def tex_to_text(line: str) -> str:
    """One source line (comment already removed) as plain text."""
    text = _CITE.sub(" (CITATION)", line)
    text = _REF.sub(" 1", text)
    text = _DROP_WITH_ARG.sub(" ", text)
    for old, new in _SYMBOLS:
        text = text.replace(old, new)
    for _ in range(4):  # nested \textbf{\emph{x}}
        new = _UNWRAP.sub(r"\1", text)
        if new == text:
            break
        text = new
    text = _COMMAND.sub(" ", text).replace("{", "").replace("}", "").replace("$", "").replace("&", " ")
    return _SPACES.sub(" ", text).strip()


class _TexReader:
    def __init__(self, root: Path, display: str, problems: list[PaperInputError]):
        self.root = root.resolve()
        self.display = display  # how paths are shown: the folder or archive the user named
        self.problems = problems
        self.blocks: list[Block] = []
        self.builder: BlockBuilder | None = None
        self.skip_env: list[str] = []
        self.open_envs: list[tuple[str, str, int]] = []
        self.in_references = False
        self.section = ""

    def shown(self, path: Path) -> str:
        rel = path.resolve().relative_to(self.root).as_posix()
        return f"{self.display}{rel}" if self.display.endswith(("/", "!/")) else rel

    def read(self, path: Path, stack: tuple[Path, ...] = ()) -> None:
        shown = self.shown(path)
        if path in stack:
            self.problems.append(PaperInputError(shown, f"\\input cycle: {shown} includes itself; skipped"))
            return
        if len(stack) > MAX_DEPTH:
            self.problems.append(PaperInputError(shown, f"\\input nested more than {MAX_DEPTH} deep; skipped"))
            return
        raw = path.read_bytes()
        if looks_binary(raw):
            self.problems.append(PaperInputError(shown, "not a LaTeX text file (binary content); skipped"))
            return
        self._new_builder(shown)
        depth = 0
        for number, source in enumerate(decode_text(raw).splitlines(), start=1):
            line = _COMMENT.sub("", source)
            depth += line.count("{") - line.count("\\{") - line.count("}") + line.count("\\}")
            self._line(path, shown, number, line, stack)
        self._end_builder()
        if depth > 0:
            self.problems.append(PaperInputError(shown, f"malformed LaTeX: {depth} unclosed brace(s); audited as far as readable"))

    def _new_builder(self, shown: str) -> None:
        self._end_builder()
        self.builder = BlockBuilder(shown)
        self.builder.in_references = self.in_references
        self.builder.section = self.section

    def _end_builder(self) -> None:
        if self.builder is not None:
            self.blocks.extend(self.builder.done())
            self.in_references, self.section = self.builder.in_references, self.builder.section
            self.builder = None

    def _include(self, path: Path, shown: str, number: int, target: str, stack) -> None:
        name = target.strip()
        candidate = (path.parent / name) if not name.startswith("/") else Path(name)
        options = [candidate, candidate.with_name(candidate.name + ".tex")]
        options += [self.root / name, self.root / (name + ".tex")]
        found = next((p for p in options if p.is_file()), None)
        if found is None:
            self.problems.append(PaperInputError(shown, f"line {number}: \\input{{{name}}}: file not found; skipped"))
            return
        resolved = found.resolve()
        if self.root not in resolved.parents or found.is_symlink():
            self.problems.append(PaperInputError(shown, f"line {number}: \\input{{{name}}} points outside the paper's folder; skipped"))
            return
        self.read(resolved, stack + (path,))
        self._new_builder(shown)

    def _line(self, path: Path, shown: str, number: int, line: str, stack) -> None:
        builder = self.builder
        origin = Origin(line=number)
        for m in _BEGIN.finditer(line):
            env = m.group(1).strip()
            self.open_envs.append((env, shown, number))
            if env in _SKIP_ENVS:
                self.skip_env.append(env)
            elif env == "thebibliography":
                builder.heading("References", origin, references=True)
            elif env == "abstract":
                builder.heading("Abstract", origin)
        for m in _END.finditer(line):
            env = m.group(1).strip()
            if self.open_envs and self.open_envs[-1][0] == env:
                self.open_envs.pop()
            if self.skip_env and self.skip_env[-1] == env:
                self.skip_env.pop()
                line = line[m.end():]
        if self.skip_env:
            return
        if not line.strip():
            builder.flush()
            return
        if "\\bibliography{" in line or "\\printbibliography" in line:
            builder.heading("References", origin, references=True)
            return
        if "\\appendix" in line:
            builder.flush()
            builder.in_references = False
        for m in _INPUT.finditer(line):
            before = tex_to_text(line[: m.start()])
            if before:
                builder.add(before, origin)
            self._include(path, shown, number, m.group(1) or m.group(2), stack)
            builder = self.builder
            line = line[m.end():]
        section = _SECTION.search(line)
        if section:
            title = tex_to_text(section.group(2))
            builder.heading(title, origin, references=False if builder.in_references else None)
            line = line[section.end():]
        text = tex_to_text(_BEGIN.sub(" ", _END.sub(" ", _BEGIN_ARGS.sub(" ", line))))
        if text:
            builder.add(text, origin)
        if "\\\\" in line and any(env in _TABULAR for env, _, _ in self.open_envs):
            builder.flush()  # a table row is a block of its own: "Random seed & 42 \\" never runs into the next row


def tex_document(main: Path, *, root: Path | None = None, display: str = "") -> Document:
    """Audit-ready text of a LaTeX paper starting at `main`, following its \\input files under `root`."""
    problems: list[PaperInputError] = []
    reader = _TexReader(root or main.parent, display, problems)
    try:
        reader.read(main.resolve())
    except OSError as exc:
        raise PaperInputError(reader.shown(main), f"cannot read: {exc.strerror or exc}") from None
    reader._end_builder()
    if reader.open_envs:
        env, shown, number = reader.open_envs[0]
        problems.append(PaperInputError(shown, f"malformed LaTeX: \\begin{{{env}}} on line {number} is never closed"))
    return Document(path=reader.shown(main.resolve()), kind="tex", blocks=reader.blocks, problems=problems)
