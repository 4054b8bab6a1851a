"""Per-category precision and recall of (expected, predicted) label pairs, for tests and benchmarks."""
from __future__ import annotations

from collections import Counter


def per_category(pairs: list[tuple[str, str]], ignore: str = "none") -> dict[str, dict[str, float]]:
    """{category: {precision, recall, support}} over every category but `ignore` (the no-category label)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for expected, predicted in pairs:
        if expected == predicted:
            tp[expected] += 1
        else:
            fp[predicted] += 1
            fn[expected] += 1
    out = {}
    for category in sorted((set(tp) | set(fp) | set(fn)) - {ignore}):
        p_den, r_den = tp[category] + fp[category], tp[category] + fn[category]
        out[category] = {
            "precision": tp[category] / p_den if p_den else 1.0,
            "recall": tp[category] / r_den if r_den else 1.0,
            "support": r_den,
        }
    return out


def format_table(scores: dict[str, dict[str, float]]) -> str:
    lines = [f"{'category':<22} {'P':>5} {'R':>5} {'n':>4}"]
    for category, s in scores.items():
        lines.append(f"{category:<22} {s['precision']:>5.2f} {s['recall']:>5.2f} {s['support']:>4}")
    return "\n".join(lines)
