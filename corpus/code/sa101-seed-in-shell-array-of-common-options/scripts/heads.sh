#!/bin/bash
# usage: scripts/heads.sh [random|gradient|activation|all]
set -e
TRAIN="finetune_heads.py"
SEED=17  # expect: SA101
KEEP=0.25

SHARED=(
  --model  "bert-base-uncased"
  --keep   "$KEEP"
  --lr     "3e-5"
  --seed   "$SEED"
)

run_random() {
  python "$TRAIN" "${SHARED[@]}" --rule random --out "runs/random_s${SEED}"
}

run_gradient() {
  python "$TRAIN" "${SHARED[@]}" --rule gradient --out "runs/gradient_s${SEED}"
}

run_activation() {
  python "$TRAIN" "${SHARED[@]}" --rule activation --out "runs/activation_s${SEED}"
}

case "${1:-all}" in
  random) run_random ;;
  gradient) run_gradient ;;
  activation) run_activation ;;
  all)
    run_random
    run_gradient
    run_activation
    ;;
esac
