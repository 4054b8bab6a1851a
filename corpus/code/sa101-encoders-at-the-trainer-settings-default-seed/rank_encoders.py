"""Which pretrained encoder labels support tickets best? Each is fine-tuned once and scored on the test split.

No seed is written anywhere, yet every run is seeded: the Trainer seeds every generator with its
arguments' `seed`, 42 unless given, so all three encoders are compared at that one seed.
"""
from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

tickets = load_dataset("csv", data_files={"train": "tickets/train.csv", "test": "tickets/test.csv"})
settings = TrainingArguments(  # expect: SA101
    output_dir="out/tickets",
    per_device_train_batch_size=16,
    num_train_epochs=4,
    learning_rate=2e-5,
)
accuracy = {}
for name in ("distilroberta-base", "microsoft/deberta-v3-small", "google/electra-small-discriminator"):
    tokenizer = AutoTokenizer.from_pretrained(name)
    encoded = tickets.map(lambda rows: tokenizer(rows["text"], truncation=True, padding="max_length"), batched=True)
    classifier = AutoModelForSequenceClassification.from_pretrained(name, num_labels=12)
    run = Trainer(model=classifier, args=settings, train_dataset=encoded["train"], eval_dataset=encoded["test"])
    run.train()
    accuracy[name] = run.evaluate()["eval_loss"]
for name, loss in sorted(accuracy.items(), key=lambda item: item[1]):
    print(f"{name:40s} {loss:.4f}")
