"""Which scikit-learn-style estimators a file fits, and which of them draw from their random_state."""
from __future__ import annotations

import textwrap

import pytest

from seedaudit.code.estimators import draws, fitted, is_estimator, trained_names, training_calls
from seedaudit.code.extract import extract
from seedaudit.code.facts import FileFacts

HEADER = ("from sklearn.ensemble import RandomForestRegressor as Forest\n"
          "from sklearn.model_selection import cross_val_score\n")


def facts_of(source: str) -> FileFacts:
    return extract(FileFacts(path="m.py", kind="py", digest=""), HEADER + textwrap.dedent(source))


def fitted_flags(source: str) -> list[bool]:
    """For each estimator the source builds, in order: is it fitted?"""
    facts = facts_of(source)
    fits = training_calls(facts)
    trained = trained_names(facts, fits)
    return [fitted(c, facts, fits, trained) for c in facts.calls if is_estimator(c, facts)]


@pytest.mark.parametrize("source", [
    "model = Forest()\nmodel.fit(X, y)\n",
    "model = Forest().fit(X, y)\n",
    "search = GridSearchCV(Forest(), grid)\nsearch.fit(X, y)\n",
    "print(cross_val_score(Forest(), X, y).mean())\n",
    "def score(est, X, y):\n    return cross_val_score(est, X, y).mean()\n\nscore(Forest(), X, y)\n",
    "zoo = {\n    'a': Forest(),\n}\nfor key in zoo:\n    zoo[key].fit(X, y)\n",
    "zoo = {}\nzoo['a'] = Forest()\nfor name, est in zoo.items():\n    est.fit(X, y)\n",
    "zoo = []\nzoo.append(Forest())\nfor i in range(len(zoo)):\n    zoo[i].fit(X, y)\n",
    "first = Forest()\nfor label, est in (('first', first),):\n    est.fit(X, y)\n",
    "def build():\n    made = {}\n    made['a'] = Forest()\n    return made\n\n"
    "zoo = build()\nfor k in zoo:\n    zoo[k].fit(X, y)\n",
    "def build():\n    return [Forest()]\n\nzoo = build()\nfor est in zoo:\n    est.fit(X, y)\n",
], ids=["fit", "chained-fit", "wrapped-search", "cross-validated", "helper", "dict-literal", "item-assignment",
        "append", "loop-pairs", "factory-container", "factory-return"])
def test_an_estimator_is_fitted_however_it_reaches_the_fit(source):
    assert fitted_flags(source) == [True]


@pytest.mark.parametrize("source", [
    "model = Forest()\nprint(model.get_params())\n",
    "zoo = {'a': Forest()}\nother = {}\nfor key in other:\n    other[key].fit(X, y)\n",
    "def describe(est):\n    return repr(est)\n\ndescribe(Forest())\n",
    "def build():\n    made = [Forest()]\n    return len(made)\n\nzoo = build()\nfor est in zoo:\n    est.fit(X, y)\n",
], ids=["never-fitted", "other-container", "helper-that-does-not-fit", "factory-returns-something-else"])
def test_an_estimator_built_and_never_fitted_is_not(source):
    assert fitted_flags(source) == [False]


@pytest.mark.parametrize("source,expected", [
    ("Forest(random_state=0)", True),
    ("LogisticRegression(random_state=0)", False),  # lbfgs never reads it
    ("LogisticRegression(solver='saga', random_state=0)", True),
    ("SVC(random_state=0)", False),
    ("SVC(probability=True, random_state=0)", True),
    ("KNeighborsClassifier()", False),
], ids=["forest", "lbfgs", "saga", "svc", "svc-probability", "knn"])
def test_draws_reads_the_class_and_its_solver(source, expected):
    imports = ("from sklearn.linear_model import LogisticRegression\nfrom sklearn.svm import SVC\n"
               "from sklearn.neighbors import KNeighborsClassifier\n")
    assert draws(facts_of(imports + source).calls[-1]) is expected


@pytest.mark.parametrize("source,expected", [
    ("from sklearn.ensemble import GradientBoostingRegressor\nGradientBoostingRegressor()", True),
    ("from xgboost import XGBRegressor\nXGBRegressor()", True),
    ("CatchmentRegressor()", True),  # a name nothing resolves, read by its suffix
    ("from sklearn.ensemble import IsolationForest\nIsolationForest()", False),
    ("from sklearn.neighbors import NearestNeighbors\nNearestNeighbors()", False),
    ("from sklearn.preprocessing import StandardScaler\nStandardScaler()", False),
], ids=["sklearn-model", "sklearn-api", "unresolved-suffix", "outlier-detector", "neighbour-index", "transformer"])
def test_an_estimator_predicts_a_target(source, expected):
    facts = facts_of(source)
    assert is_estimator(facts.calls[-1], facts) is expected
