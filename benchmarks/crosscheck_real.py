"""Score the paper-vs-code cross-check (SA301-SA305) on the real pairs (../shared/real-pairs).

    python benchmarks/crosscheck_real.py                 # lay out every pair, audit, score
    python benchmarks/crosscheck_real.py --ids DP04 DP13 -v
    python benchmarks/crosscheck_real.py --no-layout     # reuse the pairs already laid out

Each pair is laid out by the set's own layout.py into a git-ignored folder (OUT/<id>/paper.pdf next to
OUT/<id>/code/) and audited there as one submission; nothing of it is copied into the project.
Scoring follows the set's README: a finding matches an expected one when the family is equal, the file
is equal and the line is within ±3; every other SA3xx finding is a false positive (on OK pairs, any);
kinds in `must_not_flag` are named as such in the list of false alarms.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from devset import devset_arguments, load_cases, print_families

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT.parent / "shared" / "real-pairs"
DEFAULT_OUT = ROOT / "benchmarks" / "out" / "real-pairs"
FAMILY_RULE = {"C1": "SA301", "C2": "SA302", "C3": "SA303", "C4": "SA304", "C5": "SA305"}
RULE_FAMILY = {rule: family for family, rule in FAMILY_RULE.items()}
LINE_SLACK = 3


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)


def lay_out(ids: list[str], mirror: Path, out: Path) -> None:
    cmd = [sys.executable, str(PAIRS / "layout.py"), "--mirror", str(mirror), "--out", str(out), "--only", *ids]
    done = subprocess.run(cmd, capture_output=True, text=True)
    tail = (done.stdout + done.stderr).strip().splitlines()[-2:]
    print("layout: " + " | ".join(tail))
    if done.returncode:
        print("        (fetch the missing repositories as github:<owner>/<name> snapshots under the mirror, then run again)")


def relative(path: str, code: Path) -> str:
    """A finding's path relative to the pair's code folder, whatever the audit printed it against."""
    p = Path(path)
    for base in (code, code.resolve()):
        try:
            return (p if p.is_absolute() else (Path.cwd() / p)).resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return p.as_posix()


def audit_pair(folder: Path):
    from seedaudit.audit import audit_submission, locate, submission_config
    from seedaudit.rules import Selection

    code = folder / "code"
    sub = locate(None, folder / "paper.pdf", code, folder)
    selection = Selection.build(select=["ALL"])  # the code findings feed the cross-check (SA102 → SA303)
    result = audit_submission(sub, selection=selection, config=submission_config(code))
    return [f for f in result.findings if f.rule_id in RULE_FAMILY], result


def matches(expected: dict, finding, path: str) -> bool:
    return (RULE_FAMILY[finding.rule_id] == expected["kind"] and path == expected["code_path"]
            and finding.location.line is not None and abs(finding.location.line - expected["code_line"]) <= LINE_SLACK)


def score_case(case: dict, findings: list, code: Path, tally: Tally, verbose: bool) -> None:
    cid = case["id"]
    placed = [(f, relative(f.location.path, code)) for f in findings]
    used: set[int] = set()
    parts = []
    for e in case["expected"]:
        hit = next((i for i, (f, p) in enumerate(placed) if i not in used and matches(e, f, p)), None)
        if hit is None:
            tally.fn[e["kind"]] += 1
            near = [f"{f.rule_id} {p}:{f.location.line}" for f, p in placed if RULE_FAMILY[f.rule_id] == e["kind"]]
            parts.append(f"    MISS  {e['kind']} {e['code_path']}:{e['code_line']}"
                         + (f" (reported elsewhere: {', '.join(near)})" if near else "") + f" — {e['reason'][:140]}")
        else:
            used.add(hit)
            tally.tp[e["kind"]] += 1
            if verbose:
                parts.append(f"    hit   {e['kind']} {e['code_path']}:{e['code_line']}")
    for i, (f, p) in enumerate(placed):
        if i in used:
            continue
        family = RULE_FAMILY[f.rule_id]
        tally.fp[family] += 1
        if not case["expected"]:
            why = "OK pair"
        elif family in case["must_not_flag"]:
            why = "must_not_flag"
        elif any(e["kind"] == family for e in case["expected"]):
            why = "right kind, wrong place or duplicate"
        else:
            why = "kind not expected"
        parts.append(f"    FALSE {family}/{f.rule_id} {p}:{f.location.line} ({why}): {f.message[:140]}")
    good = not any(line.startswith(("    MISS", "    FALSE")) for line in parts)
    label = "+".join(case["label"])
    tally.lines.append(f"  {cid} [{label}] {'ok' if good else '--'}  {case['title'][:60]}")
    tally.lines += parts


def main(argv: list[str] | None = None) -> int:
    args = devset_arguments(__doc__, argv, DEFAULT_OUT, "pairs", "DP04 DP13", "also list hits and the code's seed variation")
    cases = load_cases(PAIRS, "real-pairs", args.ids)
    if cases is None:
        return 0
    if not args.no_layout:
        lay_out([c["id"] for c in cases], args.mirror, args.out)

    tally = Tally()
    skipped = []
    started = time.perf_counter()
    for case in cases:
        folder = args.out / case["id"]
        if not (folder / "paper.pdf").is_file() or not (folder / "code").is_dir():
            skipped.append(case["id"])
            continue
        findings, result = audit_pair(folder)
        score_case(case, findings, folder / "code", tally, args.verbose)
        if args.verbose:
            tally.lines.append(f"    code: {result.data.get('code', {}).get('seed_variation')}; "
                               f"rows: {[(r['paper'], r['status']) for r in result.data.get('crosscheck', [])]}")
    elapsed = time.perf_counter() - started

    print(f"\nreal-pairs: {len(cases) - len(skipped)} pair(s) audited in {elapsed:.1f} s"
          + (f"; not laid out (skipped): {' '.join(skipped)}" if skipped else ""))
    rows = print_families(FAMILY_RULE, tally.tp, tally.fp, tally.fn)
    print("\nper pair:")
    print("\n".join(tally.lines))
    if args.json:
        args.json.write_text(json.dumps({"families": rows}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
