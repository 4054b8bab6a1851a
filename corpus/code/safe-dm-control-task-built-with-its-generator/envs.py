"""Simulated reaching tasks built on dm_control."""
from dm_control import mujoco
from dm_control.rl import control
from dm_control.suite import base


class ReachTask(base.Task):
    def initialize_episode(self, physics):
        physics.named.data.qpos[:2] = self.random.uniform(-0.5, 0.5, size=2)

    def get_observation(self, physics):
        return {"qpos": physics.data.qpos.copy()}

    def get_reward(self, physics):
        return -abs(physics.data.qpos[0])


def make_reach_env(target):
    physics = mujoco.Physics.from_xml_path("assets/reach.xml")
    task = ReachTask(random=0)
    task.target = target
    return control.Environment(physics, task, time_limit=10)
