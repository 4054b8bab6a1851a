"""Is a program a speed benchmark: does it report how long its models take, not how well they do?

A script that trains each model only to time it (a timing callback on `fit`, `time.time()` around `predict`, a
profiler wrapped around the training function) and writes the times out ranks models by speed. A fixed seed barely
moves that ranking, so the runs it launches are no seed-sensitive comparison, however many models it trains. The code
rules ask this of a program before they call its runs a comparison.
"""
from __future__ import annotations

import re

from .experiment import modelish, words
from .facts import Call, FileFacts

# clock readings and profilers (`time.perf_counter()`, `timeit()(eval_acc)`, `torch.profiler.profile(...)`)
_CLOCKS = frozenset({"time", "perf_counter", "perf_counter_ns", "process_time", "monotonic", "time_ns",
                     "default_timer", "timeit", "profileit", "profile", "Profile", "elapsed_time"})
_CLOCK_MODULES = frozenset({"time", "timeit", "profile", "profiler", "cProfile", "line_profiler"})
# clock calls whatever they are called on (`timeit()(eval_acc)`, `start_event.elapsed_time(end_event)`)
_ANYWHERE = frozenset({"timeit", "profileit", "elapsed_time"})
# a timer object (`TrainTime()`, `Timer()`, `TimeHistory()`, `TimingCallback()`)
_TIMER_CLASS = re.compile(r"Tim(?:e|er|ing)(?:[A-Z]\w*)?$")
# calls that write or show a program's product
_OUTPUTS = frozenset({"print", "write", "writelines", "writerow", "writerows", "to_csv", "to_json", "to_excel",
                      "to_latex", "savetxt", "save", "dump", "info", "log", "log_metrics", "log_dict", "add_scalar",
                      "add_scalars", "set_postfix", "pprint", "echo", "secho"})
_TIME_WORDS = frozenset({"time", "times", "timing", "timings", "elapsed", "duration", "durations", "latency",
                         "throughput", "runtime", "runtimes", "seconds", "secs", "speed", "fps", "stats", "profile",
                         "memory", "mem"})
_SCORE_WORDS = frozenset({"acc", "accuracy", "accuracies", "auc", "aucs", "auroc", "auprc", "f1", "score", "scores",
                          "loss", "losses", "metric", "metrics", "bleu", "rouge", "precision", "recall", "error",
                          "errors", "err", "mse", "rmse", "mae", "ppl", "perplexity", "reward", "rewards", "return",
                          "returns", "result", "results", "res", "eval", "evaluation", "performance", "perf", "r2",
                          "mcc", "ndcg", "mrr", "map", "iou", "dice", "psnr", "ssim", "fid", "wer", "cer", "corr",
                          "pearson", "spearman", "kappa", "report", "history", "hist", "log", "logs"})
# calls that keep a trained model for a later stage (its scores are then computed elsewhere)
_MODEL_SAVERS = frozenset({"save_model", "save_pretrained", "save_weights", "save_checkpoint", "save_state_dict"})


def times_only(facts: FileFacts) -> bool:
    """The program reads a clock or a profiler, shows or writes what it timed (an output whose words name times,
    durations or profiler statistics), and neither shows nor writes a score of its models, nor keeps a trained model
    for a later stage to score: its product is speed. Asked once per launch of the program: answered once per
    file version."""
    key = (facts.path, facts.digest)
    if key not in _ANSWERS:
        if len(_ANSWERS) > 4096:
            _ANSWERS.clear()
        _ANSWERS[key] = _times_only(facts)
    return _ANSWERS[key]


_ANSWERS: dict[tuple[str, str], bool] = {}


def _times_only(facts: FileFacts) -> bool:
    outputs = [c for c in facts.calls if c.qualname.rsplit(".", 1)[-1] in _OUTPUTS]
    said = [words(" ".join(a.text for a in (*c.args, *c.kwargs.values()))) for c in outputs]
    return any(_reads_clock(c) for c in facts.calls) and any(w & _TIME_WORDS for w in said) \
        and not any(w & _SCORE_WORDS for w in said) and not any(_keeps_model(c) for c in facts.calls)


def _reads_clock(call: Call) -> bool:
    """A clock read, a profiler, a timer object or a timing event (`torch.cuda.Event(enable_timing=True)`)."""
    module, _, name = call.qualname.rpartition(".")
    return name in _CLOCKS and (not module or module.rpartition(".")[2] in _CLOCK_MODULES or name in _ANYWHERE) \
        or bool(_TIMER_CLASS.search(name)) and name[:1].isupper() or "enable_timing" in call.kwargs


def _keeps_model(call: Call) -> bool:
    receiver, _, name = call.qualname.rpartition(".")
    return name in _MODEL_SAVERS or call.qualname in ("torch.save", "joblib.dump", "pickle.dump") \
        or name == "save" and modelish(receiver.rpartition(".")[2])
