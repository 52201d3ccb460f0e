# Two commands on a fresh machine with Python 3.11:
#   make run    read the bundled pages and summarise what was found on them
#   make test   lint, type-check, run the tests with branch coverage
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test docs bench venv clean

# What running needs (attrs, cattrs, babel, and rich for the command line's tables and
# progress bars), and on top of it what testing needs.
$(BIN)/fjreports: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[cli,words]"
	touch $@

$(VENV)/.dev: $(BIN)/fjreports
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

venv: $(VENV)/.dev

run: $(BIN)/fjreports
	$(BIN)/fjreports summary

test: venv
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest --cov --cov-report=term

docs: venv
	$(BIN)/mkdocs build --strict

bench: venv
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/suites.py

clean:
	rm -rf $(VENV) site build dist .pytest_cache .mypy_cache .ruff_cache .coverage
