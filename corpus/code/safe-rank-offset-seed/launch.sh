for seed in 0 1 2; do
  torchrun --nproc_per_node 4 ddp_train.py --seed $seed
done
