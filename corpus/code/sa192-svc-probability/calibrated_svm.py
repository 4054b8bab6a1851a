from sklearn.metrics import brier_score_loss
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.svm import SVC


def evaluate(X, y):
    X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=1)
    model = make_pipeline(StandardScaler(), SVC(kernel="rbf", C=3.0, probability=True))  # expect: SA192
    model.fit(X_train, y_train)
    return brier_score_loss(y_test, model.predict_proba(X_test)[:, 1])
