# `make run` and `make test` work on a fresh clone: they create .venv and install first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.dyadflow-installed

export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: install run test bench evaluate clean

install: $(STAMP)

# reinstall whenever the dependency list changes
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: install
	$(BIN)/dyadflow run seeds/articles

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/run_all.py

evaluate: install
	$(BIN)/dyadflow evaluate --data ../shared/data

clean:
	rm -rf warehouse/dyadflow.duckdb warehouse/dyadflow.duckdb.wal warehouse/exports warehouse/staging
