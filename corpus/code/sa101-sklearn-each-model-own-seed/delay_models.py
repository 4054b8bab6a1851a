"""Will a container ship dock late? Three classifiers, one hold-out split, their scores printed side by side."""
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.neural_network import MLPClassifier

voyages = pd.read_csv("voyages.csv")
signals = voyages[["distance_nm", "wind_knots", "berth_queue", "cargo_teu"]]
late = voyages["arrived_late"]
sig_fit, sig_hold, late_fit, late_hold = train_test_split(signals, late, test_size=0.2, random_state=5)

# every model that draws has a seed of its own, each picked once
boosting = GradientBoostingClassifier(subsample=0.7, random_state=1)  # expect: SA101
network = MLPClassifier(hidden_layer_sizes=(32, 16), max_iter=400, random_state=2)
bayes = GaussianNB()

boosting.fit(sig_fit, late_fit)
network.fit(sig_fit, late_fit)
bayes.fit(sig_fit, late_fit)
print("boosting", balanced_accuracy_score(late_hold, boosting.predict(sig_hold)))
print("network", balanced_accuracy_score(late_hold, network.predict(sig_hold)))
print("bayes", balanced_accuracy_score(late_hold, bayes.predict(sig_hold)))
