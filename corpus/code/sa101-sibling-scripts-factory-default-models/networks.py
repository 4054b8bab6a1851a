from torch import nn


def build_network(name, channels, classes):
    if name == "tcn":
        return nn.Sequential(nn.Conv1d(channels, 64, 5, padding=2), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten(),
                             nn.Linear(64, classes))
    if name == "tcn_attention":
        return nn.Sequential(nn.Conv1d(channels, 64, 5, padding=2), nn.ReLU(), nn.Conv1d(64, 64, 1), nn.Softmax(-1),
                             nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(64, classes))
    raise ValueError(name)
