"""Shared training routine for every encoder: seeds the run, trains, and scores on the test split."""
import pytorch_lightning as pl

from common.models import IntentModel, intent_data


def fit_classifier(encoder, head, epochs, lr):
    pl.seed_everything(1234)
    model = IntentModel(encoder, head, lr)
    train, test = intent_data()
    trainer = pl.Trainer(max_epochs=epochs, deterministic=True)
    trainer.fit(model, train)
    return trainer.test(model, test)[0]["test_acc"]
