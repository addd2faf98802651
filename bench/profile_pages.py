"""Where a service page's and an Open Referral UK record's time goes when nothing has kept them yet, in one process.

Make a database as the benchmarks do (migrate, `seed_demo --services 20000`, VACUUM ANALYZE), then run

    DATABASE_URL=postgres:///NAME .venv/bin/python bench/profile_pages.py [--count 1000] [--tree]

It starts a private Redis for the shared cache (as production and bench/edits.py have) and sends, through
Django's test client (the whole middleware stack, no HTTP server), one at a time: the trivial page
`/cookies/`, then `--count` distinct service pages and `--count` distinct records
(/api/oruk/services/<id>), none asked for before, so each is rendered and kept as on its first visit. For
each kind it prints the CPU time of this process per request, the wall time, the queries per request, and
the CPU time that the database's process serving it and Redis used meanwhile (read from /proc, so when they
run on this machine); then the CPU time spent in each part (timers wrapped around the functions named; they
nest). `--tree` also records a pyinstrument call tree over the next 300 of each (pyinstrument is not a
requirement of the site).
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "deploy")]
from pages import redis_start  # noqa: E402  (a private Redis on a free port, as the page benchmarks start)

TRIVIAL = "/cookies/"
WARM = 20  # of each kind, asked before measuring: templates loaded, statements prepared


def django_setup(redis_url):
    os.environ.setdefault("DATABASE_URL", "postgres:///localoffer_bench")
    os.environ.setdefault("SECRET_KEY", "profile-only-secret-key")
    os.environ.update({"DEBUG": "false", "HTTPS": "false", "LOG_LEVEL": "WARNING", "REDIS_URL": redis_url})
    os.environ.setdefault("SITE_URL", "http://127.0.0.1")
    os.environ["ALLOWED_HOSTS"] = "testserver"  # the test client's host
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def timers():
    """Wrap the parts of both kinds of answer in CPU timers; returns {label: CPU seconds} as they accumulate."""
    from django.core.cache.backends.redis import RedisCache
    from django.core.handlers.base import BaseHandler

    from localoffer.content import glossary
    from services import api, service_page, views
    from services.oruk import records

    spent = defaultdict(lambda: [0.0, 0.0])
    parts = [
        (BaseHandler, "_get_response", "the view and its response (all but the middleware)"),
        (views, "service_page", "page: its kept parts (version, kept store, rendering)"),
        (service_page, "listing_version_and_page", "page:   the listing's version and kept page (query)"),
        (service_page, "glossary_version", "page:   the glossary's version (Redis)"),
        (service_page, "service_page_render", "page:   rendering the kept parts"),
        (service_page, "listing_rows", "listing: its row (query; for pages and records)"),
        (service_page, "service_from_row", "listing: models from its row (for pages and records)"),
        (service_page, "service_detail_html", "page:     the main content's markup"),
        (service_page, "service_json_ld", "page:     the JSON-LD"),
        (views, "service_page_now", "page: opening now filled in"),
        (views, "render", "page: detail.html in the frame (base.html)"),
        (api, "public_listing_version", "record: the listing's version (query)"),
        (api, "services_with_everything", "record: the listing (query and models)"),
        (records, "service_record", "record: the record as a dict"),
        (api, "json_body", "record: JSON encoding"),
        (RedisCache, "get", "kept store: Redis get"),
        (RedisCache, "get_many", "kept store: Redis get_many"),
        (RedisCache, "set", "kept store: Redis set"),
        (RedisCache, "set_many", "kept store: Redis set_many"),
        (glossary, "shared_version", "glossary version read (Redis)"),
    ]
    for owner, name, label in parts:
        original = getattr(owner, name, None)
        if original is None:  # not in this version of the code
            continue

        def wrapper(*args, _original=original, _label=label, **kwargs):
            started, started_wall = time.process_time(), time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_label][0] += time.process_time() - started
                spent[_label][1] += time.perf_counter() - started_wall

        setattr(owner, name, wrapper)
    return spent


def run(client, paths):
    """Request each path once; returns the CPU and wall seconds of each."""
    cpu, wall = [], []
    for path in paths:
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    return cpu, wall


def process_cpu(pid):
    """The CPU seconds another process on this machine has used so far (its user and system time), or None
    when it cannot be read (a database on another machine)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def others_cpu(pids):
    """{name: CPU seconds so far} of the database's process serving this one, and of Redis."""
    return {name: process_cpu(pid) for name, pid in pids.items()}


def measured(client, label, paths, spent, pids):
    """Request `paths` counting queries and CPU per part, here and in the database and Redis; prints the figures."""
    from django.db import connection

    queries = [0]

    def counted(execute, sql, params, many, context):
        queries[0] += 1
        started, started_wall = time.process_time(), time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent["database queries (in the driver)"][0] += time.process_time() - started
            spent["database queries (in the driver)"][1] += time.perf_counter() - started_wall

    spent.clear()
    before = others_cpu(pids)
    with connection.execute_wrapper(counted):
        cpu, wall = run(client, paths)
    after = others_cpu(pids)
    count = len(paths)
    elsewhere = ", ".join(
        f"{name} CPU {1000 * (after[name] - before[name]) / count:.2f} ms"
        for name in pids
        if before[name] is not None and after[name] is not None
    )
    print(
        f"{label}: {count} requests, CPU mean {1000 * statistics.mean(cpu):.2f} ms "
        f"(p50 {1000 * statistics.median(cpu):.2f}), wall mean {1000 * statistics.mean(wall):.2f} ms, "
        f"{queries[0] / count:.2f} queries each; {elsewhere or 'other processes not readable'}"
    )
    total = sum(cpu)
    print(f"  {'part':58} {'CPU ms':>7} {'share':>6} {'wall ms':>8}")
    for part, (seconds, wall_seconds) in sorted(spent.items(), key=lambda item: -item[1][0]):
        print(
            f"  {part:58} {1000 * seconds / count:7.2f} {100 * seconds / total:5.1f}% "
            f"{1000 * wall_seconds / count:8.2f}"
        )
    known = [after[name] - before[name] for name in pids if before[name] is not None and after[name] is not None]
    return statistics.mean(cpu), statistics.mean(cpu) + sum(known) / count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=1000, help="how many distinct pages and records of each")
    parser.add_argument("--tree", action="store_true", help="also record a pyinstrument call tree")
    options = parser.parse_args()
    directory = tempfile.mkdtemp(prefix="localoffer-profile-")
    redis, redis_url = redis_start(directory)
    try:
        django_setup(redis_url)
        profile(options, redis_pid=redis.pid)
    finally:
        redis.terminate()
        redis.wait()
        shutil.rmtree(directory, ignore_errors=True)


def profile(options, *, redis_pid):
    from django.db import connection
    from django.test import Client

    from services.models import Service

    rows = list(Service.objects.visible().order_by("id").values_list("id", "slug"))
    step = max(1, len(rows) // (2 * WARM + options.count + (300 if options.tree else 0)))
    chosen = rows[::step]
    pages = [f"/services/{slug}/" for _, slug in chosen]
    records = [f"/api/oruk/services/{pk}" for pk, _ in chosen]
    spent = timers()  # before the client's first request, which builds the middleware around the view
    client = Client()
    run(client, [TRIVIAL] * 50 + pages[:WARM] + records[:WARM])
    pages, records = pages[WARM:], records[WARM:]
    sample = slice(0, options.count)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pids = {"database": cursor.fetchone()[0], "Redis": redis_pid}
    trivial = measured(client, "Trivial page", [TRIVIAL] * options.count, spent, pids)
    page = measured(client, "Service pages, first visit", pages[sample], spent, pids)
    record = measured(client, "Records, first visit", records[sample], spent, pids)
    again = measured(client, "Trivial page again", [TRIVIAL] * options.count, spent, pids)
    trivial = [(first + second) / 2 for first, second in zip(trivial, again, strict=True)]
    for label, index in (("CPU here", 0), ("CPU here, in the database and in Redis", 1)):
        print(
            f"{label}, as a multiple of the trivial page's: service page {page[index] / trivial[index]:.1f}, "
            f"record {record[index] / trivial[index]:.1f} (at best a throughput ratio of "
            f"{trivial[index] / page[index]:.2f} and {trivial[index] / record[index]:.2f})"
        )

    if options.tree:
        from pyinstrument import Profiler

        for paths in (pages, records):
            profiler = Profiler(interval=0.0005)
            profiler.start()
            run(client, paths[options.count : options.count + 300])
            profiler.stop()
            print(profiler.output_text(unicode=False, color=False))


if __name__ == "__main__":
    main()
