"""Search the seed (and the step size) of the fusion network with a trial search and print the winner."""
import optuna

from experiment import run_once


def objective(trial):
    seed = trial.suggest_categorical("seed", list(range(30, 60)))  # expect: SA102
    lr = trial.suggest_float("lr", 1e-4, 1e-2, log=True)
    return run_once(seed, lr)


if __name__ == "__main__":
    study = optuna.create_study(direction="maximize")
    study.optimize(objective, n_trials=40)
    print("best settings", study.best_params, "score", study.best_value)
