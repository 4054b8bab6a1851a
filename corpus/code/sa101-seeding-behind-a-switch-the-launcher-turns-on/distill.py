"""Distil a CIFAR-100 teacher into the chosen student; `--deterministic` fixes the seed for debugging."""
import argparse

import torch
import torchvision
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--student", choices=["resnet8", "wrn_16_2", "mobilenet_v2"], default="resnet8")
    parser.add_argument("--teacher", default="teacher.pt")
    parser.add_argument("--epochs", type=int, default=240)
    parser.add_argument("--deterministic", action="store_true", help="make a debugging run repeatable")
    args = parser.parse_args()
    if args.deterministic:
        torch.manual_seed(2718)  # expect: SA101
        torch.backends.cudnn.deterministic = True
    teacher = torch.load(args.teacher)
    student = torchvision.models.get_model(args.student, num_classes=100)
    optimizer = torch.optim.SGD(student.parameters(), lr=0.05, momentum=0.9)
    for _ in range(args.epochs):
        for images, labels in torch.load("cifar100_train.pt"):
            optimizer.zero_grad()
            soft = nn.functional.kl_div(student(images).log_softmax(-1), teacher(images).softmax(-1), reduction="batchmean")
            (soft + nn.functional.cross_entropy(student(images), labels)).backward()
            optimizer.step()
    torch.save(student.state_dict(), f"{args.student}.pt")


if __name__ == "__main__":
    main()
