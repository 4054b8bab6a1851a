"""Warm-up then a longer run of the same encoder: the loop's names label the runs, every pass starts from the same
checkpoint with the same settings and seeds, so nothing is compared."""
from datasets import load_from_disk
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

reviews = load_from_disk("data/reviews")
for name in ["warmup", "main"]:
    model = AutoModelForSequenceClassification.from_pretrained("roberta-base", num_labels=2)
    args = TrainingArguments(output_dir=f"runs/{name}", run_name=name, seed=11, num_train_epochs=1)
    Trainer(model=model, args=args, train_dataset=reviews["train"]).train()
