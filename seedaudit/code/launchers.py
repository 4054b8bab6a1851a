"""Seed facts from non-Python files: shell launchers, job files, Makefiles, configs, READMEs, pins.

Everything here is line-based and dependency-free: shell loops, variables, `seq`, brace ranges,
GNU parallel, SLURM arrays, Makefile recipes and README fenced blocks become Invocations (with the
values every enclosing loop feeds them); YAML/JSON configs become dotted settings; seed lists,
W&B sweeps, Hydra sweeper params and multiruns become sweeps.
"""
from __future__ import annotations

import json
import re
import shlex
from bisect import bisect_right
from itertools import accumulate

from .batch import as_shell
from .budget import tick
from .facts import Invocation, LaunchFacts
from .seed_names import is_count_name, is_seed_name
from .shell_functions import BLOCK_CLOSES, inline_functions
from .toolkits import TOOLKIT_RUN, Toolkit, module_toolkit, script_toolkit

_PY_RUN = re.compile(r"(?:^|[\s;&|(])(?:python[0-9.]*|torchrun|accelerate\s+launch|deepspeed|srun\s+python[0-9.]*)\s", re.IGNORECASE)
# a torch version a README's install steps or environment list name (`pip install torch==1.12.1+cu113`, `torch >=
# 2.0.1`, `conda install pytorch=1.13`): the torch the authors ran, as a requirements file would pin it
_README_TORCH = re.compile(r"(?<![\w.-])(?:py)?torch\s*((?:==?|>=|<=|~=|<|>)\s*[0-9]+\.[0-9]+[0-9.*]*)", re.IGNORECASE)
_TORCH_PIN = re.compile(r"^\s*-?\s*(?:torch|pytorch)\s*([=<>~!]=?\s*[0-9][0-9.*]*(?:\s*,\s*[<>=!~]=?\s*[0-9][0-9.*]*)*)", re.IGNORECASE)
_CONDA_DEPENDENCIES = re.compile(r"^dependencies\s*:\s*$")  # a conda environment file's top-level package list
_FOR = re.compile(r"^for\s+(\w+)\s+in\s+(.*?)\s*$")
_CFOR = re.compile(r"\bfor\s*\(\(\s*(\w+)\s*=\s*(-?\d+)\s*;\s*\w+\s*(<=?|>=?)\s*(-?\d+|\$\{#\w+\[[@*]\]\}|\$?\{?[A-Za-z_]\w*\}?)\s*;"
                   r"\s*[^)]*?(\+\+|--|[+-]=\s*\d+)\s*\)\)")
_INDEXED = re.compile(r"\$\{(\w+)\[([^\]]+)\]\}")  # `${seeds[i]}`, `${seeds[$i]}`, `${seeds[0]}`
SHELL_ASSIGN = re.compile(r"^(?:export\s+|local\s+|readonly\s+|declare\s+(?:-\w\s+)*)?([A-Za-z_]\w*)=(.*)$")
# the shell's own random numbers: each read of `$RANDOM` draws another, so a seed taken from it (`seed=$RANDOM`
# in a loop) differs from run to run, seeded or not
_SHELL_DRAWS = frozenset({"RANDOM", "SRANDOM"})
# `${SEED:-42}`, `${SEED-42}`, `${SEED:=42}`: the variable's value, or the default when the file never set it (a
# launcher run as it is written runs the default; its caller may export another)
_DEFAULTED = re.compile(r"\$\{([A-Za-z_]\w*):?[-=]((?:\"[^\"]*\"|'[^']*'|[^}])*)\}")
_MAKE_ASSIGN = re.compile(r"^(?:export\s+|override\s+)?([A-Za-z_]\w*)\s*(?::=|\?=|\+=|=)\s*(.*)$")
_REF = re.compile(r"\$\{?#?([A-Za-z_]\w*)|\$\(\(\s*([A-Za-z_]\w*)")
_BRACE_RANGE = re.compile(r"^\{(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?\}$")
_SEQ = re.compile(r"^(?:\$\(|`)\s*seq\s+(?:-\w+\s+\S+\s+)*(-?\d+)(?:\s+(-?\d+))?(?:\s+(-?\d+))?\s*(?:\)|`)$")
_ARRAY_DIRECTIVE = re.compile(r"^#(?:SBATCH|PBS)\s+(?:--array[=\s]|-a\s+|-J\s+|-t\s+)(\S+)")
_SEED_WRITTEN = re.compile(r"--?[\w-]*seed[\w-]*(?:=|\s+)[\"']?\$\{?([A-Za-z_]\w*)", re.IGNORECASE)
_SELECT = re.compile(r"\b(?:max|min|argmax|argmin|idxmax|idxmin|nlargest|sorted)\s*\(|\bsort\s+-\w*[rn]|\.sort\(|\|\s*(?:head|tail)\b")
_DISTRIBUTED = re.compile(r"^(?:torch\.distributed\.(?:launch|run)|accelerate\.commands\.(?:launch|accelerate_cli)|deepspeed(?:\.launcher\.runner)?)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_PROMPT = re.compile(r"^\s*(?:\$|>|%|\(\w+\)\s*\$)\s+")
# a line of a README's shell block that starts with an option (`--epochs 3`, `-m mlp`): no command starts so, so it
# goes on the command above it, though the README left out the backslash
_OPTION_LINE = re.compile(r"^\s*--?[A-Za-z]")
_MAX_VALUES = 10_000


# -- shared: words, ranges, options --------------------------------------------------------------
def _range(start: int, stop: int, step: int = 1) -> tuple[str, ...]:
    """Inclusive integer range as strings (capped, so a typo cannot make a million seeds)."""
    if step == 0:
        return ()
    values = range(start, stop + (1 if step > 0 else -1), step)
    return tuple(str(v) for v in values[:_MAX_VALUES])


def expand_word(word: str) -> tuple[str, ...]:
    """Brace ranges `{0..4}`, brace lists `{1,2}` and `$(seq 1 5)` become their values; other words stay."""
    match = _BRACE_RANGE.match(word)
    if match:
        a, b = int(match[1]), int(match[2])
        step = int(match[3]) if match[3] else (1 if b >= a else -1)
        return _range(a, b, step if (b - a) * step >= 0 else -step)
    if word.startswith("{") and word.endswith("}") and "," in word and "$" not in word:
        return tuple(w for w in word[1:-1].split(",") if w)
    match = _SEQ.match(word)
    if match:
        numbers = [int(n) for n in match.groups() if n is not None]
        if len(numbers) == 1:
            return _range(1, numbers[0])
        if len(numbers) == 2:
            return _range(numbers[0], numbers[1])
        return _range(numbers[0], numbers[2], numbers[1])
    return (word,)


def _split_words(text: str) -> list[str]:
    try:
        return shlex.split(text, comments=False)
    except ValueError:
        return text.split()


def _words_of(text: str) -> list[str]:
    """Shell words, keeping `$(seq …)` and backtick substitutions as one word."""
    text = re.sub(r"(\$\(|`)\s*seq\s+[^)`]*(\)|`)", lambda m: m[0].replace(" ", "\x00"), text)
    return [w.replace("\x00", " ") for w in _split_words(text)]


def _is_option(word: str) -> bool:
    return word.startswith("-") and len(word) > 1 and not word[1:2].isdigit()


_REDIRECT = re.compile(r"^\d?[<>]")  # `>log`, `2>&1`, `<input`: a redirection, no argument


def _takes_value(words: list[str], i: int) -> bool:
    """`-m $model`: the word after a short option is its value; Hydra's `-m` is followed by `key=value`
    overrides, another option, or nothing."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return bool(following) and not _is_option(following) and "=" not in following and not _REDIRECT.match(following)


# `"$@"`, `$*`, `${@}`: the launch file's own arguments handed on, whatever its caller gives; no value of the option
# written before it (`--seed $seed "$@"` passes the seed `$seed`)
_FORWARDED = re.compile(r"^\$(?:[@*]|\{[@*]\})$")


def _options(words: list[str]) -> dict[str, str]:
    """`--name value...` (several values are joined by spaces; flags map to ""), hydra `key=value`, last wins."""
    options: dict[str, str] = {}
    words = [w for w in words if not _FORWARDED.match(w)]
    i = 0
    while i < len(words):
        word = words[i]
        if _REDIRECT.match(word):  # a redirection ends the command's own arguments
            break
        if word == "--multirun" or word == "-m" and not _takes_value(words, i):
            options["multirun"] = ""
        elif _is_option(word):
            name, eq, value = word.lstrip("-").partition("=")
            if eq:
                options[name] = _stacked(options.get(name), value)
            else:
                values = []
                while i + 1 < len(words) and not _is_option(words[i + 1]) and "=" not in words[i + 1] \
                        and not _REDIRECT.match(words[i + 1]) and not _config_key(words, i + 1):
                    values.append(words[i + 1])
                    i += 1
                options[name] = _stacked(options.get(name), " ".join(values))
        elif "=" in word and not word.startswith(("'", '"', "=")):  # hydra overrides: seed=1, +train.seed=2
            name, _, value = word.partition("=")
            options[name.lstrip("+~")] = value
        elif _config_key(words, i):  # yacs/detectron overrides after the options: `RNG_SEED $seed SOLVER.BASE_LR 0.1`
            options[word] = words[i + 1]
            i += 1
        i += 1
    return options


# a yacs/detectron config key written in capitals (`RNG_SEED`, `SOLVER.BASE_LR`, `SEED`)
_CAPITAL_KEY = re.compile(r"^[A-Z][A-Z0-9]*(?:[._][A-Z0-9]+)+$|^SEED$")


def _config_key(words: list[str], i: int) -> bool:
    """`KEY VALUE` of a yacs-style override list: a capitalised config key followed by its value."""
    return bool(_CAPITAL_KEY.match(words[i])) and i + 1 < len(words) and not _is_option(words[i + 1]) \
        and not _REDIRECT.match(words[i + 1])


def _stacked(before: str | None, value: str) -> str:
    """The value of an option given again: config files named by one option several times (`--config base.yaml
    --config model.yaml`) are stacked in order, later ones overriding earlier ones, so all are kept, space-separated
    in the order given; any other option given again takes its last value."""
    if before and all(_CONFIG_FILE.search(v) for v in (*before.split(), *value.split())) and value:
        return f"{before} {value}"
    return value


_CONFIG_FILE = re.compile(r"\.(?:ya?ml|json)$")


def command_invocation(start: int, end: int, text: str) -> Invocation | None:
    """The Python program a command line runs (past interpreter, launcher and environment prefixes) and its options."""
    match = _PY_RUN.search(text)
    script = TOOLKIT_RUN.search(text)
    if not match and not script:
        return None
    if script and (not match or script.start() < match.start()):
        match = script  # an installed toolkit's training command run by itself (`fairseq-train data-bin/x …`)
    command = text[match.start():]
    for sep in (";", "&&", "||", "|", ":::"):
        command = command.split(sep)[0]
    words = _words_of(command)
    program = ""
    for i, word in enumerate(words):
        toolkit = script_toolkit(word) or (module_toolkit(words[i + 1]) if word == "-m" and i + 1 < len(words) else None)
        if toolkit is not None:  # a toolkit's training command, run itself or by Python or a launcher
            return _toolkit_invocation(start, end, text, toolkit, words[i + (1 if word != "-m" else 2):])
        if i == 0:
            continue
        if word == "-m" and i + 1 < len(words) and _DISTRIBUTED.match(words[i + 1]):
            continue  # `python -m torch.distributed.launch … train.py`: the script it starts is the program
        if word == "-m" and i + 1 < len(words):
            program = "-m " + words[i + 1]
            words = words[i + 2:]
            break
        if word.endswith(".py"):
            program = word
            words = words[i + 1:]
            break
    if not program:
        return None
    return Invocation(start, end, program, _options(words), text.strip(), positionals=_positionals(words))


def _positionals(words: list[str]) -> tuple[str, ...]:
    """The words before the first option, redirection or `key=value` override: the program's positional arguments,
    read by their place (`sys.argv[1]`)."""
    out = []
    for word in words:
        if _is_option(word) or "=" in word or _REDIRECT.match(word) or _FORWARDED.match(word):
            break
        out.append(word)
    return tuple(out)


def _toolkit_invocation(start: int, end: int, text: str, toolkit: Toolkit, words: list[str]) -> Invocation | None:
    """A launch of a toolkit's training command (see toolkits.py): its options, and its first positional argument
    under the name the toolkit gives it (fairseq's data folder); None when the command is not told to train."""
    if toolkit.subcommand and toolkit.subcommand not in words:
        return None
    options = _options(words)
    if toolkit.positional and words and not _is_option(words[0]) and "=" not in words[0] and not _REDIRECT.match(words[0]) \
            and not _FORWARDED.match(words[0]):
        options = {toolkit.positional: words[0], **options}
    return Invocation(start, end, toolkit.command, options, text.strip())


# -- shell-like files ----------------------------------------------------------------------------
_ARRAY_OPEN = re.compile(r"^\s*(?:export\s+|local\s+|readonly\s+|declare\s+(?:-\w\s+)*)?[A-Za-z_]\w*=\(")
_COMMENT = re.compile(r"(?:^|\s)#.*$")
_ARRAY_LINES = 200  # an array never closed (a typo) must not swallow the rest of the file
_STRING_OPEN = re.compile(r'^\s*(?:export\s+|local\s+)?[A-Za-z_]\w*="')


def _open_array(buf: list[str]) -> bool:
    """Inside a `NAME=(` array written over several lines: its elements are read up to the closing `)`."""
    text = " ".join(buf)
    return bool(_ARRAY_OPEN.match(text)) and text.count("(") > text.count(")") and len(buf) < _ARRAY_LINES


def _open_string(buf: list[str]) -> bool:
    """Inside `NAME="…` whose double-quoted value goes on over the next lines (a command's options kept in a
    variable, one per line): the value is read up to the closing quote."""
    text = " ".join(buf)
    return bool(_STRING_OPEN.match(text)) and text.replace('\\"', "").count('"') % 2 == 1 and len(buf) < _ARRAY_LINES


def _logical_lines(lines: list[str]) -> list[tuple[int, int, str]]:
    """Backslash-continued lines and multi-line arrays joined: (first line, last line, text).

    An array's commented-out elements (`# 43` on its own line) are not live values, so comments are
    dropped from the lines an array spans."""
    out, start, buf = [], None, []
    for number, line in enumerate(lines, start=1):
        tick()  # file-time-budget: every reader here looks at it once a line
        if start is None:
            start = number
        stripped = line.rstrip()
        if stripped.endswith("\\"):
            buf.append(stripped[:-1])
            continue
        if _open_array(buf + [stripped]):
            stripped = _COMMENT.sub("", stripped)
        buf.append(stripped)
        if _open_array(buf) or _open_string(buf):
            continue
        out.append((start, number, " ".join(buf)))
        start, buf = None, []
    if buf:
        out.append((start, len(lines), " ".join(buf)))
    return out


def _segments(text: str) -> list[str]:
    """A logical line cut at top-level `;`, `&&`, `||` and a lone `&` (quotes and `$(…)` respected)."""
    out, buf, quote, depth, i = [], [], "", 0, 0
    while i < len(text):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1] in " \t;"):
            break
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch == ";" or text.startswith("&&", i) or text.startswith("||", i)
                             or ch == "&" and text[i - 1:i] not in (">", "&") and text[i + 1:i + 2] not in (">", "&")):
            out.append("".join(buf))
            buf = []
            i += 2 if text.startswith(("&&", "||"), i) else 1
            continue
        buf.append(ch)
        i += 1
    out.append("".join(buf))
    return [s.strip() for s in out if s.strip()]


# Info strings of fenced blocks that hold commands; a block without one may too. Any other language (text,
# output, python, yaml, json...) shows output or code, never a command line somebody runs.
_SHELL_FENCES = frozenset({"bash", "sh", "shell", "zsh", "console", "shell-session", "sh-session", "shellsession",
                           "terminal", "cmd", "bat", "powershell", "ps1"})


# an inline code span in a README table's row (| ours | `python train_ours.py --epochs 100` |): a table of the
# commands to run; a span in prose ("run `python x.py` like this:") only names the command a block then shows
_TABLE_ROW = re.compile(r"^\s*\|")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")
# a command line that runs a Python program, without a prompt: in a fence labelled `python` it is no Python code
_COMMAND_LINE = re.compile(r"^\s*(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:python[0-9.]*|torchrun|accelerate\s+launch|deepspeed)\s+"
                           r"(?:-\S+\s+)*[\w./-]+\.py\b")


# a README line outside any fence that is a whole command and nothing else (`python main.py --model [GCN/GAT] --lr 0.1`,
# plain text or an indented block): the program, then options, each with at most one value (a bracketed list of
# choices is one value), and at most one positional word right after the program; a sentence that starts with a
# command ("python train.py trains the model on ...") has bare words no option takes and is no command line
_CHOICES = re.compile(r"\[[^\]\n]*\]")


def _standalone_command(line: str) -> bool:
    """Whether a README line outside a fence is one command line a reader copies and runs."""
    text = _PROMPT.sub("", line, count=1)
    match = _COMMAND_LINE.match(text)
    if not match or text.rstrip().endswith((".", ":")):
        return False
    words = _CHOICES.sub("CHOICE", text[match.end():]).split()
    positional_allowed, after_option = True, False
    for word in words:
        if word.startswith("-"):
            positional_allowed, after_option = False, "=" not in word
        elif after_option:
            after_option = False
        elif positional_allowed:
            positional_allowed = False
        else:
            return False
    return True


def _fence_info(line: str) -> str:
    """The language an opening fence names (`bash` of "```bash"), "" when it names none."""
    info = _FENCE.sub("", line, count=1).strip().lstrip("{.").split()
    return info[0].rstrip("}").lower() if info else ""


def _is_shell_fence(line: str) -> bool:
    """An opening fence whose info string names a shell (or names nothing)."""
    info = _fence_info(line)
    return not info or info in _SHELL_FENCES


def _shell_view(lines: list[str], kind: str) -> tuple[list[str], dict[str, tuple[str, ...]]]:
    """The lines as a shell would run them (other lines blanked, numbering kept) and predefined variables.

    README: fenced code blocks, prompts stripped, lines outside them that are one whole command, and the inline code
    spans of table rows that hold a command line. Makefile: recipes (tab-indented) with `$$` and
    `$(VAR)` resolved, plus make variables. Job files: SLURM/PBS array directives.
    """
    variables: dict[str, tuple[str, ...]] = {}
    if kind == "readme":
        out, inside, shell, python = [], False, False, False
        for line in lines:
            if _FENCE.match(line):
                inside = not inside
                shell = inside and _is_shell_fence(line)
                python = inside and _fence_info(line) in ("python", "python3", "py")
                out.append("")
            elif inside and shell:
                if _OPTION_LINE.match(line) and out and out[-1].strip() and not out[-1].rstrip().endswith("\\"):
                    # options set one per line, the backslashes left out (and a line's own `# what it is` comment)
                    out[-1] = _COMMENT.sub("", out[-1]).rstrip() + " \\"
                out.append(_PROMPT.sub("", line, count=1))
            else:  # a `python` fence holding commands (no Python code reads `python train.py …`)
                kept = python and (_COMMAND_LINE.match(line) or out and out[-1].rstrip().endswith("\\"))
                kept = kept or not inside and _standalone_command(line)
                spans = [] if inside or not _TABLE_ROW.match(line) else [
                    m[1] for m in _INLINE_CODE.finditer(line) if _COMMAND_LINE.match(m[1])]
                out.append(_PROMPT.sub("", line, count=1) if kept else " ; ".join(spans))
        return out, variables
    if kind == "make":
        out = []
        for line in lines:
            match = _MAKE_ASSIGN.match(line) if not line.startswith("\t") else None
            if match and not line.rstrip().endswith(":"):
                variables[match[1]] = tuple(_words_of(match[2].split("#")[0]))
                out.append("")
            elif line.startswith("\t"):
                recipe = line.lstrip("\t").lstrip("@-+ ")
                recipe = re.sub(r"\$\((\w+)\)|\$\{(\w+)\}", lambda m: " ".join(variables.get(m[1] or m[2], (m[0],))), recipe)
                out.append(recipe.replace("$$", "$"))
            else:
                out.append("")
        return out, variables
    for line in lines:
        match = _ARRAY_DIRECTIVE.match(line.strip())
        if match and match[0].split()[1].startswith(("--array", "-a", "-J", "-t")):
            values: list[str] = []
            for part in match[1].split("%")[0].split(","):
                a, dash, b = part.partition("-")
                step = b.partition(":")[2] if ":" in b else ""
                b = b.partition(":")[0]
                if a.isdigit() and (not dash or b.isdigit()):
                    values.extend(_range(int(a), int(b) if dash else int(a), int(step) if step.isdigit() else 1))
            if values:
                for name in ("SLURM_ARRAY_TASK_ID", "PBS_ARRAYID", "PBS_ARRAY_INDEX"):
                    variables[name] = tuple(values)
    return _before_exit(_assembled_commands(inline_functions(lines))), variables


# `cmd="python train.py"`, `cmd+=" --seed 0"`: a command built up in a variable
_ASSEMBLY = re.compile(r"""^(?:export\s+|local\s+)?([A-Za-z_]\w*)(\+?)=(["'])(.*)\3\s*(?:#.*)?$""")
# `eval $cmd`, `eval "$cmd"`, `$cmd`, `${cmd} 2>&1`: the built command run
_RUN_VARIABLE = re.compile(r"""^(?:eval\s+)?(["']?)\$\{?([A-Za-z_]\w*)\}?\1(\s.*)?$""")


def _assembled_commands(lines: list[str]) -> list[str]:
    """The lines with each run of a command built up in a variable (`command="torchrun main.py"`, `command+=" --seed
    0"`, ..., `eval $command`) written out as that command, on the line that runs it: the launch it makes is read
    like one written in full."""
    built: dict[str, str] = {}
    out = list(lines)
    for number, line in enumerate(lines):
        text = line.strip()
        if (assigned := _ASSEMBLY.match(text)) is not None:
            name, added, _, value = assigned.groups()
            if added and name in built:
                built[name] += value
            elif not added:
                if _PY_RUN.search(" " + value + " "):
                    built[name] = value
                else:
                    built.pop(name, None)
        elif (run := _RUN_VARIABLE.match(text)) is not None and run[2] in built:
            out[number] = line[:len(line) - len(line.lstrip())] + built[run[2]] + (run[3] or "")
    return out


# shell words that open and close a block: an `exit` inside one may not run; one outside ends the script
_OPENS = re.compile(r"^(?:if|case|for|while|until|select|function)\b|^[A-Za-z_][\w-]*\s*\(\s*\)\s*\{?\s*$|^\{\s*$")
_EXIT = re.compile(r"^exit(?:\s+\d+)?\s*(?:#.*)?$")


def _before_exit(lines: list[str]) -> list[str]:
    """The lines up to an `exit` outside every block (`if`, loop, function, `case`); those after it never run (a
    search block kept below an `exit` for later use), so they are blanked, numbering kept."""
    depth = 0
    for number, line in enumerate(lines):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        depth += sum(1 for part in re.split(r";\s*|&&|\|\|", text) if _OPENS.match(part.strip()))
        depth -= sum(1 for part in re.split(r";\s*", text) if BLOCK_CLOSES.match(part.strip()))
        if depth <= 0 and _EXIT.match(text):
            return lines[:number + 1] + [""] * (len(lines) - number - 1)
        depth = max(depth, 0)
    return lines


_COMMENTED_ASSIGN = re.compile(r"^\s*#+\s*(?:export\s+)?([A-Za-z_]\w*)=(\S+)\s*$")


def _commented_assignments(lines: list[str]) -> dict[str, list[str]]:
    """Variables whose other values sit commented out on lines of their own (`#method=baseline` above
    `method=ours`): the file is edited to switch between them, one run per value."""
    out: dict[str, list[str]] = {}
    for line in lines:
        match = _COMMENTED_ASSIGN.match(line)
        if match:
            out.setdefault(match[1], []).append(match[2].strip("'\""))
    return out


class _Shell:
    """Walks the logical lines of one launch file, keeping loops and variables, collecting Invocations."""

    def __init__(self, facts: LaunchFacts, lines: list[str], variables: dict[str, tuple[str, ...]]) -> None:
        self.facts = facts
        self.lines = lines
        self.vars = dict(variables)  # name → words
        self.array_vars = {n for n in variables if n.startswith(("SLURM_ARRAY", "PBS_ARRAY"))}
        self.loops: list[tuple[str, tuple[str, ...] | None, int]] = []  # (var, values or None, header line)
        self.bound: dict[str, str] = {}  # var assigned from a loop/array var → that var
        self.assigned: dict[str, int] = {}  # var → the line of its last assignment
        self.commented = _commented_assignments(lines)
        self.switched: dict[str, tuple[str, ...]] = {}  # var switched by hand: its live value, then the commented ones

    def values_of(self, words: list[str]) -> tuple[str, ...] | None:
        out: list[str] = []
        for word in words:
            refs = _REF.findall(word)
            names = [a or b for a, b in refs]
            if names and len(names) == 1 and re.fullmatch(r"\$\{?\w+(\[@\]|\[\*\])?\}?", word):
                known = self.vars.get(names[0])
                if known is None:
                    return None
                expanded = [v for w in known for part in _words_of(w) for v in expand_word(part)]
                if any(v.startswith(("$", "`")) for v in expanded):  # `$(seq 1 ${N})`: a sweep of unknown size
                    return None
                out.extend(expanded)
            elif names:
                filled = self._filled(word, names)
                if filled is None:
                    return None
                out.extend(expand_word(filled))
            else:
                out.extend(expand_word(word))
        return tuple(out[:_MAX_VALUES])

    def _filled(self, word: str, names: list[str]) -> str | None:
        """A word that reads variables each bound to one whole number (`$(seq ${seed_max})` after `seed_max=1`),
        with their values in place; None when any of them is unknown, a list, or not a number."""
        for name in names:
            known = self.vars.get(name)
            if known is None or len(known) != 1 or not re.fullmatch(r"-?\d+", known[0].strip()):
                return None
            word = re.sub(rf"\$\{{{name}\}}|\${name}(?!\w)", known[0].strip(), word)
        return None if "$" in word.replace("$(", "", 1) else word

    def loop_of(self, name: str) -> tuple[str, tuple[str, ...] | None, int] | None:
        """The enclosing loop (or array directive) a variable's value comes from, if any."""
        seen = set()
        while name in self.bound and name not in seen:
            seen.add(name)
            name = self.bound[name]
        for var, values, line in reversed(self.loops):
            if var == name:
                return var, values, line
        if name in self.array_vars:
            return name, self.vars[name], self._directive_line()
        return None

    def _directive_line(self) -> int:
        for number, line in enumerate(self.facts.lines, start=1):
            if _ARRAY_DIRECTIVE.match(line.strip()):
                return number
        return 1

    def run(self) -> None:
        for start, end, joined in _logical_lines(self.lines):
            tick()
            joined = self._c_for(joined)
            for segment in _segments(joined):
                self.segment(start, end, segment)

    def _c_for(self, text: str) -> str:
        match = _CFOR.search(text)
        if not match:
            return text
        b = self._bound(match[4])
        if b is None:
            return text  # a bound the file does not spell out
        var, a, op, inc = match[1], int(match[2]), match[3], match[5].replace(" ", "")
        step = 1 if inc == "++" else -1 if inc == "--" else int(inc[2:]) * (1 if inc[0] == "+" else -1)
        stop = b - (1 if op == "<" else -1 if op == ">" else 0)
        values = " ".join(_range(a, stop, step)) or "_none_"
        return text[:match.start()] + f"for {var} in {values}" + text[match.end():]

    def _bound(self, text: str) -> int | None:
        """A C-style loop's bound: a number, an array's length (`${#seeds[@]}`), or a variable set to a number
        (`SEED<=SEEDS` after `SEEDS=5`); None when the file does not spell it out."""
        if re.fullmatch(r"-?\d+", text):
            return int(text)
        length = re.fullmatch(r"\$\{#(\w+)\[[@*]\]\}", text)
        if length:
            return len(self.vars[length[1]]) if length[1] in self.vars else None
        value = self.vars.get(text.strip("${}"), ())
        return int(value[0]) if len(value) == 1 and re.fullmatch(r"-?\d+", value[0]) else None

    def segment(self, start: int, end: int, segment: str) -> None:
        for keyword in ("do", "then", "else", "{"):
            if segment == keyword:
                return
            if segment.startswith(keyword + " "):
                segment = segment[len(keyword) + 1:].strip()
        if re.match(r"^done\b", segment):
            if self.loops:
                self.loops.pop()
            return
        match = _FOR.match(segment)
        if match:
            words = _words_of(match[2].removesuffix("do").strip())
            self.loops.append((match[1], self.values_of(words), start))
            return
        if re.match(r"^(while|until|select)\b", segment):
            self.loops.append(("", None, start))
            return
        match = SHELL_ASSIGN.match(segment)
        if match and not _PY_RUN.search(segment) and not TOOLKIT_RUN.search(segment):
            self.assign(match[1], match[2])
            self.assigned[match[1]] = start
            return
        parallel = self._parallel(segment)
        quoted = re.search(r"""(["'])(.+?)\1""", segment.split(":::")[0]) if parallel else None
        run = next((part for part in _segments(quoted[2]) if _PY_RUN.search(" " + part)), None) if quoted else None
        if run is not None:
            segment = run  # `parallel "conda activate env; python train.py --act {1}" ::: relu tanh`: what runs per value
        text, arrays = self._option_strings(segment)
        invocation = command_invocation(start, end, text)
        if invocation is None:
            return
        self.resolve(invocation, parallel, self._array_lines(arrays))
        self.facts.invocations.append(invocation)

    def _option_strings(self, segment: str) -> tuple[str, list[str]]:
        """`python train.py $flags` where `flags="--lr 1e-4 --seed 123"`: the options the variable holds, spelled
        out in the command, as are the elements of an array of options (`"${SHARED[@]}"`); `python $script …` (or
        `python "$script"`) where `script=models/train.py`: the program the variable names (one value, a Python
        file), so that the launch is read as a launch of that program. Also the arrays spelled out."""
        def program(name: str) -> str | None:
            words = self.vars.get(name, ())
            one_file = len(words) == 1 and words[0].endswith(".py")
            return words[0] if one_file and name not in self.bound and self.loop_of(name) is None else None

        def spelled(match: re.Match) -> str:
            words = self.vars.get(match[1], ())
            return program(match[1]) or (" ".join(words) if len(words) >= 2 and _is_option(words[0]) else match[0])
        arrays = [m[1] for m in re.finditer(r"\$\{([A-Za-z_]\w*)\[[@*]\]\}", segment) if m[1] in self.vars]
        segment = re.sub(r"""["']?\$\{([A-Za-z_]\w*)\[[@*]\]\}["']?""", spelled, segment)
        segment = re.sub(r"""(?<=\s)(["'])\$\{?([A-Za-z_]\w*)\}?\1(?=\s|$)""", lambda m: program(m[2]) or m[0], segment)
        return re.sub(r"(?<![\w\"'])\$\{?([A-Za-z_]\w*)\}?(?![\w\[])", spelled, segment), arrays

    def assign(self, name: str, raw: str) -> None:
        if name in _SHELL_DRAWS:
            return  # `RANDOM=42` seeds the shell's generator: each later `$RANDOM` is another number, not 42
        raw = _DEFAULTED.sub(lambda m: f"${{{m[1]}}}" if m[1] in self.vars else m[2].strip("'\""), raw.strip())
        names = [a or b for a, b in _REF.findall(raw)]
        names += [n for inner in re.findall(r"\$\(\((.*?)\)\)", raw) for n in re.findall(r"[A-Za-z_]\w*", inner)]
        loop_names = [n for n in names if self.loop_of(n) is not None]
        if raw.startswith("(") and raw.endswith(")"):
            self.vars[name] = tuple(_words_of(raw[1:-1]))
        elif loop_names:
            indexed = re.search(r"\$\{(\w+)\[", raw)
            if indexed and indexed[1] in self.vars:  # seed=${SEEDS[$SLURM_ARRAY_TASK_ID]}
                self.vars[name] = self.vars[indexed[1]]
                self.array_vars.add(name)
            else:
                self.bound[name] = loop_names[0]
        else:
            words = [part for w in _words_of(raw) for part in ([w] if w.startswith(("$(", "`")) else w.split())] if raw else [""]
            values = self.values_of(words)
            self.vars[name] = values if values is not None else tuple(words)
        live = self.vars.get(name, ())
        others = [v for v in self.commented.get(name, ()) if (v,) != live]
        if len(live) == 1 and others and not is_seed_name(name) and not is_count_name(name):
            self.switched[name] = tuple(dict.fromkeys(live + tuple(others)))

    def _parallel(self, segment: str) -> dict[str, tuple[str, ...]]:
        """GNU parallel `::: a b ::: c d` lists (or a `seq … |` pipe) → placeholder → values."""
        if not re.search(r"\b(parallel|xargs)\b", segment):
            return {}
        lists: dict[str, tuple[str, ...]] = {}
        if ":::" in segment:
            for index, part in enumerate(segment.split(":::")[1:], start=1):
                words = _words_of(part.split("::::")[0])
                lists[f"{{{index}}}"] = self._list_values(words)
            if "{1}" in lists:
                lists["{}"] = lists["{1}"]
        else:
            match = re.match(r"^\s*seq\s+(-?\d+)(?:\s+(-?\d+))?(?:\s+(-?\d+))?\s*\|", segment)
            if match:
                lists["{}"] = expand_word("$(seq " + " ".join(g for g in match.groups() if g) + ")")
        return lists

    def _list_values(self, words: list[str]) -> tuple[str, ...]:
        """The values of one `:::` list: its words as written or expanded, an enclosing loop's values (`::: $seed`
        inside `for seed in 1 2 3`), or none known (`::: "${models[@]}"` of an array read from a file with
        `mapfile`): several values the file does not spell out."""
        values = self.values_of(words)
        if values is not None:
            return values
        ref = re.fullmatch(r"\$\{?(\w+)\}?", words[0]) if len(words) == 1 else None
        loop = self.loop_of(ref[1]) if ref else None
        if loop is not None:
            return loop[1] or ()
        return () if any("$" in word for word in words) else tuple(words)

    def _indexed(self, invocation: Invocation, value: str) -> str:
        """`${seeds[i]}` of an array the file spells out: at a literal index, that element; at a variable index
        (`for ((i=0; i<${#seeds[@]}; i++))`), every element, as a loop over the array written where it is."""
        for match in _INDEXED.finditer(value):
            array, index = match[1], match[2].strip()
            if array not in self.vars or index in ("@", "*"):
                continue
            if re.fullmatch(r"\d+", index):
                element = self.vars[array][int(index)] if int(index) < len(self.vars[array]) else match[0]
                value = value.replace(match[0], element)
            else:
                invocation.loop_values[array] = self.vars[array]
                invocation.loop_lines[array] = self.assigned.get(array, invocation.line)
        return value

    def _array_lines(self, arrays: list[str]) -> list[int]:
        """The lines of the option arrays a command spells out, from each array's assignment to its closing
        bracket: where an option given through the array is written."""
        out: list[int] = []
        for array in arrays:
            start = self.assigned.get(array)
            if start is None:
                continue
            for number in range(start, min(start + _ARRAY_LINES, len(self.facts.lines) + 1)):
                out.append(number)
                if number > start and self.facts.lines[number - 1].strip().startswith(")"):
                    break
        return out

    def resolve(self, invocation: Invocation, parallel: dict[str, tuple[str, ...]], array_lines: list[int]) -> None:
        physical = self.facts.lines
        for name, value in list(invocation.options.items()):
            value = self._indexed(invocation, value)
            listed = _ALTERNATIVES.fullmatch(value.strip("'\"")) if self.facts.kind == "readme" else None
            if listed:  # a usage line's choices (`--module [GCN/GAT/SAGE]`): one run per choice, as a loop would
                value = "{" + name + "}"
                invocation.loop_values[value] = tuple(listed[1].split("/"))
                invocation.loop_lines[value] = invocation.line
            for placeholder, values in parallel.items():
                if placeholder in value:
                    invocation.loop_values[placeholder] = values
                    invocation.loop_lines[placeholder] = invocation.line
            set_at = None  # a seed given through a variable (`SEED=0` ... `--seed $SEED`) is set where it is assigned
            for a, b in _REF.findall(value):
                ref = a or b
                loop = self.loop_of(ref)
                if loop is not None:
                    invocation.loop_values[ref] = loop[1] or ()
                    invocation.loop_lines[ref] = loop[2]
                elif ref in self.switched:  # the runs compare its values, one per edit of the file
                    invocation.loop_values[ref] = self.switched[ref]
                    invocation.loop_lines[ref] = self.assigned.get(ref, invocation.line)
                elif ref in self.vars and len(self.vars[ref]) == 1:
                    if re.fullmatch(r"['\"]?\$\{?" + ref + r"\}?['\"]?", value) and is_seed_name(name):
                        set_at = self.assigned.get(ref)
                    value = re.sub(r"\$\{?" + ref + r"\}?(?![\w\[])", self.vars[ref][0], value)
            invocation.options[name] = value
            written = re.compile(r"(?:^|[\s'\"(])[-+~]*" + re.escape(name) + r"(?:[=\s'\"]|$)")
            for number in (*range(invocation.line, invocation.end_line + 1), *array_lines):
                text = physical[number - 1] if number - 1 < len(physical) else ""
                if written.search(text):
                    invocation.option_lines[name] = number
                    break
            if set_at is not None:
                invocation.option_lines[name] = set_at
        for var, values, line in self.loops:
            if var:
                invocation.loop_values.setdefault(var, values or ())
                invocation.loop_lines.setdefault(var, line)


# a README usage line's alternatives for one option: `[GCN/GAT/GraphSAGE]`
_ALTERNATIVES = re.compile(r"\[([\w.+-]+(?:/[\w.+-]+)+)\]")


def _sweeps_of(invocation: Invocation) -> list[tuple[int, str, tuple[str, ...]]]:
    """Seed values an invocation runs with, when more than one: loops, parallel lists, arrays, multirun."""
    out = []
    for name, value in invocation.options.items():
        if not is_seed_name(name):
            continue
        line = invocation.option_lines.get(name, invocation.line)
        fed = [v for ref, v in invocation.loop_values.items() if ref in value and ("$" + ref in value or "{" + ref in value or ref.startswith("{"))]
        if fed and len(fed[0]) != 1:
            out.append((line, "loop", fed[0]))
        elif "multirun" in invocation.options and ("," in value or value.startswith(("range(", "choice("))):
            out.append((line, "hydra multirun", hydra_values(value)))
        elif " " in value.strip():
            out.append((line, "seed list", tuple(value.split())))
    return out


def hydra_values(value: str) -> tuple[str, ...]:
    """The values of a Hydra multirun sweep: `1,2,3`, `range(0,5)`, `choice(1,2)`."""
    match = re.match(r"^range\(\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?(?:,\s*(-?\d+)\s*)?\)$", value.strip())
    if match:
        numbers = [int(n) for n in match.groups() if n is not None]
        start, stop = (0, numbers[0]) if len(numbers) == 1 else (numbers[0], numbers[1])
        step = numbers[2] if len(numbers) == 3 else 1
        return tuple(str(v) for v in range(start, stop, step))[:_MAX_VALUES]
    value = re.sub(r"^choice\((.*)\)$", r"\1", value.strip())
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _selections(facts: LaunchFacts, lines: list[str]) -> None:
    """A best-of pick computed in the launcher (`BEST=$(… max(…) …)`) that is then passed as a seed."""
    seed_refs = {ref for inv in facts.invocations for name, value in inv.options.items() if is_seed_name(name)
                 for a, b in _REF.findall(value) for ref in (a or b,)}
    # a value written after a seed option anywhere (`sed -i "s/--seed [0-9]*/--seed $best_seed/" run.sh`)
    seed_refs |= {m for line in lines for m in _SEED_WRITTEN.findall(line)}
    picks: dict[str, tuple[int | None, set[str]]] = {}  # VAR=$(…) → (line of a best-of pick in it, variables it reads)
    for number, line in enumerate(lines, start=1):
        tick()
        match = re.search(r"\b([A-Za-z_]\w*)=\$\(", line)
        if not match:
            continue
        depth, stop = 0, number
        for stop in range(number, min(len(lines), number + 60) + 1):
            text = lines[stop - 1]
            depth += text.count("$(") + text.count("(") - text.count("$(") - text.count(")")
            if stop > number and depth <= 0:
                break
        body = lines[number - 1:stop]
        pick = next((inner for inner in range(number, stop + 1) if _SELECT.search(lines[inner - 1])), None)
        reads = {a or b for text in body for a, b in _REF.findall(text[match.end():] if text is line else text)}
        picks.setdefault(match[1], (pick, reads))
    for name in sorted(seed_refs & set(picks)):
        pick, reads = picks[name]
        if pick is None:  # `best_seed=$(echo "$best_line" | awk …)` where `best_line=$(sort -rn … | head -1)`
            pick = next((picks[r][0] for r in sorted(reads) if r in picks and picks[r][0] is not None), None)
        if pick is not None and (pick, lines[pick - 1].strip()) not in facts.selections:
            facts.selections.append((pick, lines[pick - 1].strip()))
    for inv in facts.invocations:
        for name, value in inv.options.items():
            if is_seed_name(name) and "$(" in value and re.search(r"best|select|pick|top", value, re.IGNORECASE):
                facts.selections.append((inv.option_lines.get(name, inv.line), value))


def _parse_shell(facts: LaunchFacts, lines: list[str]) -> None:
    view, variables = _shell_view(lines, facts.kind)
    facts.statements = [(start, end) for start, end, _ in _logical_lines(lines)]
    shell = _Shell(facts, view, variables)
    shell.run()
    for invocation in facts.invocations:
        facts.sweeps.extend(_sweeps_of(invocation))
    _selections(facts, view)


# a terminal-session file (tmuxp, tmuxinator): its windows and panes list the shell commands to start
_SESSION_COMMAND = re.compile(r"""^\s*(?:-\s+)?(?:(?:shell_command|shell_command_before|cmd|panes)\s*:\s*)?(?:-\s+)?(['"]?)(.+?)\1\s*$""")
_COMMAND_START = re.compile(r"^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:python3?|torchrun|accelerate|deepspeed|bash|sh|srun)\b")


def _session_commands(lines: list[str]) -> list[str]:
    """The shell commands of a terminal-session file, one per line at its own line number (other lines blanked),
    or [] when the YAML is no such file: a `windows:` list whose panes or `shell_command` entries start programs
    (`- python train.py --seed 3`)."""
    text = "\n".join(lines)
    if not re.search(r"^\s*(?:-\s+)?windows\s*:", text, re.MULTILINE) or \
            not re.search(r"\b(?:panes|shell_command)\s*:", text):
        return []
    out = []
    for line in lines:
        match = _SESSION_COMMAND.match(line)
        command = match[2].strip() if match else ""
        out.append(command if _COMMAND_START.match(command) else "")
    return out if any(out) else []


# -- configs -------------------------------------------------------------------------------------
_YAML_KEY = re.compile(r"""^(\s*)(?:-\s+)?(['"]?)([\w.\-/+]+)\2\s*:(?:\s+(.*?))?\s*$""")


def _scalar(text: str):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d*\.\d+(?:[eE][-+]?\d+)?|-?\d+[eE][-+]?\d+", text):
        return float(text)
    lower = text.lower()
    if lower in ("true", "false"):
        return lower == "true"
    if lower in ("null", "~", "none"):
        return None
    if text.startswith("[") and text.endswith("]"):
        return [_scalar(v) for v in text[1:-1].split(",") if v.strip()]
    return text


def _parse_yaml(facts: LaunchFacts, lines: list[str]) -> None:
    """Indentation-tracked `key: value` lines → dotted settings; block lists under a key → list values."""
    stack: list[tuple[int, str]] = []
    pending: tuple[str, int, list] | None = None  # a key whose value is a block list being read
    for number, raw in enumerate(lines, start=1):
        tick()
        line = re.sub(r"\s+#.*$", "", raw.rstrip()) if not raw.lstrip().startswith("#") else ""
        if not line.strip() or line.strip() in ("---", "..."):
            continue
        item = re.match(r"^(\s*)-\s+([^:]+?)\s*$", line)
        if item and pending is not None and not _YAML_KEY.match(line):
            pending[2].append(_scalar(item[2]))
            continue
        match = _YAML_KEY.match(line)
        if not match:
            continue
        if pending is not None and pending[2]:
            facts.settings.append((pending[0], pending[2], pending[1]))
        pending = None
        indent = len(match[1]) + (2 if line.lstrip().startswith("- ") else 0)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        key = ".".join([*(k for _, k in stack), match[3]])
        value = match[4]
        if value is None or value == "":
            stack.append((indent, match[3]))
            pending = (key, number, [])
            continue
        if value in ("|", ">", "|-", ">-"):
            continue
        facts.settings.append((key, _scalar(value), number))
    if pending is not None and pending[2]:
        facts.settings.append((pending[0], pending[2], pending[1]))


# a JSON string, and the colon after it when it is an object's key
_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"(\s*:)?')


def _json_key(raw: str) -> str:
    """A key as spelled between its quotes, decoded where it holds an escape (`\\u00e9`)."""
    if "\\" not in raw:
        return raw
    try:
        return json.loads(f'"{raw}"')
    except json.JSONDecodeError:
        return raw


def _parse_json(facts: LaunchFacts, text: str, lines: list[str]) -> None:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return
    # the walk meets the keys in their order in the text: each is matched against the text's keys from where the
    # last one was found, so a minified file (one line of megabytes, tens of thousands of keys) is read once
    starts = list(accumulate((len(line) for line in text.splitlines(keepends=True)), initial=0))
    spelled = [(_json_key(m[1]), m.start()) for m in _JSON_STRING.finditer(text) if m[2]]
    cursor = {"at": 0}

    def line_of(key: str) -> int:
        tick()
        for index in range(cursor["at"], len(spelled)):
            if spelled[index][0] == key:
                cursor["at"] = index + 1
                return bisect_right(starts, spelled[index][1])
        return 1

    def walk(node, prefix: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                dotted = f"{prefix}.{key}" if prefix else str(key)
                line = line_of(str(key))
                if isinstance(value, (dict,)):
                    walk(value, dotted)
                elif isinstance(value, list) and not all(isinstance(v, (int, float, str, bool)) or v is None for v in value):
                    for element in value:
                        walk(element, dotted)
                else:
                    facts.settings.append((dotted, value, line))

    walk(data, "")


def _config_sweeps(facts: LaunchFacts) -> None:
    """Seed lists, W&B sweep values, Hydra sweeper params and repeat counts found among the settings."""
    for key, value, line in facts.settings:
        parts = key.split(".")
        last = parts[-1]
        if last in ("values", "value") and len(parts) >= 2 and is_seed_name(parts[-2]) and "parameters" in parts:
            values = value if isinstance(value, list) else [value]
            if len(values) > 1:
                facts.sweeps.append((line, "wandb sweep", tuple(str(v) for v in values)))
        elif last in ("min", "max") and len(parts) >= 2 and is_seed_name(parts[-2]) and "parameters" in parts:
            continue
        elif is_seed_name(last) and "sweeper" in parts and isinstance(value, str):
            values = hydra_values(value)
            if len(values) > 1:
                facts.sweeps.append((line, "hydra sweeper", values))
        elif is_seed_name(last) and isinstance(value, list) and len(value) > 1:
            facts.sweeps.append((line, "seed list", tuple(str(v) for v in value)))


def parse_launch(path: str, kind: str, digest: str, text: str) -> LaunchFacts:
    lines = text.splitlines()
    facts = LaunchFacts(path=path, kind=kind, digest=digest, lines=lines)
    if kind == "pin":
        for number, line in enumerate(lines, start=1):
            tick()
            match = _TORCH_PIN.match(line.replace('"', " ").replace("'", " "))
            if match:
                facts.torch_pins.append((number, match[1].replace(" ", "")))
        return facts
    if kind == "bat":  # a Windows batch launcher: read as the shell lines it amounts to, and as a shell script after
        facts.kind = "sh"
        _parse_shell(facts, as_shell(lines))
        return facts
    if kind in ("sh", "job", "make", "readme"):
        _parse_shell(facts, lines)
        if kind == "readme":
            facts.torch_pins = [(number, match[1].replace(" ", "")) for number, line in enumerate(lines, start=1)
                                if (match := _README_TORCH.search(line))]
        return facts
    if kind == "yaml" and (session := _session_commands(lines)):
        _parse_shell(facts, session)  # a terminal-session file's commands are launch lines
    if kind == "yaml" and any(_CONDA_DEPENDENCIES.match(line) for line in lines):
        # a conda environment (`dependencies: [- pytorch=1.12.1, - pip: [- torch==2.1.0]]`) pins torch as a
        # requirements file does
        facts.torch_pins = [(number, match[1].replace(" ", "")) for number, line in enumerate(lines, start=1)
                            if (match := _TORCH_PIN.match(line.replace('"', " ").replace("'", " ")))]
    facts.statements = [(n, n) for n in range(1, len(lines) + 1)]
    if kind == "yaml":
        _parse_yaml(facts, lines)
    elif kind == "json":
        _parse_json(facts, text, lines)
    _config_sweeps(facts)
    return facts
