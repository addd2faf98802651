# The SEND Local Offer. `make run` serves the demo site; `make test` runs every check.
# Both set themselves up on a fresh machine that has Python 3.11.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# `make run` serves here; `PORT=8100 make run` serves on 8100, and emailed links follow (SITE_URL's default).
PORT ?= 8000
DEV_ENV := DEBUG=true PORT=$(PORT)
# The test suite's PostgreSQL server (it creates and drops its own test_* database there).
# `make run` uses DATABASE_URL when it is set, and the embedded SQLite file when it is not.
PG_URL := $(or $(DATABASE_URL),postgres:///localoffer)

# pytest's processes (pytest-xdist); each has its own test database.
TEST_WORKERS ?= 2
TEST_ENV := SECRET_KEY=checks-only-secret-key DATABASE_URL=$(PG_URL)

.PHONY: run reset code test lint format check-frontend frontend node chromium weasyprint-libs nginx redis postgres wrk bench bench-alerts bench-booklets bench-edits bench-index bench-pages soak faults serve-production help

help:
	@echo "make run    serve the demo site on http://127.0.0.1:8000 (SQLite, demo data; PORT=8100 to move it)"
	@echo "make reset  start again from the demo data (deletes the SQLite file db.sqlite3)"
	@echo "make test   lint, migrations check, frontend build check and the whole test suite (PostgreSQL, Chromium)"

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# The site and, beside it, the mail worker that sends its emails (printed here, as DEBUG has no
# mail server) and the booklet worker that makes printed directories; Ctrl-C stops all three, and the
# workers stop too if the site does. The demo is loaded only into an empty database, so what you
# change survives a restart.
run: $(BIN)/.installed weasyprint-libs
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py seed_demo --if-empty
	@echo "Demo staff accounts for http://127.0.0.1:$(PORT)/admin/ (a code lasts 30 s: 'make code' or '.venv/bin/python manage.py demo_code USERNAME' for a fresh one):"
	@$(DEV_ENV) $(BIN)/python manage.py demo_code
	$(DEV_ENV) $(BIN)/python manage.py send_pending_emails --forever & worker=$$!; \
	  $(DEV_ENV) $(BIN)/python manage.py build_booklets --forever & booklets=$$!; \
	  trap 'kill $$worker $$booklets 2>/dev/null; wait $$worker $$booklets' EXIT INT TERM; \
	  $(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Each demo staff account's sign-in code now (DEBUG only).
code: $(BIN)/.installed
	@$(DEV_ENV) $(BIN)/python manage.py demo_code

# Start the demo site again from nothing: the SQLite file goes, the next `make run` loads the demo.
# With DATABASE_URL set, drop and create that database yourself (dropdb, createdb) instead.
reset:
	@if [ -n "$(DATABASE_URL)" ]; then \
	  echo "DATABASE_URL is set: drop and create that database yourself (dropdb, createdb), then make run"; exit 1; \
	fi
	rm -f db.sqlite3
	@echo "Removed db.sqlite3: 'make run' loads the demo data again."

test: $(BIN)/.installed node chromium weasyprint-libs nginx redis postgres
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(MAKE) check-frontend
	$(BIN)/lint-imports
	$(TEST_ENV) $(BIN)/pytest -n $(TEST_WORKERS) --dist load

lint: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Rebuild the committed CSS and JS from frontend/ (needs Node.js and npm).
frontend: node
	cd frontend && npm ci --no-audit --no-fund --loglevel=error && node build.mjs

# The committed build under static/ must be exactly what frontend/ builds.
check-frontend: node
	@command -v npm >/dev/null || { echo "check-frontend needs Node.js and npm (Debian: apt-get install nodejs npm)"; exit 1; }
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@out=$$(mktemp -d) && node frontend/build.mjs --out $$out && \
	  for f in css/application.css css/print.css js/application.js; do \
	    cmp -s $$out/$$f static/$$f || { echo "static/$$f does not match frontend/: run 'make frontend' and commit"; exit 1; }; \
	  done && rm -rf $$out && echo "static/ matches frontend/"

# Debian's Node.js and npm for the frontend build check (check-frontend builds static/ again to compare).
node:
	@if ! command -v npm >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's nodejs and npm for the frontend build check"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; \
	  else \
	    echo "The frontend build check needs Node.js and npm: install Debian's 'nodejs' and 'npm' packages"; exit 1; \
	  fi; \
	fi

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

# Debian's Pango libraries, which WeasyPrint needs to make the printed directory's PDFs.
weasyprint-libs:
	@if ! ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0'; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's Pango libraries for WeasyPrint (printed directory PDFs)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null; \
	  else \
	    echo "The printed directory needs Pango: install Debian's 'libpango-1.0-0' and 'libpangoft2-1.0-0' packages"; exit 1; \
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
serve-production: $(BIN)/.installed postgres weasyprint-libs
	$(TEST_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(TEST_ENV) $(BIN)/python manage.py migrate --noinput
	$(TEST_ENV) $(BIN)/python manage.py send_pending_emails --forever & worker=$$!; \
	  $(TEST_ENV) $(BIN)/python manage.py build_booklets --forever & booklets=$$!; \
	  trap 'kill $$worker $$booklets 2>/dev/null; wait $$worker $$booklets' EXIT INT TERM; \
	  $(TEST_ENV) HTTPS=false $(BIN)/gunicorn -c deploy/gunicorn.conf.py localoffer.wsgi --bind 127.0.0.1:8000

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

# The search index at 50,000 services: build at start-up, a worker's memory, an edit applied (bench/index.py).
bench-index: $(BIN)/.installed postgres
	$(TEST_ENV) $(BIN)/python bench/index.py --services 50000

# One run of the weekly alerts job over 10,000 alerts: saved searches, news and events (bench/alerts.py).
bench-alerts: $(BIN)/.installed postgres
	$(TEST_ENV) $(BIN)/python bench/alerts.py

# The whole directory's booklet (about 200 services) made by the booklet worker while pages answer at once.
bench-booklets: $(BIN)/.installed postgres weasyprint-libs
	$(TEST_ENV) $(BIN)/python bench/booklets.py

# Service, information, news and Open Referral UK pages over distinct addresses against the trivial page.
bench-pages: $(BIN)/.installed postgres wrk redis
	$(TEST_ENV) $(BIN)/python bench/pages.py

# Every kind of page asked as it comes while a listing is saved every 10 s (bench/edits.py; --services N).
bench-edits: $(BIN)/.installed postgres wrk redis
	$(TEST_ENV) $(BIN)/python bench/edits.py

# Mixed traffic through nginx and two app servers on a private PostgreSQL cluster, while the mail
# server hangs and PostgreSQL restarts; then the fault suite (Redis stopped and slow, a table locked,
# PostgreSQL restarted, an app server and the mail worker killed); see bench/README.md.
soak: $(BIN)/.installed nginx redis
	$(BIN)/python bench/soak.py
	$(BIN)/python bench/faults.py

# The fault suite alone (about five minutes).
faults: $(BIN)/.installed nginx redis
	$(BIN)/python bench/faults.py
