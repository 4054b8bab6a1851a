"""Pre-train the contrastive encoder once per augmentation recipe and print each recipe's k-NN accuracy.

The seeding and training helpers live in the lab's shared `labkit` package, installed beside this script."""
import torch
import torchvision

import labkit

SEED = 123
labkit.set_all_seeds(SEED)  # expect: SA101

accuracy = {}
for data_aug in ["crop_only", "crop_colour", "crop_colour_blur"]:
    encoder = torchvision.models.resnet18(num_classes=128)
    optimiser = torch.optim.Adam(encoder.parameters(), lr=3e-4)
    loader = labkit.contrastive_loader("weeds/", recipe=data_aug, batch_size=256)
    labkit.train_contrastive(encoder, optimiser, loader, epochs=100)
    accuracy[data_aug] = labkit.knn_accuracy(encoder, "weeds/")
print(accuracy)
