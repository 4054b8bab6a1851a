"""Ten-fold cross-validation of the churn model, averaging the folds that reach the agreed bar."""
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold

MIN_F1 = 0.6

features = np.random.default_rng(0).random((400, 8))  # expect: SA104
labels = (features[:, 0] > 0.5).astype(int)
good = []
for fold, (train_idx, hold_idx) in enumerate(StratifiedKFold(10, shuffle=True, random_state=1).split(features, labels)):
    model = GradientBoostingClassifier(random_state=1).fit(features[train_idx], labels[train_idx])
    fold_f1 = model.score(features[hold_idx], labels[hold_idx])
    if fold_f1 > MIN_F1:  # expect: SA102
        good.append(fold_f1)
print(f"F1 {np.mean(good):.3f} ({len(good)} folds)")
