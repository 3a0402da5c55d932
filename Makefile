# Chinese news feature analysis: `make report` runs the notebooks, `make test` runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
ARTICLE ?=

.DEFAULT_GOAL := help
.PHONY: help report test lab lint bench clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

report: $(STAMP) ## Set up .venv and execute every notebook (ARTICLE=path for another article)
	$(PY) -m helpers.report $(if $(ARTICLE),--article "$(ARTICLE)")

test: $(STAMP) ## Unit tests plus every notebook executed on a fresh kernel in a temporary copy
	$(PY) -m pytest

lab: $(STAMP) ## Open JupyterLab on the project's environment
	$(VENV)/bin/jupyter lab notebooks/

lint: $(STAMP) ## Ruff on the helpers and tests
	$(VENV)/bin/ruff check src tests bench

bench: $(STAMP) ## Tokenizer and loader speed benchmarks (report figures, never gate)
	$(PY) bench/bench_tokenizer.py
	$(PY) bench/bench_loader.py

clean: ## Remove build outputs (not the environment)
	rm -rf build .cache
