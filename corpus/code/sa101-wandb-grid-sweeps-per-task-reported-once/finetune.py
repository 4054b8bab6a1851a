"""Fine-tune one encoder on one GLUE task; W&B grid sweeps pass the encoder and the task."""
import argparse

import wandb
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments, set_seed

from glue_data import load_task


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--encoder", default="bert-base-uncased")
    parser.add_argument("--task", default="sst2")
    parser.add_argument("--seed", type=int, default=1234)
    args = parser.parse_args()
    set_seed(args.seed)
    wandb.init(config=vars(args))
    train, dev, labels = load_task(args.task, args.encoder)
    model = AutoModelForSequenceClassification.from_pretrained(args.encoder, num_labels=labels)
    trainer = Trainer(model=model, args=TrainingArguments(output_dir="out", num_train_epochs=3, report_to="wandb"),
                      train_dataset=train, eval_dataset=dev)
    trainer.train()
    wandb.log(trainer.evaluate())


if __name__ == "__main__":
    main()
