"""Score each saved checkpoint of one fine-tuning run on the test split (no training here)."""
import torch
from datasets import load_from_disk
from transformers import AutoModelForTokenClassification, Trainer, TrainingArguments

splits = load_from_disk("data/conll2003-tokenised")
scores = {}
for checkpoint in ["out/tagger/checkpoint-500", "out/tagger/checkpoint-1000", "out/tagger/checkpoint-1500"]:
    torch.manual_seed(17)
    model = AutoModelForTokenClassification.from_pretrained(checkpoint, num_labels=9)
    trainer = Trainer(model=model, args=TrainingArguments(output_dir="out/eval", seed=17))
    scores[checkpoint] = trainer.evaluate(splits["test"])["eval_f1"]
print(scores)
