"""The news-topic data set, tokenised."""
from datasets import load_dataset


def load_topics(tokenizer):
    data = load_dataset("csv", data_files={"train": "data/train.csv", "test": "data/test.csv"})
    data = data.map(lambda rows: tokenizer(rows["text"], truncation=True, max_length=128), batched=True)
    return data["train"], data["test"]
