#!/bin/bash
# pure RL against RL with a behaviour-cloning term (Table 2)
python train_agent.py --env_id Reach-v1 --num_envs 512 --bc_coef 0.0 --total_steps 2000000
python train_agent.py --env_id Reach-v1 --num_envs 128 --bc_coef 0.5 --total_steps 2000000
