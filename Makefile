# The two commands: `make demo` and `make test`. Both create the environment when needed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint env bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

env: $(STAMP)

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/quotebase ingest --db demo.db seeds/
	$(BIN)/quotebase who-said --db demo.db "tearing rage"

test: $(STAMP)
	$(BIN)/ruff check quotebase tests
	$(BIN)/mypy quotebase
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check quotebase tests
	$(BIN)/ruff format --check quotebase
	$(BIN)/mypy quotebase

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm build dist *.egg-info

# Benchmarks: ratios measured side by side in one run (see BENCHMARKS.md). Not tests.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)
