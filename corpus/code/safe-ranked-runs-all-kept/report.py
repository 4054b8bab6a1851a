"""Ranks the runs for a table: every row is kept, and the one picked per seed is chosen on validation data."""
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd


def table(path):
    runs = pd.read_csv(path)
    runs.sort_values("test_acc", ascending=False).to_csv("ranked.csv", index=False)
    print(runs["test_acc"].mean(), runs["test_acc"].std())


def chosen_on_validation(runs):
    pick = max(runs, key=lambda r: r["val_loss"] * -1)
    return pick["seed"]


def best_epoch(history):
    epoch = int(np.argmax(history["acc"]))
    return history["checkpoint"][epoch]


def plot(seeds, scores):
    mark = int(np.argmax(scores))
    plt.plot(seeds, scores, "o-")
    plt.annotate(f"top: {seeds[mark]}", xy=(seeds[mark], scores[mark]))
    plt.savefig("spread.png")
