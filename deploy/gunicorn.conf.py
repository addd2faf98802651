"""gunicorn's settings for an app server: `gunicorn -c deploy/gunicorn.conf.py localoffer.wsgi --bind ...`.

Threaded workers (gthread): most of a request's time is spent waiting on PostgreSQL, so a thread that
waits lets the others run, and a few slow requests (a locked table, a slow search) hold a few threads,
not the whole server. Processes bring the machine's cores to bear (each runs Python on one core at a
time). Every thread keeps its own database connection (DB_CONN_MAX_AGE), so PostgreSQL must allow
app servers x GUNICORN_WORKERS x GUNICORN_THREADS connections, plus the mail worker and commands: with
the defaults on a two-core machine, 3 x 4 = 12 a server. README "Deploying" explains the figures.
"""

import os

workers = int(os.environ.get("GUNICORN_WORKERS") or (os.cpu_count() or 1) + 1)
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# A worker takes a connection only when it has a thread free for it: one whose threads all wait (on a
# locked table, say) leaves new requests to the other workers, instead of queueing them behind the
# slow ones. nginx opens a connection for each request (HTTP/1.0 to the app servers), so there is no
# kept-alive connection to hold a place.
worker_connections = threads
keepalive = 0
# nginx waits as long as this for an answer (deploy/nginx/localoffer.conf); a statement gives up long
# before it (DATABASE_STATEMENT_TIMEOUT_MS).
timeout = 30
graceful_timeout = 10
# gunicorn 27 opens a control socket in the home folder, which two app servers on one machine would share.
control_socket_disable = True


def post_worker_init(worker):
    """Make a new worker's search ready (its index of the directory, the dictionaries) as it starts, in a thread
    of its own, so the worker answers pages at once while the index of a large directory is built (several
    seconds at 50,000 services, when gunicorn starts or replaces workers), or, with SEARCH_INDEX_DIR set, taken from
    the one another worker of this server saved (about a second: services/search/snapshot.py); a search that
    comes first waits for it rather than starting another build (the index's lock in services/search/engine.py)."""
    import threading

    from services.search.ready import search_ready

    def ready():
        try:
            built = search_ready() is not None
        except Exception:
            worker.log.exception("Worker %s: its search was not made ready at start-up", worker.pid)
            return
        worker.log.info("Worker ready (pid: %s): search index %s", worker.pid, "ready" if built else "not ready")

    threading.Thread(target=ready, name="search-ready", daemon=True).start()
