"""Launch files read line by line: loops, variables, ranges, parallel, arrays, Makefiles, READMEs, configs."""
from __future__ import annotations

import json

import pytest

from seedaudit.code.extract import extract
from seedaudit.code.facts import FileFacts
from seedaudit.code.launchers import expand_word, parse_launch
from seedaudit.code.pylaunch import python_launches
from seedaudit.code.variation import invocation_seeds


def only(text: str, kind: str = "sh"):
    facts = parse_launch("run." + kind, kind, "digest", text)
    assert len(facts.invocations) == 1, facts.invocations
    return facts.invocations[0]


@pytest.mark.parametrize("word,values", [
    ("{0..4}", ("0", "1", "2", "3", "4")),
    ("{10..0..5}", ("10", "5", "0")),
    ("{1,7,9}", ("1", "7", "9")),
    ("$(seq 3)", ("1", "2", "3")),
    ("$(seq 0 2 6)", ("0", "2", "4", "6")),
    ("`seq 5 7`", ("5", "6", "7")),
    ("plain", ("plain",)),
])
def test_expand_word(word, values):
    assert expand_word(word) == values


@pytest.mark.parametrize("text", [
    "for seed in 1 2 3; do python train.py --seed $seed; done\n",
    "SEEDS=\"1 2 3\"\nfor seed in $SEEDS\ndo\n  python train.py --seed ${seed}\ndone\n",
    "SEEDS=(1 2 3)\nfor s in \"${SEEDS[@]}\"; do\n  python train.py --seed $s\ndone\n",
    "for s in {1..3}; do python train.py --seed=$s; done\n",
    "for s in $(seq 1 3); do python train.py --seed $s; done\n",
    "for ((i=1; i<=3; i++)); do python train.py --seed $i; done\n",
    "parallel python train.py --seed {} ::: 1 2 3\n",
    "seq 1 3 | parallel python train.py --seed {}\n",
    "#SBATCH --array=1-3\npython train.py --seed $SLURM_ARRAY_TASK_ID\n",
    "python train.py -m seed=1,2,3\n",
    "declare -a seeds=(1 2 3)\nfor ((i=0; i<${#seeds[@]}; i++)); do\n  python train.py --seed=${seeds[i]}\ndone\n",
    "N=3\nfor ((SEED=1;SEED<=N;SEED++)); do\n  python train.py --seed $SEED\ndone\n",
])
def test_seed_sweeps_in_shell(text):
    name, values, count, _ = invocation_seeds(only(text))
    assert (name, values, count) in (("seed", ("1", "2", "3"), 3),)


def test_seed_from_a_derived_variable_keeps_the_loop():
    text = "for run in 0 1 2 3; do\n  seed=$((100 + run))\n  python train.py --seed $seed\ndone\n"
    assert invocation_seeds(only(text))[2] == 4


def test_single_value_loop_anchors_on_the_loop_header():
    text = "# five seeds once\nfor seed in 42\ndo\npython baseline.py --seed $seed\ndone\n"
    name, values, count, line = invocation_seeds(only(text))
    assert (values, count, line) == (("42",), 1, 2)


def test_one_element_array_read_by_index_is_one_seed_written_at_the_array():
    text = "declare -a seed=(7)\n\nfor ((i=0; i<${#seed[@]}; i++)); do\n  python train.py --seed=${seed[i]} --lr 0.1\ndone\n"
    assert invocation_seeds(only(text))[1:] == (("7",), 1, 1)
    assert invocation_seeds(only("SEEDS=(4 5 6)\npython train.py --seed ${SEEDS[1]}\n"))[1:3] == (("5",), 1)


def test_short_option_m_with_a_value_is_no_multirun():
    invocation = only("python evaluate.py --narce -m $model --seed 3\n")
    assert "multirun" not in invocation.options and invocation.options["m"] == "$model"
    assert "multirun" in only("python train.py -m seed=1,2\n").options


def test_commented_alternatives_make_a_setting_switched_by_hand():
    text = "#method=plain\n# method=momentum\nmethod=nesterov\n#seed=2\nseed=1\npython train.py --method $method --seed $seed\n"
    invocation = only(text)
    assert invocation.loop_values["method"] == ("nesterov", "plain", "momentum")
    assert invocation_seeds(invocation)[1:3] == (("1",), 1)  # commented-out seeds are no runs


def test_options_kept_in_a_multi_line_variable_are_spelled_out():
    text = 'name=run1\nflags="--optim adam\n       --seed 123\n       --lr 1e-4"\npython train.py $flags --name $name\n'
    invocation = only(text)
    assert (invocation.options["seed"], invocation.options["lr"], invocation.options["name"]) == ("123", "1e-4", "run1")


def test_options_kept_in_an_array_are_spelled_out_where_the_array_writes_them():
    text = ('ENTRY="$ROOT/fit/run_fit.py"\nSEED=5\nSHARED=(\n  --lr "3e-4"\n  --seed "$SEED"\n)\n'
            'python "$ENTRY" "${SHARED[@]}" --arm wide\n')
    invocation = only(text)
    assert invocation.program.endswith("fit/run_fit.py")
    assert (invocation.options["seed"], invocation.options["lr"], invocation.options["arm"]) == ("5", "3e-4", "wide")
    # the array's line for an option written there; a seed given through a variable is set where it is assigned
    assert (invocation.option_lines["lr"], invocation.option_lines["arm"], invocation.option_lines["seed"]) == (4, 7, 2)


def test_commands_in_a_python_fence_are_read():
    text = "```python\nCUDA_VISIBLE_DEVICES=0 python train.py --model a --seed 4\nimport torch\n```\n"
    assert only(text, "readme").options == {"model": "a", "seed": "4"}


def test_literal_seed_on_a_continuation_line():
    text = "python train.py \\\n  --arch vgg16 --seed 111 \\\n  --epochs 30\n"
    invocation = only(text)
    assert invocation.options["seed"] == "111"
    assert invocation_seeds(invocation)[3] == 2
    assert invocation.options["arch"] == "vgg16"


def test_fixed_variable_is_substituted_and_counts_are_read():
    invocation = only("REPEAT=10\npython -u learn.py --repeat $REPEAT --optimizer Adam | tee log.txt\n")
    assert invocation.options["repeat"] == "10"
    assert invocation_seeds(invocation)[2] == 10


def test_forwarded_arguments_are_no_value_of_the_option_before_them():
    invocation = only('seed=3\npython train.py --fp16 $* --seed $seed \\\n  "$@"\n')
    assert invocation.options["seed"] == "3"
    assert invocation.options["fp16"] == ""
    assert invocation_seeds(invocation)[2] == 1


def test_no_seed_passed_means_the_default_runs_once():
    assert invocation_seeds(only("python train.py --lr 0.1 > out.log 2>&1\n"))[2] == 0


def test_makefile_recipes_and_variables():
    text = "SEEDS := 4 5 6\n\ntrain:\n\tfor s in $(SEEDS); do python train.py --seed $$s; done\n"
    name, values, count, _ = invocation_seeds(only(text, "make"))
    assert values == ("4", "5", "6")


def test_readme_reads_fenced_blocks_not_commands_named_in_prose():
    text = "Run `python nope.py --seed 1` like this:\n\n```bash\n$ python train.py --model a --seed 9\n```\n"
    invocation = only(text, "readme")
    assert (invocation.program, invocation.options["model"], invocation.line) == ("train.py", "a", 4)


def test_readme_line_outside_a_fence_that_is_one_whole_command():
    """A usage line left as plain text (`python main.py --module [GCN/GAT] --lr 0.1`) is copied and run like a
    fenced one; a sentence that merely starts with a command is not a command line."""
    text = ("## Example\npython main.py --data cora --module [GCN/GAT/GAE] --lr 0.001 --early-stop\n\n"
            "python main.py trains the model on cora and writes the log.\n"
            "python main.py --module gcn and --module gat give Table 2\n"
            "Then run:\n$ python eval.py ckpt.pt --split test\n")
    facts = parse_launch("README.md", "readme", "d", text)
    assert [(i.program, i.line) for i in facts.invocations] == [("main.py", 2), ("eval.py", 7)]
    assert facts.invocations[0].loop_values["{module}"] == ("GCN", "GAT", "GAE")


def test_readme_output_and_code_blocks_are_no_commands():
    """A fenced block labelled as output or another language shows what a command printed, or code: a
    'python train.py --seed 1' line inside it was never run by anyone."""
    text = ("```text\n$ python train.py --model a --seed 1\naccuracy 0.81\n```\n"
            "```python\nos.system('python train.py --seed 2')\n```\n"
            "``` console\n$ python train.py --model b --seed 3\n```\n")
    facts = parse_launch("README.md", "readme", "d", text)
    assert [(i.options["model"], i.line) for i in facts.invocations] == [("b", 9)]


def test_best_seed_picked_in_the_launcher():
    text = ("BEST=$(python -c \"\nimport json\nr = json.load(open('r.json'))\n"
            "print(max(r, key=lambda x: x['test_acc'])['seed'])\n\")\npython train.py --seed $BEST\n")
    facts = parse_launch("run.sh", "sh", "d", text)
    assert [line for line, _ in facts.selections] == [4]


def test_yaml_settings_and_sweeps():
    text = ("seed: 7\nmodel:\n  name: vit  # a comment\n  depth: 12\nseeds:\n  - 1\n  - 2\n"
            "parameters:\n  seed:\n    values: [3, 4, 5]\nhydra:\n  sweeper:\n    params:\n      seed: range(0,4)\n")
    facts = parse_launch("c.yaml", "yaml", "d", text)
    settings = {key: (value, line) for key, value, line in facts.settings}
    assert settings["seed"] == (7, 1)
    assert settings["model.name"] == ("vit", 3)
    assert settings["seeds"] == ([1, 2], 5)
    assert {(what, values) for _, what, values in facts.sweeps} == {
        ("seed list", ("1", "2")), ("wandb sweep", ("3", "4", "5")), ("hydra sweeper", ("0", "1", "2", "3"))}


def test_json_settings_keep_their_lines():
    facts = parse_launch("c.json", "json", "d", '{\n  "model": {"name": "bert"},\n  "seed": 3,\n  "seeds": [1, 2]\n}\n')
    settings = {key: (value, line) for key, value, line in facts.settings}
    assert settings["seed"] == (3, 3) and settings["model.name"] == ("bert", 2)
    assert facts.sweeps == [(4, "seed list", ("1", "2"))]


def test_broken_json_is_just_empty():
    assert parse_launch("c.json", "json", "d", "{ nope").settings == []


def driver_launches(source: str) -> list[tuple[str, dict[str, str]]]:
    facts = FileFacts(path="drive.py", kind="py", digest="0", module="drive")
    extract(facts, source)
    launch = python_launches(facts, lambda loop: ((), loop.line), source.splitlines())
    return [(inv.program, inv.options) for inv in launch.invocations] if launch else []


def test_python_driver_reads_a_long_command_list_whole_and_an_interpreter_named_by_a_constant():
    options = "".join(f'        "--option-{k}", str(VALUE_{k}),\n' for k in range(12))
    source = ("import subprocess\nimport sys\nINTERPRETER = sys.executable\n\n\ndef launch(width):\n"
              "    command = [\n        INTERPRETER,\n        \"fit_heads.py\",\n" + options +
              "        \"--width\", str(width),\n        \"--seed\", \"11\",\n    ]\n    subprocess.run(command)\n")
    [(program, given)] = driver_launches(source)
    assert program == "fit_heads.py" and given["seed"] == "11" and given["option-11"] == "{VALUE_11}"


def test_python_driver_runs_once_per_argument_list_the_branch_lets_through():
    source = ("import subprocess\nbase = ['--width', '64']\nwide = ['--width', '256']\ndebug = ['--debug']\n"
              "for extra in [base, wide, debug]:\n    if '--debug' not in extra:\n"
              "        subprocess.run(['python', 'fit.py', '--epochs', '5'] + extra)\n")
    assert driver_launches(source) == [("fit.py", {"epochs": "5", "width": "64"}), ("fit.py", {"epochs": "5", "width": "256"})]


def test_python_driver_loop_over_values_keeps_one_launch():
    source = "import os\nfor lr in [0.1, 0.01]:\n    os.system(f'python fit.py --lr {lr}')\n"
    assert driver_launches(source) == [("fit.py", {"lr": "$lr"})]


JSON_CONFIG = r'''{
  "note": "the runner reads \"seed\": from the trainer block",
  "trainer": {
    "seed": 7,
    "caf\u00e9": 1
  },
  "evaluation": {"seed": 11}
}'''


def test_json_settings_sit_on_the_line_of_their_own_key():
    """Each setting is placed at its key, in text order: not at a quoted key inside an earlier string value, and
    a key spelled with an escape is found under the name it decodes to."""
    facts = parse_launch("config.json", "json", "d", JSON_CONFIG)
    assert facts.settings == [("note", "the runner reads \"seed\": from the trainer block", 2), ("trainer.seed", 7, 4),
                              ("trainer.café", 1, 5), ("evaluation.seed", 11, 7)]


def test_a_minified_json_file_puts_every_setting_on_its_one_line():
    settings = {f"run_{i}": {"seed": i, "lr": 0.1} for i in range(2000)}
    facts = parse_launch("results.json", "json", "d", json.dumps(settings))
    assert len(facts.settings) == 4000 and {line for _, _, line in facts.settings} == {1}


@pytest.mark.parametrize("text,program,seed", [
    ("CUDA_VISIBLE_DEVICES=0 fairseq-train data-bin/wren --arch lstm --max-epoch 5", "fairseq-train", ("seed", ("1",), 1)),
    ("fairseq-train data-bin/wren --arch lstm --seed 7", "fairseq-train", ("seed", ("7",), 1)),
    ("python -m torch.distributed.launch --nproc_per_node 2 $(which fairseq-train) data-bin/wren --arch lstm",
     "fairseq-train", ("seed", ("1",), 1)),
    ("python -m fairseq_cli.train data-bin/wren --arch lstm", "-m fairseq_cli.train", ("seed", ("1",), 1)),
    ("fairseq-hydra-train --config-dir conf --config-name wren", "fairseq-hydra-train", ("common.seed", ("1",), 1)),
    ("onmt_train -data wren/prepared -save_model wren/rnn", "onmt_train", (None, (), 0)),
    ("onmt-main --model_type Transformer --config wren.yml --auto_config train", "onmt-main", (None, (), 0)),
])
def test_installed_toolkit_training_command_is_a_launch_at_its_default_seed(text, program, seed):
    """A toolkit's own training command trains like a launch of a project program: at the seed it passes, else at
    the toolkit's documented default (fairseq: 1); a toolkit that seeds nothing by default fixes no seed."""
    invocation = only(text)
    assert invocation.program == program
    assert invocation_seeds(invocation)[:3] == seed


def test_toolkit_positional_data_and_other_commands():
    """fairseq's first positional argument is the data it trains on; its other commands and an OpenNMT-tf run that
    is told no `train` are no training launches."""
    assert only("fairseq-train data-bin/wren --arch lstm").options["data"] == "data-bin/wren"
    for text in ("fairseq-generate data-bin/wren --path ckpt/best.pt", "onmt-main --config wren.yml infer"):
        assert parse_launch("run.sh", "sh", "digest", text).invocations == []


@pytest.mark.parametrize("text,program", [
    ("trainer=src/fit.py\npython $trainer --seed 5\n", "src/fit.py"),
    ('export SCRIPT="models/run_cls.py"\npython -m torch.distributed.launch --nproc_per_node 2 ${SCRIPT} --seed 5\n',
     "models/run_cls.py"),
])
def test_program_held_in_a_shell_variable_is_the_program_launched(text, program):
    invocation = only(text)
    assert invocation.program == program
    assert invocation.options["seed"] == "5"


def test_a_loop_variable_naming_scripts_is_not_read_as_one_program():
    facts = parse_launch("run.sh", "sh", "digest", "for s in a.py b.py; do python $s --seed 1; done\n")
    assert facts.invocations == []


def test_readme_table_rows_hold_commands_in_code_spans():
    """A README table of the commands to run: each row's inline code span that is a command line is a launch."""
    text = ("| model | command |\n|---|---|\n| ours | `python train_ours.py --epochs 50` |\n"
            "| baseline | `python train_base.py --model gru --epochs 50` (see `configs/`) |\n")
    facts = parse_launch("README.md", "readme", "d", text)
    assert [(i.program, i.line, i.options.get("model")) for i in facts.invocations] == [
        ("train_ours.py", 3, None), ("train_base.py", 4, "gru")]


def test_windows_batch_launches_keep_their_lines_loops_and_variables():
    text = ("@echo off\r\nREM two weight decays over three seeds\r\nset LR=0.01\r\n"
            "for %%s in (1 2 3) do (\r\n  python train.py --lr %LR% --wd 0.1 --seed %%s ^\r\n    --tag a\r\n)\r\n"
            "for %%s in (4, 5) do python train.py --lr %LR% --wd 0.3 --seed %%s\r\n"
            ":: python never_run.py --seed 9\r\n")
    facts = parse_launch("study.bat", "bat", "digest", text)
    assert facts.kind == "sh"
    launches = [(i.line, i.options.get("wd"), i.options.get("lr"), i.options.get("tag")) for i in facts.invocations]
    assert launches == [(5, "0.1", "0.01", "a"), (8, "0.3", "0.01", None)]
    assert [invocation_seeds(i)[1] for i in facts.invocations] == [("1", "2", "3"), ("4", "5")]


def test_windows_batch_inline_remark_after_a_command():
    """`set SEED=7 & rem ...` sets the seed to 7: the remark after `&` is a comment, not part of the value."""
    text = "@echo off\r\nset SEED=7 & rem fixed for the paper\r\npython train.py --seed %SEED% & :: one run\r\n"
    facts = parse_launch("one.bat", "bat", "digest", text)
    assert [(i.options["seed"], i.option_lines["seed"]) for i in facts.invocations] == [("7", 2)]
