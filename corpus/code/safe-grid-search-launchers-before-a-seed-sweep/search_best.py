"""Pick the grid setting with the best dev score for one method."""
import json
import pathlib
import sys

scores = {p.parent.name: json.loads(p.read_text())["dev"] for p in pathlib.Path(sys.argv[1]).parent.glob("*/scores.json")}
print(max(scores, key=scores.get))
