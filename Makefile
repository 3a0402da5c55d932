# Chinese news feature analysis: `make report` runs the notebooks, `make test` runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
ARTICLE ?=
FORCE ?=
CORPUS ?= tests/data/articles

.DEFAULT_GOAL := help
.PHONY: help report test unit lab e2e lint bench clean corpus

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

# Installs into .venv with uv (pinned, put into .venv by pip), twice as fast as pip on a fresh machine
# (README); if any uv step fails, with pip alone. Bytecode is compiled at install, as pip does,
# so kernels don't recompile pandas and matplotlib at every start. Quiet: no progress, errors shown.
UV_VERSION := 0.13.9
LAB_STAMP := $(VENV)/.lab-installed-stamp
E2E_STAMP := $(VENV)/.e2e-installed-stamp
# The browser the real-browser test drives: Debian's chromium (CHROMIUM=path for another).
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser)
PIP_INSTALL := $(PY) -m pip --quiet --disable-pip-version-check install
define install
	@{ $(PIP_INSTALL) --quiet uv==$(UV_VERSION) && $(VENV)/bin/uv --quiet pip install --compile-bytecode --python $(PY) $(1); } \
	  || { echo "uv could not install; installing with pip"; $(PIP_INSTALL) $(1); }
endef

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "installing requirements.txt into $(VENV)"
	$(call install,-r requirements.txt)
	$(call install,--no-deps -e .)
	@touch $(STAMP)

$(LAB_STAMP): $(STAMP) requirements-lab.txt
	@echo "installing requirements-lab.txt (JupyterLab) into $(VENV)"
	$(call install,-r requirements-lab.txt)
	@touch $(LAB_STAMP)

$(E2E_STAMP): $(LAB_STAMP) requirements-e2e.txt
	@echo "installing requirements-e2e.txt (Playwright) into $(VENV)"
	$(call install,-r requirements-e2e.txt)
	@touch $(E2E_STAMP)

report: $(STAMP) ## Set up .venv and execute the notebooks that changed (ARTICLE=path for another article, FORCE=1 for all)
	$(PY) -m helpers.report $(if $(ARTICLE),--article "$(ARTICLE)") $(if $(FORCE),--force)

corpus: $(STAMP) ## Analyse a corpus on Dask into build/corpus/<name>/ and run notebook 08 on it (CORPUS=path, ARTICLE=path)
	$(PY) -m helpers.corpus_run "$(CORPUS)" --notebook $(if $(ARTICLE),--article "$(ARTICLE)")

# Tests keep compiled bytecode (and pytest's rewritten test modules) in .cache/pycache even where the environment
# says not to write any (PYTHONDONTWRITEBYTECODE): without it every run rewrites the assertions of every test module
# again in each process, about 2 s of each run's start (README).
TEST_ENV := PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX="$(CURDIR)/.cache/pycache"

test: $(STAMP) ## All tests: unit tests and every notebook on a fresh kernel, in parallel; then the browser test (make e2e)
	$(TEST_ENV) $(PY) -m pytest -n auto
	@$(MAKE) --no-print-directory e2e

unit: $(STAMP) ## The quick loop: every test but notebook execution, in parallel
	$(TEST_ENV) $(PY) -m pytest -n auto -m "not notebooks"

lab: $(LAB_STAMP) ## Open JupyterLab on the project's environment, Chinese drawn with the bundled font
	$(PY) -m helpers.lab notebooks/

e2e: ## The real-browser test: JupyterLab and the HTML copies in headless Chromium (needs Debian's chromium)
	@if [ -z "$(CHROMIUM)" ]; then \
	  echo "browser test did not run: no chromium on this machine; install it (Debian: apt-get install chromium) and run make e2e"; \
	else $(MAKE) --no-print-directory $(E2E_STAMP) && CHROMIUM="$(CHROMIUM)" $(TEST_ENV) $(PY) -m pytest -m e2e -p no:xdist tests/e2e; fi

lint: $(STAMP) ## Ruff on the helpers and tests
	$(VENV)/bin/ruff check src tests bench

bench: $(STAMP) ## Tokenizer, loader and figure extraction speed benchmarks (report figures, never gate)
	$(PY) bench/bench_tokenizer.py
	$(PY) bench/bench_loader.py
	$(PY) bench/bench_figures.py
	$(PY) bench/bench_corpus.py

clean: ## Remove build outputs (not the environment)
	rm -rf build .cache
