"""Fine-tune one pretrained encoder on the sentiment data: python finetune.py <family> <checkpoint>."""
from sys import argv

import pandas as pd
from textkit.classification import SequenceClassifier

family, checkpoint = argv[1], argv[2]
train = pd.read_csv("data/train.tsv", sep="\t")
test = pd.read_csv("data/test.tsv", sep="\t")
settings = {
    "epochs": 3,
    "learning_rate": 2e-5,
    "batch_size": 16,
    "seed": 21,  # expect: SA101
    "output_dir": f"out/{checkpoint}",
}
model = SequenceClassifier(family, checkpoint, num_labels=2, args=settings)
model.train_model(train)
result, _ = model.eval_model(test)
print(checkpoint, result["accuracy"])
