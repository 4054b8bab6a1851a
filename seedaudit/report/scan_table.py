"""The scan's table as text (the terminal) and CSV (summary.csv), rendered from summary.json's rows: the
numbers are the summary's (scan.summary); here they are only laid out."""
from __future__ import annotations

import csv
import io
from typing import Any

from ..scan.summary import SHARES

COLUMNS = SHARES + ("risky_of_reporting",)


def group_name(row: dict[str, Any]) -> str:
    """How a row is named in the text table and on the page: overall, a venue, a year, or both."""
    if row["scope"] == "overall":
        return "overall"
    return " ".join(x for x in (row["venue"], row["year"]) if x != "all")


def summary_csv(summary: dict[str, Any]) -> str:
    """summary.csv: one line per row, each share as count, share and interval, then one column per category."""
    categories = sorted({c for row in summary["rows"] for c in row["categories"]})
    header = ["scope", "venue", "year", "documents", "readable", "reporting"]
    for name in COLUMNS:
        header += [name, f"{name}_share", f"{name}_ci_low", f"{name}_ci_high"]
    header += ["no_seed_information", "unreadable", "errors", "pages"] + [f"category:{c}" for c in categories]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in summary["rows"]:
        line = [row[k] for k in header[:6]]
        for name in COLUMNS:
            cell = row[name]
            line += [cell["n"], f"{cell['share']:.4f}", f"{cell['ci95'][0]:.4f}", f"{cell['ci95'][1]:.4f}"]
        line += [row["no_seed_information"], row["unreadable"], row["errors"], row["pages"]]
        line += [row["categories"].get(c, 0) for c in categories]
        writer.writerow(line)
    return out.getvalue()


def _cell(cell: dict[str, Any]) -> str:
    lo, hi = cell["ci95"]
    return f"{cell['n']} {cell['share']:.0%} [{lo:.0%}-{hi:.0%}]"


def summary_text(summary: dict[str, Any]) -> str:
    """The table as plain text, for the terminal."""
    head = ("group", "docs", "read", "mentions seeds", "risky", "review", "ok", "risky/reporting", "no info", "unread")
    lines = [head]
    for row in summary["rows"]:
        lines.append((group_name(row), str(row["documents"]), str(row["readable"]), _cell(row["mentions_seeds"]),
                      _cell(row["risky"]), _cell(row["review"]), _cell(row["ok"]), _cell(row["risky_of_reporting"]),
                      str(row["no_seed_information"]), str(row["unreadable"])))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    text = "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths)))
                     for line in lines)
    overall = summary["rows"][0]["categories"]
    if overall:
        text += "\nfinding categories (documents): " + ", ".join(f"{k} {v}" for k, v in overall.items())
    if summary["input_problems"]:
        text += f"\ninput problems: {summary['input_problems']} (see results.jsonl)"
    return text + "\n"
