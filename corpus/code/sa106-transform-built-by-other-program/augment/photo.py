class Normalise:
    """Scales pixel values to [0, 1]."""

    def __call__(self, image):
        return image / 255.0
