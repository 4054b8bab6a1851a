"""Reuse the seed whose earlier run reached the lowest validation loss (the seed is tuned like a setting on
validation data; the test set is scored once afterwards)."""
import json

CRITERION = "mse"
WATCHED = f"val_{CRITERION}"


def seed_from_log(log_path):
    lowest, chosen = float("inf"), None
    with open(log_path) as handle:
        for raw in handle:
            record = json.loads(raw)
            run_seed = record["seed"]
            if record[WATCHED] < lowest:
                lowest, chosen = record[WATCHED], run_seed
    return chosen


print(seed_from_log("search_log.jsonl"))
