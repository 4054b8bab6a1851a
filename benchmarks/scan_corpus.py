"""Synthetic papers for the scan benchmark: many distinct documents (no two alike, so content-hash
deduplication keeps them all), in every input form the scan reads (.txt, .md, a LaTeX source folder,
a single .tex, a .tar.gz source archive, a PDF), of a realistic length, with the seed statements of
BACKGROUND §3 mixed in at realistic rates. Every sentence template is written for this project.

    python benchmarks/scan_corpus.py OUT_DIR [--docs 1000] [--pages 8]
"""
from __future__ import annotations

import argparse
import io
import random
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "corpus" / "papers"))

from make_pdfs import text_pdf  # noqa: E402  (the corpus's own hand-written PDF writer)

TASKS = ("named entity recognition", "summarisation", "machine translation", "question answering", "parsing",
         "sentiment analysis", "relation extraction", "text classification", "retrieval", "dialogue state tracking")
MODELS = ("a BiLSTM tagger", "a small transformer encoder", "a sequence-to-sequence model", "a distilled encoder",
          "a graph neural network", "an adapter-based model", "a retrieval-augmented generator", "a CNN classifier")
DATA = ("a news corpus", "a biomedical benchmark", "a multilingual test suite", "social media posts",
        "legal documents", "product reviews", "scientific abstracts", "transcribed speech")
FILLER = (
    "We study {task} with {model} trained on {data}.",
    "Prior systems for {task} rely on hand-built features, which limits their reach to new domains.",
    "Our approach replaces the feature pipeline with {model} and keeps the decoder unchanged.",
    "The training set of {data} holds {n1} examples, and the development set holds {n2}.",
    "Inputs are tokenised with a subword vocabulary of {n3} units shared across languages.",
    "We optimise the cross-entropy loss with Adam and a linear warm-up over the first {n4} steps.",
    "Table {t} compares the systems on the test portion of {data}.",
    "Errors concentrate on long inputs, where {model} loses track of distant context.",
    "An ablation that removes the attention layer costs {f1} points on average.",
    "We release the preprocessing scripts so that others can rebuild the splits of {data}.",
    "Section {t} discusses the limitations of evaluating {task} on a single benchmark.",
    "Figure {t} plots the learning curve of {model} against the number of training examples.",
)
STATEMENTS = {  # category -> sentences written for this benchmark; {n} small counts, {s} seed values
    "fixed-seed": ("We set the random seed to {s} for all experiments to make them reproducible.",
                   "All models are trained with a fixed random seed of {s} to ensure replicability."),
    "single-run": ("Each system is trained once and evaluated on the test set.",
                   "Because of the compute budget, every number in Table 2 comes from a single run."),
    "best-of-seeds": ("We train {n} models with different seeds and report the best test score.",),
    "aggregate": ("Scores are the mean and standard deviation over {n} random seeds.",
                  "We report the average of {n} runs with different random initialisations, with standard deviations.",
                  "Results are averaged over {n} seeds."),
    "ensemble": ("The final system is an ensemble of {n} models trained with different random seeds.",),
    "sensitivity": ("Accuracy varies from {f1} to {f2} across random seeds, so we report the full range.",),
    "trap": ("The lexicon is grown from a list of {n} seed words.", "We expand {n} seed prompts into a training set.",
             "The startup behind the dataset raised seed funding last year."),
}
WEIGHTS = {"none": 30, "fixed-seed": 10, "single-run": 10, "best-of-seeds": 3, "aggregate": 30, "ensemble": 4,
           "sensitivity": 4, "trap": 9}
VENUES = ("acl", "emnlp", "naacl", "coling")
YEARS = (2022, 2023, 2024, 2025)


def _fill(template: str, rng: random.Random) -> str:
    return template.format(task=rng.choice(TASKS), model=rng.choice(MODELS), data=rng.choice(DATA),
                           n=rng.choice((2, 3, 5, 10)), s=rng.choice((0, 1, 13, 42, 1234, 2024)),
                           n1=rng.randrange(1000, 90000), n2=rng.randrange(200, 9000), n3=rng.choice((8000, 16000, 32000)),
                           n4=rng.choice((500, 1000, 4000)), t=rng.randrange(1, 9), f1=round(rng.uniform(0.3, 80), 1),
                           f2=round(rng.uniform(80, 95), 1))


def paper_blocks(index: int, pages: int) -> tuple[str, list[tuple[str, str]]]:
    """(title, [(kind, text)]) with kind 'h' heading or 't' paragraph; about 3,500 characters a page."""
    rng = random.Random(index)
    title = f"{rng.choice(('Revisiting', 'Scaling', 'Robust', 'Efficient', 'Towards'))} {rng.choice(TASKS)} #{index}"
    categories = [c for c in rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=rng.choice((1, 1, 2)))
                  if c != "none"]
    sections = ["Introduction", "Related Work", "Method", "Experimental Setup", "Results", "Analysis", "Conclusion"]
    blocks: list[tuple[str, str]] = [("h", "Abstract"), ("t", " ".join(_fill(rng.choice(FILLER), rng) for _ in range(5)))]
    paragraphs_per_section = max(1, pages * 5 // len(sections))
    for number, section in enumerate(sections, start=1):
        blocks.append(("h", f"{number} {section}"))
        for _ in range(paragraphs_per_section):
            sentences = [_fill(rng.choice(FILLER), rng) for _ in range(rng.randrange(5, 9))]
            if section == "Experimental Setup" and categories:
                sentences.insert(rng.randrange(len(sentences)), _fill(rng.choice(STATEMENTS[categories.pop()]), rng))
            blocks.append(("t", " ".join(sentences)))
    return title, blocks


def _markdown(title: str, blocks) -> str:
    return f"# {title}\n\n" + "\n\n".join(f"## {text}" if kind == "h" else text for kind, text in blocks) + "\n"


def _latex(title: str, blocks) -> str:
    body = "\n\n".join(f"\\section{{{text}}}" if kind == "h" else text for kind, text in blocks)
    return f"\\documentclass{{article}}\n\\title{{{title}}}\n\\begin{{document}}\n\\maketitle\n{body}\n\\end{{document}}\n"


def write_paper(folder: Path, index: int, pages: int) -> Path:
    """One paper in the form its index picks: .txt, .md, LaTeX folder, .tex, .tar.gz or PDF."""
    title, blocks = paper_blocks(index, pages)
    form = ("txt", "md", "texdir", "tex", "targz", "pdf")[index % 6]
    stem = folder / f"{VENUES[index % 4]}-{YEARS[(index // 4) % 4]}" / f"paper{index:05d}"
    stem.parent.mkdir(parents=True, exist_ok=True)
    if form in ("txt", "md"):
        path = stem.with_suffix("." + form)
        path.write_text(_markdown(title, blocks), encoding="utf-8")
    elif form == "texdir":
        stem.mkdir(exist_ok=True)
        path = stem
        (stem / "main.tex").write_text(_latex(title, blocks), encoding="utf-8")
    elif form == "tex":
        path = stem.with_suffix(".tex")
        path.write_text(_latex(title, blocks), encoding="utf-8")
    elif form == "targz":
        path = stem.with_suffix(".tar.gz")
        data = _latex(title, blocks).encode()
        with tarfile.open(path, "w:gz") as tar:
            info = tarfile.TarInfo("main.tex")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    else:
        path = stem.with_suffix(".pdf")
        path.write_bytes(text_pdf(blocks, header=title, columns=2))
    return path


def write_corpus(folder: Path, docs: int, pages: int = 8) -> list[Path]:
    return [write_paper(folder, i, pages) for i in range(docs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=8)
    args = parser.parse_args()
    print(f"{len(write_corpus(args.out, args.docs, args.pages))} papers written to {args.out}")


if __name__ == "__main__":
    main()
