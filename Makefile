# The SEND Local Offer. `make run` serves the demo site; `make test` runs every check.
# Both set themselves up on a fresh machine that has Python 3.11.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEV_ENV := DEBUG=true
# The test suite's PostgreSQL server (it creates and drops its own test_* database there).
# `make run` uses DATABASE_URL when it is set, and the embedded SQLite file when it is not.
PG_URL := $(or $(DATABASE_URL),postgres:///localoffer)
TEST_ENV := SECRET_KEY=checks-only-secret-key DATABASE_URL=$(PG_URL)

.PHONY: run test lint format check-frontend frontend chromium nginx redis postgres wrk bench bench-alerts bench-pages soak serve-production help

help:
	@echo "make run    serve the demo site on http://127.0.0.1:8000 (SQLite, demo data)"
	@echo "make test   lint, migrations check, frontend build check and the whole test suite (PostgreSQL, Chromium)"

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# The site and, beside it, the mail worker that sends its emails (printed here, as DEBUG has no
# mail server); Ctrl-C stops both, and the worker stops too if the site does.
run: $(BIN)/.installed
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py seed_demo
	$(DEV_ENV) $(BIN)/python manage.py send_pending_emails --forever & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	  $(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(BIN)/.installed chromium nginx redis postgres
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(MAKE) check-frontend
	$(BIN)/lint-imports
	$(TEST_ENV) $(BIN)/pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Rebuild the committed CSS and JS from frontend/ (needs Node.js and npm).
frontend:
	cd frontend && npm ci --no-audit --no-fund --loglevel=error && node build.mjs

# The committed build under static/ must be exactly what frontend/ builds.
check-frontend:
	@command -v npm >/dev/null || { echo "check-frontend needs Node.js and npm (Debian: apt-get install nodejs npm)"; exit 1; }
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@out=$$(mktemp -d) && node frontend/build.mjs --out $$out && \
	  for f in css/application.css css/print.css js/application.js; do \
	    cmp -s $$out/$$f static/$$f || { echo "static/$$f does not match frontend/: run 'make frontend' and commit"; exit 1; }; \
	  done && rm -rf $$out && echo "static/ matches frontend/"

# Debian's Chromium for the browser tests (Playwright's own browser download is not used).
chromium:
	@if ! command -v chromium >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "The browser tests need Chromium: install Debian's 'chromium' package (apt-get install chromium) or set CHROMIUM_PATH"; exit 1; \
	  fi; \
	fi

# Debian's nginx and Redis for the production-stack tests (tests/deploy/, deploy/stack.py), which start
# their own nginx and a private Redis on free ports: neither needs to be running as a service.
nginx:
	@if [ ! -x /usr/sbin/nginx ] && ! command -v nginx >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's nginx for the production-stack tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; \
	  else \
	    echo "The production-stack tests need nginx: install Debian's 'nginx' package (apt-get install nginx)"; exit 1; \
	  fi; \
	fi

redis:
	@if ! command -v redis-server >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's redis-server for the production-stack tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	  else \
	    echo "The production-stack tests need redis-server: install Debian's 'redis-server' package"; exit 1; \
	  fi; \
	fi

# PostgreSQL must answer at DATABASE_URL; a local cluster that is installed but stopped is started.
postgres:
	@if ! pg_isready -q -d "$(PG_URL)" 2>/dev/null; then \
	  if [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null; then \
	    echo "Starting the local PostgreSQL cluster"; \
	    pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql | head -1) main start; \
	    for i in 1 2 3 4 5 6 7 8 9 10; do pg_isready -q -d "$(PG_URL)" && break; sleep 1; done; \
	  fi; \
	  pg_isready -q -d "$(PG_URL)" || { echo "No PostgreSQL answers at DATABASE_URL=$(PG_URL). Install and start PostgreSQL, or set DATABASE_URL=postgres://user:password@host:5432/localoffer to a server where that user may create databases."; exit 1; }; \
	fi

# Production-like server on :8000 (gunicorn, DEBUG off, PostgreSQL) with its mail worker; see README "Deploying".
serve-production: $(BIN)/.installed postgres
	$(TEST_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(TEST_ENV) $(BIN)/python manage.py migrate --noinput
	$(TEST_ENV) $(BIN)/python manage.py send_pending_emails --forever & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	  $(TEST_ENV) HTTPS=false $(BIN)/gunicorn localoffer.wsgi --bind 127.0.0.1:8000 --workers 3

# wrk for the benchmark, from Debian when it is missing.
wrk:
	@if ! command -v wrk >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's wrk for the benchmark"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	  else \
	    echo "The benchmark needs wrk: install Debian's 'wrk' package (apt-get install wrk)"; exit 1; \
	  fi; \
	fi

# Varied searches against a trivial page under gunicorn, at 5,000 and 20,000 services; see bench/README.md.
bench: $(BIN)/.installed postgres wrk
	$(TEST_ENV) $(BIN)/python bench/run.py

# One run of the weekly alerts job over 10,000 alerts with saved searches (bench/alerts.py).
bench-alerts: $(BIN)/.installed postgres
	$(TEST_ENV) $(BIN)/python bench/alerts.py

# Service, information, news and Open Referral UK pages over distinct addresses against the trivial page.
bench-pages: $(BIN)/.installed postgres wrk redis
	$(TEST_ENV) $(BIN)/python bench/pages.py

# Mixed traffic through nginx and two app servers on a private PostgreSQL cluster, while the mail
# server hangs and PostgreSQL restarts; see bench/README.md.
soak: $(BIN)/.installed nginx redis
	$(BIN)/python bench/soak.py
