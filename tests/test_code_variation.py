"""Seed options, seed uses and the project's seed-variation fact, built from small projects on disk."""
from __future__ import annotations

import textwrap

import pytest

from seedaudit.code.engine import check_paths
from seedaudit.code.seed_names import is_count_name, is_seed_name
from seedaudit.code.variation import invocation_seeds, seed_loops, seed_uses
from seedaudit.config import Config
from seedaudit.rules import Selection

TRAIN = '''
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=42)
parser.add_argument("--model", default="mlp")
args = parser.parse_args()
torch.manual_seed(args.seed)
'''


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # display paths are relative to the working directory


def project(tmp_path, files: dict[str, str]):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'p'\n")
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))
    outcome = check_paths([tmp_path], Config(root=tmp_path), Selection.build(select=["ALL"]), use_cache=False)
    return outcome.project


@pytest.mark.parametrize("name,seed,count", [
    ("seed", True, False), ("--random-seed", True, False), ("train.seed", True, False), ("data_seed", True, False),
    ("random_state", True, False), ("seed_words", False, False), ("seed_everything", False, False),
    ("n_seeds", False, True), ("--repeat", False, True), ("num_runs", False, True), ("lr", False, False),
    ("seed_accs", False, False), ("seed_results", False, False),
])
def test_names(name, seed, count):
    assert (is_seed_name(name), is_count_name(name)) == (seed, count)


def test_unseeded_project(tmp_path):
    facts = project(tmp_path, {"train.py": "import random\nprint(random.random())\n"})
    assert facts.seed_variation.describe() == "unseeded"


def test_fixed_only_project(tmp_path):
    facts = project(tmp_path, {"train.py": "import torch\ntorch.manual_seed(7)\n"})
    assert facts.seed_variation.state == "fixed-only"
    assert facts.seed_variation.values == ("7",)
    assert facts.seed_variation.evidence[0][:2] == ("train.py", 2)


def test_a_seed_option_alone_is_capacity(tmp_path):
    facts = project(tmp_path, {"train.py": TRAIN, "run.sh": "python train.py --model cnn\n"})
    assert facts.seed_variation.state == "capacity-only"
    assert [(o.name, o.default, o.kind) for o in facts.seed_options] == [("seed", 42, "argparse")]
    assert list(facts.runs) == ["train.py"]


@pytest.mark.parametrize("launcher,state,values", [
    ({"a.sh": "python train.py --model cnn --seed 5\n", "b.sh": "python train.py --model mlp --seed 5\n"},
     "fixed-only", ("5",)),
    ({"a.sh": "python train.py --model cnn --seed 5\n", "b.sh": "python train.py --model mlp\n"}, "capacity-only", ()),
    ({"run.sh": "python train.py --seed ${SEED:-42}\n"}, "capacity-only", ()),
    ({"README.md": "```python\nCUDA_VISIBLE_DEVICES=0 python train.py --model cnn --seed 3\n```\n"}, "fixed-only", ("3",)),
])
def test_launchers_that_all_pass_one_literal_run_that_seed(tmp_path, launcher, state, values):
    """A seed option is capacity while some launch runs its default; when every launch passes a literal,
    those literals are what runs (an environment default `${SEED:-42}` stays open)."""
    variation = project(tmp_path, {"train.py": TRAIN, **launcher}).seed_variation
    assert (variation.state, variation.values) == (state, values)


@pytest.mark.parametrize("extra,state", [
    ("", "fixed-only"),
    ("import hydra\n\n@hydra.main(config_path='conf')\ndef main(cfg):\n    pass\n", "capacity-only"),
])
def test_seeds_written_in_config_files_are_fixed_unless_a_cli_exposes_them(tmp_path, extra, state):
    code = "import json\nimport torch\n\ncfg = json.load(open('conf/run.json'))\ntorch.manual_seed(cfg['seed'])\n"
    facts = project(tmp_path, {"train.py": code + extra, "conf/run.json": '{"seed": 30, "lr": 0.1}\n'})
    assert facts.seed_variation.state == state


def test_seeding_helper_never_called_seeds_nothing(tmp_path):
    helper = "import random\nimport numpy as np\n\ndef set_seed(seed=7):\n    random.seed(seed)\n    np.random.seed(seed)\n"
    main = "from utils import set_seed\nimport numpy as np\n\nprint(np.random.rand())\n"
    assert project(tmp_path, {"utils.py": helper, "train.py": main}).seed_variation.state == "unseeded"
    called = main.replace("print(", "set_seed()\nprint(")
    assert project(tmp_path, {"utils.py": helper, "train.py": called}).seed_variation.state == "fixed-only"


@pytest.mark.parametrize("body,state", [
    ("    parts.append(shuffle_rows(part, seed=100 + index))\n    env.reset(seed=7 + index)\n", "fixed-only"),
    ("    parts.append(shuffle_rows(part, seed=100 + index))\n    fit(parts)\n", "swept"),
])
def test_seeds_of_data_parts_or_episodes_in_one_run_are_no_sweep(tmp_path, body, state):
    """A loop whose variable seeds only shuffles, splits or environment resets and that trains nothing varies
    data parts or evaluation episodes of one run; training inside it makes each iteration a run."""
    code = "import torch\n\ntorch.manual_seed(3)\nparts = []\nfor index in range(4):\n    part = list(range(10))\n" + body
    assert project(tmp_path, {"train.py": code}).seed_variation.state == state


def test_seed_option_set_to_a_literal_in_code_is_fixed(tmp_path):
    compare = "from train import run\n\ndef compare(args):\n    args.seed = 42\n    run(args)\n\ncompare(None)\n"
    variation = project(tmp_path, {"train.py": TRAIN, "compare.py": compare, "run.sh": "python train.py\n"}).seed_variation
    assert (variation.state, variation.values) == ("fixed-only", ("42",))


def test_seed_option_overwritten_by_a_fresh_draw_is_unseeded(tmp_path):
    code = TRAIN.replace("torch.manual_seed(args.seed)", "args.seed = random.randint(0, 1000)\ntorch.manual_seed(args.seed)")
    assert project(tmp_path, {"train.py": "import random\n" + code}).seed_variation.state == "unseeded"


def test_seed_loop_in_a_function_nothing_calls_is_capacity(tmp_path):
    code = ("import torch\n\ntorch.manual_seed(42)\n\n\ndef seed_average(fit, n_seeds):\n"
            "    for seed in range(n_seeds):\n        torch.manual_seed(seed)\n        fit()\n")
    assert project(tmp_path, {"ensemble.py": code}).seed_variation.state == "capacity-only"
    called = code + "\n\nseed_average(print, 5)\n"
    assert project(tmp_path, {"ensemble.py": called}).seed_variation.state == "swept"


def test_options_of_a_seed_search_are_no_capacity(tmp_path):
    search = "import argparse\np = argparse.ArgumentParser()\np.add_argument('--seeds', nargs='+', type=int)\n"
    train = "import torch\ntorch.manual_seed(2024)\n"
    variation = project(tmp_path, {"seed_search/try_seeds.py": search, "train.py": train}).seed_variation
    assert (variation.state, variation.values) == ("fixed-only", ("2024",))


@pytest.mark.parametrize("launcher,count,values", [
    ({"run.sh": "for s in 1 2 3; do python train.py --seed $s; done\n"}, 3, ("1", "2", "3")),
    ({"Makefile": "all:\n\tpython train.py -m seed=0,1\n"}, 2, ("0", "1")),
    ({"README.md": "```\npython train.py --seed 1\npython train.py --seed 2\n```\n"}, 2, ("1", "2")),
    ({"sweep.yaml": "method: grid\nparameters:\n  seed:\n    values: [5, 6, 7, 8]\n"}, 4, ("5", "6", "7", "8")),
    ({"run.sh": "python train.py --repeat 5\n"}, 5, ()),
])
def test_sweeps_from_launchers_and_configs(tmp_path, launcher, count, values):
    facts = project(tmp_path, {"train.py": TRAIN, **launcher})
    variation = facts.seed_variation
    assert (variation.state, variation.count, variation.values) == ("swept", count, values)


def test_python_seed_loop_and_nargs_list(tmp_path):
    code = '''
    import argparse
    import torch

    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    args = parser.parse_args()
    for seed in args.seeds:
        torch.manual_seed(seed)
    '''
    facts = project(tmp_path, {"multi.py": code})
    assert facts.seed_variation.describe() == "swept(3, [0, 1, 2])"
    assert {s.what for s in facts.sweeps} == {"python loop", "seed list option"}


def test_loop_seeding_from_its_variable_is_a_sweep(tmp_path):
    code = "import numpy as np\nfor run in range(4):\n    rng = np.random.default_rng(1000 + run)\n"
    facts = project(tmp_path, {"boot.py": code})
    assert (facts.seed_variation.state, facts.seed_variation.count) == ("swept", 4)


def test_seed_uses_and_their_origins(tmp_path):
    code = '''
    import os
    import random
    import numpy as np
    import torch
    from helpers import set_seed

    SEED = 3

    def main(args, rank):
        random.seed(SEED)
        np.random.seed(int(os.environ["SEED"]))
        torch.manual_seed(args.seed + rank)
        set_seed()
        split = dict(
            random_state=11)
        seed = args.seed + rank
        np.random.seed(seed)
    '''
    helper = "import torch\n\ndef set_seed(seed=5):\n    torch.manual_seed(seed)\n"
    facts = project(tmp_path, {"main.py": code, "helpers.py": helper})

    main = facts.files["main.py"]
    origins = [(u.call.qualname.rsplit(".", 1)[-1], u.origin, u.value, u.line) for u in seed_uses(main, facts)]
    assert origins == [("seed", "constant", 3, 10), ("seed", "env", None, 11), ("manual_seed", "derived", None, 12),
                       ("set_seed", "default", 5, 13), ("dict", "literal", 11, 15), ("seed", "derived", None, 17)]


def test_evaluation_runs_of_several_models_are_no_comparison(tmp_path):
    readme = "```\npython train.py --eval --model a\npython train.py --eval --model b\n```\n"
    code = TRAIN.replace("torch.manual_seed(args.seed)", "torch.manual_seed(args.seed)\nloss.backward()")
    facts = project(tmp_path, {"train.py": code, "README.md": readme})
    from seedaudit.code.checks.sa101_single_seed_comparison import launched_comparison

    assert not launched_comparison(facts.files["train.py"], facts)
    facts = project(tmp_path, {"README.md": readme.replace("--eval ", "")})
    assert launched_comparison(facts.files["train.py"], facts)



@pytest.mark.parametrize("binding", ["seed_range = range(30, 31)", "seed_range = [200]"])
def test_seed_loop_over_a_name_bound_to_one_value_is_one_seed(tmp_path, binding):
    code = f'''
    import torch

    def main():
        {binding}
        for seed in seed_range:
            torch.manual_seed(seed)
            print(torch.rand(1))
    '''
    facts = project(tmp_path, {"train.py": code})
    assert facts.seed_variation.state == "fixed-only"


def test_one_value_seed_list_is_one_fixed_seed_written_at_the_list(tmp_path):
    code = '''
    import torch

    SEEDS = [8]


    def run_one(name, seed):
        torch.manual_seed(seed)
        return torch.rand(1)


    def run_model(name):
        results = [run_one(name, seed) for seed in SEEDS]
        return [float(r) for r in results]


    for name in ["mlp", "gcn"]:
        print(run_model(name))
    '''
    facts = project(tmp_path, {"train.py": code})
    assert (facts.seed_variation.state, facts.seed_variation.values) == ("fixed-only", ("8",))
    uses = [u for u in seed_uses(facts.files["train.py"], facts) if u.origin == "constant"]
    assert [(u.call.qualname, u.value, u.line) for u in uses] == [("run_one", 8, 3)]
    assert seed_loops(facts.files["train.py"], facts) == {}  # neither the one-value loop nor the loop over models


def test_shell_seq_to_an_unknown_bound_is_a_sweep_of_unknown_size(tmp_path):
    launcher = 'SEEDS=$(seq 1 ${N})\nfor s in ${SEEDS}; do python train.py --seed $s; done\n'
    facts = project(tmp_path, {"train.py": TRAIN, "run.sh": launcher})
    assert facts.seed_variation.state == "swept" and facts.seed_variation.values == ()


def test_evaluation_of_the_model_trained_under_each_seed_is_a_sweep(tmp_path):
    """Evaluation seeds are no training runs, unless each seed loads the model trained under it."""
    evaluate = '''
    import argparse
    import torch
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    model_path = "models/net-{}.pt".format(args.seed)
    state = torch.load(model_path)
    '''
    launcher = "for s in 1 2 3; do python evaluate.py --seed $s; done\n"
    facts = project(tmp_path, {"evaluate.py": evaluate, "run.sh": launcher})
    assert facts.seed_variation.describe() == "swept(3, [1, 2, 3])"
    facts = project(tmp_path, {"evaluate.py": evaluate.replace('"models/net-{}.pt".format(args.seed)', '"net.pt"')})
    assert facts.seed_variation.state == "capacity-only"


def test_repeat_count_in_a_config_is_no_sweep(tmp_path):
    facts = project(tmp_path, {"train.py": "import torch\ntorch.manual_seed(3)\n",
                               "configs/fed.yml": "server:\n  random_seed: 3\n  repeats: 100\n"})
    assert facts.seed_variation.state != "swept"


def test_a_seed_read_from_a_module_settings_dict_is_that_literal_unless_the_dict_is_filled_later(tmp_path):
    source = '''
    import torch
    SETTINGS = {"lr": 0.1, "train": {"seed": 31}}
    torch.manual_seed(SETTINGS["train"]["seed"])
    '''
    facts = project(tmp_path, {"train.py": source})
    assert facts.seed_variation.state == "fixed-only" and facts.seed_variation.values == ("31",)
    filled = source + 'SETTINGS["train"].update(seed=int(input()))\n'
    facts = project(tmp_path, {"train.py": filled})
    [use] = [u for u in seed_uses(facts.files["train.py"], facts) if u.call.qualname == "torch.manual_seed"]
    assert use.value is None


def test_a_driver_forwarding_its_own_seed_option_runs_the_seed_declared_there(tmp_path):
    driver = '''
    import argparse
    import os
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, default=64)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    os.system("python train.py --width %d --seed %d" % (args.width, args.seed))
    '''
    facts = project(tmp_path, {"train.py": TRAIN, "drive.py": driver})
    [launch] = facts.python_launches
    name, _, count, line = invocation_seeds(launch.invocations[0], facts)
    assert (name, count, line) == ("seed", 1, 5)
