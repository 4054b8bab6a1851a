#!/usr/bin/env bash
# Fine-tune over four seeds, then label the test set with the first seed's model.
for s in 11 12 13 14
do
    python run_classifier.py --do_train --seed $s --output_dir runs/seed_$s --num_train_epochs 3
done
python run_classifier.py --do_predict --model_name_or_path runs/seed_11 --output_dir runs/test_labels
