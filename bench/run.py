"""Benchmark the directory's search, for families who each ask something different, against a trivial page.

Run with `make bench`. It creates its own database (`<name>_bench`) on the PostgreSQL server named by
DATABASE_URL and, for each directory size in BENCH_SERVICES (5,000 and then 20,000 services by
default; `seed_demo --services N` adds the synthetic ones), serves the site with gunicorn (DEBUG off,
HTTPS off, the rendered-results cache off: SEARCH_CACHE_SECONDS=0) on a free local port, warms it
up (every worker builds its search index on its first search) and measures with wrk, one after the
other under the same server:

- the trivial page, `/cookies/`: the whole middleware stack and base template, no queries;
- varied searches: distinct search addresses shaped like families' searches (bench/searches.py),
  which bench/report.lua walks from a different offset for each connection, so no address is asked
  for twice in a row and a cache of rendered results could not help even if it were on.

It prints requests/s, p50/p95/p99 latencies, non-2xx responses and the search-to-trivial throughput
ratio for each size, and rewrites the "Latest results" section of bench/README.md. Settings:
BENCH_SERVICES ("5000,20000"), BENCH_SECONDS (20), BENCH_CONNECTIONS (16), BENCH_WORKERS (gunicorn
workers, 2), BENCH_SEARCHES (distinct search addresses, 2500), BENCH_KEEP_DB (keep the database).
"""

import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import dj_database_url
import psycopg2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from searches import KEYWORDS, search_paths  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SIZES = [int(size) for size in os.environ.get("BENCH_SERVICES", "5000,20000").split(",") if size.strip()]
SECONDS = int(os.environ.get("BENCH_SECONDS", "20"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
THREADS = 2
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
SEARCHES = int(os.environ.get("BENCH_SEARCHES", "2500"))
WARM_SEARCHES = 300
TRIVIAL = "/cookies/"
PATHS_FILE = ROOT / "bench" / "results" / "search-paths.txt"
README = ROOT / "bench" / "README.md"
TARGET_RATIO = 0.5
TARGET_P95_MS = 100


def server_connect(config, dbname="postgres"):
    """A connection to the PostgreSQL server DATABASE_URL names."""
    return psycopg2.connect(
        dbname=dbname,
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
    )


def server_env(url, **extra):
    """The environment of an app server the benchmarks start: production settings on database `url`, plus `extra`."""
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "false",
        "HTTPS": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "benchmark-only-secret-key-not-for-production",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def database_create():
    """A fresh benchmark database on the server DATABASE_URL names; returns its URL, name and server config."""
    url = os.environ.get("DATABASE_URL", "postgres:///localoffer")
    config = dj_database_url.parse(url)
    name = f"{config['NAME'] or 'localoffer'}_bench"
    connection = server_connect(config)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    return database_url(name), name, config


def database_url(name):
    """The URL of the database `name` on the PostgreSQL server DATABASE_URL names."""
    base, _, query = os.environ.get("DATABASE_URL", "postgres:///localoffer").partition("?")
    return base.rsplit("/", 1)[0] + f"/{name}" + (f"?{query}" if query else "")


def database_drop(name, config):
    connection = server_connect(config)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    connection.close()


def manage(*args, env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def directory_grow(*, env, config, name, services):
    """Bring the directory to `services` synthetic services, then vacuum and refresh the statistics as autovacuum
    soon would on a real database (a table just filled has no visibility map, so counting its rows reads every
    row: 40 ms rather than 5 at 50,000 services); returns the visible count."""
    print(f"Directory: {services} synthetic services (seed_demo --services {services})...", flush=True)
    manage("seed_demo", "--services", str(services), env=env)
    return directory_vacuumed(config=config, name=name)


def directory_vacuumed(*, config, name):
    """Vacuum and refresh the statistics of the database `name`; returns its visible services' count."""
    connection = server_connect(config, name)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("SELECT count(*) FROM services_service WHERE status IN ('published', 'closed')")
        visible = cursor.fetchone()[0]
    connection.close()
    return visible


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(*, env, port, log=None):
    """Start gunicorn with sync workers, each made ready at start-up as deployed (deploy/gunicorn.conf.py),
    and wait until the health check answers. With `log` (a path), gunicorn writes its own log there at info
    level, which says when each worker is ready."""
    command = [
        PYTHON, "-m", "gunicorn", "localoffer.wsgi", "-c", str(ROOT / "deploy" / "gunicorn.conf.py"),
        "--worker-class", "sync", "--threads", "1",
        "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS),
        *(["--log-level", "info", "--error-logfile", str(log)] if log else ["--log-level", "warning"]),
    ]  # fmt: skip
    server = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def fetch(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as response:  # noqa: S310
        response.read()
        if response.status != 200:
            raise SystemExit(f"{path} answered {response.status} while warming up")


def warm(port, paths):
    """Request `paths` over several connections at once, so that every worker builds its search index."""
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS * 4) as pool:
        list(pool.map(lambda path: fetch(port, path), paths))
    return time.perf_counter() - started


def measure(port, path, paths_file=None):
    """Run wrk against one path, or cycling through the paths in `paths_file`; returns its figures."""
    command = [
        shutil.which("wrk"), f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{SECONDS}s",
        "-s", str(ROOT / "bench" / "report.lua"), f"http://127.0.0.1:{port}{path}",
    ]  # fmt: skip
    if paths_file:
        command += ["--", str(paths_file), str(CONNECTIONS), str(THREADS)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    result = json.loads(output.split("RESULT ", 1)[1])
    result["rps"] = result["requests"] / result["seconds"]
    return result


def size_run(env, visible, paths):
    """Serve with gunicorn, warm up, measure the trivial page and the varied searches, stop."""
    port = free_port()
    server = serve(env=env, port=port)
    try:
        fetch(port, TRIVIAL)
        first = warm(port, paths[-1:])
        warmed = warm(port, paths[-WARM_SEARCHES:])
        warm(port, [TRIVIAL] * 50)
        print(f"First search {first:.1f} s (builds one worker's index); {WARM_SEARCHES} more in {warmed:.1f} s")
        print(f"Measuring {TRIVIAL}, then {len(paths)} varied searches, {SECONDS} s each", flush=True)
        load = os.getloadavg()[0]
        trivial = measure(port, TRIVIAL)
        search = measure(port, "/services/", PATHS_FILE)
    finally:
        server.terminate()
        server.wait()
    return {
        "visible": visible, "trivial": trivial, "search": search, "ratio": search["rps"] / trivial["rps"],
        "first": first, "warmed": warmed, "load": load,
    }  # fmt: skip


def row(label, result):
    return (
        f"| {label} | {result['rps']:.0f} | {result['p50']:.1f} | {result['p95']:.1f} | {result['p99']:.1f} | "
        f"{result['non_2xx']} | {result['socket_errors']} |"
    )


def section(runs, started_load, ended_load):
    """The "Latest results" section: a table per directory size and a verdict on each target."""
    met = {True: "met", False: "NOT met"}
    lines = [
        "## Latest results",
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores (load average {started_load:.1f} "
        f"at the start, {ended_load:.1f} at the end), Python {platform.python_version()}, gunicorn {WORKERS} "
        f"sync workers, SEARCH_CACHE_SECONDS=0, wrk -t{THREADS} -c{CONNECTIONS} -d{SECONDS}s per row, "
        f"{SEARCHES:,} distinct search addresses ({len(KEYWORDS)} keywords).",
    ]
    for run in runs:
        search = run["search"]
        lines += [
            "",
            f"### {run['visible']:,} visible services",
            "",
            f"Load average {run['load']:.1f} before measuring. The first search took {run['first']:.1f} s "
            f"(one worker building its index); {WARM_SEARCHES} more to warm up took {run['warmed']:.1f} s.",
            "",
            "| page | requests/s | p50 ms | p95 ms | p99 ms | non-2xx | socket errors |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
            row(f"trivial page `{TRIVIAL}`", run["trivial"]),
            row("varied searches", search),
            "",
            f"Search/trivial throughput ratio {run['ratio']:.2f} (target at least {TARGET_RATIO}: "
            f"{met[run['ratio'] >= TARGET_RATIO]}); search p95 {search['p95']:.1f} ms (target at most "
            f"{TARGET_P95_MS} ms: {met[search['p95'] <= TARGET_P95_MS]}).",
        ]
    if len(runs) > 1:
        first, last = runs[0], runs[-1]
        lines += [
            "",
            f"From {first['visible']:,} to {last['visible']:,} services, search throughput went from "
            f"{first['search']['rps']:.0f} to {last['search']['rps']:.0f} requests/s (ratio {first['ratio']:.2f} "
            f"to {last['ratio']:.2f}) and search p95 from {first['search']['p95']:.0f} to "
            f"{last['search']['p95']:.0f} ms.",
        ]
    return "\n".join(lines) + "\n"


def readme_write(text):
    """Replace the "Latest results" section of bench/README.md (up to the next top-level section)."""
    current = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    if "## Latest results" in current:
        current = re.sub(r"## Latest results\n.*?(?=\n## |\Z)", lambda _: text, current, flags=re.S)
    else:
        current = current.rstrip() + "\n\n" + text
    README.write_text(current, encoding="utf-8")


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk); `make bench` installs it.")
    paths = search_paths(SEARCHES)
    PATHS_FILE.parent.mkdir(exist_ok=True)
    PATHS_FILE.write_text("\n".join(paths) + "\n", encoding="utf-8")
    started_load = os.getloadavg()[0]
    url, name, config = database_create()
    env = server_env(url, SEARCH_CACHE_SECONDS="0")
    runs = []
    try:
        print(f"Preparing {name}: migrate, static files, demo data", flush=True)
        manage("migrate", "--noinput", "--verbosity", "0", env=env)
        manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
        for services in sorted(SIZES):
            visible = directory_grow(env=env, config=config, name=name, services=services)
            runs.append(size_run(env, visible, paths))
            print(section(runs[-1:], started_load, os.getloadavg()[0]).split("\n", 3)[3], flush=True)
    finally:
        if not os.environ.get("BENCH_KEEP_DB"):
            database_drop(name, config)
    text = section(runs, started_load, os.getloadavg()[0])
    readme_write(text)
    print(f"\n{text}\nWrote {README.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
