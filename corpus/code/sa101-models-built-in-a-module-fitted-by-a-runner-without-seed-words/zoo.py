"""The candidate models for the churn table, built once."""
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.svm import SVC

FOREST = RandomForestClassifier(n_estimators=300, random_state=7)
BOOSTED = GradientBoostingClassifier(random_state=7)
KERNEL = SVC(probability=True, random_state=7)

CANDIDATES = [FOREST, BOOSTED, KERNEL]
NAMES = ["forest", "boosted trees", "kernel SVM"]
