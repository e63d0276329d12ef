# Two entry points (see README): `make demo` and `make test`. Both create .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= examples/demo.duckdb

.PHONY: setup demo test lint bench clean check-training model

$(BIN)/parley: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/parley

setup: $(BIN)/parley

# The tests also need the optional Ray engine (slow tests run it on a local Ray instance);
# `make demo` stays without it.
$(VENV)/.with-ray: $(BIN)/parley pyproject.toml
	$(BIN)/pip install -q -e '.[dev,ray]'
	touch $@

demo: setup
	rm -f $(DB)
	$(BIN)/parley ingest examples/articles --meta examples/articles/meta.jsonl --db $(DB)
	$(BIN)/parley dyads --db $(DB)
	$(BIN)/parley timeline USA RUS --db $(DB)
	$(BIN)/parley plot timeline USA RUS --db $(DB) -o examples/usa-rus.png
	@echo
	@echo "Open the workbench on the demo store (then http://127.0.0.1:8765/):"
	@echo "  $(BIN)/parley serve --db $(DB)"

# The browser test drives the system Chromium (apt-get install chromium); without it, it is skipped.
test: $(VENV)/.with-ray
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy
	$(BIN)/pytest -q
	$(BIN)/pytest -q -m slow || test $$? -eq 5  # 5: no slow test selected

lint: setup
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

# The training corpus of the learned event coder (training/README.md).
check-training: setup
	$(BIN)/parley train check training/batches

# Train the learned event coder (fixed seeds, training/config.toml) into src/parley/data/coder/.
# The README's two commands never train: the weights ship with the package.
model: setup
	$(BIN)/parley train check training/batches
	$(BIN)/parley train fit --config training/config.toml

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
