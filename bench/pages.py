"""Benchmark every kind of public page but search, each over distinct addresses, against the trivial page.

    .venv/bin/python bench/pages.py            # DATABASE_URL names the PostgreSQL server

Like bench/run.py (whose database, server and wrk helpers it uses): its own database with the demo
data and 5,000 synthetic services, gunicorn (2 sync workers, DEBUG off, HTTPS off) and, as in
production, a Redis the workers share (a private redis-server on a free port). For each kind of
page it writes the list of distinct addresses, visits each once ("first visit": rendered and kept,
timed over 8 connections), then measures with wrk over the list, 16 connections, each connection
walking it from its own offset (bench/report.lua), in the same run as the trivial page `/cookies/`.
It prints requests/s, p50/p95/p99 and the ratio to the trivial page, and rewrites the "Every public
page" section of bench/README.md. BENCH_SECONDS (20), BENCH_CONNECTIONS (16), BENCH_WORKERS (2),
BENCH_SERVICES (5000), BENCH_KEEP_DB, RENDERED_CACHE_SECONDS (set 0 to measure without the kept pages).
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1] / "deploy")]
import run  # noqa: E402
from stack import free_ports  # noqa: E402  (ports 18000-18999, as deploy/stack.py uses)

ROOT = run.ROOT
README = ROOT / "bench" / "README.md"
HEADING = "## Every public page"
SERVICES = int(os.environ.get("BENCH_SERVICES", "5000"))
RESULTS = ROOT / "bench" / "results"


def redis_start(directory):
    """A private Redis on a free port, for the workers' shared cache."""
    (port,) = free_ports(1)
    command = [shutil.which("redis-server"), "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    server = subprocess.Popen([*command, "--dir", directory], stdout=subprocess.DEVNULL)  # noqa: S603
    for _ in range(50):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.1)
    raise SystemExit("redis-server did not start")


def addresses(port, *, config, name):
    """The distinct addresses of each kind of page: services from the database, pages from the sitemap."""

    def get(path):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as response:  # noqa: S310
            return response.read().decode()

    connection = run.server_connect(config, name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, slug FROM services_service WHERE status IN ('published', 'closed') ORDER BY id")
        services = cursor.fetchall()
    connection.close()
    ids, slugs = [str(row[0]) for row in services], [row[1] for row in services]
    pages = json.loads(get("/api/oruk/services?per_page=50&full=false"))["total_pages"]
    sitemap = get("/sitemap.xml")
    locations = [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    information = sorted({path for path in locations if path.startswith("/information/")})
    news = sorted({path for path in locations if path.startswith("/news/")} | {"/news/"})
    return {
        "service pages": [f"/services/{slug}/" for slug in slugs],
        "information pages": information,
        "news": news,
        "Open Referral UK: pages of 50 fully nested services": [
            f"/api/oruk/services?per_page=50&page={number}" for number in range(1, pages + 1)
        ],
        "Open Referral UK: one service": [f"/api/oruk/services/{id_}" for id_ in ids],
    }


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    RESULTS.mkdir(exist_ok=True)
    started_load = os.getloadavg()[0]
    url, name, config = run.database_create()
    temporary = tempfile.mkdtemp(prefix="localoffer-pages-")
    redis, redis_url = redis_start(temporary)
    env = run.server_env(url, REDIS_URL=redis_url, SITE_URL="http://127.0.0.1")
    kept = os.environ.get("RENDERED_CACHE_SECONDS", "86400") != "0"
    rows = []
    try:
        print(f"Preparing {name}: migrate, static files, demo data and {SERVICES} services", flush=True)
        run.manage("migrate", "--noinput", "--verbosity", "0", env=env)
        run.manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
        visible = run.directory_grow(env=env, config=config, name=name, services=SERVICES)
        (port,) = free_ports(1)
        server = run.serve(env=env, port=port)
        try:
            kinds = addresses(port, config=config, name=name)
            run.warm(port, [run.TRIVIAL] * 50)
            load = os.getloadavg()[0]
            trivial = run.measure(port, run.TRIVIAL)
            print(f"trivial: {trivial['rps']:.0f}/s", flush=True)
            measured = []
            for label, paths in kinds.items():
                paths_file = RESULTS / f"pages-{re.sub(r'[^a-z]+', '-', label.lower()).strip('-')}.txt"
                paths_file.write_text("\n".join(paths) + "\n", encoding="utf-8")
                first = run.warm(port, paths)
                figures = run.measure(port, paths[0], paths_file)
                figures["first_rps"] = len(paths) / first
                measured.append((label, len(paths), figures))
                print(f"{label}: {figures['rps']:.0f}/s", flush=True)
            trivial_again = run.measure(port, run.TRIVIAL)
            # The machines are shared: the trivial page is measured before and after, and the ratios are
            # to the mean of the two.
            baseline = (trivial["rps"] + trivial_again["rps"]) / 2
            rows = [
                ("trivial page `/cookies/`, first", 1, trivial, trivial["rps"] / baseline),
                *[(label, count, figures, figures["rps"] / baseline) for label, count, figures in measured],
                ("trivial page `/cookies/`, again at the end", 1, trivial_again, trivial_again["rps"] / baseline),
            ]
        finally:
            server.terminate()
            server.wait()
    finally:
        redis.terminate()
        redis.wait()
        shutil.rmtree(temporary, ignore_errors=True)
        if not os.environ.get("BENCH_KEEP_DB"):
            run.database_drop(name, config)
    section = report(rows, visible=visible, load=load, started_load=started_load, kept=kept)
    readme_write(section)
    print(section)


def report(rows, *, visible, load, started_load, kept):
    lines = [
        HEADING,
        "",
        "`bench/pages.py` measures each kind of public page other than search over distinct addresses",
        "(every service, every information page, every news page, every page of the Open Referral UK list,",
        "every single service record), against the trivial page in the same run: gunicorn with",
        f"{run.WORKERS} sync workers, DEBUG off, a private Redis as the shared cache, {visible:,} visible",
        f"services, wrk -t{run.THREADS} -c{run.CONNECTIONS} -d{run.SECONDS}s per row. Before each row every",
        'address is visited once ("first visit", 8 connections), as a site that has been up a while has',
        "been; wrk then walks the list from a different offset on each connection. The trivial page is",
        "measured first and last; each ratio is to the mean of the two.",
        f"Rendered content kept: {'yes' if kept else 'no (RENDERED_CACHE_SECONDS=0)'}.",
        "",
        f"Last run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, load average "
        f"{started_load:.1f} at the start and {load:.1f} before measuring.",
        "",
        "| page | addresses | requests/s | ratio to trivial | p50 ms | p95 ms | p99 ms "
        "| first visit, pages/s | non-2xx or timeouts (2 s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, count, figures, ratio in rows:
        first = f"{figures['first_rps']:.0f}" if "first_rps" in figures else ""
        lines.append(
            f"| {label} | {count:,} | {figures['rps']:.0f} | {ratio:.2f} | "
            f"{figures['p50']:.1f} | {figures['p95']:.1f} | {figures['p99']:.1f} | {first} | "
            f"{figures['non_2xx'] + figures['socket_errors']} |"
        )
    return "\n".join(lines) + "\n"


def readme_write(section):
    text = README.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    README.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
