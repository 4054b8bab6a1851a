"""Generate the demo's small tabular data set (run once; the CSV files are committed): `python make_data.py [DIR]`.

Each row is a made-up customer: sex, age, state and yearly income; the label is the service plan
they picked (basic, plus or premium). The plan follows a noisy score of the features, so a small
network learns it only in part, and which network wins depends on its random start.
"""
from __future__ import annotations

import csv
import math
import random
import sys
from pathlib import Path

STATES = ("ohio", "texas", "oregon")
PLANS = ("basic", "plus", "premium")
STATE_EFFECT = {"ohio": -0.3, "texas": 0.1, "oregon": 0.35}


def make_row(rng: random.Random) -> dict[str, object]:
    sex = rng.choice("MF")
    age = rng.randint(18, 70)
    state = rng.choice(STATES)
    income = round(rng.lognormvariate(math.log(52000), 0.35), -2)
    score = (0.045 * (age - 44) + 1.1 * math.log(income / 52000) + STATE_EFFECT[state]
             + (0.25 if sex == "F" else -0.25) - 0.5 * math.sin(age / 6.0) + rng.gauss(0.0, 0.55))
    plan = PLANS[0] if score < -0.45 else PLANS[1] if score < 0.45 else PLANS[2]
    return {"sex": sex, "age": age, "state": state, "income": int(income), "plan": plan}


def main() -> None:
    rng = random.Random(20240)
    here = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "data"
    here.mkdir(exist_ok=True)
    for name, rows in (("train.csv", 200), ("test.csv", 40)):
        with open(here / name, "w", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["sex", "age", "state", "income", "plan"])
            writer.writeheader()
            writer.writerows(make_row(rng) for _ in range(rows))


if __name__ == "__main__":
    main()
