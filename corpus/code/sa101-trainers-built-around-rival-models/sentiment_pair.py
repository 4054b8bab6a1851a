"""Does a domain-adapted encoder beat the general one on product reviews? One fine-tuning each."""
from datasets import load_from_disk
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments, set_seed

set_seed(1001)  # expect: SA101
reviews = load_from_disk("reviews")
settings = TrainingArguments(output_dir="runs", num_train_epochs=2, learning_rate=2e-5)
general = AutoModelForSequenceClassification.from_pretrained("roberta-base", num_labels=3)
general_run = Trainer(model=general, args=settings, train_dataset=reviews["train"], eval_dataset=reviews["test"])
general_run.train()
adapted = AutoModelForSequenceClassification.from_pretrained("./reviews-adapted-roberta", num_labels=3)
adapted_run = Trainer(model=adapted, args=settings, train_dataset=reviews["train"], eval_dataset=reviews["test"])
adapted_run.train()
print("general", general_run.evaluate()["eval_loss"], "adapted", adapted_run.evaluate()["eval_loss"])
