"""One answer to "does this program train", shared by the single-seed rule and the cross-check."""
from __future__ import annotations

import textwrap

import pytest

from seedaudit.code.engine import check_paths
from seedaudit.code.training import trains_nothing
from seedaudit.config import Config
from seedaudit.rules import Selection

PIPELINE = """
import random
import spacy

nlp = spacy.blank("en")
nlp.add_pipe("textcat")
sgd = nlp.initialize()
for epoch in range(5):
    nlp.update(batches(random.random()), sgd=sgd)
"""
HARNESS = """
import random
from scoring import score_all

random.seed(1)
print(score_all(random.sample(range(100), 10)))
"""
SCORING = """
import random
from transformers import pipeline

def score_all(rows):
    random.shuffle(rows)
    return pipeline("text-classification")(rows)
"""
CONVERTER = """
import json
import random

random.seed(3)
rows = [json.loads(line) for line in open("generated.jsonl")]
random.shuffle(rows)
json.dump(rows, open("pairs.json", "w"))
"""


def _facts(tmp_path, files: dict[str, str]):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'p'\n")
    for name, text in files.items():
        (tmp_path / name).write_text(textwrap.dedent(text).lstrip("\n"))
    project = check_paths([tmp_path], Config(root=tmp_path), Selection.build(select=["ALL"]), use_cache=False).project
    return project.files["main.py"], project


@pytest.mark.parametrize("files,expected", [
    ({"main.py": PIPELINE}, False),  # trains inside a library, through a call with no training name
    ({"main.py": HARNESS, "scoring.py": SCORING}, False),  # reaches a learning library through its own module
    ({"main.py": CONVERTER}, True),  # turns generated text into a data set
])
def test_a_program_that_reaches_a_learning_library_may_train(tmp_path, monkeypatch, files, expected):
    monkeypatch.chdir(tmp_path)
    assert trains_nothing(*_facts(tmp_path, files)) is expected
