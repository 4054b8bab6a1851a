import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score


def cluster(embeddings_path, k=12):
    embeddings = np.load(embeddings_path)
    kmeans = KMeans(n_clusters=k, n_init=10)  # expect: SA192
    labels = kmeans.fit_predict(embeddings)
    return labels, silhouette_score(embeddings, labels, random_state=0)
