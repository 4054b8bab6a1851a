"""A clustering-based quality score of embeddings: k-means restarts, then the agreement with the labels."""
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score


class ClusterScore:
    def __init__(self, n_clusters, log_dir, random_seed=1111):
        np.random.seed(random_seed)
        self.n_clusters, self.log_dir = n_clusters, log_dir

    def fit(self, embeddings, labels):
        clustering = KMeans(n_clusters=self.n_clusters, n_init=5, random_state=np.random.randint(2 ** 31))
        clustering.fit(embeddings)
        return adjusted_rand_score(labels, clustering.labels_)
