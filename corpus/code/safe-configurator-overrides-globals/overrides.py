"""Read --key=value arguments and assign them to the caller's globals (exec'd by the training script)."""
import sys
from ast import literal_eval

for arg in sys.argv[1:]:
    key, _, value = arg[2:].partition("=")
    if key not in globals():
        raise ValueError(f"unknown option --{key}")
    try:
        globals()[key] = literal_eval(value)
    except (SyntaxError, ValueError):
        globals()[key] = value
