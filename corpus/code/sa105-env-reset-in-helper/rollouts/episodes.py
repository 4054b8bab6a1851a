"""Episode collection shared by the training scripts: the environment arrives ready-made."""


def play_episode(env, policy, horizon=500):
    observation, _ = env.reset()
    total = 0.0
    for _ in range(horizon):
        observation, reward, finished, clipped, _ = env.step(policy(observation))
        total += reward
        if finished or clipped:
            break
    return total


def evaluate(env, policy, episodes):
    return [play_episode(env, policy) for _ in range(episodes)]
