"""Loops over models whose results are pooled into one measure, not ranked.

A utility metric for synthetic or imputed data fits a panel of classifiers (logistic regression, a forest,
boosting, ...) and averages their accuracies into one number, or correlates their scores on real and on synthetic
data: the panel is the measuring instrument, the same for every data set it scores. The loop over the panel trains
each model once, like a comparison, but nothing ranks the models against each other, so their shared seed decides
no claim about them.
"""
from __future__ import annotations

import re

from .facts import FileFacts, Loop

# calls that sum or average a collection (or an array along an axis) into one figure
REDUCTIONS = frozenset({"mean", "average", "nanmean", "median", "nanmedian", "sum", "nansum"})
# calls that pool a list of per-model results into one figure, or pair it element by element with another list
POOLING = REDUCTIONS | {"fsum", "std", "nanstd", "spearmanr", "pearsonr", "kendalltau", "corrcoef", "zip"}


def pooled_results(loop: Loop, facts: FileFacts, lines: list[str]) -> bool:
    """Every result the loop keeps is appended to a list (`accuracies.append(acc)`: nothing stored by model name),
    shown by no call inside the loop (`print(accuracies)` each pass shows every setting's result), and, past the loop
    in its function, each such list (or a name it is copied to) is only appended to again, bound afresh, or handed to
    a pooling call (`np.mean(accuracies)`, `spearmanr(real_scores, synthetic_scores)`)."""
    inside = facts.calls_in(loop.id)
    lists = {c.qualname[:-len(".append")] for c in inside if c.qualname.endswith(".append")}
    rebound = {t.text for a in facts.assigns_in(loop.id) for t in a.targets if t.kind == "name"}
    lists = {name for name in lists if name.isidentifier() and name not in rebound}  # kept across the passes
    if not lists or any(t.kind == "subscript" for a in facts.assigns_in(loop.id) for t in a.targets):
        return False
    shown = {n for c in inside if not c.qualname.endswith(".append") for a in (*c.args, *c.kwargs.values()) for n in a.names}
    if lists & shown:
        return False  # `print(accuracies)` in each pass: every setting's result is shown, not only a pooled one
    end = next((f.end_line for f in facts.functions if f.qualname == loop.ctx.func), len(lines)) if loop.ctx.func else len(lines)
    after = [(number, line.split("#", 1)[0]) for number, line in enumerate(lines[loop.end_line:end], loop.end_line + 1)]
    pooling = [arg.text for c in facts.calls if loop.end_line < c.line <= end and c.qualname.rsplit(".", 1)[-1] in POOLING
               for arg in (*c.args, *c.kwargs.values())]
    checked: set[str] = set()
    while lists - checked:
        name = (lists - checked).pop()
        checked.add(name)
        mention = re.compile(rf"(?<![\w.]){re.escape(name)}\b")
        pooled = sum(len(mention.findall(text)) for text in pooling)
        others = 0
        for _, line in after:
            copy = re.fullmatch(rf"\s*(\w+)\s*=\s*{re.escape(name)}\s*", line)
            if copy:
                lists.add(copy[1])
                continue
            for found in mention.finditer(line):
                rest = line[found.end():]
                if not (rest.startswith(".append(") or re.match(r"\s*=[^=]", rest)):
                    others += 1
        if others > pooled:
            return False
    return True
