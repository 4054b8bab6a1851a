for seed in 1 2 3 4 5; do
    python fit.py --seed "$seed"
done
