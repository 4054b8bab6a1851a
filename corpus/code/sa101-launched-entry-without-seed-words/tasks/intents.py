"""Intent classification with a chosen sentence encoder; the encoder and head come from the Hydra config."""
import hydra

from common.fitting import fit_classifier


@hydra.main(config_path="../conf", config_name="intents")
def main(cfg):
    accuracy = fit_classifier(cfg.encoder, cfg.head, cfg.epochs, cfg.lr)  # expect: SA101
    print(f"{cfg.encoder}+{cfg.head}: test accuracy {accuracy:.3f}")


if __name__ == "__main__":
    main()
