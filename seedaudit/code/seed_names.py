"""What a name says about seeds: `--seed` sets one, `--n_runs` says how many runs (each with its own seed) to make.

The same words are read wherever a name turns up: CLI options, config keys, launcher flags, loop
variables, dict keys. They live apart from the variation pass (variation.py) because the launch-file
parser (launchers.py) reads them too, and the variation pass reads what that parser finds.
"""
from __future__ import annotations

import functools
import re

_NOT_SEEDS = {"word", "words", "file", "files", "path", "dir", "prompt", "prompts", "image", "images", "lexicon",
              "text", "url", "user", "users", "token", "tokens", "vocab", "data", "dataset", "set", "size", "len",
              "length", "ratio", "count", "type", "mode", "offset", "shift", "everything", "all", "worker",
              # what each seed's run gave (`seed_accs`, `seed_results`): results per seed, not seeds
              "acc", "accs", "accuracy", "accuracies", "score", "scores", "result", "results", "loss", "losses",
              "metric", "metrics", "perf",
              # a seed in a graph's, a region's or a network's own sense: where a walk, a growth or a search starts
              "unit", "units", "node", "nodes", "vertex", "vertices", "neuron", "neurons", "point", "points", "pixel",
              "pixels", "region", "regions", "edge", "edges"}
_COUNT = re.compile(r"^(?:n|nr|num|number|nb|total)_?(?:of_)?(?:repeats?|repetitions?|runs|seeds|trials|reps|exps?|experiments|restarts|"
                    r"draws|replicates|replications|simulations|sims)$"
                    r"|^(?:repeat|repeats|repetitions|runs|seed_count|runs_per_config|seeds_per_config)$")


def name_tokens(name: str) -> list[str]:
    """Lower-case words of a name, split at non-alphanumerics and camelCase humps: `trainSeed_2` → train, seed, 2."""
    return [t for t in re.split(r"[^a-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()) if t]


@functools.lru_cache(maxsize=1 << 16)  # asked of every keyword, option and target name by several passes
def is_seed_name(name: str) -> bool:
    """`seed`, `--random-seed`, `train.seed`, `SEED`, `seed_list`, but not `seed_words` or `n_seeds`."""
    last = name.strip().lstrip("-+~").split(".")[-1]
    if last.lower() in ("random_state", "randomstate"):
        return True
    tokens = name_tokens(last)
    at = next((i for i, t in enumerate(tokens) if t in ("seed", "seeds", "randomseed", "manualseed")), None)
    if at is None:
        return False
    return not (set(tokens[at + 1:]) & _NOT_SEEDS) and not is_count_name(last)


def is_count_name(name: str) -> bool:
    """`--repeat`, `--runs`, `--n_seeds`, `num_trials`: how many runs (each with its own seed) to make."""
    last = name.strip().lstrip("-+~").split(".")[-1].lower().replace("-", "_")
    return bool(_COUNT.match(last))


_EVALUATION = {"val", "valid", "validation", "eval", "evaluation", "test", "dev"}


def evaluation_named(name: str) -> bool:
    """A name whose words say it serves the validation or test pass (`eval_env`, `test_env`)."""
    return bool(set(name_tokens(name)) & _EVALUATION)


_SEARCH = {"search", "hpo", "hyperopt", "optuna", "tuner", "sweep"}  # not "tuning": `--fine_tuning_seed` trains


def searches_seeds(module: str) -> bool:
    """A program named for searching over seeds (module `seed_search`, `search_seeds`, `seed_sweep`), or kept in a
    package so named (`seed_search.global_search`): it varies the seed itself, however it sets it (a config it
    rewrites, a module it reloads), and compares no models at one. `module` is the dotted name from the project root."""
    parts = module.split(".")[-2:]
    return any(set(tokens) & {"seed", "seeds"} and set(tokens) & _SEARCH for tokens in map(name_tokens, parts))


def is_search_seed_name(name: str) -> bool:
    """`--random_search_seed`, `--hpo-seed`, `optuna_seed`: a seed name whose words say it seeds a hyper-parameter
    search (the order its trials are drawn in), not a training run."""
    if not is_seed_name(name):
        return False
    tokens = name_tokens(name.strip().lstrip("-+~").split(".")[-1])
    at = next((i for i, t in enumerate(tokens) if "seed" in t), 0)
    return bool(set(tokens[:at]) & _SEARCH)


def is_evaluation_seed_name(name: str) -> bool:
    """`--fixed-validation-seed`, `--eval_seed`: a seed name whose words say it seeds only the validation or test
    pass (the batches it samples), not the training run."""
    if not is_seed_name(name):
        return False
    tokens = name_tokens(name.strip().lstrip("-+~").split(".")[-1])
    at = next((i for i, t in enumerate(tokens) if "seed" in t), 0)
    return bool(set(tokens[:at]) & _EVALUATION)
