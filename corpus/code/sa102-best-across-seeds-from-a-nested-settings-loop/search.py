"""Try every split seed and penalty; keep the pair with the lowest test error."""
import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split

features, labels = np.load("features.npy"), np.load("labels.npy")
lowest_test_error = 1.0
for state in range(8):
    x_fit, x_test, y_fit, y_test = train_test_split(features, labels, test_size=0.25, random_state=state)
    for penalty in (1e-4, 1e-3, 1e-2):
        model = SGDClassifier(alpha=penalty, random_state=state).fit(x_fit, y_fit)
        test_error = 1.0 - model.score(x_test, y_test)
        if test_error < lowest_test_error:  # expect: SA102
            lowest_test_error, kept = test_error, (state, penalty)
print(kept, lowest_test_error)
