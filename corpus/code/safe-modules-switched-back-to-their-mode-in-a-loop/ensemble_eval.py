"""Evaluate a trained ensemble of dynamics models with every member in evaluation mode, then put each back."""
import contextlib

import torch


@contextlib.contextmanager
def evaluating(*models):
    was_training = [model.training for model in models]
    for model in models:
        model.train(False)
    yield
    for model, state in zip(models, was_training):
        model.train(state)


def rollout_error(members, states, actions, targets):
    torch.manual_seed(7)  # expect: SA104
    with evaluating(*members), torch.no_grad():
        predictions = torch.stack([m(torch.cat([states, actions], -1)) for m in members])
    return (predictions.mean(0) - targets).pow(2).mean().item()


if __name__ == "__main__":
    ensemble = [torch.load(f"dynamics_{i}.pt") for i in range(5)]
    batch = torch.load("held_out_batch.pt")
    print(rollout_error(ensemble, batch["s"], batch["a"], batch["s_next"]))
