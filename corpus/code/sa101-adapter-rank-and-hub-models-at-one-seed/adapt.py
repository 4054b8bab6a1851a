"""Fine-tune a hub model with a low-rank adapter of the given rank on the instruction set."""
import argparse

import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

from instructions import instruction_batches


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=str, required=True)
    parser.add_argument("--rank", type=int, default=16)
    args = parser.parse_args()
    torch.manual_seed(2024)  # expect: SA101
    rank = args.rank
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(args.base), LoraConfig(r=rank, lora_alpha=2 * rank))
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-4)
    for batch in instruction_batches("train"):
        optimiser.zero_grad()
        model(**batch).loss.backward()
        optimiser.step()
    model.save_pretrained(f"adapters/{args.base.replace('/', '-')}-r{rank}")


if __name__ == "__main__":
    main()
