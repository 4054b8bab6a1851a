"""Sentence classification with the Hugging Face Trainer: --do_train fits, --do_predict writes test labels."""
from dataclasses import dataclass, field

from datasets import load_dataset
from transformers import (AutoModelForSequenceClassification, AutoTokenizer, HfArgumentParser, Trainer,
                          TrainingArguments, set_seed)


@dataclass
class ModelArguments:
    model_name_or_path: str = field(default="distilroberta-base")
    max_length: int = field(default=128)


def main():
    model_args, training_args = HfArgumentParser((ModelArguments, TrainingArguments)).parse_args_into_dataclasses()
    set_seed(training_args.seed)
    tokenizer = AutoTokenizer.from_pretrained(model_args.model_name_or_path)
    raw = load_dataset("csv", data_files={"train": "data/train.csv", "test": "data/test.csv"})
    encoded = raw.map(lambda rows: tokenizer(rows["text"], truncation=True, max_length=model_args.max_length), batched=True)
    model = AutoModelForSequenceClassification.from_pretrained(model_args.model_name_or_path, num_labels=4)
    trainer = Trainer(model=model, args=training_args, train_dataset=encoded["train"], tokenizer=tokenizer)
    if training_args.do_train:
        trainer.train()
        trainer.save_model()
    if training_args.do_predict:
        trainer.predict(encoded["test"])


if __name__ == "__main__":
    main()
