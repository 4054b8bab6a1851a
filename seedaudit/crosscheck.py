"""Paper claims against code facts (SA3xx): does the code run the seeds the paper says it ran?

Reads only the two engines' results: the paper's Claims (seedaudit.paper.claims) and the project's
seed facts (seedaudit.code.project.ProjectFacts, with its seed-variation fact). Every finding sits on
the code line to change, with the paper sentence and page as its related location.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .findings import Confidence, Finding, Location, Severity
from .rules import Selection, all_rules


@dataclass
class CodePlace:
    path: str
    line: int
    text: str


def _finding(rule_id: str, message: str, code: CodePlace | None, evidence: Any, paper_path: str,
             confidence: Confidence | None = None, severity: Severity | None = None) -> Finding:
    rule = all_rules()[rule_id]
    page = getattr(evidence, "page", None)
    sentence = getattr(evidence, "text", "")
    paper_loc = Location(getattr(evidence, "path", paper_path) or paper_path, getattr(evidence, "line", None), page=page,
                         margin_line=getattr(evidence, "margin_line", None))
    primary = Location(code.path, code.line) if code else paper_loc
    related = [paper_loc] if code else []
    return Finding(rule.id, rule.name, severity or rule.severity, confidence or rule.confidence, message, primary,
                   evidence=code.text if code else sentence, fix_hint=rule.fix_hint, related_locations=related,
                   related_evidence=[sentence] if code else [])


def _first_place(evidence: list[tuple[str, int, str]], project=None) -> CodePlace | None:
    """The evidence line to cite: in a file the launchers run, else a training-looking file, else the first."""
    if not evidence:
        return None
    launched = set(getattr(project, "runs", {}) or {}) if project is not None else set()

    def rank(item: tuple[str, int, str]) -> int:
        name = item[0].rsplit("/", 1)[-1].lower()
        if item[0] in launched:
            return 0
        if any(w in name for w in ("train", "main", "run", "finetune", "experiment")):
            return 1
        return 3 if any(w in name for w in ("data", "prepare", "preprocess", "make_", "download", "util")) else 2

    path, line, what = min(evidence, key=rank)
    facts = project.files.get(path) if project is not None else None
    lines = getattr(facts, "lines", None) or []
    return CodePlace(path, line, lines[line - 1].strip() if 0 < line <= len(lines) else what)


def _code_seed_values(project) -> set[str]:
    """Literal seed values the code can run: option defaults, sweep values, literal seeding calls."""
    from .code.variation import seed_uses

    values = {str(o.default) for o in project.seed_options if isinstance(o.default, int) and not isinstance(o.default, bool)}
    for o in project.seed_options:
        if isinstance(o.default, list):
            values |= {str(v) for v in o.default}
    for sweep in project.sweeps:
        values |= set(sweep.values)
    for facts in project.python_files():
        values |= {str(u.value) for u in seed_uses(facts, project) if u.origin in ("literal", "constant", "helper-default")
                   and u.value is not None}
    return values


def _nondeterministic_benchmark(project) -> CodePlace | None:
    """`cudnn.benchmark = True` outside a determinism branch, with no deterministic algorithms anywhere."""
    from .code.checks.kernels import _cudnn, _deterministic_algorithms, _guarded

    if _deterministic_algorithms(project):
        return None
    for facts in project.python_files():
        for assign in facts.assigns:
            if _cudnn(assign, "benchmark") and assign.value.value is True and not _guarded(facts, assign):
                return CodePlace(facts.path, assign.line, assign.value.text and "torch.backends.cudnn.benchmark = True")
    return None


def crosscheck(claims, project, code_findings: Iterable[Finding], paper_path: str,
               selection: Selection | None = None) -> tuple[list[Finding], list[dict[str, Any]]]:
    """SA301-SA305 findings and the paper-vs-code table rows the report shows."""
    findings: list[Finding] = []
    rows: list[dict[str, Any]] = []
    variation = project.seed_variation
    aggregates = [c for c in claims.n_seeds + claims.n_runs if c.category in ("aggregate", "tuned-one-seed", "sensitivity") and c.n >= 2]
    claimed = max(aggregates, key=lambda c: c.n) if aggregates else None
    place = _first_place(variation.evidence, project)
    state = variation.describe()

    if claimed is not None:
        row = {"paper": f"results over {claimed.n} {claimed.unit}", "page": claimed.evidence.page, "code": state,
               "where": f"{place.path}:{place.line}" if place else "", "status": "consistent"}
        if variation.state in ("fixed-only", "capacity-only"):
            how = "one hard-coded seed" if variation.state == "fixed-only" else "a seed option whose default is the only value anything runs"
            findings.append(_finding("SA301", f"the paper reports results over {claimed.n} {claimed.unit}, but the code runs "
                                              f"{how} and nothing in the project varies it", place, claimed.evidence, paper_path))
            row["status"] = "SA301 mismatch"
        elif variation.state == "swept" and 1 <= variation.count < claimed.n:
            sweep_place = _first_place(variation.evidence, project) or place
            findings.append(_finding("SA305", f"the paper reports {claimed.n} {claimed.unit}, but the sweep the code provides "
                                              f"runs {variation.count}", sweep_place, claimed.evidence, paper_path))
            row["status"] = "SA305 fewer runs"
        rows.append(row)

    named = claims.values
    if named:
        code_values = _code_seed_values(project)
        row = {"paper": f"seed values {', '.join(map(str, named))}", "page": claims.seed_values[0][1].page,
               "code": ", ".join(sorted(code_values)) or "no seed set", "where": "", "status": "consistent"}
        if code_values and not code_values & {str(v) for v in named}:
            findings.append(_finding("SA302", f"the paper names seed(s) {', '.join(map(str, named))}, but the code uses "
                                              f"{', '.join(sorted(code_values)[:6])}", place, claims.seed_values[0][1], paper_path))
            row["status"] = "SA302 different values"
        elif not code_values and variation.state == "unseeded":
            findings.append(_finding("SA302", f"the paper names seed(s) {', '.join(map(str, named))}, but the code sets no seed at "
                                              "all, so no run can reproduce them", None, claims.seed_values[0][1], paper_path,
                                     confidence=Confidence.LOW))
            row["status"] = "SA302 code unseeded"
        rows.append(row)

    best = [f for f in code_findings if f.rule_id == "SA102"]
    if best and not claims.best_of_n:
        evidence = claimed.evidence if claimed is not None else None
        code = CodePlace(best[0].location.path, best[0].location.line or 1, best[0].evidence)
        what = f"reports results over {claimed.n} {claimed.unit}" if claimed else "does not say that the best seed is reported"
        f = _finding("SA303", f"the code keeps the best seed, while the paper {what}", code, evidence, paper_path)
        findings.append(f)
        rows.append({"paper": what, "page": getattr(evidence, "page", None), "code": "keeps the best seed",
                     "where": f"{code.path}:{code.line}", "status": "SA303 mismatch"})

    if claims.reproducibility_claim:
        bench = _nondeterministic_benchmark(project)
        if bench is not None:
            findings.append(_finding("SA304", "the paper says a fixed seed makes results reproducible, but the code turns on "
                                              "cudnn.benchmark without deterministic algorithms", bench,
                                     claims.reproducibility_claim[0], paper_path))
            rows.append({"paper": "fixed seed → reproducible", "page": claims.reproducibility_claim[0].page,
                         "code": "cudnn.benchmark = True", "where": f"{bench.path}:{bench.line}", "status": "SA304 mismatch"})
    if selection is not None:
        findings = [f for f in findings if f.rule_id in selection]
    return findings, rows
