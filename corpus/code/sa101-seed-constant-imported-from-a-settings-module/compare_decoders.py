"""LSTM against transformer decoders for captions, one training each, the seed taken from the settings module."""
import torch

from captioning import build_decoder, train_captioner
from settings import BATCH_SIZE, SEED

torch.manual_seed(SEED)  # expect: SA101
for decoder_name in ["lstm", "transformer"]:
    decoder = build_decoder(decoder_name)
    bleu = train_captioner(decoder, batch_size=BATCH_SIZE, epochs=15)
    print(decoder_name, bleu)
