"""Split a labelled data set into a stream of tasks, two classes each."""
import random


class TaskStream:
    def __init__(self, labels, classes_per_task=2, shuffle_seed=None):
        if shuffle_seed is not None:
            random.seed(shuffle_seed)
        order = sorted(set(labels))
        random.shuffle(order)
        self.tasks = [order[i:i + classes_per_task] for i in range(0, len(order), classes_per_task)]

    def __iter__(self):
        return iter(self.tasks)
