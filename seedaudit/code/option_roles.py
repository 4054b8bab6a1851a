"""What an option of a launch or a key of a config sets: the data a run reads, the model it trains, or only how and
where it runs (its books). Facts shared by the comparison rules and the seed-variation step, which both ask whether
two launches run one configuration."""
from __future__ import annotations

import functools
import re

from .experiment import MODEL_WORDS, counts_things, words
from .seed_names import is_count_name, is_seed_name

# option and config-key words that say where a run reads its data, or only how and where it runs
DATA_WORDS = {"data", "dataset", "datasets", "task", "tasks", "domain", "domains", "corpus", "lang", "language",
              "languages", "env", "envs", "environment", "game", "fold", "folds", "split", "subset", "benchmark",
              # how much of it: a label fraction or a few-shot budget is another data regime
              "label", "labels", "labeled", "labelled", "perc", "percent", "percentage", "fraction", "frac", "shot",
              "shots", "samples",
              # one split of a data set, spelt as one word (`--testset eth`): which data is run
              "trainset", "testset", "valset", "devset", "evalset"}
BOOKKEEPING_WORDS = {"out", "output", "outdir", "outputs", "log", "logs", "logdir", "logging", "save", "dir", "path",
                     "root", "name", "tag", "wandb", "project", "gpu", "gpus", "device", "devices", "cuda", "port",
                     "workers", "worker", "resume", "ckpt", "checkpoint", "cache", "verbose", "print", "freq",
                     "interval", "batch", "nodes", "nproc", "accum", "rank", "world", "master", "addr", "host", "id",
                     # a run's index in a repeat loop (`--iter $j`, `--trial 3`): a repeat, not a configuration
                     "iter", "run", "trial", "trials", "rep", "repeat", "idx", "index", "time", "times",
                     # the arithmetic a run computes in on its device (`--fp16`, `--amp_level O2`, `--precision 16`):
                     # the same training, faster
                     "fp16", "bf16", "fp32", "amp", "precision",
                     # how the same training is carried out on its hardware (`--explicit-prefetching`,
                     # `--cpu_offload`, `--compile`, `--profile`, `--ckpt-api`): overlapping transfers with compute,
                     # moving state off the device, compiling the graph, timing it, the interface state is saved
                     # through; the same training, run differently
                     "prefetch", "prefetching", "offload", "offloading", "compile", "profile", "profiler",
                     "profiling", "api"}

# the file a split of the data is read from (`--train_file`, `--validation_file`): which data the run uses; a
# folder or path so named may be where a run writes (`--train_dir` of many TensorFlow scripts), so only files count
SPLIT_WORDS = {"train", "training", "valid", "validation", "val", "dev", "test", "eval", "evaluation"}
FILE_WORDS = {"file", "files"}

# a layer the option places or sizes (`--batch_norm 2`, `--layer_norm`): the model, though `batch` alone is a batch size
LAYER_WORDS = {"norm", "normalization", "normalisation", "bn"}
GENERIC_KEYS = {"name", "type", "kind", "id"}
# how long or wide a thing is (`output_len`, `output_dim`, `pred_length`): beside `output`, the size of what a model
# outputs, not the place a run writes to
SIZE_WORDS = {"len", "length", "size", "dim", "dims", "channels", "horizon", "steps", "window", "units", "classes"}


# how training alters its inputs: `data_aug`, `data_augmentation` name a recipe of the training, not the data it reads
AUGMENT_WORDS = {"aug", "augs", "augment", "augmentation", "augmentations"}
# how a benchmark corrupts its data set (label noise, class imbalance, corruption severity): in a config's data section
# (`data: {noise_rate: 0.4, noise_type: asymmetric}`) another data regime, as a label fraction is
CORRUPTION_WORDS = {"noise", "noisy", "corruption", "corruptions", "corrupt", "imbalance", "imbalanced", "imb",
                    "severity"}


# how far ahead a forecaster predicts (`--pred_len 96`, `--output_len`, `--horizon 24`, `--ahead week`): each
# horizon is a forecasting task of its own, as a data set is, not a setting of the model that is compared
_HORIZON_WORDS = {"horizon", "horizons", "ahead"}
_PREDICTED = {"pred", "predict", "prediction", "forecast", "output", "outputs", "target"}
_LENGTH = {"len", "length", "steps", "step"}


def forecast_horizon(tokens: frozenset[str]) -> bool:
    """The words name a forecast horizon (see _HORIZON_WORDS)."""
    return bool(tokens & _HORIZON_WORDS or tokens & _PREDICTED and tokens & _LENGTH)


def role_words(text: str) -> frozenset[str]:
    """The words of a name that say what it sets; the rank of a low-rank adapter (`low_rank_adaptations`,
    `lora_rank`) is a setting of the model, not a process's rank in a distributed run, `out` beside a word of
    what is set (`out_align_noise`, `out_channels`) and `output` beside a size (`output_len`) are no output place, and `data` beside a word of augmenting it
    (`data_aug`) names an augmentation recipe, a setting of the training, and a count of models (`n_estimators`,
    `num_models`) is one model's size, not a choice among models."""
    tokens = words(text)
    if counts_things(text):
        tokens = tokens - MODEL_WORDS
    if tokens & AUGMENT_WORDS:
        tokens = tokens - DATA_WORDS
    if "out" in tokens and tokens - {"out"} - BOOKKEEPING_WORDS - FILE_WORDS:
        tokens = tokens - {"out"}  # `out_align_noise` sets the noise of an output alignment; `out_dir` is where it writes
    if tokens & {"output", "outputs"} and tokens & SIZE_WORDS:
        tokens = tokens - {"output", "outputs"}  # `output_len` sizes what the model outputs (a forecast horizon)
    return tokens - {"rank"} if tokens & {"low", "lora", "lowrank"} else tokens


@functools.lru_cache(maxsize=1 << 14)  # asked of every option of every pair of launches compared
def setting_role(name: str) -> str:
    """What an option or config key sets: "data" (which data is run), "bookkeeping" (where a run writes, which
    device, its batch per device) or "setting" (anything that changes the trained model: architecture,
    ablation switch, loss, learning rate, width). A dotted config key is read by its last part, a generic one
    (`model.name`, `dataset.type`) by the section it sits in."""
    parent, _, leaf = name.lower().rpartition(".")
    if leaf in GENERIC_KEYS:
        section = words(parent)
        return "data" if section & DATA_WORDS else "setting" if section & MODEL_WORDS else "bookkeeping"
    tokens = role_words(leaf)
    if counts_things(leaf) and tokens & {"env", "envs", "environment", "environments"}:
        return "bookkeeping"  # `--num_envs 512`: how many copies of the environment step in parallel, not which one
    if tokens & DATA_WORDS or tokens & SPLIT_WORDS and tokens & (FILE_WORDS | {"set", "sets"}) or forecast_horizon(words(leaf)):
        return "data"
    if tokens & CORRUPTION_WORDS and words(parent) & DATA_WORDS and not words(parent) & AUGMENT_WORDS:
        return "data"  # `data.noise_rate`, `dataset.imbalance_ratio`: the data set's own corruption, another data regime
    if tokens & MODEL_WORDS or tokens & LAYER_WORDS:
        return "setting"
    if tokens & BOOKKEEPING_WORDS or is_seed_name(name) or is_count_name(name):
        return "bookkeeping"
    return "setting"


def differs(a: dict[str, object], b: dict[str, object], key: str) -> bool:
    """A setting given different values in both runs, or a switch (`--no_crf`) given in one only; a valued option
    left out of one run may well run at the value the other passes."""
    if key in a and key in b:
        return a[key] != b[key]
    value = a.get(key, b.get(key))
    return value == "" or value is True


def one_configuration(a: dict[str, object], b: dict[str, object], seeds: tuple[str, str] | None = None) -> bool:
    """Two runs, by their options, that differ in no setting and no data (only in seed, output folder, device, …).
    Given each run's seed, a value that holds its own run's seed (`--teacher runs/42/best.pt` beside `--seed 42`)
    differs in nothing else."""
    def own_seed_written(key: str) -> bool:
        first, second = a.get(key), b.get(key)
        return seeds is not None and isinstance(first, str) and isinstance(second, str) \
            and written_with_seeds(first, second, seeds)

    return not any(differs(a, b, key) and setting_role(key) != "bookkeeping" and not own_seed_written(key)
                   for key in set(a) | set(b))


def written_with_seeds(first: str, second: str, seeds: tuple[str, str]) -> bool:
    """Two values that are one value with each run's own seed written into it (`out/42/teacher.pt`,
    `out/7/teacher.pt`), where the seed stands as a number of its own (not the 1 nor the 4 of `1e-4`); a number
    that equals a seed by chance may stay as it is (`shufflenet_v2` at seed 2 beside `shufflenet_v2` at seed 0)."""
    if not all(seeds):
        return False
    pieces = re.split(rf"(?<![\d.eE])(?<![eE][-+]){re.escape(seeds[0])}(?!\d|[eE][-+]?\d|\.\d)", first)
    either = "(?:" + re.escape(seeds[0]) + "|" + re.escape(seeds[1]) + ")"
    return re.fullmatch(either.join(map(re.escape, pieces)), second) is not None
