# quotes: `make run` shows the main job on seeds/, `make test` runs the checks.
# Both create .venv and install the package on first use; nothing else needs installing by hand.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test test-fast lint bench bench-frames clean

# Python keeps its bytecode caches (__pycache__/, ignored by git) even where the environment says
# not to: compiling the package and rewriting the tests' assertions again at every run costs the
# test commands about eight seconds.
unexport PYTHONDONTWRITEBYTECODE

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

## run: extract and compare the quotations of the seed articles
run: $(STAMP)
	$(BIN)/quotes compare seeds --format table

## test: lint, then the test suite
# (matrix products on one thread: the tests parse short texts, where more threads only cost CPU)
test: $(STAMP) lint
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest

## test-fast: lint, then every test but the slow end-to-end ones (under a minute), on two processes
test-fast: $(STAMP) lint
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -m "not slow" -n 2

lint: $(STAMP)
	$(BIN)/ruff check quotes tests bench

## bench: time extraction against spaCy's own nlp.pipe on the same texts, compare (also at 10k and 100k records), check, the HTML report (written, then opened in headless Chromium), and what reported speech costs
bench: $(STAMP)
	$(BIN)/python bench/bench.py; s=$$?; $(BIN)/python bench/compare_scale.py || s=1; \
	OPENBLAS_NUM_THREADS=1 $(BIN)/python bench/reported_cost.py --rounds 3 || s=1; exit $$s

## bench-frames: speaker attribution on generated articles, frame by frame (dev and heldout splits)
bench-frames: $(STAMP)
	$(BIN)/python bench/frames.py run --split both

## bench-reported: reported speech on generated articles, frame by frame (dev and heldout splits)
.PHONY: bench-reported
bench-reported: $(STAMP)
	$(BIN)/python bench/reported_frames.py run --split both

## bench-misquotes: the altered flag and grouping on generated misquotes, by edit kind (dev and heldout)
.PHONY: bench-misquotes
bench-misquotes: $(STAMP)
	$(BIN)/python bench/misquotes.py run --split both

## bench-paraphrases: reported versions of quoted statements joined and flagged, by edit kind (dev and heldout)
.PHONY: bench-paraphrases
bench-paraphrases: $(STAMP)
	$(BIN)/python bench/paraphrases.py run --split both

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
