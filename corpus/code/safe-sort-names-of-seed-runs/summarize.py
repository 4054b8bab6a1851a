"""Mean and spread of the final perplexity per schedule, over its three seeds."""
import numpy as np

from results.pressure_runs import PPL_BY_SEED

# the schedule names, each once and in a stable order: the seed suffix is cut off, nothing is ranked
schedules = sorted({key.rsplit("-seed", 1)[0] for key in PPL_BY_SEED})
families = sorted(set(name.split("-")[0] for name in PPL_BY_SEED))

for schedule in schedules:
    per_seed = [value for key, value in PPL_BY_SEED.items() if key.startswith(schedule + "-seed")]
    print(f"{schedule}: {np.mean(per_seed):.2f} +/- {np.std(per_seed):.2f} over {len(per_seed)} seeds")
print("families:", ", ".join(families))
