"""SA101 details the corpus markers cannot pin down: which places a comparison finding points the reader to."""
from __future__ import annotations

import textwrap
from pathlib import Path

from seedaudit.code.engine import check_paths
from seedaudit.config import load_config
from seedaudit.rules import Selection

TRAIN = """
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--layers", type=int, default=2)
parser.add_argument("--seed", type=int, default=3)
args = parser.parse_args()
torch.manual_seed(args.seed)
net = nn.Sequential(*[nn.Linear(5, 5) for _ in range(args.layers)])
optimiser = torch.optim.SGD(net.parameters(), lr=0.1)
for _ in range(20):
    loss = net(torch.randn(8, 5)).pow(2).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
print(loss.item())
"""

RECIPES = """
# Depth study

```bash
python train.py --layers 2
python train.py --layers 4
python train.py --layers 8
```
"""


def test_launched_comparison_relates_every_compared_launch(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "t"\n')
    (tmp_path / "train.py").write_text(textwrap.dedent(TRAIN).lstrip())
    (tmp_path / "README.md").write_text(textwrap.dedent(RECIPES).lstrip())
    outcome = check_paths([tmp_path], load_config([tmp_path]), Selection.build(select=["SA101"]), use_cache=False)
    (finding,) = [f for f in outcome.findings if f.rule_id == "SA101"]
    assert Path(finding.location.path).name == "train.py"
    assert [(Path(r.path).name, r.line) for r in finding.related_locations] == [
        ("README.md", 4), ("README.md", 5), ("README.md", 6)]
    assert all(f"README.md:{line}" in finding.message for line in (4, 5, 6))


def test_sibling_launch_files_comparing_at_one_seed_are_one_finding(tmp_path: Path):
    """Each launch file runs one depth at seed 3: one problem, reported once at the first file by path, with the
    other files' launch lines as its related places (not one finding per launch file)."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "t"\n')
    (tmp_path / "train.py").write_text(textwrap.dedent(TRAIN).lstrip())
    for depth in (2, 4, 8, 16):
        (tmp_path / f"depth_{depth:02d}.sh").write_text(f"#!/bin/bash\npython train.py --layers {depth} --seed 3\n")
    outcome = check_paths([tmp_path], load_config([tmp_path]), Selection.build(select=["SA101"]), use_cache=False)
    (finding,) = [f for f in outcome.findings if f.rule_id == "SA101"]
    assert (Path(finding.location.path).name, finding.location.line) == ("depth_02.sh", 2)
    assert [(Path(r.path).name, r.line) for r in finding.related_locations] == [
        ("depth_04.sh", 2), ("depth_08.sh", 2), ("depth_16.sh", 2)]
    assert all(f"depth_{depth:02d}.sh" in finding.message for depth in (4, 8, 16)) and "one seed 3" in finding.message


def test_a_grouped_comparison_is_reported_at_the_launch_file_checked(tmp_path: Path):
    """Checking one launch file of the group (a pre-commit hook's staged file) reports the problem there, also
    after a whole-project run stored its findings in the cache."""
    project, cache = tmp_path / "project", tmp_path / "cache"
    project.mkdir()
    (project / "pyproject.toml").write_text('[project]\nname = "t"\n')
    (project / "train.py").write_text(textwrap.dedent(TRAIN).lstrip())
    for depth in (2, 4, 8):
        (project / f"depth_{depth}.sh").write_text(f"#!/bin/bash\npython train.py --layers {depth} --seed 3\n")
    config, selection = load_config([project]), Selection.build(select=["SA101"])
    whole = check_paths([project], config, selection, cache_dir=cache)
    assert [Path(f.location.path).name for f in whole.findings if f.rule_id == "SA101"] == ["depth_2.sh"]
    alone = check_paths([project / "depth_8.sh"], config, selection, cache_dir=cache)
    (finding,) = [f for f in alone.findings if f.rule_id == "SA101"]
    assert Path(finding.location.path).name == "depth_8.sh"
    assert sorted(Path(r.path).name for r in finding.related_locations) == ["depth_2.sh", "depth_4.sh"]


ESTIMATORS = """
from sklearn.datasets import load_wine
from sklearn.ensemble import ExtraTreesClassifier, GradientBoostingClassifier
from sklearn.model_selection import train_test_split

x, y = load_wine(return_X_y=True)
x_fit, x_held, y_fit, y_held = train_test_split(x, y, test_size=0.3, random_state=7)
candidates = {
    "extra trees": ExtraTreesClassifier(random_state=7),
    "boosting": GradientBoostingClassifier(random_state=7),
}
for label, candidate in candidates.items():
    candidate.fit(x_fit, y_fit)
    print(label, candidate.score(x_held, y_held))
"""


def test_a_split_seed_anchor_names_the_models_own_seeds(tmp_path: Path):
    """The finding stands on the split's seed, the first place the value is applied; its message and related places
    say where the compared estimators carry that seed themselves, so the split alone is not taken for the problem."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "t"\n')
    (tmp_path / "compare_wine.py").write_text(textwrap.dedent(ESTIMATORS).lstrip())
    outcome = check_paths([tmp_path], load_config([tmp_path]), Selection.build(select=["SA101"]), use_cache=False)
    (finding,) = [f for f in outcome.findings if f.rule_id == "SA101"]
    assert finding.location.line == 6
    assert "the models carry it themselves at lines 8, 9" in finding.message
    assert {r.line for r in finding.related_locations} >= {8, 9}


CONFIG_TRAIN = """
import sys

import torch
import yaml

recipe = yaml.safe_load(open(sys.argv[1]))
torch.manual_seed(recipe["seed"])
net = torch.nn.Linear(4, recipe["width"])
optimiser = torch.optim.SGD(net.parameters(), lr=recipe["lr"])
for _ in range(10):
    loss = net(torch.randn(8, 4)).pow(2).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
"""


def _benchmark_configs(project: Path) -> None:
    """Four methods' configs on three data sets, every one at seed 0 (a benchmark's released recipes)."""
    (project / "pyproject.toml").write_text('[project]\nname = "t"\n')
    (project / "train.py").write_text(textwrap.dedent(CONFIG_TRAIN).lstrip())
    (project / "configs").mkdir()
    for method in ("cotrain", "entmin", "pimodel", "vat"):
        for data in ("cifar10", "stl10", "svhn"):
            (project / "configs" / f"{method}_{data}.yaml").write_text(
                f"method: {method}\ndataset: {data}\nwidth: 32\nlr: 0.03\nseed: 0\n")


def test_configs_fixing_one_seed_over_several_data_sets_are_one_finding(tmp_path: Path):
    """The configs of each data set compare the methods at seed 0; the project fixing seed 0 in all of them is one
    problem: one finding, at the first config by path, every other config a related place, and the code frame
    lists a few of them and counts the rest."""
    from seedaudit.report.text import render_text
    from seedaudit.result import Result

    _benchmark_configs(tmp_path)
    outcome = check_paths([tmp_path], load_config([tmp_path]), Selection.build(select=["SA101"]), use_cache=False)
    (finding,) = [f for f in outcome.findings if f.rule_id == "SA101"]
    assert Path(finding.location.path).name == "cotrain_cifar10.yaml" and finding.location.line == 5
    assert len(finding.related_locations) == 11 and "and 8 more" in finding.message
    text = render_text(Result(command="check", findings=[finding]), code_frame=True)
    assert text.count(".yaml:5:1: seed: 0") == 5 and "= see 6 more places" in text


def test_a_config_problem_checked_alone_is_reported_at_that_config(tmp_path: Path):
    """A pre-commit hook staging one config of the group still sees the project's one-seed problem, there."""
    _benchmark_configs(tmp_path)
    staged = tmp_path / "configs" / "vat_svhn.yaml"
    outcome = check_paths([staged], load_config([tmp_path]), Selection.build(select=["SA101"]), use_cache=False)
    (finding,) = [f for f in outcome.findings if f.rule_id == "SA101"]
    assert Path(finding.location.path).name == "vat_svhn.yaml" and len(finding.related_locations) == 11


def test_launch_files_comparing_at_one_seed_on_several_data_sets_are_one_finding(tmp_path: Path):
    """Each launch file runs one depth on one data set at seed 3, so the files of each data set compare two depths;
    the project fixing seed 3 for every data set is one problem: one finding at the first file by path, the other
    data set's files related too."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "t"\n')
    train = textwrap.dedent(TRAIN).lstrip().replace(
        'parser.add_argument("--seed"', 'parser.add_argument("--dataset", default="iris")\nparser.add_argument("--seed"')
    (tmp_path / "train.py").write_text(train)
    for data in ("adult", "higgs"):
        for depth in (2, 8):
            (tmp_path / f"{data}_depth{depth}.sh").write_text(
                f"#!/bin/bash\npython train.py --dataset {data} --layers {depth} --seed 3\n")
    outcome = check_paths([tmp_path], load_config([tmp_path]), Selection.build(select=["SA101"]), use_cache=False)
    (finding,) = [f for f in outcome.findings if f.rule_id == "SA101"]
    assert (Path(finding.location.path).name, finding.location.line) == ("adult_depth2.sh", 2)
    assert sorted(Path(r.path).name for r in finding.related_locations) == [
        "adult_depth8.sh", "higgs_depth2.sh", "higgs_depth8.sh"]
