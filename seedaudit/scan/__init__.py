"""`seedaudit scan`: the paper audit over a whole corpus, in parallel and resumably.

- discover: which documents the paths name (folder trees, manifests), their content hashes, duplicates;
- work: what a worker does with one document (the `paper` or `audit` engine) and the record it returns;
- pool: where the work runs (local worker processes with limits, or Ray);
- store: results.jsonl, appended as each document finishes, read back to resume;
- summary: the Bethard-style table aggregated from the records (rendering lives in report/).
"""
