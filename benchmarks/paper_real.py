"""Paper audit on the real dev papers (../shared/real-papers/): extraction quality per backend, and
findings against labels written for this project by reading each paper's seed and run sentences.

Usage: python benchmarks/paper_real.py [--folder DIR] [--no-pdfminer]
Prints per-backend extraction quality (space ratio, long letter runs, collapsed detection, share of
pdfium's words that pdfminer recovers and the other way round), per-category precision/recall at
paper level (a paper "has" a category when at least one of its sentences gets it), and verdict
accuracy. Only labels live here: no text of the papers is copied into the repository.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from seedaudit.paper import audit_paper  # noqa: E402
from seedaudit.paper.pdf import is_collapsed, read_pdf, spacing_stats  # noqa: E402
from seedaudit.paper.scoring import format_table  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "real-papers"
NONE = "no seed information"
# file prefix -> (expected verdict, expected categories). Labelled by reading each paper's sentences about
# seeds and runs (pypdfium2 text). Traps noted: seed data / seed samples / SEED-Bench / SEEDA / seeding.
# Papers 13, 19 and 27 were relabelled to agree with ../shared/real-quotes, whose labels (quote ids noted)
# read seeds of decoding, exemplar sampling and frozen-LLM evaluation as other randomness.
LABELS: dict[str, tuple[str, set[str]]] = {
    "01": ("review", {"aggregate"}),
    "02": (NONE, set()),  # "different random seeds" only in a discussion of normalisation
    "03": ("review", {"aggregate"}),
    "04": (NONE, set()),  # SEEDA data set, tournament-style "seeding"
    "05": ("review", {"aggregate"}),
    "06": (NONE, set()),  # seed data for synthesis
    "07": ("risky", {"single-run", "aggregate"}),
    "08": ("review", {"aggregate"}),
    "09": ("review", {"aggregate"}),
    "10": ("review", {"aggregate"}),
    "11": ("review", {"aggregate"}),
    "12": ("review", {"aggregate"}),
    "13": (NONE, set()),  # seeds of temperature-1 decoding: other RNG (real-quotes q091)
    "14": ("review", {"aggregate"}),
    "15": ("risky", {"fixed-seed"}),
    "16": (NONE, set()),  # SEED-Bench
    "17": ("risky", {"aggregate", "single-run", "fixed-seed"}),
    "18": ("review", {"aggregate"}),
    "19": (NONE, set()),  # the seed only picks few-shot exemplars: other RNG (real-quotes q134, paper O)
    "20": ("review", {"aggregate", "sensitivity"}),
    "21": ("review", {"aggregate"}),  # also "seed samples" (trap)
    "22": ("review", {"aggregate"}),
    "23": ("risky", {"fixed-seed", "single-run"}),  # its admission that runs were not repeated: a single run
    "24": ("review", {"aggregate", "sensitivity"}),
    "25": ("review", {"aggregate"}),
    "26": ("review", {"aggregate"}),
    "27": (NONE, set()),  # one evaluation pass of frozen LLMs: other RNG (real-quotes q171); seed terms (trap)
    "28": ("review", {"aggregate", "sensitivity"}),
    "29": (NONE, set()),  # seed analogy, seed-bearing (traps); "two runs" are two analogy forms
    "30": ("ok", {"sensitivity"}),  # a reliability study across 100 seeded replications
    "31": (NONE, set()),
    "32": (NONE, set()),
    "33": (NONE, set()),
    "34": (NONE, set()),
    "35": (NONE, set()),
    "36": (NONE, set()),
}
WORD = re.compile(r"[a-z]{3,}")


def words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def extraction(papers: list[Path], with_pdfminer: bool) -> None:
    print("== extraction quality per backend")
    print(f"{'paper':<6} {'pdfium sr':>9} {'runs':>6} {'coll':>5} {'pdfminer sr':>11} {'runs':>6} {'coll':>5} "
          f"{'miner⊇ium':>9} {'ium⊇miner':>9}")
    collapsed = {"pdfium": 0, "pdfminer": 0}
    seconds = {"pdfium": 0.0, "pdfminer": 0.0}
    pages = 0
    for path in papers:
        started = time.process_time()
        ium = "\n".join(read_pdf(str(path), "pdfium").pages)
        seconds["pdfium"] += time.process_time() - started
        s1 = spacing_stats(ium)
        c1 = is_collapsed(ium)
        collapsed["pdfium"] += c1
        row = f"{path.name[:2]:<6} {s1['space_ratio']:>9.3f} {s1['long_runs_per_10k']:>6.1f} {('yes' if c1 else 'no'):>5}"
        if with_pdfminer:
            started = time.process_time()
            result = read_pdf(str(path), "pdfminer")
            seconds["pdfminer"] += time.process_time() - started
            miner = "\n".join(result.pages)
            s2 = spacing_stats(miner)
            c2 = is_collapsed(miner)
            collapsed["pdfminer"] += c2
            w1, w2 = words(ium), words(miner)
            row += (f" {s2['space_ratio']:>11.3f} {s2['long_runs_per_10k']:>6.1f} {('yes' if c2 else 'no'):>5}"
                    f" {len(w1 & w2) / max(len(w1), 1):>9.2f} {len(w1 & w2) / max(len(w2), 1):>9.2f}")
        pages += len(result.pages) if with_pdfminer else 0
        print(row)
    print(f"collapsed: pdfium {collapsed['pdfium']}/{len(papers)}, pdfminer {collapsed['pdfminer']}/{len(papers)}"
          if with_pdfminer else f"collapsed: pdfium {collapsed['pdfium']}/{len(papers)}")
    print(f"extraction CPU seconds: pdfium {seconds['pdfium']:.1f}" + (f", pdfminer {seconds['pdfminer']:.1f}" if with_pdfminer else ""))


def findings(papers: list[Path]) -> None:
    print("\n== findings against labels")
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    right = 0
    for path in papers:
        verdict, expected = LABELS[path.name[:2]]
        audit = audit_paper(path)
        got = {s.category for s in audit.sentences if s.category}
        for category in got | expected:
            bucket = tp if category in got and category in expected else fp if category in got else fn
            bucket[category] = bucket.get(category, 0) + 1
        right += audit.verdict == verdict
        flag = "" if audit.verdict == verdict and got == expected else "   <-"
        print(f"{path.name[:40]:<41} expected {verdict:<20} got {audit.verdict:<20} "
              f"missing {sorted(expected - got)} extra {sorted(got - expected)}{flag}")
    scores = {}
    for category in sorted(set(tp) | set(fp) | set(fn)):
        t, p, n = tp.get(category, 0), fp.get(category, 0), fn.get(category, 0)
        scores[category] = {"precision": t / (t + p) if t + p else 1.0, "recall": t / (t + n) if t + n else 1.0,
                            "support": t + n}
    print("\nper-category precision/recall (paper level):")
    print(format_table(scores))
    print(f"verdict accuracy: {right}/{len(papers)} = {right / len(papers):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT)
    parser.add_argument("--no-pdfminer", action="store_true", help="skip the slow pdfminer extraction comparison")
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"no real papers at {args.folder}: nothing to measure")
        return
    papers = sorted(p for p in args.folder.glob("*.pdf") if p.name[:2] in LABELS)
    extraction(papers, not args.no_pdfminer)
    findings(papers)


if __name__ == "__main__":
    main()
