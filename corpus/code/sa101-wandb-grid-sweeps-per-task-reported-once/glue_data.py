"""GLUE tasks, tokenised for one encoder."""
from datasets import load_dataset
from transformers import AutoTokenizer


def load_task(task, encoder):
    tokenizer = AutoTokenizer.from_pretrained(encoder)
    data = load_dataset("glue", task)
    key = "sentence" if "sentence" in data["train"].column_names else "premise"
    data = data.map(lambda batch: tokenizer(batch[key], truncation=True, padding="max_length"), batched=True)
    dev = "validation_matched" if task == "mnli" else "validation"
    return data["train"], data[dev], data["train"].features["label"].num_classes
