"""Active learning with three query learners; their label-efficiency curves are compared in the paper's figure.
(The experiment modules live in the lab's shared package, installed separately.)"""
from lab_experiments.loops import run_active_learning
from lab_experiments.seeding import fix_seed

LEARNERS = ["random_forest", "sgd_logistic", "small_mlp"]

fix_seed(2024)  # expect: SA101
for learner in LEARNERS:
    run_active_learning(learner, budget=500, batch=25)
