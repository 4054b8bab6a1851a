from .class_incremental import ClassIncrementalStream

STREAMS = {"class-incremental": ClassIncrementalStream}
