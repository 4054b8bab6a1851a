#!/bin/bash
# one adapted review generator per (source, target) pair of shop categories
cats=('garden' 'toys' 'books')
for src in ${cats[@]}; do
    for tgt in ${cats[@]}; do
        if [ $src != $tgt ]; then
            python train_lm.py \
                --input_file ./prepared/${src}-${tgt}/mixed.txt \
                --output_dir ./generators/ \
                --domain_pair ${src}-${tgt}
        fi
    done
done
