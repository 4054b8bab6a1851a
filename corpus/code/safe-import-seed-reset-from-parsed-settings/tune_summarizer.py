"""Fine-tune a small summarizer; the run's seed comes with the trainer's settings on the command line."""
import random
from dataclasses import dataclass, field

import torch
from transformers import (AutoModelForSeq2SeqLM, AutoTokenizer, HfArgumentParser, Seq2SeqTrainer,
                          Seq2SeqTrainingArguments, set_seed)

torch.manual_seed(1234)
random.seed(1234)


@dataclass
class ModelArguments:
    model_name_or_path: str = field(default="tiny-seq2seq")
    max_source_length: int = field(default=512)


def main():
    model_args, training_args = HfArgumentParser((ModelArguments, Seq2SeqTrainingArguments)).parse_args_into_dataclasses()
    set_seed(training_args.seed)
    tokenizer = AutoTokenizer.from_pretrained(model_args.model_name_or_path)
    model = AutoModelForSeq2SeqLM.from_pretrained(model_args.model_name_or_path)
    trainer = Seq2SeqTrainer(model=model, args=training_args, tokenizer=tokenizer)
    trainer.train()


if __name__ == "__main__":
    main()
