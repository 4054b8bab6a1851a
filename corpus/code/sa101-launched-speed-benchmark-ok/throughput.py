"""Images per second each backbone trains at on one GPU: a warm-up, then timed steps, the rate appended to a JSON log."""
import argparse
import json

import torch
import torchvision


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", default="resnet50")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    model = getattr(torchvision.models, args.arch)().cuda()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    images = torch.randn(args.batch, 3, 224, 224, device="cuda")
    labels = torch.randint(0, 1000, (args.batch,), device="cuda")
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    for step in range(args.steps + 5):
        if step == 5:
            start.record()
        optimizer.zero_grad()
        torch.nn.functional.cross_entropy(model(images), labels).backward()
        optimizer.step()
    end.record()
    torch.cuda.synchronize()
    seconds = start.elapsed_time(end) / 1000
    with open("throughput.jsonl", "a") as log:
        log.write(json.dumps({"arch": args.arch, "images_per_second": args.steps * args.batch / seconds}) + "\n")


if __name__ == "__main__":
    main()
