"""Bootstrap a topic labeller from a handful of anchor words per topic: draw directions around each topic's
centre, take the closest vocabulary word of every draw as a seed word, then fit a classifier on pseudo-documents
built from those seed words."""
import argparse

import numpy as np
from sklearn.linear_model import LogisticRegression


def seed_words(centre, vocabulary, draws):
    directions = centre + 0.1 * np.random.randn(draws, centre.shape[0])
    affinity = directions @ vocabulary.T
    seeds = np.argmax(affinity, axis=1)
    return seeds


def pseudo_documents(topics, vocabulary, draws=50, length=30):
    docs, labels = [], []
    for label, centre in enumerate(topics):
        for word in seed_words(centre, vocabulary, draws):
            counts = np.zeros(len(vocabulary))
            counts[word] += length
            counts[np.random.randint(len(vocabulary), size=length // 3)] += 1
            docs.append(counts)
            labels.append(label)
    return np.array(docs), np.array(labels)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=11)
    opts = parser.parse_args()
    np.random.seed(opts.seed)
    vocabulary = np.random.randn(400, 16)
    topics = np.random.randn(4, 16)
    docs, labels = pseudo_documents(topics, vocabulary)
    labeller = LogisticRegression(max_iter=300, random_state=opts.seed).fit(docs, labels)
    print(labeller.score(docs, labels))
