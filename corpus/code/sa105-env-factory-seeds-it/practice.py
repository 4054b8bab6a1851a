"""Warm-up laps with random throttle on the practice track."""
import random

import numpy as np

from track import open_practice_track

if __name__ == "__main__":
    random.seed(3)
    np.random.seed(3)
    practice_env = open_practice_track("CarRacing-v2")  # expect: SA105
    frame, _ = practice_env.reset()
    for _ in range(100):
        frame, reward, done, cut, _ = practice_env.step(np.random.uniform(-1, 1, size=3))
        if done or cut:
            frame, _ = practice_env.reset()
