# vendorscore: `make run` to try it, `make test` to check it. Nothing else to install.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
PYTEST_ARGS ?=

.PHONY: install run test test-browser test-faults test-api-fuzz bench format messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed ## create the virtualenv and install pinned dependencies

run: install ## migrate, load demo data, serve on 127.0.0.1:$(PORT) with a Celery worker and beat
	DEBUG=true $(BIN)/python manage.py migrate --noinput
	DEBUG=true $(BIN)/python manage.py seed_demo
	DEBUG=true PORT=$(PORT) exec $(BIN)/python manage.py runall

test: install ## ruff, then the whole pytest suite except browser tests, fault tests and the API fuzzing
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -m "not browser and not faults and not schemathesis" $(PYTEST_ARGS)

test-browser: install ## end-to-end tests in headless Chromium (needs /usr/bin/chromium)
	$(BIN)/python -m pytest -m browser $(PYTEST_ARGS)

test-faults: install ## outages and kills against real processes, printing figures (needs PostgreSQL: DATABASE_URL)
	$(BIN)/python -m pytest -s -m faults $(PYTEST_ARGS)

test-api-fuzz: install ## schemathesis: 100 generated requests per API operation against /api/schema/ (minutes)
	$(BIN)/python -m pytest -m schemathesis -s tests/test_api_schemathesis.py $(PYTEST_ARGS)

BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/vendorscore_bench

bench: install ## engine and probe timings, then pages and API at scale vs a bare view (needs PostgreSQL and wrk; ~10 min)
	DEBUG=true $(BIN)/python tests/benchmarks/bench_scoring.py
	$(BIN)/python tests/benchmarks/bench_probes.py
	DATABASE_URL=$${DATABASE_URL:-$(BENCH_DATABASE_URL)} $(BIN)/python tests/benchmarks/bench_scale.py

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## refresh and compile the zh-hans translations (needs gettext)
	DEBUG=true $(BIN)/python manage.py makemessages -l zh_Hans --no-obsolete --ignore=.venv --ignore=staticfiles
	DEBUG=true $(BIN)/python manage.py compilemessages -l zh_Hans --ignore=.venv

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache .hypothesis
