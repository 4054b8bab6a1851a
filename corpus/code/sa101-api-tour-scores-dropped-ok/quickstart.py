"""Quick start: how each detector is called (fit on labelled rows, then score new ones)."""
import numpy as np

from detectors import AutoencoderDetector, ForestDetector

data = np.load("example.npz")
X_train, y_train, X_test = data["X_train"], data["y_train"], data["X_test"]

# a tree-based detector
model = ForestDetector(seed=42)
model.fit(X_train, y_train)
score = model.predict_score(X_test)

# a deep detector: the same two calls
model = AutoencoderDetector(seed=42)  # expect: SA104
model.fit(X_train, y_train)
score = model.predict_score(X_test)
