# The same commands .ci/run uses. `make demo` runs the system; `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup demo run test pytest lint types bench messages screenshots clean

setup: $(VENV)/.installed

# What running dondoc needs (quick: the demo serves within a few minutes on a new machine).
$(VENV)/.runtime: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# What developing and testing it needs on top.
$(VENV)/.installed: pyproject.toml $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

demo: $(VENV)/.runtime
	$(BIN)/dondoc demo

run: $(VENV)/.runtime
	$(BIN)/dondoc serve

test: lint types pytest

pytest: setup
	$(BIN)/python -m pytest --cov --cov-report=term-missing:skip-covered
	@# The domain core is held to full branch coverage (the whole project to 90%).
	$(BIN)/coverage report --include='dondoc/core/*' --fail-under=100 --skip-covered

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	@# Modules are named for what they hold: no utils, helpers, common or misc.
	test -z "$$(find dondoc tests \( -name 'utils*' -o -name 'helpers*' -o -name 'common*' -o -name 'misc*' \) -print)"

types: setup
	$(BIN)/mypy dondoc

bench: setup
	$(BIN)/python bench/intake.py
	$(BIN)/python bench/pages.py

screenshots: setup
	DONDOC_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/browser tests/apps/exports/test_state_notice.py

messages: setup
	cd dondoc && ../$(BIN)/django-admin makemessages -l vi --no-obsolete --settings=dondoc.config.settings
	cd dondoc && ../$(BIN)/django-admin compilemessages -l vi --settings=dondoc.config.settings

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
