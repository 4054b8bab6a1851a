"""Choose the patient-level split whose class shares stay closest to the whole cohort's, then save it."""
import json

import numpy as np
from sklearn.model_selection import GroupShuffleSplit

records = np.load("cohort.npz")
labels, patients = records["labels"], records["patients"]
cohort_share = np.bincount(labels, minlength=3) / len(labels)


def share_gap(index):
    share = np.bincount(labels[index], minlength=3) / len(index)
    return float(np.abs(share - cohort_share).sum())


lowest_gap, chosen = float("inf"), None
for split_seed in range(50):
    splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=split_seed)
    train_index, test_index = next(splitter.split(labels, labels, patients))
    gap = share_gap(train_index) + share_gap(test_index)
    if gap < lowest_gap:
        lowest_gap, chosen = gap, (train_index.tolist(), test_index.tolist())

with open("split.json", "w") as handle:
    json.dump({"train": chosen[0], "test": chosen[1]}, handle)
