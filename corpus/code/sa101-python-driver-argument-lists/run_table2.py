"""Table 2: the tagger with and without the character CNN, at two dropout rates; each line of the table is one run."""
import subprocess
import sys

plain = ["--dropout", "0.1"]
with_chars = ["--char-cnn", "--dropout", "0.1"]
with_chars_high_dropout = ["--char-cnn", "--dropout", "0.3"]
smoke = ["--tiny"]

for extra in [plain, with_chars, with_chars_high_dropout, smoke]:
    if "--tiny" in extra:
        print("the smoke configuration is not part of the table")
    else:
        subprocess.run([sys.executable, "tagger/fit_tagger.py"] + extra, check=True)
