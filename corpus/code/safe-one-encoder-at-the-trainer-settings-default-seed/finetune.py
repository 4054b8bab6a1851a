"""Fine-tune one encoder for intent detection; nothing is compared.

The Trainer seeds the run with its arguments' default seed (42): one draw, but no ranking rests on it,
and no seed is written in the file for a reader to mistake for robustness.
"""
from datasets import load_from_disk
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments

intents = load_from_disk("data/intents")
model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=25)
arguments = TrainingArguments(output_dir="checkpoints/intent", num_train_epochs=3, evaluation_strategy="epoch")
trainer = Trainer(model=model, args=arguments, train_dataset=intents["train"], eval_dataset=intents["validation"])
trainer.train()
trainer.save_model("checkpoints/intent/final")
