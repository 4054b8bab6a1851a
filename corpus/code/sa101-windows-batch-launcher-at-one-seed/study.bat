@echo off
REM regularisation study, Table 2
set SEED=7& rem # expect: SA101
for %%w in (0.0 0.01 0.1) do python train_tabular.py --weight_decay %%w --seed %SEED%
python train_tabular.py --dropout 0.3 --seed %SEED%
