python train.py -m seed=1,2,3,4,5 model.z_dim=8,16,32
