"""Train, then train again from scratch with more epochs: the same model, the second run's result is kept."""
from datasets import load_from_disk
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments, set_seed

set_seed(5)  # expect: SA104
data = load_from_disk("data/sst2-tokenised")

model = AutoModelForSequenceClassification.from_pretrained("runs/pretrain-long/final", num_labels=2)
trainer = Trainer(model=model, args=TrainingArguments(output_dir="out/sst2", num_train_epochs=1), train_dataset=data["train"])
trainer.train()

model = AutoModelForSequenceClassification.from_pretrained("runs/pretrain-long/final", num_labels=2)
trainer = Trainer(model=model, args=TrainingArguments(output_dir="out/sst2", num_train_epochs=3), train_dataset=data["train"])
trainer.train()
print(trainer.evaluate(data["test"])["eval_accuracy"])
