"""docs/rules/ is generated from rules/*.toml; the committed copy must match the generator, so it never drifts."""
from __future__ import annotations

from pathlib import Path

import pytest

from seedaudit.ruledocs import main, write_docs

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"
FIX = "regenerate with `python -m seedaudit.ruledocs` (or `make docs`) and commit docs/rules/"


def test_committed_rule_docs_match_the_generator(tmp_path):
    fresh = {p.name: p.read_text(encoding="utf-8") for p in write_docs(tmp_path)}
    committed = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    assert sorted(committed) == sorted(fresh), f"docs/rules/ has the wrong files: {FIX}"
    stale = sorted(name for name in fresh if committed[name] != fresh[name])
    assert not stale, f"out of date: {', '.join(stale)}; {FIX}"


def test_every_rule_page_is_linked_from_the_index(tmp_path):
    pages = {p.name for p in write_docs(tmp_path)} - {"README.md"}
    index = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert pages and all(f"]({name})" in index for name in pages)


def test_shipped_rule_docs_cite_nothing_that_does_not_ship():
    """Rule docs end up in `seedaudit rule`, the docs and SARIF help: a citation of a project-internal
    document (BACKGROUND, DESIGN) is a dead reference for every user."""
    from seedaudit.rules import all_rules

    cited = {r.id: r for r in all_rules().values() if any(word in f"{r.why} {r.what}" for word in ("BACKGROUND", "DESIGN.md"))}
    assert cited == {}


def test_help_only_helps_and_a_folder_argument_is_where_pages_go(tmp_path, monkeypatch, capsys):
    """`--help` prints the usage and writes nothing (it used to rewrite docs/rules/ in the working folder)."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0 and "usage" in capsys.readouterr().out
    assert not any(tmp_path.iterdir())
    main([str(tmp_path / "pages")])
    assert (tmp_path / "pages" / "README.md").is_file() and len(list((tmp_path / "pages").glob("SA*.md"))) > 10
