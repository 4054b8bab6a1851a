import sys
sys.path.append(".")

from lib import settings, trainer

seeds = [3, 4, 5]
for seed in seeds:
    trainer.fit_model(config=settings.LSTM, seed=seed)
