"""Which detector separates the planted anomalies better? Mean score on the anomalous rows against the rest."""
import numpy as np

from detectors import AutoencoderDetector, ForestDetector

data = np.load("example.npz")
X_train, y_train, X_test = data["X_train"], data["y_train"], data["X_test"]

# a tree-based detector
model = ForestDetector(seed=42)  # expect: SA101
model.fit(X_train, y_train)
score = model.predict_score(X_test)

print("forest", score[:25].mean() - score[25:].mean())

# a deep detector
model = AutoencoderDetector(seed=42)
model.fit(X_train, y_train)
score = model.predict_score(X_test)
print("autoencoder", score[:25].mean() - score[25:].mean())
