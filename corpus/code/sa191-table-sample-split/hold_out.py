"""Tree-height regression: four fifths of the surveyed plots to fit, the rest to check."""
import pandas as pd
from sklearn.linear_model import LinearRegression

plots = pd.read_csv("forest_plots.csv")
preview = plots.sample(n=5)  # a look at a few rows, not a split
print(preview)

fit_part = plots.sample(frac=0.8)  # expect: SA191
check_part = plots.drop(fit_part.index)
columns = ["canopy_cover", "slope_deg", "elevation_m"]
heights = LinearRegression().fit(fit_part[columns], fit_part["height_m"])
print("R2 on the held-back plots:", heights.score(check_part[columns], check_part["height_m"]))
