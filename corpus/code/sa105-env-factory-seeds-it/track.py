"""Build the driving track every policy is scored on."""
import gymnasium as gym


def open_track(name, frame_skip=4):
    """The track, its start positions fixed by one seed so that every policy meets the same ones."""
    env = gym.make(name, frameskip=frame_skip)
    env.reset(seed=2024)
    return env, env.spec.id


def open_practice_track(name):
    """A practice track: its start positions change from run to run."""
    return gym.make(name, frameskip=2)
