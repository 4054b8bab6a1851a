"""What the runs of a paper that trains nothing vary: stochastic runs of a method it compares, or not.

A paper that trains no model (an LLM pipeline, an agent, a prompting method) can still rest a comparison on
one draw: when it proposes a method, compares it with baselines and decodes by sampling (temperature above
0, top-p, sampled search), one run of each system is one draw of each, as one training run is. Its runs are
no such draw when decoding is deterministic (temperature 0, greedy: a rerun gives the same output), or when
the paper proposes no method compared with baselines (a benchmark or an evaluation of existing frozen
models, whose repeated trials vary data or perturbations, not a method of its own).
"""
from __future__ import annotations

import re

# a paper that runs language models (the papers this module reads)
RUNS_LANGUAGE_MODELS = re.compile(r"\bLLMs?\b|\blarge language models?\b|\bGPT-?[345]|\bprompt(?:s|ing|ed)?\b", re.I)
# "temperature of 0.8", "the temperature is set to 0", "temperature τ = 0.7", "with 0 temperature"
_TEMPERATURE = re.compile(r"\btemperatures?(?:\s*\(?[τt]\)?)?(?:\s*(?:of|=|is|was|were|are|set|fixed|kept|to|at|as|:))*\s*"
                          r"(\d+(?:\.\d+)?)\b|\b(\d+(?:\.\d+)?)\s+temperature\b", re.I)
# values above this are no decoding temperature (a patient's 38.5 degrees)
_MAX_TEMPERATURE = 2.0
_SAMPLED = re.compile(r"\btop[-_ ]?p\b|\bnucleus sampling\b|\bsampled (?:decoding|generations?|outputs?|responses?)\b|"
                      r"\bsampling[- ]based decoding\b|\bdo_sample\s*=\s*true\b", re.I)
_DETERMINISTIC = re.compile(r"\bgreedy (?:decoding|search|generation)\b|\bgreedily decod\w*|\bdeterministic (?:decoding|"
                            r"generation|outputs?|responses?)\b|\bdo_sample\s*=\s*false\b", re.I)
# "we propose", "our method", "our proposed framework": a method of the paper's own
_PROPOSED = re.compile(r"\bwe propose\b|\bour (?:proposed )?(?:method|approach|framework|system|agent|pipeline|model)s?\b",
                       re.I)
# "baselines", "outperforms": that method compared with others (a bare "baseline" also means a reference level)
_COMPARED = re.compile(r"\bbaselines\b|\boutperform\w*", re.I)


def _decoding_votes(text: str) -> tuple[int, int]:
    """(sampled, deterministic): how often the text states sampled decoding and how often deterministic decoding."""
    sampled, deterministic = len(_SAMPLED.findall(text)), len(_DETERMINISTIC.findall(text))
    for match in _TEMPERATURE.finditer(text):
        value = float(match.group(1) or match.group(2))
        if value <= _MAX_TEMPERATURE:
            sampled, deterministic = (sampled + 1, deterministic) if value > 0 else (sampled, deterministic + 1)
    return sampled, deterministic


def runs_draw_a_compared_method(text: str) -> bool:
    """Are the runs of this training-free paper stochastic draws of a method it compares with baselines?
    Decoding counts as sampled unless deterministic decoding is stated more often than sampling (an API or
    an agent left at its defaults samples), and the paper must propose a method of its own and compare it
    (baselines, outperforms) at least twice."""
    sampled, deterministic = _decoding_votes(text)
    return deterministic <= sampled and bool(_PROPOSED.search(text)) and len(_COMPARED.findall(text)) >= 2
