"""Which clients take part in a federated round."""
import numpy as np


def pick_clients(weights, args, round_index):
    np.random.seed(args.seed)  # repeatable selection
    return np.random.choice(len(weights), size=args.per_round, replace=False, p=weights)
