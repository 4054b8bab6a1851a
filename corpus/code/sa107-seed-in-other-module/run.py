import torch
from torch.backends import cudnn

import settings


def main():
    if torch.cuda.is_available():
        cudnn.deterministic = True
        cudnn.benchmark = True  # expect: SA107
    net = torch.nn.Linear(8, 2)
    print(net(torch.ones(1, 8)), settings.SEED)


if __name__ == "__main__":
    main()
