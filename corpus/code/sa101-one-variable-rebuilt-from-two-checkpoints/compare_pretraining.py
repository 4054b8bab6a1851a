"""Sentiment fine-tuning from the short and the long pre-training run, one after the other."""
from datasets import load_from_disk
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments, set_seed

set_seed(5)  # expect: SA101
data = load_from_disk("data/sst2-tokenised")
args = TrainingArguments(output_dir="out/sst2", num_train_epochs=2, seed=5)

model = AutoModelForSequenceClassification.from_pretrained("runs/pretrain-short/final", num_labels=2)
trainer = Trainer(model=model, args=args, train_dataset=data["train"])
trainer.train()
short_acc = trainer.evaluate(data["test"])["eval_accuracy"]

model = AutoModelForSequenceClassification.from_pretrained("runs/pretrain-long/final", num_labels=2)
trainer = Trainer(model=model, args=args, train_dataset=data["train"])
trainer.train()
long_acc = trainer.evaluate(data["test"])["eval_accuracy"]

print(f"short {short_acc:.3f}  long {long_acc:.3f}")
