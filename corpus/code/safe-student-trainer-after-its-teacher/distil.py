"""Train a large teacher, then distil it into a small student: two stages of one pipeline, not two rivals."""
from datasets import load_from_disk
from transformers import AutoModelForSequenceClassification, Trainer, TrainingArguments, set_seed

from kd import KnowledgeDistillationTrainer

set_seed(7)  # expect: SA104
corpus = load_from_disk("news")
settings = TrainingArguments(output_dir="runs", num_train_epochs=3)
teacher = AutoModelForSequenceClassification.from_pretrained("deberta-v3-large", num_labels=4)
teacher_stage = Trainer(model=teacher, args=settings, train_dataset=corpus["train"])
teacher_stage.train()
student = AutoModelForSequenceClassification.from_pretrained("deberta-v3-xsmall", num_labels=4)
student_stage = KnowledgeDistillationTrainer(model=student, teacher=teacher, temperature=2.0, args=settings,
                                             train_dataset=corpus["train"])
student_stage.train()
student_stage.save_model("student")
