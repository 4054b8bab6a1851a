"""Fits one robust-training method on one data set; the method and its settings come from absl flags."""
from absl import app, flags

from core.trainer import make_trainer

flags.DEFINE_string(name="dataset", default="shapes", help="data set to fit")
flags.DEFINE_string(name="method", default="erm", help="erm, focal or reweight")
flags.DEFINE_float(name="lr", default=1e-3, help="learning rate")
flags.DEFINE_integer(name="seed", default=7, help="random seed of the run")  # expect: SA101
flags.DEFINE_integer(name="epochs", default=30, help="passes over the data")

FLAGS = flags.FLAGS


class Settings(dict):
    __getattr__ = dict.get


def main(_):
    settings = Settings({flag.name: flag.value for flag in FLAGS.get_flags_for_module("__main__")})
    trainer = make_trainer(settings)
    trainer.prepare()
    trainer.fit()


if __name__ == "__main__":
    app.run(main)
