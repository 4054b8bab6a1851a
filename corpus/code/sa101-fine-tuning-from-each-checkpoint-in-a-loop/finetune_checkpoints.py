"""Does longer pre-training help? Fine-tune each pre-training checkpoint on the tagging task and compare test F1."""
import torch
from datasets import load_from_disk
from transformers import AutoModelForTokenClassification, Trainer, TrainingArguments

splits = load_from_disk("data/conll2003-tokenised")
scores = {}
for checkpoint in ["runs/pretrain/step-10000", "runs/pretrain/step-50000", "runs/pretrain/step-100000"]:
    torch.manual_seed(17)  # expect: SA101
    model = AutoModelForTokenClassification.from_pretrained(checkpoint, num_labels=9)
    args = TrainingArguments(output_dir="out/tagger", seed=17, num_train_epochs=3)
    trainer = Trainer(model=model, args=args, train_dataset=splits["train"], eval_dataset=splits["validation"])
    trainer.train()
    scores[checkpoint] = trainer.evaluate(splits["test"])["eval_f1"]
print(scores)
