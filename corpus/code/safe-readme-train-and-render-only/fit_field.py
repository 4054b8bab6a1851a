"""Fit a radiance field to one scene's photos, or only render novel views from a trained one."""
import argparse

import numpy as np
import torch

from fields import RadianceField, load_scene, render_path

np.random.seed(0)  # expect: SA104
parser = argparse.ArgumentParser()
parser.add_argument("--config", required=True)
parser.add_argument("--render_only", action="store_true")
args = parser.parse_args()
scene = load_scene(args.config)
field = RadianceField(scene.settings)
if args.render_only:
    field.load_state_dict(torch.load(scene.checkpoint))
    render_path(field, scene.poses)
else:
    optimiser = torch.optim.Adam(field.parameters(), lr=5e-4)
    for rays, colours in scene.ray_batches(shuffle=True):
        optimiser.zero_grad()
        torch.nn.functional.mse_loss(field(rays), colours).backward()
        optimiser.step()
    torch.save(field.state_dict(), scene.checkpoint)
