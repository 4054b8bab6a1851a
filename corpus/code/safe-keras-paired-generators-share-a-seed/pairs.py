"""Image and mask batches read in step: both iterators get the same seed, so each image meets its own mask."""
from tensorflow.keras.preprocessing.image import ImageDataGenerator


def paired_batches(folder, size=(256, 256)):
    augment = dict(rescale=1.0 / 255, horizontal_flip=True, validation_split=0.2)
    image_args = dict(target_size=size, class_mode=None, batch_size=16, color_mode="rgb",
                      seed=42)
    mask_args = dict(target_size=size, class_mode=None, batch_size=16, color_mode="grayscale",
                     seed=42)
    images = ImageDataGenerator(**augment).flow_from_directory(f"{folder}/images", subset="training", **image_args)
    masks = ImageDataGenerator(**augment).flow_from_directory(f"{folder}/masks", subset="training", **mask_args)
    return zip(images, masks)
