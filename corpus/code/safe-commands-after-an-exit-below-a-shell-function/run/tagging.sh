#!/usr/bin/env bash
# Both encoders at ten seeds each; the block under `exit` is a one-seed smoke test kept for debugging.
set -euo pipefail

scratch=$(mktemp -d)
remove_scratch() {
    rm -rf "$scratch"
}
trap remove_scratch EXIT

for seed in $(seq 1 10); do
    for enc in lstm gru; do
        python encode.py --encoder "$enc" --seed "$seed" > "$scratch/$enc-$seed.log"
    done
done
cat "$scratch"/*.log > results.txt
exit 0

python encode.py --encoder lstm --seed 3 --steps 5
python encode.py --encoder gru --seed 3 --steps 5
