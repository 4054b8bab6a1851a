"""Vectorised environments; the factory seeds every copy with seed + its index."""
import gym


def make_env(name, seed, index):
    def thunk():
        env = gym.make(name)
        env.seed(seed + index)
        env.action_space.seed(seed + index)
        return env
    return thunk


def make_vec_envs(name, seed, count):
    return gym.vector.SyncVectorEnv([make_env(name, seed, i) for i in range(count)])
