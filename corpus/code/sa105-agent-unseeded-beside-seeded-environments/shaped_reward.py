"""Lunar lander with a shaped reward: four environments made from one seed, then PPO trained on them."""
import gymnasium as gym
from stable_baselines3 import PPO
from stable_baselines3.common.env_util import make_vec_env

SEED = 3


class ShapedReward(gym.Wrapper):
    def step(self, action):
        obs, reward, terminated, truncated, info = self.env.step(action)
        return obs, reward - 0.01 * abs(obs[4]), terminated, truncated, info


envs = make_vec_env("LunarLander-v3", n_envs=4, seed=SEED, wrapper_class=ShapedReward)
agent = PPO("MlpPolicy", envs, n_steps=512, verbose=0)  # expect: SA105
agent.learn(total_timesteps=200_000)
agent.save("ppo_shaped")
