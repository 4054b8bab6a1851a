"""Score the code engine on a real development set: per-family and file-level P/R.

    python benchmarks/code_real.py                      # the tuning set ../shared/real-code: lay out, check, score
    python benchmarks/code_real.py --set real-code-2    # the validation set ../shared/real-code-2 (never tuned on)
    python benchmarks/code_real.py --ids D17 D41 -v     # a subset, with every finding printed
    python benchmarks/code_real.py --no-layout          # reuse the files already laid out

Both sets share one case schema (notebook cell/cell_line, `optional`, torch `condition`), so one scorer
serves both; the validation set is there to tell whether what was tuned on the first set generalises.

The cases are third-party code: they are written (by the set's own layout.py) to a git-ignored folder,
read there, and never copied into the project. Each case folder is checked as one project: the case's
main file is the target and its companion files are read by the project pass, as in a pre-commit run.
Expectations are in the README of the set: match on family and line (notebooks also on cell/cell line);
optional findings are neither required nor wrong; any other mapped finding is a false positive;
findings of rules that map to no family (SA104, SA192, SA193, SA00x) are ignored. A required finding
missed on its line but with a same-family finding within 3 lines is counted apart (a near miss: the
problem was seen, the anchor line differs), so a line-convention mismatch is not read as blindness.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from devset import devset_arguments, load_cases, print_families, ratio

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = ("real-code", "real-code-2")  # the tuning set first (the default), then the validation set
OUT_ROOT = ROOT / "benchmarks" / "out"

FAMILY_RULE = {"R1": "SA101", "R2": "SA102", "R3": "SA103", "R4": "SA105", "R5": "SA106", "R6": "SA107",
               "R7": "SA191", "R8": "SA108", "R9": "SA109"}
RULE_FAMILY = {rule: family for family, rule in FAMILY_RULE.items()}
CASE_PYPROJECT = '[project]\nname = "case"\n'
# a declared torch version that rules a "torch < 1.9" condition out
NEW_TORCH = "2.2"
NEAR = 3  # lines either side of an expected line that count as a near miss
# families whose recall is printed on a line of their own: the two rules the paper cross-check leans on
HEADLINE = ("R1", "R2")


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    optional_hits: list[str] = field(default_factory=list)
    files: Counter = field(default_factory=Counter)  # tp / fp / fn / tn at file level
    near: list[str] = field(default_factory=list)  # required findings missed on the line, seen within NEAR lines


def lay_out(cases: list[dict], real: Path, mirror: Path, out: Path) -> None:
    for case in cases:
        shutil.rmtree(out / case["id"], ignore_errors=True)
    cmd = [sys.executable, str(real / "layout.py"), "--mirror", str(mirror), "--out", str(out),
           "--ids", *[c["id"] for c in cases]]
    done = subprocess.run(cmd, capture_output=True, text=True)
    report = (done.stdout + done.stderr).strip()
    print("layout: " + report.replace("\n", "\n        "))
    if "repositories still to fetch" in report:
        print("        (fetch them as github:<owner>/<name> snapshots under the mirror, then run again)")
    for case in cases:
        folder = out / case["id"]
        if folder.is_dir() and not (folder / "pyproject.toml").exists():
            # make the case folder its own project root, so nothing above it (this repo) leaks in
            (folder / "pyproject.toml").write_text(CASE_PYPROJECT, encoding="utf-8")


def check_case(folder: Path, main: Path, torch_version: str | None = None):
    from seedaudit.code.engine import check_paths
    from seedaudit.config import load_config
    from seedaudit.rules import Selection

    config = load_config([folder]).with_overrides(target_torch_version=torch_version)
    outcome = check_paths([main], config, Selection.build(select=["ALL"]), use_cache=False, jobs=2)
    return outcome.findings


def matches(expected: dict, finding) -> bool:
    if RULE_FAMILY.get(finding.rule_id) != expected["rule"]:
        return False
    loc = finding.location
    if loc.line == expected["line"]:
        return True
    return expected.get("cell") is not None and (loc.cell, loc.cell_line) == (expected["cell"], expected.get("cell_line"))


def distance(expected: dict, finding) -> int | None:
    """Lines between a same-family finding and an expected line (in the cell for notebooks); None if unrelated."""
    if RULE_FAMILY.get(finding.rule_id) != expected["rule"]:
        return None
    loc = finding.location
    if expected.get("cell") is not None and loc.cell == expected["cell"] and loc.cell_line is not None:
        return abs(loc.cell_line - expected.get("cell_line", 0))
    return abs(loc.line - expected["line"])


def where(finding) -> str:
    loc = finding.location
    return f"line {loc.line}" + (f" (cell {loc.cell}, line {loc.cell_line})" if loc.cell is not None else "")


def score_case(case: dict, findings: list, tally: Tally, verbose: bool) -> None:
    cid = case["id"]
    mapped = [f for f in findings if f.rule_id in RULE_FAMILY]
    for f in findings:
        if f.rule_id == "SA001":
            print(f"  {cid}: input error on {f.location.path}: {f.message}")
    unique: dict[tuple, object] = {}
    for f in mapped:
        unique.setdefault((f.rule_id, f.location.line, f.location.cell, f.location.cell_line), f)
    mapped = list(unique.values())
    required = [e for e in case["expected"] if not e.get("optional")]
    for e in required:
        family = e["rule"]
        label = f"{cid} {family}/{FAMILY_RULE[family]} {case['path']}:{e['line']}"
        if e.get("cell") is not None:
            label += f" (cell {e['cell']}, line {e.get('cell_line')})"
        if any(matches(e, f) for f in mapped):
            tally.tp[family] += 1
            if verbose:
                print(f"  hit   {label}")
        else:
            tally.fn[family] += 1
            condition = f" [condition: {e['condition']}]" if e.get("condition") else ""
            tally.misses.append(f"{label}: {e['reason']}{condition}")
            near = [d for d in (distance(e, f) for f in mapped) if d is not None and d <= NEAR]
            if near:
                tally.near.append(f"{label}: a {FAMILY_RULE[family]} finding {min(near)} line(s) away")
    for f in mapped:
        family = RULE_FAMILY[f.rule_id]
        matched = [e for e in case["expected"] if matches(e, f)]
        if not matched:
            tally.fp[family] += 1
            kind = "negative file" if not required else "no expectation on this line"
            evidence = " ".join((f.evidence or "").split())[:100]
            tally.false_alarms.append(f"{cid} {f.rule_id} {case['path']} {where(f)} ({kind}): {f.message} | {evidence}")
        elif all(e.get("optional") for e in matched):
            tally.optional_hits.append(f"{cid} {f.rule_id} {case['path']} {where(f)} (optional: {matched[0]['reason']})")
    positive, flagged = bool(required), bool(mapped)
    tally.files["tp" if positive and flagged else "fn" if positive else "fp" if flagged else "tn"] += 1


def conditional_check(cases: list[dict], found: dict[str, list], out: Path) -> list[str]:
    """Conditional (torch < 1.9) findings should drop once the project declares a new torch."""
    lines = []
    for case in cases:
        conditional = [e for e in case["expected"] if "torch <" in (e.get("condition") or "") and not e.get("optional")]
        if not conditional:
            continue
        folder = out / case["id"]
        findings = check_case(folder, folder / case["path"], torch_version=NEW_TORCH)
        for e in conditional:
            label = f"  {case['id']} {e['rule']}/{FAMILY_RULE[e['rule']]} line {e['line']}: "
            if not any(matches(e, f) for f in found[case["id"]]):
                lines.append(label + "not reported in the default run either (nothing to drop)")
            elif any(matches(e, f) for f in findings):
                lines.append(label + f"STILL REPORTED with target-torch-version {NEW_TORCH} (should drop)")
            else:
                lines.append(label + f"dropped with target-torch-version {NEW_TORCH} (right)")
    return lines


def print_headline(tally: Tally) -> None:
    """SA101/SA102 recall on their own lines, and how many required findings were seen within NEAR lines."""
    for family in HEADLINE:
        hit, required = tally.tp[family], tally.tp[family] + tally.fn[family]
        print(f"{FAMILY_RULE[family]} recall ({family}): {hit}/{required} = {ratio(hit, required)}")
    exact, required = sum(tally.tp.values()), sum(tally.tp.values()) + sum(tally.fn.values())
    near = len(tally.near)
    print(f"required findings within {NEAR} lines of the expected line: {exact + near}/{required} "
          f"({exact} on the line, {near} near, {required - exact - near} not seen)")


def main(argv: list[str] | None = None) -> int:
    args = devset_arguments(__doc__, argv, None, "cases", "D17 D41", "also list every hit", sets=SETS)
    real, args.out = SHARED / args.set, args.out or OUT_ROOT / args.set
    cases = load_cases(real, args.set, args.ids)
    if cases is None:
        return 0
    if not args.no_layout:
        lay_out(cases, real, args.mirror, args.out)

    tally = Tally()
    skipped = []
    found: dict[str, list] = {}
    started = time.perf_counter()
    for case in cases:
        folder = args.out / case["id"]
        main_file = folder / case["path"]
        if not main_file.is_file():
            skipped.append(case["id"])
            continue
        found[case["id"]] = check_case(folder, main_file)
        score_case(case, found[case["id"]], tally, args.verbose)
    elapsed = time.perf_counter() - started
    scored = len(cases) - len(skipped)

    print(f"\n{args.set}: {scored} case(s) scored in {elapsed:.1f} s" + (f"; not laid out (skipped): {' '.join(skipped)}" if skipped else ""))
    rows = print_families(FAMILY_RULE, tally.tp, tally.fp, tally.fn)
    files = tally.files
    print(f"file level (a file is flagged when any mapped finding is on it): TP {files['tp']} FP {files['fp']} "
          f"FN {files['fn']} TN {files['tn']}; precision {ratio(files['tp'], files['tp'] + files['fp'])}, "
          f"recall {ratio(files['tp'], files['tp'] + files['fn'])}")
    print_headline(tally)

    for title, items in (("misses (required, not reported)", tally.misses), ("false alarms", tally.false_alarms),
                         ("optional findings reported (neutral)", tally.optional_hits),
                         (f"near misses (counted as misses; a same-family finding within {NEAR} lines)", tally.near)):
        print(f"\n{title}: {len(items)}")
        for item in items:
            print(f"  {item}")
    conditions = conditional_check([c for c in cases if c["id"] in found], found, args.out)
    if conditions:
        print("\nconditional findings with a newer torch declared:")
        print("\n".join(conditions))
    if args.json:
        args.json.write_text(json.dumps({"families": rows, "files": dict(files)}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
