"""Train one segmentation network on the hair images and save it."""
import argparse

import segmentation_models as sm

from pairs import paired_batches


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", choices=["unet", "linknet", "fpn"], default="unet")
    parser.add_argument("--epochs", type=int, default=30)
    args = parser.parse_args()
    model = {"unet": sm.Unet, "linknet": sm.Linknet, "fpn": sm.FPN}[args.model]("resnet34", classes=1,
                                                                               activation="sigmoid")
    model.compile("adam", loss=sm.losses.dice_loss, metrics=[sm.metrics.iou_score])
    model.fit(paired_batches("data/hair"), steps_per_epoch=200, epochs=args.epochs)
    model.save(f"{args.model}.h5")


if __name__ == "__main__":
    main()
