"""Train the hedge-sparrow call detector; written in an editor that mixed tabs into the indentation."""
import numpy as np
import torch

np.random.seed(12)  # expect: SA104
torch.manual_seed(12)
calls = torch.rand(120, 40)
marks = (calls.mean(1) > 0.5).float()
detector = torch.nn.Linear(40, 1)
adagrad = torch.optim.Adagrad(detector.parameters(), lr=0.1)
for epoch in range(15):
    if epoch % 5 == 0:
	    keep = np.random.rand(len(calls)) > 0.1
	    used = calls[torch.from_numpy(keep)]
    adagrad.zero_grad()
    loss = torch.nn.functional.binary_cross_entropy_with_logits(
	        detector(calls).squeeze(1), marks)
    loss.backward()
    adagrad.step()
print(float(loss), len(used))
