"""Peer tools for the benchmarks, in an environment of their own.

Fixit pins click < 8.2 and TorchFix pins its own libcst; seedaudit needs click >= 8.2. Installing the
peers beside seedaudit would downgrade its dependencies, so every benchmark that times or compares
against a peer runs it from `benchmarks/peers/.venv`, built here on first use:

    python benchmarks/peers.py            # build (or reuse) the environment and print where each tool is
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent / "peers"
VENV = HERE / ".venv"
REQUIREMENTS = HERE / "requirements.txt"


def _bin(name: str) -> Path:
    return VENV / ("Scripts" if sys.platform == "win32" else "bin") / name


def ensure() -> Path:
    """Create the peers' environment when it is missing or its requirements changed; return its bin folder."""
    stamp = VENV / ".requirements"
    wanted = REQUIREMENTS.read_text(encoding="utf-8")
    if not (stamp.exists() and stamp.read_text(encoding="utf-8") == wanted):
        if VENV.exists():
            shutil.rmtree(VENV)
        venv.EnvBuilder(with_pip=True).create(VENV)
        subprocess.run([str(_bin("python")), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)], check=True)
        stamp.write_text(wanted, encoding="utf-8")
    return _bin("python").parent


def tool(name: str) -> str | None:
    """The path of a peer tool's command, building the environment if needed; None when it cannot be had."""
    try:
        path = ensure() / name
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"peer environment could not be built ({exc}): {name} is skipped", file=sys.stderr)
        return None
    return str(path) if path.exists() else None


def python() -> str | None:
    """The peers' interpreter (for peers used as libraries, such as deepsig)."""
    return tool("python")


if __name__ == "__main__":
    for name in ("fixit", "torchfix", "ruff", "python"):
        print(f"{name}: {tool(name)}")
