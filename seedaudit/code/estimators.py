"""scikit-learn-style estimators a file builds and fits, and comparisons of several of them at one seed.

A notebook or script that fits a random forest, a logistic regression and a boosted model side by side and
compares their scores compares models; when every one of them is built with the same fixed `random_state`, the
ranking rests on one draw per model (SA101).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .experiment import inside_loops, is_train, repeat_loop
from .facts import Call, FileFacts, Loop
from .sinks import RANDOM_ESTIMATORS, draw_family, unset
from .variation import SeedUse

# scikit-learn modules whose estimators predict (the models a notebook compares), and packages whose
# estimators follow scikit-learn's API; an unresolved name is read by its class-name suffix
_SKLEARN_MODELS = re.compile(r"^sklearn\.(?:ensemble|linear_model|tree|svm|neighbors|naive_bayes|neural_network|"
                             r"discriminant_analysis|gaussian_process|kernel_ridge|semi_supervised|isotonic|"
                             r"multioutput|multiclass|calibration)\.")  # wrappers: a model of their own, built round another
_SKLEARN_API = re.compile(r"^(?:lightgbm|xgboost|catboost)\.\w*(?:Classifier|Regressor|Ranker)$")
_ESTIMATOR_SUFFIX = re.compile(r"^[A-Z]\w*(?:Classifier|Regressor|Regression|SVC|SVR)$")
# classes of those modules that predict no target (outlier detectors, densities, embeddings, kernels): a step
# before the compared models, not one of them
_UNSUPERVISED = re.compile(r"\.(?:IsolationForest|RandomTreesEmbedding|OneClassSVM|LocalOutlierFactor|"
                           r"NearestNeighbors|KernelDensity|NeighborhoodComponentsAnalysis|BernoulliRBM)$|"
                           r"^sklearn\.gaussian_process\.kernels\.")
# estimators that use random_state only in some configurations: (keyword, values that make them random)
CONDITIONAL_ESTIMATORS = {
    "SVC": ("probability", (True,)), "NuSVC": ("probability", (True,)),
    "LogisticRegression": ("solver", ("sag", "saga", "liblinear")),
    "Ridge": ("solver", ("sag", "saga")), "RidgeClassifier": ("solver", ("sag", "saga")),
    "Lasso": ("selection", ("random",)), "ElasticNet": ("selection", ("random",)),
    "LassoCV": ("selection", ("random",)), "ElasticNetCV": ("selection", ("random",)),
    "PCA": ("svd_solver", ("randomized", "arpack")), "IncrementalPCA": ("svd_solver", ("randomized", "arpack")),
    "KernelPCA": ("eigen_solver", ("randomized", "arpack")), "NMF": ("init", ("random", "nndsvdar")),
}
# splitters that shuffle whenever they split
SHUFFLING_SPLITTERS = {"train_test_split", "ShuffleSplit", "StratifiedShuffleSplit", "GroupShuffleSplit",
                       "RepeatedKFold", "RepeatedStratifiedKFold"}
# chains of steps fitted as one model (`Pipeline([("rbm", rbm), ("clf", clf)])`, `make_pipeline(scaler, model)`)
_PIPELINE = re.compile(r"^(?:sklearn|imblearn)\.pipeline\.(?:Pipeline|make_pipeline)$")
# calls that put an object into a container
_ADDERS = (".append", ".insert", ".add", ".extend")


def is_estimator(call: Call, facts: FileFacts) -> bool:
    """A predictive estimator built here: a scikit-learn model class resolved through the imports (or one of a
    package with scikit-learn's API); a name the imports do not resolve is read by its class-name suffix."""
    name = call.qualname
    if _SKLEARN_MODELS.match(name) or _SKLEARN_API.match(name):
        return name.rsplit(".", 1)[-1][:1].isupper() and not _UNSUPERVISED.search(name)
    resolved = name.split(".")[0] in facts.aliases or "." in name
    return not resolved and bool(_ESTIMATOR_SUFFIX.match(name))


def draws(call: Call) -> bool:
    """The estimator's fit draws from its `random_state` with the arguments written here: always for forests, trees,
    bagging, boosting, neural networks, stochastic gradient and the like; for a linear or kernel model only under a
    stochastic solver or option (`solver="saga"`, `probability=True`). Read by class name."""
    name = call.qualname.rpartition(".")[2]
    if name in RANDOM_ESTIMATORS:
        return True
    if name in CONDITIONAL_ESTIMATORS:
        keyword, values = CONDITIONAL_ESTIMATORS[name]
        arg = call.kwargs.get(keyword)
        return arg is not None and arg.value in values
    return False


def reads_seed(call: Call) -> bool:
    """The estimator's fit reads its seed: it draws from it (see draws), or it is a boosting library's, which starts
    from a fixed seed of its own when given none."""
    return draws(call) or bool(_SKLEARN_API.match(call.qualname))


def _fit_names(call: Call) -> set[str]:
    """What one training call fits: its receiver (the container, for an item of one: `models[name].fit`) and the
    bare names it is given."""
    names = {a.text for a in (*call.args, *call.kwargs.values()) if a.kind == "name"}
    if "." in call.qualname:
        receiver = call.qualname.rsplit(".", 1)[0]
        names.add(re.sub(r"^(\w+)\[.*\]$", r"\1", receiver))
    return names


def training_calls(facts: FileFacts) -> list[Call]:
    """The file's fits and cross-validations, and the calls of its own functions that fit one of their parameters
    (`def evaluate(model, data): model.fit(...)` makes `evaluate(RandomForestClassifier(), data)` a fit)."""
    params = {f.qualname: {p.name for p in f.params} for f in facts.functions if f.class_name is None}
    trainers = {c.ctx.func.rpartition(".")[2] for c in facts.calls
                if is_train(c) and c.ctx.func in params and _fit_names(c) & params[c.ctx.func]}
    return [c for c in facts.calls if is_train(c) or c.qualname in trainers]


def trained_names(facts: FileFacts, fits: list[Call]) -> set[str]:
    """Names the training calls fit, and the containers a loop takes a fitted item from (`for name, model in
    models.items(): model.fit(...)` fits what `models` holds)."""
    names = _fed(fits)
    for loop in facts.loops:
        if loop.iter is not None and names.intersection(loop.targets):
            names.update(loop.iter.names)
    return names


def _enclosing(call: Call, facts: FileFacts) -> Iterator[Call]:
    """The calls whose arguments hold this one (a pipeline, a search, `cross_val_score(...)`), or that are called on
    what it returns (`RandomForestClassifier().fit(...)`, which starts where it starts)."""
    names = {call.qualname.rsplit(".", 1)[-1]} | {local for local, full in facts.aliases.items() if full == call.qualname}
    for outer in facts.calls:
        if outer is not call and outer.line <= call.line and outer.end_line >= call.end_line \
                and (outer.line, outer.col) <= (call.line, call.col) \
                and (outer.line != outer.end_line or (outer.line, outer.col) == (call.line, call.col)
                     or any(name in arg.text for arg in (*outer.args, *outer.kwargs.values()) for name in names)):
            yield outer  # on one line, only a call that holds it or starts with it: `[Tree(), Forest()]` nests neither


def stored_under(call: Call, facts: FileFacts) -> set[str]:
    """The names the object a call builds is kept under: what it, or a call wrapping it, is assigned to, and the
    container it is written into (`models = {"rf": ...}`, `models["rf"] = ...`, `models.append(...)`)."""
    names = set(call.targets)
    for outer in _enclosing(call, facts):
        names.update(outer.targets)
        if outer.qualname.endswith(_ADDERS):
            names.add(outer.qualname.rsplit(".", 1)[0])
    for assign in facts.assigns:
        if assign.ctx.func == call.ctx.func and assign.line <= call.line <= assign.line + assign.value.text.count("\n"):
            names.update(t.text if t.kind in ("name", "attr") else t.names[0] for t in assign.targets if t.names)
    return names | _returned_to(call, facts, names)


def _returned_to(call: Call, facts: FileFacts, names: set[str]) -> set[str]:
    """Where a factory's product goes: when the function building the object returns it, or the container it is kept
    in (`def get_models(): ...; return models`), the names its callers assign the result to (`zoo = get_models()`)."""
    if not call.ctx.func or not any(func == call.ctx.func and (value.kind == "name" and value.text in names
                                                               or line <= call.line <= line + value.text.count("\n"))
                                    for func, value, line in facts.returns):
        return set()
    factory = call.ctx.func.rpartition(".")[2]
    return {t for c in facts.calls if c.qualname == factory for t in c.targets}


def fitted(call: Call, facts: FileFacts, fits: list[Call], trained: set[str]) -> bool:
    """The estimator built by this call is trained: a training call takes it as an argument, or fits a name it is
    kept under (see trained_names and stored_under)."""
    enclosing = {id(c) for c in _enclosing(call, facts)}
    return any(id(c) in enclosing for c in fits) or not stored_under(call, facts).isdisjoint(trained)


def fits_of(call: Call, facts: FileFacts, fits: list[Call]) -> list[Call]:
    """The training calls that fit the estimator this call builds: those holding it (`RandomForest().fit(...)`,
    `cross_val_score(RandomForest(), ...)`) and those fitting a name it is kept under (`clf.fit(...)`)."""
    enclosing = {id(c) for c in _enclosing(call, facts)}
    kept = stored_under(call, facts)
    return [fit for fit in fits if id(fit) in enclosing or not _fit_names(fit).isdisjoint(kept)]


@dataclass(frozen=True)
class EstimatorComparison:
    """Estimators of two or more kinds fitted in one file, several of them at one fixed `random_state`."""

    estimators: list[Call]  # every estimator the file fits outside a seed loop
    shared: list[SeedUse]  # their uses of the shared seed (else of their own fixed seeds), by line
    anchor: SeedUse  # where the seed the comparison stands on is fixed
    split: bool  # the anchor is the fixed data split the compared estimators are fitted on
    globally: bool = False  # the anchor seeds numpy's global generator, which estimators given no seed draw from

    def site(self, facts: FileFacts) -> str:
        """Where the models are compared, for a finding's message."""
        where = "this notebook" if facts.kind == "ipynb" else "this file"
        seed = f"random_state={self.anchor.value}"
        if self.globally:
            return f"{where} ({len(self.estimators)} estimators fitted once each, those given no seed drawing from " \
                   "numpy's global generator)"
        if self.split:
            return f"{where} ({len(self.estimators)} estimators fitted on the split fixed with {seed})"
        if len(self.shared) < 2 or len({u.value for u in self.shared}) > 1:
            return f"{where} ({len(self.estimators)} estimators fitted once each, those that draw at a fixed seed)"
        if len(self.estimators) > len(self.shared):
            return f"{where} ({len(self.estimators)} estimators fitted once each, {len(self.shared)} of them built with {seed})"
        return f"{where} ({len(self.shared)} estimators built with {seed})"

    def related(self, facts: FileFacts) -> list[tuple[str, int, str]]:
        """The other estimator constructions that carry the shared seed."""
        return [(facts.path, u.line, facts.snippet(u.call.line).strip()[:200])
                for u in self.shared if u is not self.anchor]


def estimator_comparison(facts: FileFacts, uses: list[SeedUse], seeded: dict[int, Loop],
                         lines: list[str]) -> EstimatorComparison | None:
    """Estimators of two or more kinds (classes, or one class with other settings written: see _kind) fitted in one
    file or notebook outside any seed loop, one run each: two or
    more of them share one fixed `random_state`, or every one whose fit draws has a fixed one of its own and the
    data they are fitted on is not split afresh on each run; at least one of the seeds is read by its fit (None when
    there is no such comparison). The comparison stands on the first seeded estimator whose draw the seed fixes
    (a scikit-learn estimator would draw a fresh one without it); when another compared estimator draws with no
    seed at all, the one seed every compared model shares is the fixed split they are fitted on."""
    fits = training_calls(facts)
    trained = trained_names(facts, fits)
    steps = {id(p): members for p, members in pipelines(facts) if any(is_estimator(m, facts) for m in members)}
    inner = {id(m) for members in steps.values() for m in members}
    scored = _members_scored(facts)
    built = [c for c in facts.calls if (is_estimator(c, facts) and id(c) not in inner or id(c) in steps)
             and not inside_loops(c.ctx.loops, seeded) and not _setting_swept(c, facts)
             and (not _part_of_estimator(c, facts) or _scored_member(c, facts, scored))
             and (fitted(c, facts, fits, trained) or _scored_member(c, facts, scored))]
    chosen = _looked_up(facts, built, lines)
    built = [c for c in built if id(c) not in chosen]
    kinds = {_kind(c, steps.get(id(c), ())) for c in built}
    if len(kinds) < 2 or _data_drawn_each_pass(facts, built, fits) or _fits_repeated(facts, fits) \
            or _picked_per_item(facts, built, fits, steps):
        return None
    ids = {id(c) for c in built} | {id(m) for c in built for m in steps.get(id(c), ())}
    # a member's seed is its ensemble's or wrapper's (`MultiOutputRegressor(RandomForestRegressor(random_state=0))`)
    ids |= {id(c) for c in facts.calls if is_estimator(c, facts) and any(id(o) in ids for o in _enclosing(c, facts))}
    by_value: dict[object, list[SeedUse]] = {}
    for use in uses:
        if id(use.call) in ids:
            by_value.setdefault(use.value, []).append(use)
    shared = max(by_value.values(), key=len, default=[])
    fresh = any(draws(m) and unset(m, "random_state") for c in built for m in steps.get(id(c), [c]))
    if fresh and (seeding := _global_numpy_seeding(uses, built)) is not None:
        return EstimatorComparison(built, [seeding], seeding, False, globally=True)
    if len(shared) < 2:  # no seed in common: each estimator at its own fixed seed, on data split the same way
        if fresh or _fresh_split(facts, fits):
            return None
        shared = [u for group in by_value.values() for u in group]
    shared.sort(key=lambda u: u.line)
    read = [u for u in shared if reads_seed(u.call)]
    if not read:
        return None
    split = _fitted_split(facts, uses, fits) if fresh else None
    anchor = split or next((u for u in read if draws(u.call)), read[0])
    return EstimatorComparison(built, shared, anchor, split is not None)


def _setting_swept(call: Call, facts: FileFacts) -> bool:
    """The estimator is built on each pass of a loop over one of its settings' values (`for depth in max_depths:
    RandomForestClassifier(max_depth=depth)`): the points of one model's tuning curve, not rival kinds of model."""
    targets = {t for i in call.ctx.loops for t in facts.loop(i).targets}
    return bool(targets) and any(set(arg.names) & targets for arg in (*call.args, *call.kwargs.values()))


def _looked_up(facts: FileFacts, built: list[Call], lines: list[str]) -> set[int]:
    """The estimators kept as the values of a mapping that the file only ever indexes with a key it computes
    (`CHOICES = {"tree": ..., "forest": ...}`, then `CHOICES[name].fit(...)`): a run fits the one its key names, so
    they are alternatives a caller picks from, not models compared here (looping over the mapping would compare
    them). A mapping named anywhere else, or indexed with a written key, is left as it is."""
    out: set[int] = set()
    by_container: dict[str, list[Call]] = {}
    for call in built:
        for name in stored_under(call, facts):
            by_container.setdefault(name, []).append(call)
    for name, members in by_container.items():
        if len(members) >= 2 and _only_indexed(facts, lines, name, min(c.line for c in members)):
            out.update(id(c) for c in members)
    return out


def _only_indexed(facts: FileFacts, lines: list[str], name: str, written_at: int) -> bool:
    """Every mention of `name` after the statement that writes it (from line `written_at` on) indexes it with a
    computed key (`name[key]`, not `name["tree"]`, `name.items()` or `for k in name`), and there is one at least."""
    mention = re.compile(rf"(?<![\w.]){re.escape(name)}\b(?!\s*=[^=])(.?)\s*(.?)")
    uses = [(number, m) for number, line in enumerate(lines, 1) if number > written_at
            for m in mention.finditer(line.split("#", 1)[0])]
    statement_end = max((end for start, end in facts.statements if start <= written_at <= end), default=written_at)
    uses = [(number, m) for number, m in uses if number > statement_end]
    return bool(uses) and all(m[1] == "[" and m[2] not in ("'", '"', "") and not m[2].isdigit() for _, m in uses)


def pipelines(facts: FileFacts) -> list[tuple[Call, list[Call]]]:
    """Each pipeline the file builds, with the calls that build its steps: written inside it or bound earlier to a name
    it lists (`rbm = BernoulliRBM(random_state=0)`, then `Pipeline([("rbm", rbm), ("clf", clf)])`). Fitted as one
    model, a pipeline is what is compared; every step's seed is that model's, a seeded feature step's included."""
    found = []
    for pipe in (c for c in facts.calls if _PIPELINE.match(c.qualname)):
        listed = {n for a in (*pipe.args, *pipe.kwargs.values()) for n in a.names}
        texts = [a.text for a in (*pipe.args, *pipe.kwargs.values())]
        nested = [c for c in facts.calls if (pipe.line, pipe.col) < (c.line, c.col) and c.end_line <= pipe.end_line
                  and any(c.qualname.rsplit(".", 1)[-1] in text for text in texts)]
        named = [max(bound, key=lambda c: c.line) for name in listed
                 if (bound := [c for c in facts.calls if name in c.targets and c.line < pipe.line
                               and c.ctx.func == pipe.ctx.func])]
        found.append((pipe, nested + named))
    return found


def _global_numpy_seeding(uses: list[SeedUse], built: list[Call]) -> SeedUse | None:
    """A fixed seeding of numpy's global generator (`np.random.seed(10)`), outside every loop, before the first
    compared estimator built with no seed whose fit draws and in its scope or at module level: scikit-learn
    estimators given no `random_state` draw from that generator, so the seeding fixes their runs."""
    unseeded = [c for c in built if draws(c) and unset(c, "random_state")]
    first = min(unseeded, key=lambda c: c.line)
    return min((u for u in uses if u.call.qualname == "numpy.random.seed" and not u.call.ctx.loops
                and u.line < first.line and u.call.ctx.func in ("", first.ctx.func)), key=lambda u: u.line, default=None)


_NOT_SETTINGS = {"random_state", "verbose", "n_jobs", "seed", "random_seed"}


def _kind(call: Call, steps: tuple[Call, ...] | list[Call] = ()) -> tuple:
    """What model an estimator call builds: its class and the literal settings written in it (`GradientBoosting(
    n_iter_no_change=10)` is another model than `GradientBoosting()`; the seed, verbosity and workers change none);
    a pipeline's, the kinds of its steps."""
    if steps:
        return call.qualname, tuple(_kind(step) for step in steps)
    return call.qualname, tuple(sorted((k, repr(v.value)) for k, v in call.kwargs.items()
                                       if v.is_literal and k not in _NOT_SETTINGS))


def _fits_repeated(facts: FileFacts, fits: list[Call]) -> bool:
    """Every training call sits in a loop over a run count (`for i in range(n_repeat): est.fit(X_train[i], ...)`):
    each estimator is fitted many times, on as many draws, not once."""
    return bool(fits) and all(any(repeat_loop(facts.loops[i]) for i in c.ctx.loops) for c in fits)


def _data_drawn_each_pass(facts: FileFacts, built: list[Call], fits: list[Call]) -> bool:
    """Every compared estimator is built inside one loop whose passes draw the data they are fitted on anew (see
    data_drawn_each_pass)."""
    common = set(built[0].ctx.loops).intersection(*(c.ctx.loops for c in built[1:]))
    return bool(common) and data_drawn_each_pass(facts, common, [c for c in fits if common & set(c.ctx.loops)])


def _picked_per_item(facts: FileFacts, built: list[Call], fits: list[Call], steps: dict[int, list[Call]]) -> bool:
    """The estimators are built inside one loop whose items pick the data (`y = labels[dataset]` fitted on), each
    kind in its own arm of a branch on the item (`if dataset == "ratings": Regressor(...)` / `else: Classifier(...)`):
    each item's data is fitted by the one estimator its branch picks, the one that suits its target, so no data is
    fitted by two kinds and nothing is ranked."""
    common = set(built[0].ctx.loops).intersection(*(c.ctx.loops for c in built[1:]))
    for loop in (facts.loops[i] for i in common):
        items = {t for t in loop.targets if t.isidentifier()}
        fed = {n for c in fits if loop.id in c.ctx.loops for a in (*c.args, *c.kwargs.values()) for n in a.names}
        if not items or not any(loop.id in a.ctx.loops and {t.text for t in a.targets} & fed and set(a.value.names) & items
                                for a in facts.assigns):
            continue  # the data fitted on is not the item's
        arms = [{(b.test.text, b.negated) for b in map(facts.branch, c.ctx.conds)
                 if loop.id in b.ctx.loops and set(b.test.names) & items} for c in built]
        if all(_exclusive(arms[i], arms[j]) for i in range(len(built)) for j in range(i + 1, len(built))
               if _kind(built[i], steps.get(id(built[i]), ())) != _kind(built[j], steps.get(id(built[j]), ()))):
            return True
    return False


def _exclusive(first: set[tuple[str, bool]], second: set[tuple[str, bool]]) -> bool:
    """Two sets of branch arms (test, else side) that no pass is in together: one is the other's else side."""
    return any((test, not negated) in second for test, negated in first)


def data_drawn_each_pass(facts: FileFacts, loops: set[int], fits: list[Call]) -> bool:
    """One of `loops` draws what the training calls `fits` are given anew from a global generator on each pass
    (`X = np.random.normal(size=(n, p))` in a simulation's replicate loop): models compared inside it are compared
    over as many draws of data as the loop has passes, not on one."""
    fed = {n for c in fits for a in (*c.args, *c.kwargs.values()) for n in a.names}
    return any(loops & set(c.ctx.loops) and draw_family(c.qualname) and fed & set(c.targets) for c in facts.calls)


def _part_of_estimator(call: Call, facts: FileFacts) -> bool:
    """An estimator built inside another one's construction (the members of a voting or stacking ensemble, the base
    model of a bagging one, also of an ensemble class the file defines): part of that model, not a model compared
    with it."""
    return any(is_estimator(outer, facts) or own_model_class(outer.qualname.rpartition(".")[2], facts)
               for outer in _enclosing(call, facts))


# a fitted ensemble's members, one by one: `voting.named_estimators_.items()`, `forest.estimators_`
_MEMBERS = re.compile(r"^([A-Za-z_]\w*)\.(?:named_estimators_|estimators_)(?:\.items\(\)|\.values\(\))?$")


def _members_scored(facts: FileFacts) -> set[str]:
    """The ensembles whose fitted members a loop scores one by one (`for name, clf in voting.named_estimators_.items():
    print(name, clf.score(X_test, y_test))`): each member is then a model compared with the others and the ensemble."""
    out = set()
    for loop in facts.loops:
        match = _MEMBERS.match(loop.iter.text) if loop.iter is not None else None
        if match and any(c.qualname.rpartition(".")[2] in _SCORES for c in facts.calls_in(loop.id)):
            out.add(match[1])
    return out


_SCORES = {"score", "predict", "predict_proba", "decision_function"}


def _scored_member(call: Call, facts: FileFacts, scored: set[str]) -> bool:
    """The estimator is a member of an ensemble whose members are scored one by one (see _members_scored)."""
    return bool(scored) and any(is_estimator(outer, facts) and stored_under(outer, facts) & scored
                                for outer in _enclosing(call, facts))


def own_model_class(name: str, facts: FileFacts) -> bool:
    """A class this file defines as a model of scikit-learn's kind: it has `fit` and `predict` methods (a voting or
    stacking ensemble written by hand, a wrapper round other estimators)."""
    methods = {f.name for f in facts.functions if f.class_name == name}
    return {"fit", "predict"} <= methods


def _fed(fits: list[Call]) -> set[str]:
    """Every name the training calls fit (see _fit_names)."""
    return set().union(*(_fit_names(c) for c in fits))


def _fresh_split(facts: FileFacts, fits: list[Call]) -> bool:
    """A shuffling split with no seed whose parts a training call fits: the data differ on every run."""
    fed = _fed(fits)
    return any(c.qualname.rpartition(".")[2] in SHUFFLING_SPLITTERS and unset(c, "random_state")
               and fed.intersection(c.targets) for c in facts.calls)


def _fitted_split(facts: FileFacts, uses: list[SeedUse], fits: list[Call]) -> SeedUse | None:
    """The first fixed seed use, not an estimator's, whose call's results a training call fits (`x_tr, x_te, y_tr,
    y_te = train_test_split(..., random_state=0)`, then `model.fit(x_tr, y_tr)`)."""
    fed = _fed(fits)
    return min((u for u in uses if not is_estimator(u.call, facts) and fed.intersection(u.call.targets)),
               key=lambda u: u.line, default=None)
