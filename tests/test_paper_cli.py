"""`seedaudit paper`: output formats, exit codes, selection and filters, --jobs, --pdf-backend."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "papers"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "papers"


def test_json_output_has_papers_claims_and_sentences(run_cli, tmp_path):
    code, out, _ = run_cli("paper", CORPUS / "review-two-column.pdf", CORPUS / "arxiv-source.tar.gz", "-f", "json")
    assert code == 1
    data = json.loads(out)
    assert [f["rule_id"] for f in data["findings"]] == ["SA205", "SA204", "SA201", "SA202"]  # sorted by path
    first, second = data["papers"]
    assert first["verdict"] == "risky" and first["backend"] == "pdfium" and first["pages"] == 1
    assert first["claims"]["seed_values"][0]["value"] == 42 and first["claims"]["seed_values"][0]["page"] == 1
    assert any(s["category"] == "single-run" and s["margin_line"] == 15 for s in first["sentences"])
    assert second["claims"]["max_n"] == 5 and second["verdict"] == "review"
    assert {"n_seeds", "n_runs", "best_of_n", "spread_reported", "significance_test", "reproducibility_claim"} <= set(second["claims"])


def test_exit_codes_and_filters(run_cli):
    review = CORPUS / "review-two-column.pdf"
    assert run_cli("paper", review)[0] == 1
    assert run_cli("paper", review, "--fail-on", "error")[0] == 0
    assert run_cli("paper", review, "--exit-zero")[0] == 0
    code, out, _ = run_cli("paper", review, "--select", "SA202", "-f", "json")
    assert [f["rule_id"] for f in json.loads(out)["findings"]] == ["SA202"]
    code, out, _ = run_cli("paper", CORPUS / "implied-spaces.pdf", "-f", "json")
    assert code == 0  # info findings and notes do not fail
    data = json.loads(out)
    assert [n["rule_id"] for n in data["notes"]] == ["SA213"]
    code, out, _ = run_cli("paper", CORPUS / "implied-spaces.pdf", "--min-severity", "warning", "-f", "json")
    assert json.loads(out)["findings"] == []
    code, out, _ = run_cli("paper", CORPUS / "latex-tree", "--ignore", "SA212", "-f", "json")
    assert json.loads(out)["notes"] == []


def test_unreadable_only_exits_2_and_mixed_batches_go_on(run_cli, tmp_path):
    code, out, _ = run_cli("paper", FIXTURES / "encrypted.pdf")
    assert code == 2 and "SA001" in out and "encrypted PDF" in out and "Traceback" not in out
    code, out, _ = run_cli("paper", FIXTURES / "encrypted.pdf", CORPUS / "implied-spaces.pdf", "-f", "json")
    assert code == 1  # SA001 is an error finding; the other paper was still audited
    assert [p["verdict"] for p in json.loads(out)["papers"]] == ["unreadable", "review"]


def test_text_output_shows_page_and_margin_line(run_cli):
    code, out, _ = run_cli("paper", CORPUS / "review-two-column.pdf")
    assert "review-two-column.pdf:page 1: SA202 single-run-result" in out and "[line 15]" in out
    assert "All baselines and our classifier are trained once" in out


def test_sarif_and_github_formats(run_cli):
    code, out, _ = run_cli("paper", CORPUS / "latex-tree", "-f", "sarif")
    sarif = json.loads(out)
    assert sarif["runs"][0]["results"]
    code, out, _ = run_cli("paper", CORPUS / "latex-tree", "-f", "github")
    assert "SA203" in out


def test_jobs_gives_the_same_result_as_one_process(run_cli, tmp_path):
    for name in ("review-two-column.pdf", "implied-spaces.pdf", "arxiv-source.tar.gz", "arxiv-source.zip"):
        shutil.copy(CORPUS / name, tmp_path / name)
    one = json.loads(run_cli("paper", tmp_path, "-f", "json")[1])
    two = json.loads(run_cli("paper", tmp_path, "--jobs", "2", "-f", "json")[1])
    assert [f["fingerprint"] for f in one["findings"]] == [f["fingerprint"] for f in two["findings"]]
    assert [p["verdict"] for p in one["papers"]] == [p["verdict"] for p in two["papers"]]


def test_pdfminer_backend_option(run_cli):
    code, out, _ = run_cli("paper", CORPUS / "implied-spaces.pdf", "--pdf-backend", "pdfminer", "-f", "json")
    paper = json.loads(out)["papers"][0]
    assert paper["backend"] == "pdfminer" and paper["stats"]["space_ratio"] < 0.05
    code, out, _ = run_cli("paper", CORPUS / "implied-spaces.pdf", "-f", "json")
    assert json.loads(out)["papers"][0]["backend"] == "pdfium"


def test_folder_without_papers_and_usage_errors(run_cli, tmp_path):
    (tmp_path / "empty").mkdir()
    code, out, _ = run_cli("paper", tmp_path / "empty")
    assert code == 2 and "no paper found" in out
    assert run_cli("paper", CORPUS / "latex-tree", "--select", "NOPE")[0] == 2
