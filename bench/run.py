"""Benchmark the directory's search page against a trivial page, under the production server.

Run with `make bench`. It creates its own database (`<name>_bench`) on the PostgreSQL server named
by DATABASE_URL, loads the demo data plus 5,000 synthetic services, serves the site with gunicorn
(DEBUG off, HTTPS off) on a free local port, and measures with wrk, in the same run:

- a trivial page (the cookies notice: the full middleware stack and base template, no queries);
- the search page with a keyword and two filters, facet counts on, as a family would load it
  (results served from the search cache after the first request);
- the same search with the search cache turned off (SEARCH_CACHE_SECONDS=0), every request
  searching, filtering and counting afresh.

It prints throughput, the search-to-trivial throughput ratio and p95 latencies, and rewrites the
"Latest results" section of bench/README.md. Settings: BENCH_SERVICES (5000), BENCH_SECONDS (20),
BENCH_CONNECTIONS (16), BENCH_WORKERS (gunicorn workers, 3), BENCH_KEEP_DB (keep the database).
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
from datetime import UTC, datetime
from pathlib import Path

import dj_database_url
import psycopg2

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SERVICES = int(os.environ.get("BENCH_SERVICES", "5000"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "20"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
TRIVIAL = "/cookies/"
SEARCH = "/services/?q=autism&age=7&cost=free"
TARGET_RATIO = 0.5
TARGET_P95_MS = 100


def database_create():
    """A fresh benchmark database on the server DATABASE_URL names; returns its URL."""
    url = os.environ.get("DATABASE_URL", "postgres:///localoffer")
    config = dj_database_url.parse(url)
    name = f"{config['NAME'] or 'localoffer'}_bench"
    connection = psycopg2.connect(
        dbname="postgres",
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    base, _, query = url.partition("?")
    return base.rsplit("/", 1)[0] + f"/{name}" + (f"?{query}" if query else ""), name, config


def database_drop(name, config):
    connection = psycopg2.connect(
        dbname="postgres",
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    connection.close()


def manage(*args, env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(*, env, port):
    """Start gunicorn and wait until the health check answers."""
    server = subprocess.Popen(  # noqa: S603
        [
            PYTHON,
            "-m",
            "gunicorn",
            "localoffer.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
        ],  # fmt: skip
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def warm(port, path, times=20):
    for _ in range(times):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:  # noqa: S310
            assert response.status == 200, path


def measure(port, path):
    """Run wrk against one page; returns its figures."""
    output = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk"),
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--latency",
            "-s",
            str(ROOT / "bench" / "report.lua"),
            f"http://127.0.0.1:{port}{path}",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = json.loads(output.split("RESULT ", 1)[1])
    result["rps"] = result["requests"] / result["seconds"]
    result["path"] = path
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result["errors"] += int(non_2xx.group(1)) if non_2xx else 0
    return result


def line(label, result):
    return (
        f"| {label} | `{result['path']}` | {result['rps']:.0f} | {result['p50']:.1f} | {result['p95']:.1f} | "
        f"{result['p99']:.1f} | {result['errors']} |"
    )


def prepare(env, url, name):
    """Migrate, load the demo data and synthetic services, collect static files, refresh statistics."""
    print(f"Preparing {name}: migrate, demo data and {SERVICES} synthetic services...", flush=True)
    manage("migrate", "--noinput", "--verbosity", "0", env=env)
    manage("seed_demo", "--services", str(SERVICES), env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    connection = psycopg2.connect(url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("SELECT count(*) FROM services_service WHERE status = 'published'")
        published = cursor.fetchone()[0]
    connection.close()
    return published


def run_server(env, label, warm_times=20):
    """Serve with gunicorn, measure the trivial page and the search page, stop."""
    port = free_port()
    server = serve(env=env, port=port)
    try:
        warm(port, TRIVIAL, warm_times)
        warm(port, SEARCH, warm_times)
        print(f"Measuring {TRIVIAL} and {SEARCH} ({label}), {SECONDS}s each at {CONNECTIONS} connections", flush=True)
        return measure(port, TRIVIAL), measure(port, SEARCH)
    finally:
        server.terminate()
        server.wait()


def report(results, published):
    """Print the figures and rewrite the "Latest results" section of bench/README.md."""
    ratio = results["search"]["rps"] / results["trivial"]["rps"]
    ratio_uncached = results["search_uncached"]["rps"] / results["trivial_again"]["rps"]
    table = "\n".join(
        [
            "| page | path | requests/s | p50 ms | p95 ms | p99 ms | errors |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
            line("trivial page", results["trivial"]),
            line("search, as served (cache on)", results["search"]),
            line("trivial page (second server)", results["trivial_again"]),
            line("search, cache off", results["search_uncached"]),
        ]
    )
    met = {True: "met", False: "NOT met"}
    verdict = (
        f"Search throughput is {ratio:.2f} of the trivial page's with the search cache on "
        f"(target at least {TARGET_RATIO}: {met[ratio >= TARGET_RATIO]}) and {ratio_uncached:.2f} with it off "
        f"({met[ratio_uncached >= TARGET_RATIO]}). Search p95 is {results['search']['p95']:.1f} ms with the cache "
        f"on ({met[results['search']['p95'] <= TARGET_P95_MS]}) and {results['search_uncached']['p95']:.1f} ms "
        f"with it off ({met[results['search_uncached']['p95'] <= TARGET_P95_MS]}); target at most {TARGET_P95_MS} ms."
    )
    machine = (
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{published} published services, gunicorn {WORKERS} sync workers, wrk -t2 -c{CONNECTIONS} -d{SECONDS}s"
    )
    print()
    print(table)
    print()
    print(verdict)
    readme = ROOT / "bench" / "README.md"
    text = readme.read_text() if readme.exists() else "# Benchmarks\n"
    section = f"## Latest results\n\n{machine}.\n\n{table}\n\n{verdict}\n"
    if "## Latest results" in text:
        text = re.sub(r"## Latest results\n.*?(?=\n## |\Z)", lambda _: section, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + section
    readme.write_text(text)
    print(f"\nWrote {readme.relative_to(ROOT)}")


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk); `make bench` installs it.")
    url, name, config = database_create()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "false",
        "HTTPS": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "benchmark-only-secret-key-not-for-production",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
    }
    results = {}
    try:
        published = prepare(env, url, name)
        results["trivial"], results["search"] = run_server(env, "search cache on")
        uncached = {**env, "SEARCH_CACHE_SECONDS": "0"}
        results["trivial_again"], results["search_uncached"] = run_server(uncached, "search cache off", warm_times=5)
    finally:
        if not os.environ.get("BENCH_KEEP_DB"):
            database_drop(name, config)
    report(results, published)


if __name__ == "__main__":
    main()
