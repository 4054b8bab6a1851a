"""scikit-learn-style estimators a file builds and fits, and comparisons of several of them at one seed.

A notebook or script that fits a random forest, a logistic regression and a boosted model side by side and
compares their scores compares models; when every one of them is built with the same fixed `random_state`, the
ranking rests on one draw per model (SA101).
"""
from __future__ import annotations

import re

from .experiment import inside_loops, is_train
from .facts import Call, FileFacts, Loop
from .variation import SeedUse

# scikit-learn modules whose estimators predict (the models a notebook compares), and packages whose
# estimators follow scikit-learn's API; an unresolved name is read by its class-name suffix
_SKLEARN_MODELS = re.compile(r"^sklearn\.(?:ensemble|linear_model|tree|svm|neighbors|naive_bayes|neural_network|"
                             r"discriminant_analysis|gaussian_process|kernel_ridge|semi_supervised|isotonic)\.")
_SKLEARN_API = re.compile(r"^(?:lightgbm|xgboost|catboost)\.\w*(?:Classifier|Regressor|Ranker)$")
_ESTIMATOR_SUFFIX = re.compile(r"^[A-Z]\w*(?:Classifier|Regressor|Regression|SVC|SVR)$")


def is_estimator(call: Call, facts: FileFacts) -> bool:
    """A predictive estimator built here: a scikit-learn model class resolved through the imports (or one of a
    package with scikit-learn's API); a name the imports do not resolve is read by its class-name suffix."""
    name = call.qualname
    if _SKLEARN_MODELS.match(name) or _SKLEARN_API.match(name):
        return name.rsplit(".", 1)[-1][:1].isupper()
    resolved = name.split(".")[0] in facts.aliases or "." in name
    return not resolved and bool(_ESTIMATOR_SUFFIX.match(name))


def trained_names(facts: FileFacts) -> set[str]:
    """Names a training call in the file fits or cross-validates: its receiver and its bare-name arguments."""
    names: set[str] = set()
    for call in facts.calls:
        if is_train(call):
            if "." in call.qualname:
                names.add(call.qualname.rsplit(".", 1)[0])
            names.update(a.text for a in call.args if a.kind == "name")
    return names


def fitted(call: Call, facts: FileFacts, trained: set[str]) -> bool:
    """The estimator built by this call is trained (its name is in `trained`, see trained_names), or it is built
    inside a call (a pipeline, a search) whose result is."""
    names = set(call.targets)
    for outer in facts.calls:
        if outer is not call and outer.targets and outer.line <= call.line and outer.end_line >= call.end_line \
                and (outer.line, outer.col) < (call.line, call.col):
            names |= set(outer.targets)
    return not names.isdisjoint(trained)


def estimator_comparison(facts: FileFacts, uses: list[SeedUse], seeded: dict[int, Loop]) -> list[SeedUse]:
    """Estimators of two or more kinds fitted in one file or notebook outside any seed loop, two or more of them
    built with the same fixed `random_state`: the uses of that shared seed (empty when there is no such
    comparison)."""
    trained = trained_names(facts)
    built = [c for c in facts.calls
             if is_estimator(c, facts) and not inside_loops(c.ctx.loops, seeded) and fitted(c, facts, trained)]
    if len({c.qualname for c in built}) < 2:
        return []
    ids = {id(c) for c in built}
    by_value: dict[object, list[SeedUse]] = {}
    for use in uses:
        if id(use.call) in ids:
            by_value.setdefault(use.value, []).append(use)
    shared = max(by_value.values(), key=len, default=[])
    return sorted(shared, key=lambda u: u.line) if len(shared) >= 2 else []
