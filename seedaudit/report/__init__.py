"""Reporters render a Result; they never call an engine."""
from __future__ import annotations

from typing import Callable

from ..result import Result

FORMATS = ("text", "json", "jsonl", "sarif", "github")


def render(result: Result, fmt: str, *, code_frame: bool = False, color: bool = False) -> str:
    renderer: Callable[..., str]
    if fmt == "text":
        from .text import render_text as renderer

        return renderer(result, code_frame=code_frame, color=color)
    if fmt == "json":
        from .jsonfmt import render_json as renderer
    elif fmt == "jsonl":
        from .jsonfmt import render_jsonl as renderer
    elif fmt == "sarif":
        from .sarif import render_sarif as renderer
    elif fmt == "github":
        from .github import render_github as renderer
    else:
        raise ValueError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")
    return renderer(result)
