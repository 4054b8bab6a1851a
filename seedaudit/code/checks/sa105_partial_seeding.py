"""SA105: the program seeds some of the RNGs it draws from, but not all of them (or seeds one too late).

Families: Python `random`, numpy's global RNG, the torch CPU generator (`torch.manual_seed` also seeds
CUDA; seeding only CUDA leaves the CPU generator open), TensorFlow, and gym/gymnasium environments and
action spaces, which keep generators of their own. A file that seeds nothing at all draws fresh
randomness on every run by design and is left alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..facts import Call, FileFacts
from ..seeded import SeedCoverage, SeedEvent, import_time_families, seed_events
from ..sinks import ENV_NAME, GYM_MAKERS, GYM_MODULES, draw_family, env_receiver, layer_family
from . import Hit, check

_LABEL = {"random": "Python's `random`", "numpy": "numpy's global RNG", "torch": "the torch CPU generator",
          "tensorflow": "TensorFlow's global RNG"}
# methods that run inside DataLoader workers, where torch reseeds random/torch (and numpy since 1.9) itself
_WORKER_SIDE = re.compile(r"(^|\.)(__getitem__|__iter__|__call__|worker_init\w*|forward)$")


@dataclass(frozen=True, slots=True)
class Draw:
    family: str
    call: Call


def _draws(facts: FileFacts) -> Iterator[Draw]:
    for call in facts.calls:
        family = draw_family(call.qualname) or layer_family(call.qualname)
        if family is None and call.qualname == "torch.utils.data.DataLoader":
            shuffle = call.kwargs.get("shuffle")
            if shuffle is not None and shuffle.value is True and "generator" not in call.kwargs:
                family = "torch"
        if family is not None:
            yield Draw(family, call)


def _picks_the_seed(call, events) -> bool:
    """The draw's value is what a later seeding call seeds with (a seed chosen at random, then logged)."""
    names = [t for t in call.targets if t]
    if not names:
        return False
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    return any(e.line >= call.line and any(pattern.search(a.text) for a in (*e.call.args, *e.call.kwargs.values()))
               for e in events)


def _label(families) -> str:
    names = sorted(f for f in families if f in _LABEL)
    return ", ".join(f"`{n}`" if n != "numpy" else "numpy" for n in names) or "CUDA"


def _first_seed(events: list[SeedEvent]) -> SeedEvent:
    return min(events, key=lambda e: e.line)


def _library_hits(facts: FileFacts, events: list[SeedEvent], seeded: frozenset[str]) -> Iterator[Hit]:
    reported: set[str] = set()
    anchor = _first_seed(events) if events else None
    related = [(facts.path, anchor.line, f"seeding: {anchor.call.qualname}")] if anchor else []
    seeding_scopes = {e.func for e in events}
    covered = SeedCoverage(events)
    # where a family is never seeded, report the draw next to the seeding code (main) before one in a class body
    for draw in sorted(_draws(facts), key=lambda d: (d.call.ctx.func not in seeding_scopes, d.call.line)):
        family, call = draw.family, draw.call
        if family in reported or family not in _LABEL:
            continue
        if _WORKER_SIDE.search(call.ctx.func) and "torch" in seeded:
            continue  # DataLoader workers get random/torch/numpy reseeded from the (seeded) torch generator
        if family in seeded and not any(family in e.families for e in events):
            continue  # seeded at import time by a project module this file imports
        if covered.before(family, call.line, call.ctx.func):
            continue
        if _picks_the_seed(call, events):
            continue  # `seed = random.randint(...)` then `random.seed(seed)`: the draw chooses the seed itself
        reported.add(family)
        late = [e for e in events if family in e.families and e.func == call.ctx.func and e.line > call.line]
        if late:
            first = min(late, key=lambda e: e.line)
            yield Hit(first.line, f"{_LABEL[family]} is seeded here, after `{call.qualname}` (line {call.line}) has "
                                  "already drawn from it: that draw is not fixed by the seed",
                      col=first.call.col, end_line=first.call.end_line,
                      related=[(facts.path, call.line, f"draw: {call.qualname}")])
            continue
        only_cuda = family == "torch" and "cuda" in seeded
        why = ("only the CUDA generator is seeded (`torch.cuda.manual_seed*`), not the CPU one" if only_cuda else
               f"it is never seeded, while {_label(seeded - {family})} {'is' if len(seeded - {family}) == 1 else 'are'}")
        yield Hit(call.line, f"`{call.qualname}` draws from {_LABEL[family]}, but {why}: runs with the same seed differ",
                  col=call.col, end_line=call.end_line, related=related)


# -- gym / gymnasium ------------------------------------------------------------------------------------------
def _uses_gym(facts: FileFacts) -> bool:
    return any(target.split(".")[0] in GYM_MODULES for target in facts.aliases.values())


def _passes_seed(call: Call) -> bool:
    """`make_env(name, seed)`, `make_vec_envs(args.env, args.seed, ...)`, `make(..., seed=s)`."""
    return any("seed" in arg.text.lower() for arg in (*call.args, *call.kwargs.values())) or any(
        "seed" in key for key in call.kwargs)


def _builds_env(call: Call) -> bool:
    """A gym maker, a factory named for environments, or any call whose value is kept as an environment
    (`envs = envpool.make(...)`): what such a call receives, it builds the environment with."""
    return call.qualname in GYM_MAKERS or "env" in call.qualname.rpartition(".")[2].lower() or any(
        ENV_NAME.search(target.rpartition(".")[2]) for target in call.targets)


def _gym_hits(facts: FileFacts) -> Iterator[Hit]:
    env_seeded = space_seeded = False
    resets, samples, space_seeds = [], [], []
    for call in facts.calls:
        q = call.qualname
        if env_receiver(q, ".action_space.seed") or env_receiver(q, ".seed") or env_receiver(q, ".unwrapped.seed"):
            env_seeded = env_seeded or not q.endswith(".action_space.seed")
            space_seeded = space_seeded or q.endswith(".action_space.seed")
            space_seeds += [call] if q.endswith(".action_space.seed") else []
        elif (env := env_receiver(q, ".reset")) is not None:
            seed = call.kwargs.get("seed")
            if seed is not None and seed.kind != "none":
                env_seeded = True
            else:
                resets.append((env, call))
        elif (env := env_receiver(q, ".action_space.sample")) is not None:
            samples.append((env, call))
        elif _builds_env(call) and _passes_seed(call):
            env_seeded = space_seeded = True  # built by a factory that receives the seed: trust it
    if not env_seeded and not space_seeded and (resets or samples):
        env, draw = min(resets + samples, key=lambda item: item[1].line)
        line, col = _creation(facts, env, draw)
        yield Hit(line, f"the environment `{env}` (and its action space) is never seeded: neither `{env}.seed(...)`, "
                        f"`{env}.reset(seed=...)` nor `{env}.action_space.seed(...)` is called, so resets and sampled "
                        "actions differ between runs with the same seed", col=col,
                  related=[(facts.path, draw.line, f"first draw: {draw.qualname}")])
    elif not space_seeded and samples:
        env, draw = min(samples, key=lambda item: item[1].line)
        yield Hit(draw.line, f"`{env}.action_space.sample()` draws from the action space's own generator, which is "
                             f"never seeded (`{env}.action_space.seed(seed)` is missing): the sampled actions differ "
                             "between runs with the same seed", col=draw.col, end_line=draw.end_line)
    elif not env_seeded and resets and space_seeds:
        # reported where the action space is seeded: the environment's own seed belongs next to it
        env, reset = min(resets, key=lambda item: item[1].line)
        anchor = min(space_seeds, key=lambda call: call.line)
        yield Hit(anchor.line, f"the environment `{env}` is never seeded: its action space is, but every `{env}.reset()` "
                               f"runs without `seed=` (and `{env}.seed(...)` is never called), so its start states differ "
                               "between runs with the same seed", col=anchor.col, end_line=anchor.end_line,
                  related=[(facts.path, reset.line, f"first reset: {reset.qualname}")])


def _creation(facts: FileFacts, env: str, draw: Call) -> tuple[int, int]:
    """Where `env` is built (its first assignment in the scope of the draw); else the draw itself."""
    for assign in sorted(facts.assigns, key=lambda a: a.line):
        if assign.line <= draw.line and assign.value.kind in ("call", "other") and any(
                env == t.text or env in t.names or env in t.text.replace(" ", "").split(",") for t in assign.targets):
            return assign.line, assign.col
    return draw.line, draw.col


@check("SA105")
def partial_seeding(facts, project, config) -> Iterator[Hit]:
    # a per-worker reseed inside a dataset or worker_init_fn is not the program seeding its generators
    events = [e for e in seed_events(facts, project) if not _WORKER_SIDE.search(e.func)]
    seeded = frozenset(f for e in events for f in e.families) | import_time_families(facts, project)
    if not seeded:
        return  # seeds nothing: every run draws fresh randomness, which is variation, not a partial seed
    yield from _library_hits(facts, events, seeded)
    if _uses_gym(facts):
        yield from _gym_hits(facts)
