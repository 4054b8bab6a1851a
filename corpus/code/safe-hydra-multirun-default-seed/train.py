import hydra
import lightning as L


@hydra.main(config_path="conf", config_name="train", version_base=None)
def main(cfg):
    L.seed_everything(cfg.seed)
    trainer = L.Trainer(max_epochs=5, deterministic=cfg.deterministic)
    trainer.fit(hydra.utils.instantiate(cfg.model))


if __name__ == "__main__":
    main()
