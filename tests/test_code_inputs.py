"""Bad inputs inside a batch: each is one SA001 line, never a traceback, and every other file is still checked."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = 'import os\nos.environ["PYTHONHASHSEED"] = "0"\n'  # SA109 on line 2: proof the batch went on


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    (tmp_path / "good.py").write_text(GOOD)
    return tmp_path


def check(run_cli, *args):
    code, out, err = run_cli("check", *args, "--no-cache", "-f", "json")
    assert "Traceback" not in out + err
    return code, json.loads(out)["findings"], err


def errors_by_file(findings) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in findings:
        if f["rule_id"] == "SA001":
            out.setdefault(Path(f["location"]["path"]).name, []).append(f["message"])
    return out


def assert_batch_went_on(findings):
    assert [(Path(f["location"]["path"]).name, f["location"]["line"]) for f in findings if f["rule_id"] == "SA109"] == [("good.py", 2)]


def assert_one_line(findings, name: str, *words: str) -> None:
    [message] = errors_by_file(findings)[name]
    assert "\n" not in message and all(w in message for w in words), message


CASES = {
    "syntax.py": (b"seed = 1\ndef broken(:\n    pass\n", ("syntax error at line 2",)),
    "latin1.py": ("seed = 'caf\xe9'\n".encode("latin-1"), ("not valid UTF-8", "0xe9")),
    "nul.py": (b"seed = 1\x00\n", ("NUL bytes",)),
    "nested.py": (b"seed = " + b"(" * 300 + b"1" + b")" * 300 + b"\n", ()),
    "notjson.ipynb": (b'{"cells": [', ("broken notebook", "not JSON")),
    "nocells.ipynb": (b'{"metadata": {}}', ("broken notebook", "no 'cells' list")),
    "listtop.ipynb": (b"[1, 2, 3]", ("broken notebook",)),
    "nested.json": (b'{"seed": 1, "grid": ' + b"[" * 5000 + b"]" * 5000 + b"}", ("too deeply nested",)),
    "nested.yaml": (b"seed: 1\ngrid: " + b"[" * 5000 + b"]" * 5000 + b"\n", ("too deeply nested",)),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_bad_file_is_one_line_and_the_rest_is_checked(run_cli, project, name):
    data, words = CASES[name]
    (project / name).write_bytes(data)
    code, findings, _ = check(run_cli, project)
    assert code == 1
    assert_one_line(findings, name, *words)
    assert_batch_went_on(findings)


def test_all_bad_files_together(run_cli, project):
    for name, (data, _) in CASES.items():
        (project / name).write_bytes(data)
    code, findings, _ = check(run_cli, project)
    assert code == 1
    assert sorted(errors_by_file(findings)) == sorted(CASES)
    assert all(len(messages) == 1 for messages in errors_by_file(findings).values())
    assert_batch_went_on(findings)


AUGMENTING_DATASET = """import numpy as np
from torch.utils.data import DataLoader, Dataset


class Jitter(Dataset):
    def __len__(self):
        return 64

    def __getitem__(self, index):
        return index + np.random.normal()


loader = DataLoader(Jitter(), batch_size=8, num_workers=4)
"""


def test_utf16_file_with_its_bom_is_read(run_cli, project):
    """Windows PowerShell writes redirected output as UTF-16 with a BOM (`pip freeze > requirements.txt`): such
    a file is text, read for its pins, not refused for its NUL bytes."""
    (project / "requirements.txt").write_bytes("numpy==1.26.4\r\ntorch==1.8.2\r\n".encode("utf-16"))
    (project / "data.py").write_text(AUGMENTING_DATASET)
    code, findings, _ = check(run_cli, project)
    assert not errors_by_file(findings).get("requirements.txt")
    assert [f["confidence"] for f in findings if f["rule_id"] == "SA106"] == ["medium"]  # "low" with no torch pin read


def test_odd_but_valid_notebook_cells_do_not_break(run_cli, project):
    nb = {"cells": [{"cell_type": "code", "source": 'import os\nos.environ["PYTHONHASHSEED"] = "0"'},  # a string source
                    {"cell_type": "code", "source": None}, "not a cell", {"cell_type": "raw", "source": ["x"]}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (project / "odd.ipynb").write_text(json.dumps(nb))
    code, findings, _ = check(run_cli, project / "odd.ipynb")
    assert code == 1
    assert [(f["rule_id"], f["location"]["cell"], f["location"]["cell_line"]) for f in findings] == [("SA109", 0, 2)]


def test_cells_and_notebooks_of_other_languages_are_not_parsed(run_cli, project):
    """A code cell VS Code marks as a shell script or plain text (a pasted command, a run's log) is no Python and
    no input error, nor is any cell of a notebook run by an R kernel; the Python cells beside them are checked."""
    log = {"cell_type": "code", "metadata": {"vscode": {"languageId": "plaintext"}},
           "source": ["epoch 1 | loss 0.41 | acc: 88.2%\n", "saved to ./ckpt (best)"]}
    command = {"cell_type": "code", "metadata": {"vscode": {"languageId": "shellscript"}},
               "source": ["python train.py --seed 1 \\\n", "  --model lstm"]}
    python = {"cell_type": "code", "metadata": {"vscode": {"languageId": "python"}},
              "source": ["import os\n", 'os.environ["PYTHONHASHSEED"] = "0"']}
    nb = {"cells": [log, command, python], "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    (project / "mixed.ipynb").write_text(json.dumps(nb))
    r_cells = [{"cell_type": "code", "source": ["set.seed(42)\n", "fit <- lm(y ~ x, data = df)"]}]
    r_kernel = {"kernelspec": {"language": "R", "name": "ir"}, "language_info": {"name": "R"}}
    (project / "analysis.ipynb").write_text(json.dumps({"cells": r_cells, "metadata": r_kernel, "nbformat": 4,
                                                         "nbformat_minor": 5}))
    code, findings, _ = check(run_cli, project)
    assert [(f["rule_id"], Path(f["location"]["path"]).name, f["location"]["cell"]) for f in findings
            if f["location"]["path"].endswith(".ipynb")] == [("SA109", "mixed.ipynb", 2)]


def test_string_cell_sources_point_at_their_json_line(run_cli, project):
    """Kaggle writes each cell's source as one string, often on one line of minified JSON: the finding's line is the
    JSON line that holds the cell, not a line counted through the joined code, past the end of the file."""
    cells = [{"cell_type": "code", "source": "import numpy as np\nrows = np.arange(10)\nprint(rows.sum())"},
             {"cell_type": "code", "source": 'import os\nprint(1)\nos.environ["PYTHONHASHSEED"] = "0"'}]
    text = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})  # one line
    (project / "kaggle.ipynb").write_text(text)
    code, findings, _ = check(run_cli, project / "kaggle.ipynb")
    assert [(f["rule_id"], f["location"]["line"], f["location"]["cell"], f["location"]["cell_line"])
            for f in findings] == [("SA109", 1, 1, 3)]


def test_file_over_the_size_cap(run_cli, project):
    (project / "pyproject.toml").write_text('[project]\nname = "demo"\n\n[tool.seedaudit]\nmax-file-bytes = 1000\n')
    (project / "huge.py").write_text("seed = 1\n" + "x = 1\n" * 400)
    code, findings, _ = check(run_cli, project)
    assert code == 1
    assert_one_line(findings, "huge.py", "file is 2.4 kB, over the 1.0 kB cap (max-file-bytes); not checked")
    assert_batch_went_on(findings)


def test_huge_file_is_skipped_unread(run_cli, project):
    """A 2 GB file (sparse: no disk, and NUL bytes after its first line) under a 1 kB cap: one line, the rest is
    checked, and it is never read (a read would take seconds and report the NUL bytes instead)."""
    (project / "pyproject.toml").write_text('[project]\nname = "demo"\n\n[tool.seedaudit]\nmax-file-bytes = 1000\n')
    with open(project / "huge.py", "wb") as handle:
        handle.write(b"seed = 1\n")
        handle.truncate(2 * 10**9)
    code, findings, _ = check(run_cli, project)
    assert code == 1
    assert_one_line(findings, "huge.py", "file is 2.0 GB, over the 1.0 kB cap (max-file-bytes); not checked")
    assert_batch_went_on(findings)


def test_notebook_cap_applies_to_code_not_outputs(run_cli, project):
    (project / "pyproject.toml").write_text('[project]\nname = "demo"\n\n[tool.seedaudit]\nmax-file-bytes = 2000\n')
    big_output = {"output_type": "stream", "name": "stdout", "text": ["y" * 100 + "\n"] * 50}  # 5 kB of output
    cells = [{"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [big_output],
              "source": ["import os\n", 'os.environ["PYTHONHASHSEED"] = "0"\n']}]
    (project / "plots.ipynb").write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    code, findings, _ = check(run_cli, project / "plots.ipynb")
    assert [f["rule_id"] for f in findings] == ["SA109"]
    cells[0]["source"] = ["seed = 1\n"] + ["x = 1\n"] * 400  # 2.4 kB of code
    (project / "plots.ipynb").write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    code, findings, _ = check(run_cli, project / "plots.ipynb")
    assert code == 2
    assert_one_line(findings, "plots.ipynb", "notebook code is 2.4 kB, over the 2.0 kB cap (max-file-bytes)")


def test_unreadable_file_monkeypatched(run_cli, project, monkeypatch):
    """Root reads every file whatever its mode, so the permission failure is simulated where it happens."""
    import seedaudit.code.sources as sources

    (project / "secret.py").write_text("seed = 1\n")
    real = os.open

    def open_(path, flags, *args, **kwargs):
        if Path(path).name == "secret.py":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(sources.os, "open", open_)
    code, findings, _ = check(run_cli, project)
    assert code == 1
    assert_one_line(findings, "secret.py", "cannot read", "Permission denied")
    assert_batch_went_on(findings)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read a chmod 000 file; the monkeypatched test covers it")
def test_unreadable_file_chmod(run_cli, project):
    secret = project / "secret.py"
    secret.write_text("seed = 1\n")
    secret.chmod(0)
    try:
        code, findings, _ = check(run_cli, project)
    finally:
        secret.chmod(0o644)
    assert_one_line(findings, "secret.py", "cannot read")
    assert_batch_went_on(findings)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can list a chmod 000 folder")
def test_unreadable_folder_chmod(run_cli, project):
    locked = project / "locked"
    locked.mkdir()
    (locked / "x.py").write_text(GOOD)
    locked.chmod(0)
    try:
        code, findings, _ = check(run_cli, project)
    finally:
        locked.chmod(0o755)
    assert "locked" in errors_by_file(findings)
    assert_batch_went_on(findings)


def test_unwalkable_folder_monkeypatched(run_cli, project, monkeypatch):
    """The walk's error callback is where an unlistable folder surfaces; simulate it for root."""
    import seedaudit.code.sources as sources

    (project / "locked").mkdir()
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        for folder, dirs, files in real_walk(top, onerror=onerror, **kwargs):
            if Path(folder).name == "locked":
                onerror(PermissionError(13, "Permission denied", folder))
                continue
            yield folder, dirs, files

    monkeypatch.setattr(sources.os, "walk", walk)
    code, findings, _ = check(run_cli, project)
    assert_one_line(findings, "locked", "Permission denied")
    assert_batch_went_on(findings)


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_symlink_loop_and_broken_symlink(run_cli, project):
    (project / "a.py").symlink_to(project / "b.py")
    (project / "b.py").symlink_to(project / "a.py")
    (project / "gone.py").symlink_to(project / "does-not-exist.py")
    (project / "sub").mkdir()
    (project / "sub" / "up").symlink_to(project, target_is_directory=True)  # a folder loop: never followed
    code, findings, _ = check(run_cli, project)
    assert code == 1
    for name in ("a.py", "b.py", "gone.py"):
        assert_one_line(findings, name, "broken symlink or symlink loop")
    assert_batch_went_on(findings)


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_named_broken_symlink_alone_is_exit_2(run_cli, project):
    (project / "gone.py").symlink_to(project / "does-not-exist.py")
    code, findings, _ = check(run_cli, project / "gone.py")
    assert code == 2
    assert_one_line(findings, "gone.py", "broken symlink")


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_named_symlink_loop_is_one_line_and_exit_2(run_cli, project):
    """Naming a loop resolves no path: the configuration lookup and the project root must not try to."""
    (project / "a.py").symlink_to(project / "b.py")
    (project / "b.py").symlink_to(project / "a.py")
    code, findings, _ = check(run_cli, project / "a.py")
    assert code == 2
    assert_one_line(findings, "a.py", "symlink loop")


def check_in_subprocess(*args) -> tuple[int, list[dict]]:
    """`seedaudit check` in its own process: a read that blocks fails the test after 30 s instead of hanging the suite."""
    done = subprocess.run([sys.executable, "-m", "seedaudit", "check", *map(str, args), "--no-cache", "-f", "json"],
                          capture_output=True, text=True, timeout=30)
    assert "Traceback" not in done.stdout + done.stderr
    return done.returncode, json.loads(done.stdout)["findings"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_fifo_in_a_tree_is_skipped(project):
    os.mkfifo(project / "pipe.py")
    code, findings = check_in_subprocess(project)
    assert code == 1
    assert errors_by_file(findings) == {}
    assert_batch_went_on(findings)


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"), reason="named pipes and devices")
def test_named_fifo_and_device_are_one_line_each(project):
    os.mkfifo(project / "pipe.py")
    code, findings = check_in_subprocess(project / "pipe.py", "/dev/zero", project / "good.py")
    assert code == 1
    assert_one_line(findings, "pipe.py", "not a regular file")
    assert_one_line(findings, "zero", "not a regular file")
    assert_batch_went_on(findings)
    code, findings = check_in_subprocess(project / "pipe.py")
    assert code == 2
    assert_one_line(findings, "pipe.py", "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_fifo_that_replaced_a_file_after_the_walk_is_not_read(project):
    """The walk stats every file, but the file can change before it is read: the read itself must not block."""
    os.mkfifo(project / "late.py")
    script = ("import sys; from pathlib import Path; from seedaudit.code.sources import load\nfrom seedaudit.errors import CodeInputError\n"
              "try:\n    load(Path(sys.argv[1]), 1000)\nexcept CodeInputError as exc:\n    print(exc)")
    done = subprocess.run([sys.executable, "-c", script, str(project / "late.py")], capture_output=True, text=True, timeout=30)
    assert done.stdout.strip() == "not a regular file (a FIFO, socket or device); not checked"


def test_named_file_of_a_kind_seedaudit_does_not_read(run_cli, project):
    """Named, so asked for: one info line says it was not checked and what is read; alone, nothing was checked (exit 2)."""
    (project / "model.jsonnet").write_text("{ seed: 1 }\n")
    (project / "clean.py").write_text("x = 1\n")
    code, out, _ = run_cli("check", project / "model.jsonnet", project / "clean.py", "--no-cache")
    assert code == 0
    [line] = [line for line in out.splitlines() if "model.jsonnet" in line]
    assert line.endswith("SA001 input-error not checked: seedaudit does not read this kind of file (it reads .bash .bat .cmd .ipynb .job "
                         ".json .md .mk .pbs .py .sbatch .sh .slurm .yaml .yml .zsh, Makefile, README*, requirement*.txt/.in, "
                         "setup.cfg, pyproject.toml)")
    assert out.splitlines()[-1] == "Found 1 finding (1 info) in 1 file."
    code, findings, _ = check(run_cli, project / "model.jsonnet")
    assert code == 2
    assert_one_line(findings, "model.jsonnet", "not checked")
    code, out, _ = run_cli("check", project / "model.jsonnet", "--no-cache", "-f", "sarif")
    assert code == 2
    assert [(r["ruleId"], r["level"]) for r in json.loads(out)["runs"][0]["results"]] == [("SA001", "note")]


def test_the_hook_passes_only_files_seedaudit_reads():
    """pre-commit picks files by identify's types; the hook's `files` pattern keeps those seedaudit reads, so a
    staged .bashrc or PKGBUILD (shell to identify) is not an 'unsupported kind' line, or an exit 2 when alone."""
    identify = pytest.importorskip("identify.identify")  # both come with pre-commit (the dev extra)
    yaml = pytest.importorskip("yaml")
    from identify.extensions import EXTENSIONS, NAMES

    from seedaudit.code.sources import kind_of

    [hook] = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text())
    names = [f"x.{ext}" for ext in EXTENSIONS] + [f"X.{ext.upper()}" for ext in EXTENSIONS] + list(NAMES)
    passed = [name for name in names if identify.tags_from_filename(name) & set(hook["types_or"])]
    assert "x.py" in passed and ".bashrc" in passed
    assert [name for name in passed if (re.search(hook["files"], name) is None) != (kind_of(Path(name)) is None)] == []


def test_broken_launch_and_config_files_do_not_stop_the_batch(run_cli, project):
    (project / "conf.yaml").write_text("seed: [1, 2\n  - : :\n")
    (project / "conf.json").write_text('{"seed": ')
    (project / "run.sh").write_text('for s in 1 2; do python train.py --seed "$s"\n')  # unterminated loop
    (project / "Makefile").write_text("train:\n\tpython train.py --seed \\\n")
    code, findings, _ = check(run_cli, project)
    assert code == 1
    assert_batch_went_on(findings)


def test_no_readable_input_at_all_is_exit_2(run_cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    (tmp_path / "nul.py").write_bytes(b"\x00")
    code, findings, _ = check(run_cli, tmp_path / "nul.py")
    assert code == 2
    assert_one_line(findings, "nul.py", "NUL")


def test_an_installed_package_is_one_project(tmp_path):
    """Checking site-packages/<pkg> must not make every sub-folder a project (each re-walked, each with a cache)."""
    from seedaudit.code.engine import project_root

    package = tmp_path / "lib" / "site-packages" / "pkg"
    (package / "sub" / "deeper").mkdir(parents=True)
    for rel in ("a.py", "sub/b.py", "sub/deeper/c.py"):
        (package / rel).write_text(GOOD)
    assert {project_root(p) for p in package.rglob("*.py")} == {package.resolve()}


def test_requirement_files_are_read_for_pins_whatever_their_number():
    from seedaudit.code.sources import kind_of

    assert [kind_of(Path(name)) for name in ("requirement.txt", "requirements.txt", "requirements-gpu.in")] == ["pin"] * 3
    assert kind_of(Path("requirement_notes.pdf")) is None
