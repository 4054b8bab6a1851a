"""Two reward-shaping schemes for a lunar lander agent, each trained once and scored on twenty episodes."""
import gymnasium as gym
import numpy as np
from stable_baselines3 import A2C


class ShapedReward(gym.Wrapper):
    def __init__(self, env, fuel_cost, landing_bonus):
        super().__init__(env)
        self.fuel_cost, self.landing_bonus = fuel_cost, landing_bonus

    def step(self, action):
        observation, reward, terminated, truncated, info = self.env.step(action)
        reward -= self.fuel_cost * float(action != 0)
        if terminated and reward > 0:
            reward += self.landing_bonus
        return observation, reward, terminated, truncated, info


schemes = [
    {"fuel_cost": 0.0, "landing_bonus": 0.0},
    {"fuel_cost": 0.05, "landing_bonus": 20.0},
]

for scheme in schemes:
    env = ShapedReward(gym.make("LunarLander-v3"), scheme["fuel_cost"], scheme["landing_bonus"])
    agent = A2C("MlpPolicy", env, seed=4)  # expect: SA101
    agent.learn(total_timesteps=50_000)
    plain = gym.make("LunarLander-v3")
    totals = []
    for episode in range(20):
        observation, _ = plain.reset(seed=1000 + episode)
        done, total = False, 0.0
        while not done:
            action, _ = agent.predict(observation, deterministic=True)
            observation, reward, terminated, truncated, _ = plain.step(action)
            done, total = terminated or truncated, total + reward
        totals.append(total)
    print(scheme, np.mean(totals))
