"""Part-of-speech tagging with three multilingual encoders, fine-tuned one after another; the trainer reseeds each
run with its settings' seed, the one written beside `set_seed`."""
import torch
from datasets import load_from_disk
from transformers import AutoModelForTokenClassification, Trainer, TrainingArguments, set_seed

treebank = load_from_disk("ud-treebank")
set_seed(2024)
scores = []
for checkpoint_id in ["xlm-roberta-base", "bert-base-multilingual-cased", "microsoft/mdeberta-v3-base"]:
    tagger = AutoModelForTokenClassification.from_pretrained(checkpoint_id, num_labels=17)
    arguments = TrainingArguments("tagger-out", seed=2024)  # expect: SA101
    trainer = Trainer(model=tagger, args=arguments, train_dataset=treebank["train"])
    trainer.train()
    scores.append((checkpoint_id, trainer.evaluate(treebank["test"])["eval_loss"]))
torch.save(scores, "tagger_scores.pt")
