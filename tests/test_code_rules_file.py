"""Single-file code rules (SA105-SA108, SA191-SA193): the behaviour that corpus cases alone do not pin down."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from seedaudit.code.engine import check_paths
from seedaudit.config import load_config
from seedaudit.rules import Selection, all_rules

NUMPY_AUGMENT = """
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset

class Shift(Dataset):
    def __len__(self):
        return 100

    def __getitem__(self, index):
        return torch.tensor(index + np.random.uniform(-1, 1))

loader = DataLoader(Shift(), batch_size=4, shuffle=True, num_workers=2)
"""


def audit(tmp_path: Path, files: dict[str, str], tool: str = "", select=("ALL",)) -> list[tuple[str, int, str]]:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "t"\n' + (f"\n[tool.seedaudit]\n{tool}\n" if tool else ""))
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))
    outcome = check_paths([tmp_path], load_config([tmp_path]), Selection.build(select=list(select)), use_cache=False)
    return sorted((Path(f.location.path).name, f.location.line, f.rule_id) for f in outcome.findings)


def ids(findings) -> set[str]:
    return {rule for _, _, rule in findings}


@pytest.mark.parametrize("tool,expected", [
    ('target-torch-version = "1.8"', {"SA106"}),
    ('target-torch-version = "2.1"', set()),
    ("", {"SA106"}),  # unknown torch: cannot be ruled out (reported with low confidence)
])
def test_worker_fork_of_global_numpy_depends_on_torch_version(tmp_path, tool, expected):
    assert ids(audit(tmp_path, {"data.py": NUMPY_AUGMENT}, tool)) & {"SA106"} == expected


def test_unknown_torch_version_lowers_confidence(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "t"\n')
    (tmp_path / "data.py").write_text(NUMPY_AUGMENT)
    outcome = check_paths([tmp_path], load_config([tmp_path]), Selection.build(select=["SA106"]), use_cache=False)
    assert [f.confidence.name for f in outcome.findings] == ["LOW"]


def test_requirements_pin_makes_the_fork_certain(tmp_path):
    found = audit(tmp_path, {"data.py": NUMPY_AUGMENT, "requirements.txt": "torch==1.8.2\n"}, select=("SA106",))
    assert found == [("data.py", 12, "SA106")]


def test_held_generator_is_flagged_on_new_torch_and_fixed_by_worker_init(tmp_path):
    held = """
    import numpy as np
    from torch.utils.data import DataLoader, Dataset

    class Noisy(Dataset):
        def __init__(self):
            self.rng = np.random.default_rng(0)

        def __getitem__(self, index):
            return self.rng.normal()

    def reseed(worker_id):
        np.random.seed(worker_id)

    plain = DataLoader(Noisy(), num_workers=3)
    fixed = DataLoader(Noisy(), num_workers=3, worker_init_fn=reseed)
    """
    assert audit(tmp_path, {"d.py": held}, 'target-torch-version = "2.2"', select=("SA106",)) == [("d.py", 14, "SA106")]


def test_num_workers_zero_by_argparse_default_is_not_a_fork(tmp_path):
    text = NUMPY_AUGMENT.replace("num_workers=2", "num_workers=args.workers") + (
        "import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument('--workers', type=int, default=0)\n"
        "args = parser.parse_args()\n")
    assert "SA106" not in ids(audit(tmp_path, {"data.py": text}))


def test_partial_seeding_follows_a_helper_in_another_file(tmp_path):
    files = {
        "util/__init__.py": "",
        "util/rng.py": "import random\nimport numpy as np\nimport torch\n\ndef seed_all(s):\n"
                       "    random.seed(s)\n    np.random.seed(s)\n    torch.manual_seed(s)\n",
        "train.py": "import random\nfrom util.rng import seed_all\n\ndef main():\n    seed_all(0)\n"
                    "    return random.random()\n",
    }
    assert "SA105" not in ids(audit(tmp_path, files))
    files["util/rng.py"] = files["util/rng.py"].replace("    random.seed(s)\n", "")
    assert ("train.py", 6, "SA105") in audit(tmp_path, files)


def test_torch_manual_seed_covers_cuda_but_not_the_reverse(tmp_path):
    covered = "import torch\nimport numpy as np\n\nnp.random.seed(0)\ntorch.manual_seed(0)\nx = torch.randn(3)\n"
    assert "SA105" not in ids(audit(tmp_path, {"a.py": covered}))
    cuda_only = covered.replace("torch.manual_seed(0)", "torch.cuda.manual_seed(0)")
    assert audit(tmp_path, {"a.py": cuda_only}) == [("a.py", 6, "SA105")]


def test_keras_numpy_seeding_enough_only_for_standalone_keras(tmp_path):
    standalone = "import numpy as np\nfrom keras import layers\n\nnp.random.seed(1)\nhidden = layers.Dense(64)\n"
    assert "SA105" not in ids(audit(tmp_path, {"k.py": standalone}))
    tf_keras = standalone.replace("from keras import layers", "from tensorflow.keras import layers")
    assert audit(tmp_path, {"k.py": tf_keras}) == [("k.py", 5, "SA105")]


def sa105(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, int, str]]:
    return audit(tmp_path, files, select=("SA105",))


def test_environment_handed_to_project_code_is_unseeded_only_when_nothing_seeds_one(tmp_path):
    files = {
        "loops.py": "def run(env, steps):\n    env.reset()\n    for _ in range(steps):\n        env.step(0)\n",
        "main.py": "import gymnasium as gym\nimport torch\nfrom loops import run\n\ntorch.manual_seed(0)\n"
                   "sim = gym.make('CartPole-v1')\nrun(sim, 10)\n",
    }
    assert sa105(tmp_path, files) == [("main.py", 6, "SA105")]
    for name, old, new in (("loops.py", "env.reset()", "env.reset(seed=1)"),  # seeded where it is reset
                           ("main.py", "run(sim, 10)", "run(sim, 10, seed=0)"),  # handed over with its seed
                           ("main.py", "run(sim, 10)", "print(sim)")):  # not handed to project code
        assert sa105(tmp_path, files | {name: files[name].replace(old, new)}) == []


def test_unseeded_environment_is_reported_where_made_or_at_the_seeding_of_another_scope(tmp_path):
    template = ("import gym\nimport numpy as np\n\ndef worker(steps):\n    env = gym.make('Hopper-v4').unwrapped\n"
                "    {worker}\n\ndef main():\n    np.random.seed(0)\n    env = gym.make('Hopper-v4')\n    {main}\n")
    in_worker = template.format(worker="env.reset()", main="return env")
    assert sa105(tmp_path, {"a.py": in_worker}) == [("a.py", 9, "SA105")]  # the worker's env: made apart from the seeding
    in_main = template.format(worker="return env", main="env.reset()")
    assert sa105(tmp_path, {"a.py": in_main}) == [("a.py", 10, "SA105")]  # main's env: made next to the seeding


def test_draw_in_a_file_that_runs_seeding_modules_is_partial_when_no_file_seeds_its_family(tmp_path):
    files = {
        "agent.py": "import torch\n\nclass Agent:\n    def __init__(self, seed):\n        torch.manual_seed(seed)\n",
        "main.py": "import numpy as np\nfrom agent import Agent\n\nagent = Agent(3)\npick = np.random.randint(5)\n",
    }
    assert sa105(tmp_path, files) == [("main.py", 5, "SA105")]
    for header in ("import numpy as np\n", "from .common import *\n"):  # numpy seeded (`np` unresolved from a star)
        numpy_seeded = header + files["agent.py"] + "        np.random.seed(seed)\n"
        assert sa105(tmp_path, files | {"agent.py": numpy_seeded}) == []
    for old, new in (("pick =", "run_seed ="),  # the draw picks a seed
                     ("from agent import Agent", "Agent = dict"),  # runs no seeding module
                     ("agent = Agent(3)", "agent = None")):  # imports the seeding code but never runs it
        assert sa105(tmp_path, files | {"main.py": files["main.py"].replace(old, new)}) == []


def test_stable_baselines_agent_needs_its_seed_or_a_seeded_torch(tmp_path):
    text = ("import numpy as np\nfrom stable_baselines3 import PPO\nfrom stable_baselines3.common.utils import "
            "set_random_seed\n\nnp.random.seed(0)\nmodel = PPO('MlpPolicy', 'CartPole-v1')\n")
    assert sa105(tmp_path, {"a.py": text}) == [("a.py", 6, "SA105")]
    for seeded in (text.replace("np.random.seed(0)", "set_random_seed(0)"), text.replace("')\n", "', seed=0)\n")):
        assert sa105(tmp_path, {"a.py": seeded}) == []


def test_reseed_derived_from_loop_variable_inside_the_loop_is_fine(tmp_path):
    text = """
    import torch

    def train(epochs, seed):
        for epoch in range(epochs):
            epoch_seed = seed * 1000 + epoch
            torch.manual_seed(epoch_seed)
    """
    assert "SA108" not in ids(audit(tmp_path, {"t.py": text}))


def test_benchmark_switched_off_later_is_not_flagged(tmp_path):
    text = """
    import torch
    # deterministic runs
    torch.manual_seed(0)
    torch.backends.cudnn.benchmark = True
    torch.backends.cudnn.benchmark = False
    """
    assert "SA107" not in ids(audit(tmp_path, {"t.py": text}))


def test_benchmark_without_a_fixed_seed_is_not_flagged(tmp_path):
    text = "import torch\n# reproducible? not a goal here\ntorch.backends.cudnn.deterministic = True\ntorch.backends.cudnn.benchmark = True\n"
    assert "SA107" not in ids(audit(tmp_path, {"t.py": text}))


def test_hygiene_rules_are_off_by_default():
    rules = all_rules()
    assert [rules[r].default_enabled for r in ("SA191", "SA192", "SA193")] == [False, False, False]
    assert all(rules[r].default_enabled for r in ("SA105", "SA106", "SA107", "SA108", "SA109"))


def test_split_seeded_by_the_importing_entry_point_is_fine(tmp_path):
    files = {
        "data.py": "from torch.utils.data import random_split\n\ndef split(ds):\n    return random_split(ds, [0.8, 0.2])\n",
        "train.py": "import lightning\nfrom data import split\n\nlightning.seed_everything(3)\nparts = split(range(10))\n",
    }
    assert "SA191" not in ids(audit(tmp_path, files))
    files["train.py"] = "from data import split\nparts = split(range(10))\n"
    assert ("data.py", 4, "SA191") in audit(tmp_path, files)


def test_estimator_randomness_unused_in_its_configuration(tmp_path):
    text = ("from sklearn.linear_model import LogisticRegression\nfrom sklearn.decomposition import PCA\n"
            "# split\nmodels = [LogisticRegression(), LogisticRegression(solver='saga'), PCA(5), "
            "PCA(5, svd_solver='randomized')]\n")
    assert audit(tmp_path, {"m.py": text}, select=("SA192",)) == [("m.py", 4, "SA192")] * 2
