"""Where a search request's time goes, measured in one process over the benchmark's search addresses.

Keep the benchmark's database (`BENCH_KEEP_DB=1 make bench`), then run

    DATABASE_URL=postgres:///localoffer_bench .venv/bin/python bench/profile_search.py [--count 500] [--tree]

It sends the trivial page and the first `--count` addresses of bench/results/search-paths.txt (or of
`--paths FILE`) through Django's test client (the whole middleware stack, no HTTP server), one at a time, with the
rendered-results cache off, after building the search index. It prints the mean, p50 and p95 per
request, of the time taken and of this process's CPU time (which other work on the machine slows less),
and the share of the search time spent in each part of the search (timers wrapped around the functions
named, which nest: the keyword match includes the tantivy search). `--tree` also
records a pyinstrument call tree over the next 300 addresses (`pip install pyinstrument` into the
virtualenv first; it is not a requirement of the site). `--edit-every N` saves one random listing through
`Service.save()` (as bench/edits.py's editor does) before every Nth address, so searches are timed as they
come after edits: on a new index snapshot, its kept matches gone. `--memory` prints this process's resident memory
after the index is built and after the searches timed, and what the index keeps (Linux: /proc/self/status).
"""

import argparse
import functools
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS_FILE = ROOT / "bench" / "results" / "search-paths.txt"
TRIVIAL = "/cookies/"


def django_setup():
    os.environ.setdefault("DATABASE_URL", "postgres:///localoffer_bench")
    os.environ.setdefault("SECRET_KEY", "profile-only-secret-key")
    os.environ.update({"DEBUG": "false", "HTTPS": "false", "SEARCH_CACHE_SECONDS": "0", "LOG_LEVEL": "WARNING"})
    os.environ["ALLOWED_HOSTS"] = "testserver"  # the test client's host
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def timers():
    """Wrap the parts of a search in timers; returns {label: seconds} as they accumulate."""
    from services import views
    from services.search import results as search
    from services.search.engine import DirectoryIndex

    spent = defaultdict(float)
    parts = [
        (views, "directory_search", "directory_search (all of the search below)"),
        (search, "matches_find", "keyword match: vocabulary, spelling, ranking"),
        (search, "spelling_correct", "  spelling correction"),
        (DirectoryIndex, "search", "  tantivy search and reading the hits"),
        (DirectoryIndex, "matching", "  tantivy search for which match (no scores)"),
        (DirectoryIndex, "search_any", "  the question's scores, summed from its parts' answers"),
        (DirectoryIndex, "hits", "  asking the text index (each answer not kept), read into arrays"),
        (search, "facet_filter", "filters and facet counts"),
        (search, "ordered", "ordering the matches"),
        (DirectoryIndex, "distances", "distances from a postcode"),
        (search, "page_services", "the page's result cards (made for any not yet made)"),
        (search, "facets_build", "building the filter options"),
        (views, "results_html", "joining the results' markup"),
        (views, "render", "rendering the page around it"),
        (views, "search_record", "counting the search (a batched write)"),
        (views, "directory_version", "reading the directory version (query)"),
    ]
    for owner, name, label in parts:
        original = getattr(owner, name)

        def wrapper(*args, _original=original, _label=label, **kwargs):
            started = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_label] += time.perf_counter() - started

        setattr(owner, name, wrapper)
    return spent


@functools.cache
def visible_ids():
    from services.models import Service

    return list(Service.objects.visible().order_by("pk").values_list("pk", flat=True))


def listing_edit(rng):
    """Save one random visible listing with a new word in its summary, as bench/edits.py's editor does."""
    from services.models import Service

    service = Service.objects.get(pk=rng.choice(visible_ids()))
    word = "checked" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(8))
    service.summary = f"{service.summary.split(' Checked', 1)[0]} Checked {word}."
    service.save()


def run(client, paths, cpu=None, edit_every=0, rng=None):
    """Request each path once; returns the seconds each took (and appends the CPU seconds each took to `cpu`).
    With `edit_every`, a listing is saved (not timed) before every so many paths."""
    taken = []
    for number, path in enumerate(paths):
        if edit_every and number % edit_every == 0:
            listing_edit(rng)
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(path)
        taken.append(time.perf_counter() - started)
        if cpu is not None:
            cpu.append(time.process_time() - cpu_started)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    return taken


def resident_mb():
    """This process's resident memory in MB (Linux)."""
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    return int(status.split("VmRSS:")[1].split()[0]) // 1024


def kept_said():
    """What the index keeps besides itself, said in a line."""
    from services.search import search_index

    index = search_index()
    cards, answered = len(index.cards), index.answered.size / 2**20
    return f"the index keeps the result cards of {cards} services and {answered:.1f} MB of answers to queries"


def summary(label, taken):
    p95 = statistics.quantiles(taken, n=20)[-1] if len(taken) > 1 else taken[0]
    return (
        f"{label}: {len(taken)} requests, mean {1000 * statistics.mean(taken):.1f} ms, "
        f"p50 {1000 * statistics.median(taken):.1f} ms, p95 {1000 * p95:.1f} ms"
    )


def options_read():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=500, help="how many search addresses to time")
    parser.add_argument("--tree", action="store_true", help="also record a pyinstrument call tree")
    parser.add_argument("--paths", type=Path, default=PATHS_FILE, help="the search addresses, one a line")
    parser.add_argument("--edit-every", type=int, default=0, help="save a listing before every N addresses")
    parser.add_argument("--memory", action="store_true", help="print resident memory before and after the searches")
    return parser.parse_args()


def main():
    options = options_read()
    django_setup()
    from django.db import connection
    from django.test import Client

    paths = options.paths.read_text(encoding="utf-8").split()
    rng = random.Random(26)
    client = Client()
    started = time.perf_counter()
    run(client, paths[-1:])
    print(f"First search (builds the index): {time.perf_counter() - started:.2f} s")
    if options.memory:
        print(f"Resident memory after the index is built: {resident_mb()} MB")
    run(client, paths[-50:] + [TRIVIAL] * 50)
    trivial_cpu = []
    print(summary("Trivial page", run(client, [TRIVIAL] * 500, trivial_cpu)))
    print(summary("Trivial page's CPU time", trivial_cpu))

    spent = timers()
    database = {"seconds": 0.0, "queries": 0}

    def timed_query(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            database["seconds"] += time.perf_counter() - started
            database["queries"] += 1

    sample = paths[: options.count]
    cpu = []
    with connection.execute_wrapper(timed_query):
        taken = run(client, sample, cpu, edit_every=options.edit_every, rng=rng)
    total = sum(taken)
    print(summary("Searches", taken) + f", {database['queries'] / len(sample):.1f} queries each")
    print(summary("Searches' CPU time (this process)", cpu))
    print(f"  {'whole request':48} {1000 * total / len(sample):6.2f} ms  100.0%")
    spent["all database queries (time in the driver)"] = database["seconds"]
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {label:48} {1000 * seconds / len(sample):6.2f} ms  {100 * seconds / total:5.1f}%")
    for seconds, path in sorted(zip(taken, sample, strict=True), reverse=True)[:5]:
        print(f"  slowest: {1000 * seconds:.0f} ms {path}")
    if options.memory:
        print(f"Resident memory after the searches: {resident_mb()} MB; {kept_said()}")

    if options.tree:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001)
        profiler.start()
        run(client, paths[options.count : options.count + 300], edit_every=options.edit_every, rng=rng)
        profiler.stop()
        print(profiler.output_text(unicode=False, color=False))


if __name__ == "__main__":
    main()
