#!/bin/bash
variants=("full" "no_latent" "small")
for variant in "${variants[@]}"; do
  python plan.py model=$variant > "logs/${variant}.txt"  # expect: SA101
done
