"""Embed the reviews with one encoder (the loop keeps room for more) and cluster them."""
import torch
from sklearn.cluster import KMeans

torch.manual_seed(42)  # expect: SA104

for encoder_name in ["mini-encoder"]:
    encoder = torch.hub.load("local/encoders", encoder_name)
    vectors = encoder(torch.load("reviews.pt")).detach().numpy()
    labels = KMeans(n_clusters=8, n_init=10, random_state=0).fit_predict(vectors)
    torch.save(torch.tensor(labels), f"{encoder_name}_clusters.pt")
