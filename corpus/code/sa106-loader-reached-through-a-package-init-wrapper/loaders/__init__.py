from .strokes import stroke_loader


def make_loader(cfg):
    return stroke_loader(cfg["root"], cfg["batch"])
