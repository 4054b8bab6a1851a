"""Each autoencoder width was trained from five random restarts; keep, per width, the restart whose training ended
at the lowest reconstruction loss (the table is written by the training script, one row per restart)."""
import pandas as pd

restarts = pd.read_csv("logs/restarts.csv")  # columns: width, seed, epochs, train_loss
kept = restarts.loc[restarts.groupby("width")["train_loss"].idxmin(), ["width", "seed", "train_loss"]]
print(kept.to_string(index=False))
kept.to_csv("logs/kept_restarts.csv", index=False)
