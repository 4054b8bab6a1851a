"""Backbone choice and a t-SNE picture of the learned features."""
import matplotlib.pyplot as plt
import torchvision
from sklearn.manifold import TSNE


def backbone(cfg):
    if cfg["backbone"] == "resnet50":
        return torchvision.models.resnet50(weights="IMAGENET1K_V2")
    elif cfg["backbone"] == "convnext_tiny":
        return torchvision.models.convnext_tiny(weights="IMAGENET1K_V1")
    elif cfg["backbone"] == "vit_b_16":
        return torchvision.models.vit_b_16(weights="IMAGENET1K_V1")
    raise ValueError(cfg["backbone"])


def plot_embedding(features, labels, path):
    points = TSNE(n_components=2, perplexity=30, random_state=3).fit_transform(features)
    plt.scatter(points[:, 0], points[:, 1], c=labels, s=4)
    plt.savefig(path)
