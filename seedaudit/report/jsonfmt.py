"""JSON (one document) and JSON Lines (one finding a line, for streaming and grep)."""
from __future__ import annotations

import json

from ..result import Result


def render_json(result: Result) -> str:
    return json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n"


def render_jsonl(result: Result) -> str:
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in result.findings)
