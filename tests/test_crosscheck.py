"""Cross-check SA301-SA305 on small submissions written for these tests: the rule, the code line, the paper sentence."""
from __future__ import annotations

from pathlib import Path

import pytest

from seedaudit.audit import audit_submission, locate
from seedaudit.audit.crosscheck import seed_count_claim
from seedaudit.paper.claims import Claims, CountClaim, Evidence
from seedaudit.rules import Selection

ALL = Selection.build(select=["ALL"])


def paper(*sentences: str) -> str:
    body = "\n".join(sentences)
    return ("\\documentclass{article}\n\\begin{document}\n\\section{Setup}\n"
            "We evaluate a small parser on two treebanks.\n" + body + "\n\\end{document}\n")


def submit(tmp_path: Path, text: str, code: dict[str, str]):
    root = tmp_path / "submission"
    files = {"paper.tex": text, **{f"code/{name}": body for name, body in code.items()}}
    for name, body in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    result = audit_submission(locate(root, None, None, work), selection=ALL)
    return [f for f in result.findings if f.rule_id.startswith("SA3")]


def where(findings) -> set[tuple[str, str, int]]:
    return {(f.rule_id, Path(f.location.path).as_posix().split("/code/")[-1], f.location.line) for f in findings}


def cites(finding, words: str) -> bool:
    return bool(finding.related_locations) and finding.related_locations[0].path.endswith("paper.tex") and \
        words in finding.related_evidence[0]


AVERAGED_FIVE = "Every score in Table 2 is the mean and standard deviation over five random seeds."
AVERAGED_THREE = "Scores are averaged over three random seeds, with the standard deviation in brackets."

TRAIN = """import argparse
import random

import numpy as np


def parse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--treebank", default="ewt")
    parser.add_argument("--seed", type=int, default=17)
    return parser.parse_args()


def main():
    args = parse()
    random.seed(args.seed)
    np.random.seed(args.seed)
    print(args.treebank, np.random.rand())


if __name__ == "__main__":
    main()
"""
TRAIN_DEFAULT_LINE = 10


# -- C1: claimed seeds, one seed in the code -------------------------------------------------------
def test_c1_argparse_default_with_readme_recipe_repeating_it(tmp_path):
    readme = "# Parser\n\nTrain with\n\n```\npython train.py --treebank ewt --seed 17\n```\n"
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": TRAIN, "README.md": readme})
    assert where(found) == {("SA301", "train.py", TRAIN_DEFAULT_LINE)}
    assert cites(found[0], "over five random seeds")
    assert "5 seeds" in found[0].message


def test_c1_readme_passing_another_seed_still_points_at_the_default(tmp_path):
    readme = "Run `python train.py --seed 3` to train.\n\n```\npython train.py --seed 3\n```\n"
    found = submit(tmp_path, paper(AVERAGED_THREE), {"train.py": TRAIN, "README.md": readme})
    assert where(found) == {("SA301", "train.py", TRAIN_DEFAULT_LINE)}


def test_c1_first_item_of_a_seed_list_that_is_never_iterated(tmp_path):
    code = """import random


def run(name, seed):
    random.seed(seed)
    return name, random.random()


if __name__ == "__main__":
    seeds = [3, 5, 7]
    print(run("parser", seed=seeds[0]))
"""
    found = submit(tmp_path, paper(AVERAGED_THREE, "We use the seeds 3, 5 and 7."), {"main.py": code})
    assert where(found) == {("SA301", "main.py", 11)}  # no SA302: the values match
    assert cites(found[0], "three random seeds")


def test_c1_per_task_launchers_one_task_short_another_consistent(tmp_path):
    sweep = TRAIN.replace('    parser.add_argument("--seed", type=int, default=17)\n',
                          '    parser.add_argument("--seed", type=int, default=17)\n'
                          '    parser.add_argument("--num_seeds", type=int, default=1)\n').replace(
        "    random.seed(args.seed)\n    np.random.seed(args.seed)\n    print(args.treebank, np.random.rand())\n",
        "    for offset in range(args.num_seeds):\n        seed = args.seed + offset\n        random.seed(seed)\n"
        "        np.random.seed(seed)\n        print(args.treebank, seed, np.random.rand())\n")
    code = {
        "tagging/tag.py": TRAIN,
        "tagging/tag.sh": "#!/bin/sh\npython tag.py \\\n  --treebank ewt \\\n  --seed 2\n",
        "parsing/parse.py": sweep,
        "parsing/parse.sh": "#!/bin/sh\npython parse.py --treebank gum --num_seeds 5\n",
    }
    found = submit(tmp_path, paper(AVERAGED_FIVE), code)
    assert where(found) == {("SA301", "tagging/tag.sh", 4)}  # the launcher's `--seed 2` decides, parsing runs 5
    assert cites(found[0], "five random seeds")


def test_c1_config_seed_when_launchers_only_name_their_log_folders(tmp_path):
    agent = """import numpy as np
import yaml


def main():
    config = yaml.safe_load(open("config.yaml"))
    rng = np.random.default_rng(config["seed"])
    print(rng.random())


if __name__ == "__main__":
    main()
"""
    launch = "seed={n}\nlog=runs/agent_seed_${{seed}}\npython agent.py --logdir $log\n"
    code = {"agent.py": agent, "config.yaml": "steps: 1000\nseed: 4\n",
            "scripts/go_0.sh": launch.format(n=0), "scripts/go_1.sh": launch.format(n=1),
            "scripts/go_2.sh": launch.format(n=2),
            "README.md": "Several seeds:\n\n```\nbash scripts/go_0.sh\nbash scripts/go_1.sh\nbash scripts/go_2.sh\n```\n"}
    found = submit(tmp_path, paper(AVERAGED_FIVE), code)
    assert where(found) == {("SA301", "config.yaml", 2), ("SA305", "README.md", 6)}


def test_c1_seeded_runs_of_a_paper_that_only_runs_inference(tmp_path):
    # the paper-level inference sense (sampling and a GPT-4 judge, training nowhere) leaves no risky
    # sentence, but the three seeded runs are still three seeds the code must vary
    text = paper("Answers are sampled at temperature 0.7 and a GPT-4 judge grades each of them.",
                 "Because sampling and the judge both vary between runs, we performed three seeded runs on the test set.",
                 "Table 2 reports the mean grade over the 3 seeds with the standard deviation.")
    readme = "# Parser\n\nGenerate with\n\n```\npython generate.py --treebank ewt --seed 17\n```\n"
    found = submit(tmp_path, text, {"generate.py": TRAIN, "README.md": readme})
    assert where(found) == {("SA301", "generate.py", TRAIN_DEFAULT_LINE)}
    assert "3 seeds" in found[0].message


def test_c1_seed_count_in_a_sentence_about_sampled_decoding(tmp_path):
    # the sentence names its randomness (decoding at temperature 0.8), so it gets no category, but it still
    # says how many seeds the paper ran: four, where the code runs one
    text = paper("A GPT-4 grader scores every generated hint for correctness.",
                 "Because hints are decoded with temperature 0.8, each accuracy in Table 2 is the mean over four random seeds.")
    readme = "# Hints\n\nGenerate with\n\n```\npython generate.py --treebank ewt --seed 17\n```\n"
    found = submit(tmp_path, text, {"generate.py": TRAIN, "README.md": readme})
    assert where(found) == {("SA301", "generate.py", TRAIN_DEFAULT_LINE)}
    assert "4 seeds" in found[0].message and cites(found[0], "four random seeds")


def test_c1_seed_in_a_config_dataclass_points_at_its_field(tmp_path):
    code = """from dataclasses import dataclass

import numpy as np


@dataclass
class Budget:
    horizon: int = 12
    seed: int = 606


def forecast(budget: Budget):
    rng = np.random.default_rng(budget.seed)
    return rng.normal(size=budget.horizon)


if __name__ == "__main__":
    print(forecast(Budget()))
"""
    found = submit(tmp_path, paper(AVERAGED_THREE), {"forecast.py": code})
    assert where(found) == {("SA301", "forecast.py", 9)}  # the field to change, not the class line


CONFIG_ENUM = """import enum

import numpy as np


class SeedBank(enum.Enum):
    REPORTED = 271


class RunConfig:
    seed = SeedBank.REPORTED
    steps = 50


def simulate(config=RunConfig()):
    rng = np.random.default_rng(config.seed.value)
    return rng.random(config.steps).mean()


if __name__ == "__main__":
    print(simulate())
"""


def test_c1_seed_held_by_a_config_object_as_an_enum_member(tmp_path):
    found = submit(tmp_path, paper(AVERAGED_THREE), {"simulate.py": CONFIG_ENUM})
    assert where(found) == {("SA301", "simulate.py", 16)}  # one seed, 271, read through `config.seed.value`


def test_c2_seed_held_by_a_config_object_as_an_enum_member(tmp_path):
    (tmp_path / "other").mkdir()
    (tmp_path / "same").mkdir()
    found = submit(tmp_path / "other", paper("All runs use the random seed 9."), {"simulate.py": CONFIG_ENUM})
    assert [f.rule_id for f in found] == ["SA302"] and "271" in found[0].message
    assert submit(tmp_path / "same", paper("All runs use the random seed 271."), {"simulate.py": CONFIG_ENUM}) == []


# -- C5: a sweep shorter than the claim ------------------------------------------------------------
def test_c5_launcher_count_shorter_than_the_claim(tmp_path):
    code = TRAIN.replace('    parser.add_argument("--seed", type=int, default=17)\n',
                         '    parser.add_argument("--seed", type=int, default=17)\n'
                         '    parser.add_argument("--n_seeds", type=int, default=1)\n').replace(
        "    random.seed(args.seed)\n", "    for k in range(args.n_seeds):\n        random.seed(args.seed + k)\n")
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": code, "run.sh": "python train.py \\\n  --n_seeds 3\n"})
    assert where(found) == {("SA305", "run.sh", 2)}
    assert "3 seeds" in found[0].message and cites(found[0], "five random seeds")


def test_c5_default_seed_list_shorter_than_the_claim(tmp_path):
    code = """import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
args = parser.parse_args()
for seed in args.seeds:
    torch.manual_seed(seed)
    print(torch.rand(1).item())
"""
    readme = "```\npython train.py --seeds 1 2\n```\n"
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": code, "README.md": readme})
    assert where(found) == {("SA305", "train.py", 5)}  # the default runs 3, more than the README's 2


def test_c5_count_option_declared_in_an_entry_point_that_names_no_seed(tmp_path):
    entry = """import argparse

from sampler import sample_all

parser = argparse.ArgumentParser()
parser.add_argument(
    "--num-draws",
    type=int,
    default=1,
)
args = parser.parse_args()
sample_all(args.num_draws)
"""
    sampler = """import torch


def sample_all(num_draws):
    for i in range(num_draws):
        torch.manual_seed(i)
        print(torch.rand(2))
"""
    found = submit(tmp_path, paper(AVERAGED_THREE), {"entry.py": entry, "sampler.py": sampler,
                                                     "go.sh": "python entry.py\n"})
    assert where(found) == {("SA305", "entry.py", 9)}


def test_c5_seed_list_given_as_a_dataclass_factory_default(tmp_path):
    code = """from dataclasses import dataclass, field

import torch


@dataclass
class Protocol:
    seeds: list = field(default_factory=lambda: [8, 9])


def run(protocol: Protocol):
    for seed in protocol.seeds:
        torch.manual_seed(seed)
        print(seed, torch.rand(2))


if __name__ == "__main__":
    run(Protocol())
"""
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"protocol.py": code})
    assert where(found) == {("SA305", "protocol.py", 8)} and "runs 2" in found[0].message  # the field, not its class


ENUM_SWEEP = """import enum

import torch


class Restart(enum.Enum):
    ALPHA = 5
    BETA = 6
    GAMMA = 7


def main():
    for restart in Restart:
        torch.manual_seed(restart.value)
        print(restart.name, torch.rand(2))


if __name__ == "__main__":
    main()
"""


def test_c5_seeds_listed_as_the_members_of_an_enum(tmp_path):
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"restarts.py": ENUM_SWEEP})
    assert where(found) == {("SA305", "restarts.py", 13)}  # three members, five seeds claimed
    assert "runs 3" in found[0].message


def test_c5_enum_with_as_many_members_as_claimed_is_consistent(tmp_path):
    assert submit(tmp_path, paper(AVERAGED_THREE, "We use the seeds 5, 6 and 7."), {"restarts.py": ENUM_SWEEP}) == []


def test_c2_enum_members_are_the_code_seeds(tmp_path):
    found = submit(tmp_path, paper(AVERAGED_THREE, "We use the seeds 1, 2 and 3."), {"restarts.py": ENUM_SWEEP})
    assert [f.rule_id for f in found] == ["SA302"] and "5, 6, 7" in found[0].message


# -- C2: named seeds the code does not use ---------------------------------------------------------
def test_c2_named_seeds_absent_from_the_code(tmp_path):
    found = submit(tmp_path, paper(AVERAGED_THREE, "The seeds are 11, 12 and 13."), {"train.py": TRAIN})
    rules = {f.rule_id: f for f in found}
    assert set(rules) == {"SA301", "SA302"}
    assert (rules["SA302"].location.line, Path(rules["SA302"].location.path).name) == (TRAIN_DEFAULT_LINE, "train.py")
    assert cites(rules["SA302"], "11, 12 and 13") and "17" in rules["SA302"].message


def test_c2_default_overridden_by_the_documented_sweep_is_no_mismatch(tmp_path):
    launch = "for seed in 11 12 13; do\n  python train.py --seed $seed\ndone\n"
    found = submit(tmp_path, paper(AVERAGED_THREE, "The seeds are 11, 12 and 13."), {"train.py": TRAIN, "run.sh": launch})
    assert found == []


def test_c2_rank_offset_of_the_named_seed_is_no_mismatch(tmp_path):
    code = TRAIN.replace("default=17", "default=5").replace(
        "    random.seed(args.seed)\n", "    rank = int(__import__('os').environ.get('RANK', 0))\n"
                                        "    random.seed(args.seed + rank)\n")
    found = submit(tmp_path, paper("All comparative runs use the random seed 5."), {"train.py": code})
    assert found == []


def test_c2_seed_inside_a_dict_literal_matches(tmp_path):
    code = """def ask(client, prompt):
    return client.complete(prompt, temperature=0, extra={"seed": 42})
"""
    found = submit(tmp_path, paper("We fix the seed to 42 and the temperature to 0."), {"ask.py": code})
    assert not [f for f in found if f.rule_id == "SA302"]


def one_page_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text is `lines`, one per line (Helvetica, an uncompressed content stream)."""
    def escaped(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = "BT /F1 10 Tf 14 TL 72 740 Td " + " ".join(f"({escaped(line)}) Tj T*" for line in lines) + " ET"
    bodies = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
              "/Contents 4 0 R >>",
              f"<< /Length {len(text)} >>\nstream\n{text}\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(bodies, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    table = f"xref\n0 {len(bodies) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    return out + f"{table}trailer\n<< /Size {len(bodies) + 1} /Root 1 0 R >>\nstartxref\n{len(out)}\n%%EOF\n".encode()


# A settings table's column headed by a capital letter with seed as its subscript (W_seed, flattened to "Wseed" in the
# PDF text) lists a set of seed items, here the seed words a lexicon grows from; its row numbers are no seed values.
# A column headed seed does give seed values.
@pytest.mark.parametrize("header, mismatch", [("Wseed", False), ("seed", True)])
def test_c2_settings_table_column_of_a_seed_subscripted_symbol_names_no_seeds(tmp_path, header, mismatch):
    lines = ["1 Setup", "We grow a polarity lexicon for each language from a handful of seed words and",
             "train a small tagger on top of it; every score comes from one training run of that tagger.",
             "Table 4: Lexicon settings per language.", f"{header} Encoder Dev Test", "1 small 0.61 0.58",
             "2 large 0.66 0.62", "The larger encoder helps on both splits."]
    root = tmp_path / "submission"
    (root / "code").mkdir(parents=True)
    (root / "paper.pdf").write_bytes(one_page_pdf(lines))
    (root / "code" / "train.py").write_text(TRAIN, encoding="utf-8")
    (tmp_path / "work").mkdir()
    result = audit_submission(locate(root, None, None, tmp_path / "work"), selection=ALL)
    found = [f for f in result.findings if f.rule_id == "SA302"]
    assert bool(found) == mismatch
    assert not found or "1, 2" in found[0].message and "17" in found[0].message


# -- C3 and C4 -------------------------------------------------------------------------------------
def test_c3_best_seed_kept_behind_an_average(tmp_path):
    code = """from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
import numpy as np

X, y = np.random.rand(300, 5), np.random.randint(0, 2, 300)
best_acc = 0.0
for seed in range(5):
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=seed)
    acc = LogisticRegression(random_state=seed).fit(X_tr, y_tr).score(X_te, y_te)
    if acc > best_acc:
        best_acc = acc
print("accuracy", best_acc)
"""
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"sweep.py": code})
    c3 = [f for f in found if f.rule_id == "SA303"]
    assert len(c3) == 1 and Path(c3[0].location.path).name == "sweep.py" and 7 <= c3[0].location.line <= 11
    assert cites(c3[0], "five random seeds")
    assert not [f for f in found if f.rule_id in ("SA301", "SA305")]  # the loop runs five seeds


def test_ok_worker_count_capped_by_the_per_seed_jobs_is_no_best_seed(tmp_path):
    # min() over a worker count and the number of jobs picks no seed: nothing names a score
    code = """import multiprocessing as mp

import numpy as np


def fit(job):
    np.random.seed(job["seed"])
    return float(np.random.rand(8).mean() * job["rate"])


if __name__ == "__main__":
    jobs = []
    for seed in (1, 2, 3, 4, 5):
        jobs.append({"seed": seed, "rate": 0.1})
    with mp.Pool(processes=min(4, len(jobs))) as pool:
        outputs = pool.map(fit, jobs)
    print(sum(outputs) / len(outputs))
"""
    assert submit(tmp_path, paper(AVERAGED_FIVE), {"sweep_jobs.py": code}) == []


def test_c3_best_seed_kept_by_its_mean_reward(tmp_path):
    code = """import numpy as np

rows = []
for seed in range(6):
    rng = np.random.default_rng(seed)
    rows.append({"seed": seed, "mean_reward": float(rng.normal(10.0, 2.0, 50).mean())})
rows.sort(key=lambda row: row["mean_reward"], reverse=True)
print("kept seed", rows[0]["seed"])
"""
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"rank_walkers.py": code})
    assert [f.rule_id for f in found] == ["SA303"]


REPRO = "Because the random seed is fixed, every number in this paper is exactly reproducible."
BENCH = "import torch\ntorch.manual_seed(0)\nnet = torch.nn.Conv2d(3, 8, 3)\ntorch.backends.cudnn.benchmark = True\n"


def test_c4_fixed_seed_reproducibility_with_cudnn_benchmark(tmp_path):
    found = submit(tmp_path, paper(REPRO), {"conv.py": BENCH})
    assert where(found) == {("SA304", "conv.py", 4)} and cites(found[0], "exactly reproducible")


def test_c4_benchmark_next_to_cudnn_deterministic_is_not_reported(tmp_path):
    code = BENCH + "torch.backends.cudnn.deterministic = True\n"
    assert submit(tmp_path, paper(REPRO), {"conv.py": code}) == []


def test_c4_needs_a_claim_about_the_seed(tmp_path):
    text = paper("We release our data and models to support the reproducibility of this work.")
    assert submit(tmp_path, text, {"conv.py": BENCH}) == []


# -- which seed decides the runs: one a training program applies -----------------------------------
FIT = """import torch
from sklearn.model_selection import train_test_split

rows = list(range(200))
kept, held = train_test_split(rows, test_size=0.25, random_state=5)
net = torch.nn.Linear(6, 1)
opt = torch.optim.SGD(net.parameters(), lr=0.05)
for row in kept:
    loss = net(torch.randn(6)).pow(2).sum()
    loss.backward()
    opt.step()
print(len(held))
"""


def test_c1_seed_of_a_test_module_decides_no_run(tmp_path):
    check = ("import random\n\n\ndef test_runner_repeats():\n    random.seed(3)\n    first = random.random()\n"
             "    random.seed(3)\n    assert random.random() == first\n")
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": TRAIN, "tests/test_runner.py": check})
    assert where(found) == {("SA301", "train.py", TRAIN_DEFAULT_LINE)}


def test_ok_split_seed_beside_unseeded_training(tmp_path):
    assert submit(tmp_path, paper(AVERAGED_THREE), {"fit.py": FIT}) == []  # the held-out rows are fixed, the net is not


def test_c1_split_seed_beside_seeded_training(tmp_path):
    code = FIT.replace("rows = list(range(200))\n", "torch.manual_seed(9)\nrows = list(range(200))\n")
    assert where(submit(tmp_path, paper(AVERAGED_THREE), {"fit.py": code})) == {("SA301", "fit.py", 4)}


def test_ok_seed_of_a_program_that_trains_nothing_beside_unseeded_training(tmp_path):
    rank = "import numpy as np\n\nnp.random.seed(11)\nscores = np.arange(8)\nprint(np.argsort(-scores))\n"
    code = FIT.replace(", random_state=5", "")
    assert submit(tmp_path, paper(AVERAGED_FIVE), {"fit.py": code, "rank_outputs.py": rank}) == []


# a trainer whose launcher runs five seeds, and a sampler of the training pool that trains nothing
STEPPED = """import argparse

import torch


def fit(seed: int, rounds: int = 20) -> float:
    torch.manual_seed(seed)
    head = torch.nn.Linear(4, 2)
    sgd = torch.optim.SGD(head.parameters(), lr=0.1)
    for _ in range(rounds):
        sgd.zero_grad()
        head(torch.randn(4)).pow(2).sum().backward()
        sgd.step()
    return float(head.weight.sum())


if __name__ == "__main__":
    cli = argparse.ArgumentParser()
    cli.add_argument("--seed", type=int, default=0)
    print(fit(cli.parse_args().seed))
"""
POOL = """import argparse
import random

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=3)
parser.add_argument("--share", type=float, default=0.4)
args = parser.parse_args()
random.seed(args.seed)
lines = open("pool.txt").read().splitlines()
kept = random.sample(lines, int(len(lines) * args.share))
open("pool_drawn.txt", "w").write("\\n".join(kept))
"""


def test_ok_launcher_of_a_program_that_trains_nothing_beside_trained_sweep(tmp_path):
    code = {"fit_net.py": STEPPED, "draw_pool.py": POOL,
            "run_all.sh": "#!/bin/sh\nfor s in 1 2 3 4 5; do\n  python fit_net.py --seed $s\ndone\n",
            "draw.sh": "#!/bin/sh\npython draw_pool.py \\\n  --share 0.3 \\\n  --seed 40\n"}
    assert submit(tmp_path, paper(AVERAGED_FIVE), code) == []  # the sampler's seed picks lines, it trains nothing


def test_c1_launcher_of_a_scorer_that_reaches_a_learning_library(tmp_path):
    # it trains nothing the project shows, but it may fine-tune through the harness it imports from elsewhere
    scorer = POOL.replace("import random\n", "import random\n\nimport torch\nfrom harness import evaluate_all\n")
    code = {"fit_net.py": STEPPED, "score_pool.py": scorer,
            "run_all.sh": "#!/bin/sh\nfor s in 1 2 3 4 5; do\n  python fit_net.py --seed $s\ndone\n",
            "score.sh": "#!/bin/sh\npython score_pool.py --seed 40\n"}
    assert where(submit(tmp_path, paper(AVERAGED_FIVE), code)) == {("SA301", "score.sh", 2)}


def test_c1_launcher_of_a_driver_that_starts_the_trainer(tmp_path):
    driver = ("import argparse\nimport os\n\nparser = argparse.ArgumentParser()\n"
              "parser.add_argument(\"--seed\", type=int, default=3)\nargs = parser.parse_args()\n"
              "for share in (0.2, 0.5):\n    os.system(f\"python fit_net.py --seed {args.seed}\")\n")
    code = {"fit_net.py": STEPPED, "sweep_shares.py": driver,
            "go.sh": "#!/bin/sh\npython sweep_shares.py --seed 12\n"}
    found = where(submit(tmp_path, paper(AVERAGED_FIVE), code))
    assert ("SA301", "go.sh", 2) in found  # the driver forwards its one seed to the trainer: its launcher stays


def test_c1_launcher_of_the_trainer_beside_a_sampler(tmp_path):
    code = {"fit_net.py": STEPPED, "draw_pool.py": POOL,
            "run_one.sh": "#!/bin/sh\npython fit_net.py \\\n  --seed 7\n",
            "draw.sh": "#!/bin/sh\npython draw_pool.py --seed 40\n"}
    assert where(submit(tmp_path, paper(AVERAGED_FIVE), code)) == {("SA301", "run_one.sh", 3)}


# a probe that loads one trained head and scores it on episodes its own seed draws
PROBE = """import argparse
import random

import torch

cli = argparse.ArgumentParser()
cli.add_argument("--seed", type=int, default=0)
cli.add_argument("--weights_file", default="head.pt")
cli.add_argument("--report_dir", default="scores")
args = cli.parse_args()
random.seed(args.seed)
head = torch.load(args.weights_file)
episodes = [random.sample(range(40), 5) for _ in range(10)]
print(args.report_dir, sum(float(head(torch.randn(4)).sum()) for _ in episodes))
"""
TRAIN_FIVE = "#!/bin/sh\nfor s in 1 2 3 4 5; do\n  python fit_net.py --seed $s\ndone\n"


@pytest.mark.parametrize("body", [
    "for net_seed in 1 2 3 4 5; do\n  python probe_heads.py --seed 9 --weights_file nets/head_seed${net_seed}.pt\ndone\n",
    "for net_seed in 1 2 3 4 5; do\n  weights=nets/head_seed${net_seed}.pt\n  python probe_heads.py --seed 9 --weights_file $weights\ndone\n",
])
def test_ok_probe_of_each_seeds_model_under_one_episode_seed(tmp_path, body):
    # the fixed seed draws the test episodes; the loop hands every run of the probe another seed's trained head
    code = {"fit_net.py": STEPPED, "probe_heads.py": PROBE, "train_all.sh": TRAIN_FIVE, "probe_all.sh": "#!/bin/bash\n" + body}
    assert submit(tmp_path, paper(AVERAGED_FIVE), code) == []


def test_c1_seed_loop_that_only_names_where_the_probe_writes(tmp_path):
    # the loop's seed reaches only the report folder: five repetitions of one probe seed
    body = "for net_seed in 1 2 3 4 5; do\n  python probe_heads.py --seed 9 --report_dir scores/seed${net_seed}\ndone\n"
    code = {"fit_net.py": STEPPED, "probe_heads.py": PROBE, "train_all.sh": TRAIN_FIVE, "probe_all.sh": "#!/bin/bash\n" + body}
    assert where(submit(tmp_path, paper(AVERAGED_FIVE), code)) == {("SA301", "probe_all.sh", 3)}


@pytest.mark.parametrize("switch, cited", [
    ("--hparam_search", set()),  # the search's one seed, while the chosen setting runs five seeds
    ("--use_optuna true", set()),
    ("--fine_tune", {("SA301", "tune.sh", 2)}),  # a fine-tuning switch is no search
    ("--beam_search", {("SA301", "tune.sh", 2)}),
])
def test_launcher_switching_on_a_search_beside_a_seed_sweep(tmp_path, switch, cited):
    code = {"fit_net.py": STEPPED, "tune_net.py": STEPPED, "train_all.sh": TRAIN_FIVE,
            "tune.sh": f"#!/bin/sh\npython tune_net.py {switch} --seed 3\n"}
    assert where(submit(tmp_path, paper(AVERAGED_FIVE), code)) == cited


def test_c1_launcher_switching_on_a_search_where_nothing_sweeps_seeds(tmp_path):
    code = {"fit_net.py": STEPPED, "tune_net.py": STEPPED, "train.sh": "#!/bin/sh\npython fit_net.py --seed 7\n",
            "tune.sh": "#!/bin/sh\npython tune_net.py --hparam_search --seed 3\n"}
    assert where(submit(tmp_path, paper(AVERAGED_FIVE), code)) == {("SA301", "tune.sh", 2), ("SA301", "train.sh", 2)}


TAGGER = """import random

import torch

random.seed(21)
sentences = [[random.randrange(50) for _ in range(9)] for _ in range(64)]
random.shuffle(sentences)
embed = torch.nn.Embedding(50, 8)
head = torch.nn.Linear(8, 4)
params = list(embed.parameters()) + list(head.parameters())
adam = torch.optim.Adam(params, lr=0.01)
for words in sentences:
    logits = head(embed(torch.tensor(words)))
    loss = logits.logsumexp(-1).mean()
    adam.zero_grad()
    loss.backward()
    adam.step()
"""


def test_ok_python_seed_beside_torch_training_nothing_seeds(tmp_path):
    # the sentences and their order are fixed, the tagger's weights are drawn afresh in every run
    assert submit(tmp_path, paper(AVERAGED_THREE), {"tag_train.py": TAGGER}) == []


def test_c1_python_seed_beside_torch_training_seeded_too(tmp_path):
    code = TAGGER.replace("random.seed(21)\n", "random.seed(21)\ntorch.manual_seed(21)\n")
    assert where(submit(tmp_path, paper(AVERAGED_THREE), {"tag_train.py": code})) == {("SA301", "tag_train.py", 5)}


def test_c1_python_seed_beside_a_trainer_that_may_seed_torch(tmp_path):
    code = TAGGER.replace("adam = torch.optim.Adam(params, lr=0.01)\n",
                          "adam = torch.optim.Adam(params, lr=0.01)\nloop = StepTrainer(adam)\n")
    code = code.replace("import torch\n", "import torch\nfrom steps import StepTrainer\n", 1)
    assert where(submit(tmp_path, paper(AVERAGED_THREE), {"tag_train.py": code})) == {("SA301", "tag_train.py", 6)}


def test_c5_launcher_loop_over_one_seed_beside_a_readme_placeholder(tmp_path):
    # the README leaves the seed to the reader; the one launcher that says which seeds runs only one
    launch = "#!/bin/bash\nfor bank in ewt gum; do\n  for s in 8; do\n    python train.py --treebank $bank --seed $s\n  done\ndone\n"
    readme = "# Parser\n\nTrain with\n\n```\npython train.py --treebank $TREEBANK --seed $SEED\n```\n"
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": TRAIN, "scripts/banks.sh": launch, "README.md": readme})
    assert where(found) == {("SA305", "scripts/banks.sh", 3)}


def test_ok_launcher_loop_over_one_seed_beside_a_readme_loop_over_five(tmp_path):
    launch = "#!/bin/bash\nfor s in 8; do\n  python train.py --seed $s\ndone\n"
    readme = "```\nfor SEED in 1 2 3 4 5; do python train.py --seed $SEED; done\n```\n"
    assert submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": TRAIN, "scripts/one.sh": launch, "README.md": readme}) == []


FIVE_EWT = "#!/bin/bash\nfor s in 1 2 3 4 5; do\n  python train.py --treebank ewt --seed $s\ndone\n"


def test_c5_seed_loop_cut_short_for_one_setting_while_another_setting_runs_five(tmp_path):
    # the ewt setting runs five seeds; the gum setting's own loop holds one: its results rest on one seed
    gum = "#!/bin/bash\nfor s in 4; do\n  python train.py --treebank gum --seed $s\ndone\n"
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": TRAIN, "scripts/ewt.sh": FIVE_EWT, "scripts/gum.sh": gum})
    assert where(found) == {("SA305", "scripts/gum.sh", 2)}
    assert "no other command runs these settings" in found[0].message


def test_ok_short_seed_loop_of_a_setting_another_launcher_runs_five_times(tmp_path):
    # the same setting on another card: the five-seed launcher covers it
    quick = "#!/bin/bash\nfor s in 4; do\n  python train.py --treebank ewt --seed $s --gpu 1\ndone\n"
    assert submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": TRAIN, "scripts/ewt.sh": FIVE_EWT, "scripts/quick.sh": quick}) == []


ORDERED = """import numpy as np
import yaml


def shuffled_batches(seed, n):
    return np.random.RandomState(seed=seed).permutation(n).reshape(-1, 4)


cfg = yaml.safe_load(open("config.yaml"))
weights = np.zeros(3)
for batch in shuffled_batches(cfg["seed"], 16):
    weights += 0.01 * batch[:3]
print(weights)
"""


def test_c1_config_seed_a_helper_applies_through_its_parameter(tmp_path):
    config = "corpus: reviews\nseed: 4\nepochs: 2\n"
    found = submit(tmp_path, paper(AVERAGED_THREE), {"fit_order.py": ORDERED, "config.yaml": config})
    assert where(found) == {("SA301", "config.yaml", 2)}


def test_ok_seed_parameter_fed_from_a_loop_over_seeds(tmp_path):
    code = ORDERED.replace('for batch in shuffled_batches(cfg["seed"], 16):',
                           'for seed in range(3):\n  for batch in shuffled_batches(seed, 16):')
    code = code.replace("    weights += 0.01", "      weights += 0.01")
    assert submit(tmp_path, paper(AVERAGED_THREE), {"fit_order.py": code, "config.yaml": "seed: 4\n"}) == []


# A data collection's own sampling or shuffling, seeded by keyword, picks the examples or their order: it is no seed of
# the training's draws, as a split's random_state is not
SUBSAMPLED = """import pandas as pd
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split

notes = pd.read_csv("ward_notes.csv")
notes = notes.sample(frac=0.4, random_state=12)
scores = []
for attempt in range(5):
    fit_part, check_part = train_test_split(notes, test_size=0.3)
    tagger = SGDClassifier(loss="log_loss")
    tagger.fit(fit_part[["length", "digits"]], fit_part["urgent"])
    scores.append(tagger.score(check_part[["length", "digits"]], check_part["urgent"]))
print(sum(scores) / len(scores))
"""

REORDERED = """from datasets import load_dataset
from transformers import HfArgumentParser, Trainer, TrainingArguments, set_seed

(args,) = HfArgumentParser(TrainingArguments).parse_args_into_dataclasses()
set_seed(args.seed)
stories = load_dataset("json", data_files="stories.jsonl")["train"]
stories = stories.shuffle(seed=3).select(range(400))
trainer = Trainer(model=None, args=args, train_dataset=stories)
trainer.train()
"""


def test_ok_seeded_table_sample_beside_unseeded_training_draws(tmp_path):
    # the subsample is fixed; every split and every classifier's draws are fresh in each of the five attempts
    assert submit(tmp_path, paper(AVERAGED_FIVE), {"fit_notes.py": SUBSAMPLED}) == []


def test_c1_dataset_shuffle_seed_is_not_the_trainers_seed(tmp_path):
    # one seed decides the runs: the trainer's own, read from its arguments (42 unless a command sets it)
    found = submit(tmp_path, paper(AVERAGED_THREE), {"finetune.py": REORDERED})
    assert where(found) == {("SA301", "finetune.py", 5)}


ONE_FIT = """import pandas as pd
from sklearn.linear_model import SGDClassifier

notes = pd.read_csv("ward_notes.csv")
notes = notes.sample(frac=0.4, random_state=12)
tagger = SGDClassifier(loss="log_loss", random_state=30)
tagger.fit(notes[["length", "digits"]], notes["urgent"])
"""


@pytest.mark.parametrize("code, line", [
    (ONE_FIT, 6),  # the classifier's own seed decides the runs, not the sample's
    (ONE_FIT.replace(", random_state=30", "").replace("frac=0.4, random_state=12", "frac=0.4, seed=12"), 5),  # no table's keyword
])
def test_c1_training_seed_beside_a_seeded_table_sample(tmp_path, code, line):
    assert where(submit(tmp_path, paper(AVERAGED_FIVE), {"fit_notes.py": code})) == {("SA301", "fit_notes.py", line)}


# A copy of a library the project imports, kept in the repository with its own packaging: its example launchers and
# seeds are the library's, not the experiments the paper reports
LIBRARY = {
    "tinytagger/setup.py": "from setuptools import setup\n\nsetup(name='tinytagger', package_dir={'': 'src'})\n",
    "tinytagger/src/tinytagger/__init__.py": "def tag(words):\n    return ['X' for _ in words]\n",
    "tinytagger/examples/demo.py": TRAIN,
    "tinytagger/examples/run_demo.sh": "#!/bin/bash\npython demo.py --treebank toy --seed 3\n",
}
OWN_TRAIN = "import tinytagger\n" + TRAIN


def test_c1_library_copy_examples_are_not_the_projects_runs(tmp_path):
    # the project's own trainer keeps its one default seed; the library copy's demo launcher is not cited
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": OWN_TRAIN, **LIBRARY})
    assert where(found) == {("SA301", "train.py", 11)}


def test_ok_library_copy_sweep_does_not_excuse_the_project(tmp_path):
    # a five-seed loop in the library copy's example launcher runs none of the project's experiments
    sweep = "#!/bin/bash\nfor s in 1 2 3 4 5; do\n  python demo.py --treebank toy --seed $s\ndone\n"
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": OWN_TRAIN, **LIBRARY, "tinytagger/examples/run_demo.sh": sweep})
    assert where(found) == {("SA301", "train.py", 11)}


def test_c1_packaged_folder_nothing_imports_stays_the_projects(tmp_path):
    # a packaged folder whose package no file outside it imports is the project's own code: its launcher is cited
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": TRAIN, **LIBRARY})
    assert ("SA301", "tinytagger/examples/run_demo.sh", 2) in where(found)


def test_c1_project_command_running_a_library_copy_script(tmp_path):
    # the project's own launcher runs the copy's demo script with one seed: that run is the project's
    launch = "#!/bin/bash\npython tinytagger/examples/demo.py --treebank ewt --seed 3\n"
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": OWN_TRAIN, **LIBRARY, "run_all.sh": launch})
    assert ("SA301", "run_all.sh", 2) in where(found)


# A README results table with one row per seed documents the seeds the project ran through its seed option
SEED_TABLE = """# Tagger

Results on the dev split:

| Seed | Accuracy | F1 |
|------|----------|----|
| 3 | 91.2 | 88.0 |
| 30 | 90.7 | 87.4 |
| 300 | 91.0 | 87.9 |
| Mean | 91.0 | 87.8 |
"""


def test_ok_readme_table_of_results_per_seed(tmp_path):
    found = submit(tmp_path, paper(AVERAGED_THREE), {"train.py": TRAIN, "README.md": SEED_TABLE})
    assert found == []


def test_c1_readme_table_of_fewer_seeds_than_claimed(tmp_path):
    two = SEED_TABLE.replace("| 300 | 91.0 | 87.9 |\n", "")
    found = submit(tmp_path, paper(AVERAGED_THREE), {"train.py": TRAIN, "README.md": two})
    assert where(found) == {("SA301", "train.py", TRAIN_DEFAULT_LINE)}


def test_c1_readme_table_without_a_seed_column(tmp_path):
    epochs = SEED_TABLE.replace("| Seed |", "| Epoch |")
    found = submit(tmp_path, paper(AVERAGED_THREE), {"train.py": TRAIN, "README.md": epochs})
    assert where(found) == {("SA301", "train.py", TRAIN_DEFAULT_LINE)}


def test_c1_readme_seed_table_leaves_a_one_seed_launcher_reported(tmp_path):
    launch = "#!/bin/bash\npython train.py --treebank gum --seed 3\n"
    found = submit(tmp_path, paper(AVERAGED_THREE), {"train.py": TRAIN, "README.md": SEED_TABLE, "run_gum.sh": launch})
    assert where(found) == {("SA301", "run_gum.sh", 2)}


# a tagger whose command line either trains it or only predicts with a trained one
SWITCH_TAGGER = """import argparse

import torch

cli = argparse.ArgumentParser(description="a toy tagger: train it, or predict with the saved one")
for step in ("--do_train", "--do_predict"):
    cli.add_argument(step, action="store_true")
cli.add_argument("--seed", type=int, default=5)
cli.add_argument("--checkpoint", default="tagger.pt")
args = cli.parse_args()
torch.manual_seed(args.seed)
layer = torch.nn.Linear(8, 3)
if args.do_train:
    adam = torch.optim.Adam(layer.parameters(), lr=0.01)
    for _ in range(50):
        adam.zero_grad()
        layer(torch.randn(8)).pow(2).sum().backward()
        adam.step()
    torch.save(layer.state_dict(), args.checkpoint)
else:
    layer.load_state_dict(torch.load(args.checkpoint))
    print(layer(torch.randn(8)).argmax().item())
"""


def test_ok_prediction_only_launcher_runs_no_training_seed(tmp_path):
    code = {"tagger.py": SWITCH_TAGGER,
            "train_tagger.sh": "#!/bin/sh\npython tagger.py --do_train --seed 21 --checkpoint runs/tagger.pt\n",
            "predict_tagger.sh": "#!/bin/sh\npython tagger.py --do_predict --seed 21 --checkpoint runs/tagger.pt\n"}
    # the training launcher runs one seed; the prediction launcher only scores the model it trained
    assert where(submit(tmp_path, paper(AVERAGED_THREE), code)) == {("SA301", "train_tagger.sh", 2)}


# a program that scores a head another program trained: it loads the checkpoint and takes no training step
SCORE_CHECKPOINT = """import argparse

import torch

cli = argparse.ArgumentParser()
cli.add_argument("--seed", type=int, default=0)
cli.add_argument("--ckpt", default="head.pt")
args = cli.parse_args()
torch.manual_seed(args.seed)
head = torch.nn.Linear(4, 2)
head.load_state_dict(torch.load(args.ckpt))
with torch.no_grad():
    print(head(torch.randn(64, 4)).argmax(1).float().mean().item())
"""


def test_ok_launcher_of_a_program_scoring_a_trained_checkpoint(tmp_path):
    code = {"fit_net.py": STEPPED, "score_head.py": SCORE_CHECKPOINT,
            "train.sh": "#!/bin/sh\npython fit_net.py \\\n  --seed 7\n",
            "score.sh": "#!/bin/sh\npython score_head.py --ckpt runs/seed_7/head.pt --seed 7\n"}
    # the scoring launcher passes the training seed along to a program that trains nothing
    assert where(submit(tmp_path, paper(AVERAGED_FIVE), code)) == {("SA301", "train.sh", 3)}


def test_c1_launcher_of_a_program_that_tunes_a_loaded_checkpoint_stays_reported(tmp_path):
    tune = SCORE_CHECKPOINT.replace("with torch.no_grad():\n    print(head(torch.randn(64, 4)).argmax(1).float().mean().item())\n",
                                    "sgd = torch.optim.SGD(head.parameters(), lr=0.01)\nhead(torch.randn(4)).sum().backward()\n"
                                    "sgd.step()\n")
    code = {"fit_net.py": STEPPED, "eval_then_tune.py": tune,
            "run_all.sh": "#!/bin/sh\nfor s in 1 2 3 4 5; do\n  python fit_net.py --seed $s\ndone\n",
            "tune.sh": "#!/bin/sh\npython eval_then_tune.py --seed 7\n"}
    assert where(submit(tmp_path, paper(AVERAGED_FIVE), code)) == {("SA301", "tune.sh", 2)}


# a trainer whose draws all happen in a library it hands its model to, seeded nowhere in the project
LIBRARY_TRAINING = """import numpy as np
from policy_lib import PolicyTrainer


def show(samples):
    picker = np.random.RandomState(42)
    picker.shuffle(samples)
    print(samples[:5])


def main():
    trainer = PolicyTrainer(config="ppo.yaml")
    samples = trainer.train()
    show(list(samples))


if __name__ == "__main__":
    main()
"""


def test_ok_generator_seeded_only_to_pick_logged_samples_decides_no_run(tmp_path):
    # the fixed generator only chooses which outputs are printed: no seed of the project decides the runs
    assert submit(tmp_path, paper(AVERAGED_FIVE), {"train_policy.py": LIBRARY_TRAINING}) == []


def test_c1_generator_handed_to_the_trainer_decides_the_runs(tmp_path):
    code = LIBRARY_TRAINING.replace('PolicyTrainer(config="ppo.yaml")',
                                    'PolicyTrainer(config="ppo.yaml", rng=np.random.RandomState(42))')
    assert where(submit(tmp_path, paper(AVERAGED_FIVE), {"train_policy.py": code})) == {("SA301", "train_policy.py", 12)}


def test_c1_launcher_naming_its_training_switch_turned_off_stays_reported(tmp_path):
    # a recipe with its training switch set off above the command: the reader flips it to train with this seed
    launch = ("#!/bin/sh\nDO_TRAIN=False\nDO_PREDICT=True\n"
              "python tagger.py --do_train $DO_TRAIN --do_predict $DO_PREDICT --seed 21\n")
    code = {"tagger.py": SWITCH_TAGGER, "recipe.sh": launch}
    assert where(submit(tmp_path, paper(AVERAGED_THREE), code)) == {("SA301", "recipe.sh", 4)}


def test_c1_launcher_that_trains_and_predicts_stays_reported(tmp_path):
    code = {"tagger.py": SWITCH_TAGGER,
            "both.sh": "#!/bin/sh\npython tagger.py --do_train --do_predict --seed 21\n"}
    assert where(submit(tmp_path, paper(AVERAGED_THREE), code)) == {("SA301", "both.sh", 2)}


def test_c1_only_a_prediction_launcher_leaves_the_default_seed_reported(tmp_path):
    code = {"tagger.py": SWITCH_TAGGER,
            "predict_tagger.sh": "#!/bin/sh\npython tagger.py --do_predict --seed 21\n"}
    assert where(submit(tmp_path, paper(AVERAGED_THREE), code)) == {("SA301", "tagger.py", 8)}


# -- OK patterns -----------------------------------------------------------------------------------
def test_ok_unseeded_code_runs_independent_seeds(tmp_path):
    code = "import numpy as np\n\nweights = np.random.rand(4)\nprint(weights.sum())\n"
    assert submit(tmp_path, paper(AVERAGED_FIVE), {"fit.py": code}) == []


def test_ok_seed_option_that_nothing_reads(tmp_path):
    code = TRAIN.replace("    random.seed(args.seed)\n    np.random.seed(args.seed)\n", "")
    readme = "```\npython train.py --treebank ewt\n```\n"
    assert submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": code, "README.md": readme}) == []


def test_ok_launcher_runs_more_seeds_than_claimed(tmp_path):
    launch = "#!/bin/bash\nfor s in 1 2 3 4 5; do\n  python train.py --seed $s\ndone\n"
    assert submit(tmp_path, paper(AVERAGED_THREE), {"train.py": TRAIN, "sweep.sh": launch}) == []


def test_ok_config_list_of_settings_with_their_seeds(tmp_path):
    config = '{\n  "settings": [\n    {"seed": 101, "lr": 0.1},\n    {"seed": 202, "lr": 0.1},\n' \
             '    {"seed": 303, "lr": 0.1}\n  ]\n}\n'
    code = """import json
import sys

import torch

setting = json.load(open("runs.json"))["settings"][int(sys.argv[1])]
torch.manual_seed(setting["seed"])
print(torch.rand(1))
"""
    assert submit(tmp_path, paper(AVERAGED_THREE), {"train.py": code, "runs.json": config}) == []


def test_ok_hyperparameter_search_runs_are_no_seed_claim(tmp_path):
    text = paper("We perform 200 runs of hyper-parameter search with a Bayesian optimiser and keep the best setting.",
                 AVERAGED_THREE)
    launch = "for s in 1 2 3; do python train.py --seed $s; done\n"
    assert submit(tmp_path, text, {"train.py": TRAIN, "run.sh": launch}) == []


def test_ok_trials_that_try_hyperparameter_settings_are_no_seed_claim(tmp_path):
    text = paper("For every tagger we spend 30 trials to explore candidate hyperparameter configurations and keep the best on dev.",
                 AVERAGED_THREE)
    launch = "for s in 1 2 3; do python train.py --seed $s; done\n"
    assert submit(tmp_path, text, {"train.py": TRAIN, "run.sh": launch}) == []


def test_ok_cross_validation_folds_are_no_seed_claim(tmp_path):
    # each repetition tests on another part of the data: five folds, which one seed runs
    text = paper("We split the reviews into five parts, train on three, tune on one and test on the last.",
                 "We repeat this procedure five times, rotating the test part in each repetition, and report the mean.")
    assert submit(tmp_path, text, {"train.py": TRAIN}) == []


def test_c1_repeated_cross_validation_counts_its_repetitions(tmp_path):
    text = paper("We repeat a four-fold cross-validation three times with reshuffled folds and report the mean.")
    assert where(submit(tmp_path, text, {"train.py": TRAIN})) == {("SA301", "train.py", TRAIN_DEFAULT_LINE)}


@pytest.mark.parametrize("sentence", [
    "The trained grasping policy is evaluated on the bench rig in 12 trials per object.",
    "Since the scoring network is stochastic, we evaluate each restored frame four times and report the mean score.",
    "For the hardware evaluation, a conveyor feeds parcels along fixed lanes, repeating 8 times for each lane.",
])
def test_ok_evaluation_repeated_per_item_is_no_seed_claim(tmp_path, sentence):
    assert submit(tmp_path, paper(sentence), {"train.py": TRAIN}) == []  # one trained model, tested many times


def test_ok_sampled_measurement_repeats_are_no_seed_claim(tmp_path):
    # each of the 8 runs draws another sample of outputs to score: one trained model, measured 8 times
    text = paper("Variety scores are averaged over 8 runs with a sample size of 2k captions.")
    assert submit(tmp_path, text, {"train.py": TRAIN}) == []


def test_ok_compute_budget_tally_is_no_seed_claim(tmp_path):
    # the 120 runs are every run of the study, one per setting, counted to size its compute: no repeats of a result
    text = paper("Altogether the parser needed about 250 hours on one card (120 training runs of about 2 hours each).",
                 "We made one run per setting to save compute.")
    assert submit(tmp_path, text, {"train.py": TRAIN}) == []


def test_c1_runs_trained_and_evaluated_per_task(tmp_path):
    found = submit(tmp_path, paper("Every variant is trained and evaluated in 5 trials per task."), {"train.py": TRAIN})
    assert where(found) == {("SA301", "train.py", TRAIN_DEFAULT_LINE)}


def test_ok_readme_example_for_a_seed_the_user_must_pass(tmp_path):
    code = TRAIN.replace("default=17", "required=True")
    readme = "# Parser\n\nFor example:\n\n```\npython train.py --treebank gum --seed 4\n```\n"
    text = paper(AVERAGED_FIVE, "We use the seeds 1, 2, 3, 4 and 5.")
    assert submit(tmp_path, text, {"train.py": code, "README.md": readme}) == []  # one example, not the runs


# -- a launcher whose comment lists the seeds its command is run with --------------------------------
@pytest.mark.parametrize("launch, expected", [
    # a template: the comment under the command names the five values its seed takes, the passed one among them
    ("python train.py --treebank gum --seed 7\n# --seed = {7, 8, 9, 10, 11}\n", set()),
    # the listed values do not hold the one the command passes: the comment is not this command's seeds
    ("python train.py --treebank gum --seed 7\n# --seed = [1, 2, 3, 4, 5]\n", {("SA301", "run.sh", 2)}),
    # three listed values for a five-seed claim: a sweep that is too short
    ("# random seeds in (7, 8, 9)\npython train.py --treebank gum --seed 7\n", {("SA305", "run.sh", 3)}),
])
def test_launcher_comment_listing_the_seeds_of_its_command(tmp_path, launch, expected):
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"train.py": TRAIN, "run.sh": "#!/bin/bash\n" + launch})
    assert where(found) == expected


# -- the paper side: which count is the claim -----------------------------------------------------
def _claim(n: int, text: str, category: str = "aggregate") -> CountClaim:
    return CountClaim(n, "seeds", category, Evidence(text, "paper.pdf", page=3))


@pytest.mark.parametrize("claims, expected", [
    ([_claim(3, "Dev scores use 3 random seeds. *One seed for the two largest models.", "single-run")], 3),
    ([_claim(7, "The setup is listed in Tab. 7 Random Seed torch.manual_seed numpy.random.seed")], None),
    ([_claim(6, "Table 6: accuracy across 6 random seeds.")], 6),
    ([_claim(4, "We train each model once instead of 4 seeds.", "single-run")], None),
    ([_claim(20, "Tested on the real arm, the lift reaches an 80% success rate over 20 trials.")], None),
    ([_claim(6, "The pruned detector is assessed with six attempts for every scene.")], None),
    ([_claim(4, "The frozen chat model is queried 4 times for each vignette and its ratings are averaged.")], None),
    ([_claim(3, "We rerun this answering step three times per region and keep the mean of the replies.")], None),
    ([_claim(5, "Prompting is repeated 5 times on each template, and the scores averaged.")], None),
    ([_claim(5, "Prompt tuning is repeated 5 times for each task with new initial vectors.")], 5),
    ([_claim(4, "We train the question-answering reader 4 times for each corpus.")], 4),
    ([_claim(5, "Every variant is trained and evaluated in 5 trials per task.")], 5),
    ([_claim(3, "We evaluate the agent over 3 training runs per map.")], 3),
    ([_claim(30, "We spend 30 trials to explore candidate hyperparameter configurations.")], None),
    ([_claim(16, "The parser gets 16 runs for tuning its dropout and learning rate.")], None),
    ([_claim(5, "We report 5 runs for each of the settings.")], 5),
    ([_claim(4, "The tagger is retrained four times, rotating which quarter of the corpus is held out for testing.")], None),
    ([_claim(6, "Each score is the mean of 6 runs, one per fold of a 6-fold cross-validation.")], None),
    ([_claim(3, "We repeat the 10-fold cross-validation three times and average the scores.")], 3),
    ([_claim(5, "A 5-fold cross-validation is used, and the whole procedure is run 5 times for stability.")], 5),
    ([_claim(4, "Four runs rotate the test split; every run uses a different random seed.")], 4),
    ([_claim(40, "The tagger's tuning sweep was made of 40 runs.")], None),
    ([_claim(12, "Learning rates come from a random search (12 runs) over a log scale.")], None),
    ([_claim(6, "We run a grid search 6 times over the dropout values.")], None),
    ([_claim(4, "We sweep the learning rate and report the mean of 4 runs.")], 4),
    ([_claim(3, "A grid search picks the dropout; each setting then runs 3 times with another seed.")], 3),
    ([_claim(8, "The lexical variety score is the mean over 8 runs with a sample size of 2k captions.")], None),
    ([_claim(6, "Novelty is measured on a sampling size of 400 summaries, repeated 6 times.")], None),
    ([_claim(5, "Each tagger is trained 5 times with a sample size of 200 labelled sentences.")], 5),
    ([_claim(3, "Scores are the mean of 3 runs, and the sample size is shown in the caption.")], 3),
    ([_claim(90, "All told we used about 200 GPU hours (90 tagging runs of roughly 2 hours each, plus pretraining).")],
     None),
    ([_claim(12, "The sweep cost little: 12 parser jobs, each taking under 30 minutes on one card.")], None),
    ([_claim(4, "Scores are averaged over 4 runs of about 3 hours each.")], 4),
    ([_claim(6, "We train 6 runs of about 1 hour each with different random seeds.")], 6),
    ([_claim(10, "We give the mean recall of 10 runs on the validation split during evaluation.")], None),
    ([_claim(4, "Accuracy is averaged over four runs at inference time, each drawing new distractor labels.")], None),
    ([_claim(5, "We report the mean of 5 runs of the fine-tuned tagger during evaluation.")], 5),
    ([_claim(3, "We fine-tune the reader three times and compare them at test time.")], 3),
])
def test_seed_count_claim(claims, expected):
    found = seed_count_claim(Claims(n_seeds=claims))
    assert (found.n if found else None) == expected


# -- a seed a library's argument object holds ------------------------------------------------------
TAGGER_WITH_LIBRARY_ARGUMENTS = """from dataclasses import dataclass, field

import torch
from transformers import HfArgumentParser, Trainer, TrainingArguments, set_seed


@dataclass
class TaggerOptions:
    lexicon: str = field(default="lexicon.tsv")


def main():
    parser = HfArgumentParser((TaggerOptions, TrainingArguments))
    options, training_args = parser.parse_args_into_dataclasses()
    set_seed(training_args.seed)
    model = torch.nn.Linear(8, 3)
    trainer = Trainer(model=model, args=training_args)
    trainer.train()


if __name__ == "__main__":
    main()
"""


def test_c1_seed_left_to_a_library_arguments_default(tmp_path):
    # the launcher passes no seed: every run applies the one default the library's argument object holds
    launch = "#!/bin/bash\npython tag.py --output_dir out/tagger --lexicon small.tsv\n"
    found = submit(tmp_path, paper(AVERAGED_FIVE), {"tag.py": TAGGER_WITH_LIBRARY_ARGUMENTS, "go.sh": launch})
    assert where(found) == {("SA301", "tag.py", 15)}


def test_ok_library_arguments_seed_swept_by_the_launcher(tmp_path):
    launch = "#!/bin/bash\nfor s in 11 12 13 14 15; do\n  python tag.py --output_dir out/$s --seed $s\ndone\n"
    assert submit(tmp_path, paper(AVERAGED_FIVE), {"tag.py": TAGGER_WITH_LIBRARY_ARGUMENTS, "go.sh": launch}) == []
