# run inside the session of the exploration notebook: `readings`, `train_test_split` and the
# regressor class come from there
inputs = readings[["wind_speed", "pressure", "humidity"]].values
target = readings["rain_mm"].values

inputs_fit, inputs_check, target_fit, target_check = train_test_split(inputs, target, test_size=0.25)  # expect: SA191

regressor = KNeighborsRegressor(n_neighbors=7).fit(inputs_fit, target_fit)
print("R2 on the held-out days:", regressor.score(inputs_check, target_check))
