"""Measure the directory's search index at a region's scale: the build at start-up, a worker's memory, an edit.

Run with `python bench/index.py --services 50000` (or `make bench-index`). Like bench/run.py it creates
its own database (`<name>_bench` on the PostgreSQL server DATABASE_URL names; `--database NAME` uses one
already loaded instead, BENCH_KEEP_DB keeps it) with the demo data and N synthetic services
(`seed_demo --services N`). Then, in a fresh process, as an app server at its first search:

1. builds the index, timed, reading the process's resident memory (RSS) before and after, and runs 200
   searches so that result cards are kept too;
2. saves listings one at a time through the models, as the admin does (the directory's version and change
   log written in the same transaction), and times the next search's refresh, which applies only what
   changed: a listing's summary, a listing unpublished and published again, a new listing, and an
   organisation renamed (every one of its listings);
3. adds a word to the search vocabulary, which touches every listing's entry, and times the next search
   (answered from the index before it while the fresh one is built beside the searches), the searches
   answered meanwhile, and when the fresh index is in use;
4. prints the figures, with what the memory holds, as a Markdown table for bench/README.md.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ROOT, database_create, database_drop, directory_grow, manage  # noqa: E402

EDITS = 30
SEARCH_WORDS = ["autism", "swimming", "speech therapy", "short breaks", "sleep", "music", "adhd", "respite"]


def rss_mb():
    """This process's resident memory, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def timed(action):
    """Milliseconds `action` took: (wall clock, this process's CPU), the second unaffected by other work."""
    started, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


def edits_time(rng, count):
    """Milliseconds to apply each kind of edit at the next search, `count` times each (medians and maxima)."""
    from django.db import transaction

    from services.models import Organisation, Service
    from services.search import search_index

    ids = list(Service.objects.visible().values_list("pk", flat=True))
    kinds = {"summary edited": [], "unpublished": [], "published again": [], "new listing": []}
    for number in range(count):
        service = Service.objects.get(pk=rng.choice(ids))
        with transaction.atomic():
            service.summary = f"Changed in edit {number}: relaxed sessions for children and young people."
            service.save()
        kinds["summary edited"].append(timed(search_index))
        for status, kind in ((Service.Status.DRAFT, "unpublished"), (Service.Status.PUBLISHED, "published again")):
            with transaction.atomic():
                service.status = status
                service.save()
            kinds[kind].append(timed(search_index))
        with transaction.atomic():
            Service.objects.create(
                name=f"Bench new listing {number}", slug=f"bench-new-listing-{uuid.uuid4()}",
                organisation=service.organisation, summary="A new club.", description="Saturdays.",
                status=Service.Status.PUBLISHED,
            )  # fmt: skip
        kinds["new listing"].append(timed(search_index))
    organisation = Organisation.objects.order_by("?").first()
    listings = organisation.services.count()
    with transaction.atomic():
        organisation.name = f"{organisation.name} (renamed)"
        organisation.save()
    renamed = timed(search_index)
    figures = {
        kind: [statistics.median(wall for wall, _ in times), statistics.median(cpu for _, cpu in times)]
        for kind, times in kinds.items()
    }
    figures[f"organisation renamed ({listings} listings)"] = list(renamed)
    return figures


def vocabulary_change_time():
    """Staff add a word to the search vocabulary, which touches every listing's entry: how long the next search
    takes, how long until the fresh index is in use, and the searches answered meanwhile (the slowest, in ms)."""
    from django.db import transaction
    from django.http import QueryDict

    from services.models import SearchTerm
    from services.search import directory_search, engine, search_index, search_params_parse

    before = search_index()
    with transaction.atomic():
        term = SearchTerm.objects.create(term="bench kayaking", also_known_as="bench canoeing")
    started = time.perf_counter()

    def search(words):
        return timed(lambda: directory_search(params=search_params_parse(data=QueryDict(f"q={words}"))))[0]

    next_search_ms = search("autism")
    meanwhile = []
    while engine._building is not None and search_index() is before:
        meanwhile.append(search(SEARCH_WORDS[len(meanwhile) % len(SEARCH_WORDS)]))
    engine.index_build_wait()
    search_index()
    in_use_s = time.perf_counter() - started
    with transaction.atomic():
        term.delete()
    search_index()
    engine.index_build_wait()
    return {
        "next_search_ms": next_search_ms, "in_use_s": in_use_s, "meanwhile": len(meanwhile),
        "slowest_meanwhile_ms": max(meanwhile, default=0.0),
    }  # fmt: skip


def searches_run():
    from django.http import QueryDict

    from services.search import directory_search, search_params_parse

    for number in range(200):
        query = f"q={SEARCH_WORDS[number % len(SEARCH_WORDS)]}&page={number % 3 + 1}"
        directory_search(params=search_params_parse(data=QueryDict(query)))


def measure(edits):
    """Run in a fresh process with DATABASE_URL set: build, memory, searches, edits. Prints one JSON line."""
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings")
    django.setup()
    from services.search import engine, search_index
    from services.search.reference import reference_load

    before = rss_mb()
    build_ms, build_cpu_ms = timed(search_index)
    built = rss_mb()
    index = search_index()
    searches_run()
    searched = rss_mb()
    figures = edits_time(random.Random(26), edits)
    after_edits = rss_mb()
    vocabulary = vocabulary_change_time()
    vocabulary["rss"] = rss_mb()
    masks_mb = sum(mask.nbytes for mask in index.masks.values()) / 2**20
    tracemalloc.start()
    probe = engine.DirectoryIndex(version="measured", reference=reference_load()).build()
    python_mb = tracemalloc.get_traced_memory()[0] / 2**20  # what the index holds in Python and numpy
    tracemalloc.stop()
    sizes = {"words": len(probe.words), "stems": sum(map(len, probe.field_stems.values())), "names": len(probe.names)}
    result = {
        "services": index.size, "build_ms": build_ms, "build_cpu_ms": build_cpu_ms, "sizes": sizes,
        "rss_before": before, "rss_built": built,
        "rss_searched": searched, "rss_after_edits": after_edits, "masks_mb": masks_mb, "masks": len(index.masks),
        "python_mb": python_mb, "edits": figures, "edit_count": edits, "vocabulary": vocabulary,
    }  # fmt: skip
    print(json.dumps(result))


def report(result):
    lines = [
        f"### {result['services']:,} visible services",
        "",
        "| what | figure |",
        "| --- | --- |",
        f"| index built at start-up (first search): wall clock | {result['build_ms'] / 1000:.1f} s |",
        f"| the same: the process's CPU time | {result['build_cpu_ms'] / 1000:.1f} s |",
        f"| worker's memory (RSS) before the index | {result['rss_before']:.0f} MB |",
        f"| after the build | {result['rss_built']:.0f} MB |",
        f"| after 200 searches (result cards kept) | {result['rss_searched']:.0f} MB |",
        f"| after {result['edit_count'] * 4 + 1} edits applied | {result['rss_after_edits']:.0f} MB |",
        f"| the index's Python objects and arrays (traced; the rest of the growth is tantivy's) "
        f"| {result['python_mb']:.0f} MB |",
        f"| of which filter masks ({result['masks']} one-byte arrays) | {result['masks_mb']:.1f} MB |",
    ]
    lines.append(f"| lexicon: words, stems, names | {' / '.join(f'{n:,}' for n in result['sizes'].values())} |")
    for kind, (wall, cpu) in result["edits"].items():
        lines.append(f"| edit applied at the next search: {kind} (median) | {cpu:.0f} ms CPU, {wall:.0f} ms wall |")
    vocabulary = result["vocabulary"]
    lines += [
        f"| a word added to the search vocabulary: the next search (from the index before it) "
        f"| {vocabulary['next_search_ms']:.0f} ms wall |",
        f"| ... the fresh index built beside the searches, in use after | {vocabulary['in_use_s']:.1f} s |",
        f"| ... searches answered meanwhile in one thread, the slowest | {vocabulary['meanwhile']}, "
        f"{vocabulary['slowest_meanwhile_ms']:.0f} ms |",
        f"| ... memory (RSS) after it, two indexes having been held during the build | {vocabulary['rss']:.0f} MB |",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=50_000, help="synthetic services in the directory")
    parser.add_argument("--database", help="use this database, already loaded, rather than making one")
    parser.add_argument("--edits", type=int, default=EDITS, help="edits of each kind to time")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:
        measure(arguments.edits)
        return
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "localoffer.settings", "DEBUG": "false", "HTTPS": "false"}
    env.setdefault("SECRET_KEY", "bench-only-secret-key")
    made = None
    if arguments.database:
        base = os.environ.get("DATABASE_URL", "postgres:///localoffer").rsplit("/", 1)[0]
        env["DATABASE_URL"] = f"{base}/{arguments.database}"
        manage("migrate", "--verbosity", "0", env=env)
    else:
        url, name, config = database_create()
        made = (name, config)
        env["DATABASE_URL"] = url
        manage("migrate", "--verbosity", "0", env=env)
        directory_grow(env=env, config=config, name=name, services=arguments.services)
    try:
        done = subprocess.run(  # noqa: S603 - our own interpreter running this script
            [sys.executable, __file__, "--measure", "--edits", str(arguments.edits)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True, check=True,
        )  # fmt: skip
    finally:
        if made and not os.environ.get("BENCH_KEEP_DB"):
            database_drop(*made)
    print(report(json.loads(done.stdout.strip().splitlines()[-1])))


if __name__ == "__main__":
    main()
