"""Measure how soon a new app server worker answers its first search, and the memory each worker takes.

Run with `python bench/worker_start.py --database NAME` on a database already loaded (bench/index.py shows how
one is made: `seed_demo --services 50000`). It starts worker processes one after the other, each as gunicorn's
post_worker_init does (search_ready in a thread) and at once asking for a search, which waits for the index; it
times each from its start to its first search answered, and reads each worker's memory once all are running:
resident (RSS) and proportional (PSS: pages shared between workers counted once, shared out). The first worker
finds no saved index (a fresh SEARCH_INDEX_DIR); those after it find the one the first saved. `--tree PATH`
measures the code of another checkout, for a figure before a change.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def memory_mb(pid):
    """(RSS, PSS) of a process, in MB."""
    found = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("Rss", "Pss"):
            found[name] = int(value.split()[0]) / 1024
    return found["Rss"], found["Pss"]


def worker():
    """One worker: ready its search as gunicorn's post_worker_init does, answer one search, report, wait."""
    import threading

    import django

    django.setup()
    from django.http import QueryDict

    from services.search import directory_search, search_params_parse
    from services.search.ready import search_ready

    threading.Thread(target=search_ready, daemon=True).start()
    results = directory_search(params=search_params_parse(data=QueryDict("q=autism")))
    print(json.dumps({"total": results.total, "cpu": time.process_time()}), flush=True)
    sys.stdin.read()  # kept running until the measuring process ends, so that the next shares its pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a database already loaded")
    parser.add_argument("--workers", type=int, default=3, help="workers started one after the other")
    parser.add_argument("--tree", default=str(ROOT), help="the checkout whose code the workers run")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.worker:
        worker()
        return
    if not arguments.database:
        parser.error("--database is needed")
    base = os.environ.get("DATABASE_URL", "postgres:///localoffer").rsplit("/", 1)[0]
    folder = tempfile.mkdtemp(prefix="search-index-bench-")
    env = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "localoffer.settings", "DEBUG": "false", "HTTPS": "false",
        "DATABASE_URL": f"{base}/{arguments.database}", "SEARCH_INDEX_DIR": folder, "PYTHONPATH": arguments.tree,
    }  # fmt: skip
    env.setdefault("SECRET_KEY", "bench-only-secret-key")
    workers, rows = [], []
    try:
        for number in range(arguments.workers):
            started = time.perf_counter()
            process = subprocess.Popen(  # noqa: S603 - our own interpreter running this script
                [sys.executable, str(ROOT / "bench" / "worker_start.py"), "--worker"], cwd=arguments.tree, env=env,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            )  # fmt: skip
            workers.append(process)
            answer = json.loads(process.stdout.readline())
            rows.append({"worker": number + 1, "first search s": time.perf_counter() - started, **answer})
        for row, process in zip(rows, workers, strict=True):
            row["RSS MB"], row["PSS MB"] = memory_mb(process.pid)
    finally:
        for process in workers:
            process.kill()
            process.wait()
        subprocess.run(["rm", "-rf", folder], check=False)  # noqa: S603, S607
    print("| worker | first search answered (s) | its CPU (s) | RSS (MB) | PSS (MB) |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows:
        print(
            f"| {row['worker']} | {row['first search s']:.2f} | {row['cpu']:.2f} | {row['RSS MB']:.0f} "
            f"| {row['PSS MB']:.0f} |"
        )


if __name__ == "__main__":
    main()
