# Two set-up commands: `make build` builds corpus/ into exports/; `make test` runs the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: build test bench clean system-deps

build: $(VENV)/.installed
	$(BIN)/kg build corpus --out exports

test: $(VENV)/.installed-test system-deps
	$(BIN)/python -m pytest -q

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# Debian packages the browser tests need: Chromium, Firefox and a CJK font.
system-deps:
	@bash scripts/install-system-deps.sh

bench: $(VENV)/.installed
	$(BIN)/python bench/build.py
	$(BIN)/python bench/ner.py

clean:
	rm -rf $(VENV) exports/.cache
