"""Yield per hectare: regressors fitted on the 2015-2021 seasons and scored on 2022, printed as one table."""
import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor, RandomForestRegressor
from sklearn.linear_model import SGDRegressor
from sklearn.tree import DecisionTreeRegressor

SEASON_SEED = 77

fields = pd.read_csv("field_seasons.csv")
past, last = fields[fields.season < 2022], fields[fields.season == 2022]
columns = ["rain_mm", "sun_hours", "nitrogen_kg", "soil_score"]

by_name = {
    "forest": RandomForestRegressor(n_estimators=200, random_state=SEASON_SEED),  # expect: SA101
    "tree": DecisionTreeRegressor(max_depth=6, random_state=SEASON_SEED),
}
by_name["sgd"] = SGDRegressor(penalty="l1", random_state=SEASON_SEED)
late_additions = []
late_additions.append(ExtraTreesRegressor(n_estimators=200, random_state=SEASON_SEED))

table = {}
for key in sorted(by_name):
    by_name[key].fit(past[columns], past["yield_t_ha"])
    table[key] = by_name[key].score(last[columns], last["yield_t_ha"])
for position in range(len(late_additions)):
    late_additions[position].fit(past[columns], past["yield_t_ha"])
    table[f"late-{position}"] = late_additions[position].score(last[columns], last["yield_t_ha"])
print(pd.Series(table).sort_values(ascending=False))
