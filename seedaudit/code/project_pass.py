"""The project pass: combine every file's facts into what no single file shows.

Always recomputed (cheap: it reads facts, never source), so no state from one file's analysis leaks
into another's. Two steps, in this order: project.py finds the seeding helpers and the torch version
the project targets; variation.py then finds the seed options, the sweeps and the project's one
seed-variation fact, reading the helpers to know which calls seed. This module only orders them, so
that ProjectFacts sits below the passes that read it and no module of code/ imports another in a cycle.
"""
from __future__ import annotations

from pathlib import Path

from ..config import Config
from .project import AnyFacts, ProjectFacts, combine_files
from .variation import project_variation


def build_project(root: Path | None, files: dict[str, AnyFacts], config: Config,
                  unread_python: frozenset[str] = frozenset(), checked: frozenset[str] | None = None) -> ProjectFacts:
    """The project pass over every file read; `checked` (the paths reported on) defaults to all of them."""
    project = combine_files(root, files, config)
    project.unread_python = unread_python
    project.checked = frozenset(files) if checked is None else checked
    variation = project_variation(project)
    project.seed_options, project.count_options = variation.options, variation.counts
    project.sweeps, project.runs, project.seed_variation = variation.sweeps, variation.runs, variation.variation
    return project
