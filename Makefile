# Set-up and the two README commands: `make demo` (the main job) and `make test` (the whole suite).
PYTHON ?= python3
PIP ?= $(PYTHON) -m pip
OUT ?= out

.PHONY: install install-dev browser demo test test-fast docs bench

install:
	$(PIP) install -q 'torch==2.13.0'
	$(PIP) install -q -e '.[all]'

install-dev:
	$(PIP) install -q 'torch==2.13.0'
	$(PIP) install -q -e '.[all,dev,ray]'

# Debian's headless Chromium for the HTML report test (skipped with a reason where it is missing).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1) || \
	  echo "chromium not installed: the browser test will be skipped"; }

# The main job: audit the bundled submission (paper + code), re-run its flagged experiment over 10 seeds,
# and write the reviewer's report. Re-running `make demo` resumes from the store instead of re-running.
demo: install
	$(PYTHON) -m seedaudit audit corpus/demo --rerun --seeds 10 --claim a=0.60 --claim b=0.65 \
	  --store $(OUT)/demo-rerun.sqlite --json $(OUT)/demo-audit.json --html $(OUT)/demo-report.html --exit-zero

test: install-dev browser
	$(PYTHON) -m pytest

test-fast:
	$(PYTHON) -m pytest -m "not slow"

docs:
	$(PYTHON) -m seedaudit.ruledocs

bench:
	for b in benchmarks/*.py; do $(PYTHON) $$b || exit 1; done
