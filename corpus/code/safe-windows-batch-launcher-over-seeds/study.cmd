:: regularisation study over five seeds each
for %%s in (1 2 3 4 5) do (
  python train_tabular.py --weight_decay 0.0 --seed %%s
  python train_tabular.py --weight_decay 0.1 --seed %%s ^
    --dropout 0.3
)
