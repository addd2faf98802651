"""Benchmark what families and staff make together: every kind of page, asked as it comes, while a listing
is saved every 10 seconds.

    .venv/bin/python bench/edits.py [--services 5000]     # DATABASE_URL names the PostgreSQL server

Like bench/pages.py (whose Redis, addresses and report helpers it uses, with bench/run.py's database,
server and wrk): its own database with the demo data and N synthetic services, gunicorn (2 sync
workers, DEBUG off) and a private Redis the workers share. Nothing is visited before it is measured:
each kind of page (varied searches, service pages, one Open Referral UK record, pages of 50 fully
nested records, information pages) is walked by wrk over its distinct addresses, 16 connections each
from its own offset, so each address is asked for the first time or not as it comes. Before each kind the
shared cache is emptied and gunicorn starts new workers, so no kind finds what an earlier one kept (a
page of records does not find the records the one-record row rendered); service pages kept in the database
stay, as they do on a real site, once the deploy step (`manage.py keep_service_pages`, skipped with
`--no-deploy-step`) or an edit has kept them. Meanwhile a
separate process (`--editor PORT`) saves one random visible listing every EDIT_SECONDS (10) through
`Service.save()`, which fires the same signals the admin's save does, giving its summary a new word, and
times how long until the listing's page shows the word and a search for it lists the listing, eight requests
running (the workers take requests as they come, so all of them show it); an edit whose checks overlapped
the benchmark replacing the workers between two kinds is reported apart. The trivial page `/cookies/` is
measured first and last in the same run; each ratio is to the mean of the two. It prints and writes
the "Families and staff together" section of bench/README.md. BENCH_SECONDS (20), BENCH_CONNECTIONS
(16), BENCH_WORKERS (2), BENCH_KEEP_DB, EDIT_SECONDS (10). `--database NAME` measures a database already loaded
(`seed_demo --services N`), which saves the minutes of loading 50,000 services again.
"""

import argparse
import functools
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1] / "deploy")]
import pages  # noqa: E402
import run  # noqa: E402
from searches import search_paths  # noqa: E402
from stack import free_ports  # noqa: E402

ROOT = run.ROOT
HEADING = "## Families and staff together"
AFTER_DEPLOY = ", before the deploy step keeps pages and records"
EDIT_SECONDS = float(os.environ.get("EDIT_SECONDS", "10"))
SEARCHES = 2500
WARM_SEARCH = "/services/?q=warming+up"  # asked by every new worker before measuring; not among the searches
TARGETS = {
    "varied searches": 0.3,
    "service pages": 0.5,
    "Open Referral UK: one service": 0.5,
    "Open Referral UK: pages of 50 fully nested services": 0.3,
    "information pages": 0.5,
}
SEARCH_P99_MS = 250
SEEN_MS = 1000


def editor(port):
    """Save one random visible listing every EDIT_SECONDS until stopped, as an editor in the admin does, and
    time how long until the site shows the change: its page and a search for the new word it now has,
    SEEN_IN_A_ROW times running (each request goes to whichever worker takes it, so every worker shows it)."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings")
    import django

    django.setup()
    from services.models import Service

    ids = list(Service.objects.visible().values_list("pk", flat=True))
    rng = random.Random(26)
    edits = 0
    while True:
        time.sleep(EDIT_SECONDS)
        service = Service.objects.get(pk=rng.choice(ids))
        word = "checked" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(8))
        service.opening_notes = f"Checked {datetime.now(UTC):%H:%M:%S}"
        service.summary = f"{service.summary.split(' Checked', 1)[0]} Checked {word}."
        service.save()
        saved, saved_at = time.monotonic(), time.time()
        edits += 1
        print(f"edit {edits} at {datetime.now(UTC):%H:%M:%S}: {service.name}", flush=True)
        page = f"/services/{service.slug}/"
        # The page shows the new word; a search for the word lists the service (a link to its page).
        checks = ((page, word), (f"/services/?q={word}&spelling=exact", f'href="{page}"'))
        with ThreadPoolExecutor(max_workers=len(checks)) as pool:
            taken = list(pool.map(functools.partial(seen_after, port, saved=saved), *zip(*checks, strict=True)))
        print(f"seen {edits}: " + " ".join(f"{ms:.0f}" for ms in taken) + f" saved {saved_at:.3f}", flush=True)


SEEN_IN_A_ROW = 8


def seen_after(port, path, shown_by, *, saved):
    """Milliseconds from the save until the first of SEEN_IN_A_ROW requests running for `path` whose answers
    all had `shown_by` in them was sent (asked for at most 10 s)."""
    in_a_row, since = 0, None
    while time.monotonic() - saved < 10:
        sent = time.monotonic()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:  # noqa: S310
                shown = shown_by in response.read().decode()
        except OSError:
            shown = False
        if not shown:
            in_a_row = 0
            time.sleep(0.01)
            continue
        in_a_row += 1
        since = sent if in_a_row == 1 else since
        if in_a_row == SEEN_IN_A_ROW:
            return (since - saved) * 1000
    return 10_000


def seen_figures(log, *, restarts=(), show=False):
    """How many edits were made, and the median and slowest times (ms) until one was seen on its page and
    in search, from the log (printed too when `show`: each edit's time, and how long until it was seen).

    An edit whose checks overlapped one of `restarts` (wall-clock (start, end) pairs: the benchmark replacing
    the workers between two kinds of page, as a deploy does) is counted apart: its checks waited for the new
    workers to start, which says nothing of how fast an edit reaches servers that are running."""
    if show:
        print(log, end="", flush=True)
    edits = sum(1 for line in log.splitlines() if line.startswith("edit"))
    running, restarting = [], []
    for line in log.splitlines():
        if line.startswith("seen"):
            page_ms, search_ms, _, saved_at = line.split(": ", 1)[1].split()
            page_ms, search_ms, saved_at = float(page_ms), float(search_ms), float(saved_at)
            until = saved_at + max(page_ms, search_ms) / 1000
            overlaps = any(start <= until and saved_at <= end for start, end in restarts)
            (restarting if overlaps else running).append((page_ms, search_ms))
    if not running:
        return edits, None
    pages_ms, searches_ms = zip(*running, strict=True)
    return edits, {
        "edits": len(running),
        "page": (statistics.median(pages_ms), max(pages_ms)),
        "search": (statistics.median(searches_ms), max(searches_ms)),
        "restarting": restarting,
    }


def kinds_of_page(port, *, config, name):
    found = pages.addresses(port, config=config, name=name)
    return {
        "varied searches": search_paths(SEARCHES),
        "service pages": found["service pages"],
        "Open Referral UK: one service": found["Open Referral UK: one service"],
        "Open Referral UK: pages of 50 fully nested services": found[
            "Open Referral UK: pages of 50 fully nested services"
        ],
        "information pages": found["information pages"],
    }


def warm_up(port, searches):
    """Each worker builds its search index and loads its dictionaries at start-up: a first search may take
    longer than gunicorn allows on a busy machine, so it is asked again."""
    for attempt in range(5):
        try:
            run.warm(port, searches)
            return
        except OSError as error:
            print(f"Warming up: {error}; again ({attempt + 1})", flush=True)
            time.sleep(2)
    raise SystemExit("The site did not answer its first searches")


def workers(server):
    """The gunicorn master's worker processes' ids."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    return set(children.read_text().split()) if children.exists() else set()


def workers_ready(server, log):
    """Wait until every worker of `server` has said in its log (`log`, a path) that it is ready: each builds
    its search index before taking a request (deploy/gunicorn.conf.py), several seconds at 50,000 services,
    and a kind measured while one worker is still building would be measured on the other alone."""
    for _ in range(3000):
        now = workers(server)
        told = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        if len(now) == run.WORKERS and all(f"Worker ready (pid: {pid})" in told for pid in now):
            return
        time.sleep(0.1)
    raise SystemExit("gunicorn's workers did not say they were ready")


def from_nothing(server, port, *, redis_url, log):
    """Empty the shared cache and start new workers (gunicorn's HUP), so the next kind of page finds nothing
    kept by the kinds measured before it, in Redis or in a worker's memory; wait until the new workers are
    ready and answer searches."""
    import redis as redis_client

    redis_client.Redis.from_url(redis_url).flushall()
    old = workers(server)
    server.send_signal(signal.SIGHUP)
    for _ in range(600):
        now = workers(server)
        if len(now) == run.WORKERS and not now & old:
            break
        time.sleep(0.1)
    else:
        raise SystemExit("gunicorn's workers did not restart")
    workers_ready(server, log)
    run.warm(port, [run.TRIVIAL] * 50)
    warm_up(port, [WARM_SEARCH] * (run.WORKERS * 4))


def measure_all(port, kinds, *, server, redis_url, log):
    """The trivial page, each kind over its addresses as it comes (from nothing kept, see `from_nothing`),
    the trivial page again; with when the workers were restarted (each restart's start and end)."""
    workers_ready(server, log)
    trivial = run.measure(port, run.TRIVIAL)
    print(f"trivial: {trivial['rps']:.0f}/s", flush=True)
    measured, restarts = [], []
    for label, addresses in kinds.items():
        started = time.time()
        from_nothing(server, port, redis_url=redis_url, log=log)
        restarts.append((started, time.time()))
        paths = addresses[:]
        random.Random(label).shuffle(paths)
        paths_file = pages.RESULTS / f"edits-{re.sub(r'[^a-z]+', '-', label.lower()).strip('-')}.txt"
        paths_file.write_text("\n".join(paths) + "\n", encoding="utf-8")
        print(f"{label}: measuring from {datetime.now(UTC):%H:%M:%S}", flush=True)
        figures = run.measure(port, paths[0], paths_file)
        measured.append((label, len(paths), figures))
        print(f"{label}: {figures['rps']:.0f}/s p95 {figures['p95']:.0f} ms p99 {figures['p99']:.0f} ms", flush=True)
    trivial_again = run.measure(port, run.TRIVIAL)
    baseline = (trivial["rps"] + trivial_again["rps"]) / 2
    rows = [
        ("trivial page `/cookies/`, first", 1, trivial, trivial["rps"] / baseline),
        *[(label, count, figures, figures["rps"] / baseline) for label, count, figures in measured],
        ("trivial page `/cookies/`, again at the end", 1, trivial_again, trivial_again["rps"] / baseline),
    ]
    return rows, restarts


def deploy_step(*, env, skip):
    """Keep every service page as a deploy does (README, "Deploying"), unless `skip`; says what was done."""
    if skip:
        return "skipped: every service page and open data record is made on its first visit"
    started = time.monotonic()
    run.manage("keep_service_pages", env=env)
    return (
        "`manage.py keep_service_pages` kept every service page and open data record in "
        f"{time.monotonic() - started:.0f} s"
    )


def arguments_read():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--services", type=int, default=5000, help="synthetic services in the directory")
    parser.add_argument("--editor", type=int, metavar="PORT", help="only save a random listing every EDIT_SECONDS")
    parser.add_argument(
        "--no-deploy-step",
        action="store_true",
        help="skip `manage.py keep_service_pages` after loading the directory: every page rendered on its first "
        "visit, as on a server whose deploy has not yet kept them",
    )
    parser.add_argument(
        "--database",
        metavar="NAME",
        help="use this database, already loaded (seed_demo --services N), rather than make one; it is kept",
    )
    return parser.parse_args()


def database_given(name):
    """The URL and server config of a database already loaded, on the server DATABASE_URL names."""
    config = run.dj_database_url.parse(os.environ.get("DATABASE_URL", "postgres:///localoffer"))
    return run.database_url(name), name, config


def database_prepared(*, env, config, name, arguments):
    """The database migrated, with static files, loaded (unless it was given already loaded) and vacuumed;
    returns its visible services' count."""
    run.manage("migrate", "--noinput", "--verbosity", "0", env=env)
    run.manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    if arguments.database:
        return run.directory_vacuumed(config=config, name=name)
    return run.directory_grow(env=env, config=config, name=name, services=arguments.services)


def main():
    arguments = arguments_read()
    if arguments.editor:
        editor(arguments.editor)
        return
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    pages.RESULTS.mkdir(exist_ok=True)
    started_load = os.getloadavg()[0]
    url, name, config = database_given(arguments.database) if arguments.database else run.database_create()
    temporary = tempfile.mkdtemp(prefix="localoffer-edits-")
    redis, redis_url = pages.redis_start(temporary)
    env = run.server_env(url, REDIS_URL=redis_url, SITE_URL="http://127.0.0.1")
    try:
        print(f"Preparing {name}: migrate, static files, demo data and {arguments.services} services", flush=True)
        visible = database_prepared(env=env, config=config, name=name, arguments=arguments)
        kept_note = deploy_step(env=env, skip=arguments.no_deploy_step)
        (port,) = free_ports(1)
        server_log = Path(temporary) / "gunicorn.log"
        server = run.serve(env=env, port=port, log=server_log)
        editing = None
        try:
            kinds = kinds_of_page(port, config=config, name=name)
            run.warm(port, [run.TRIVIAL] * 50)
            warm_up(port, kinds["varied searches"][-20:])
            command = [run.PYTHON, str(Path(__file__).resolve()), "--editor", str(port)]
            log = open(Path(temporary) / "edits.log", "w", encoding="utf-8")  # noqa: SIM115
            editing = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log)  # noqa: S603
            load = os.getloadavg()[0]
            rows, restarts = measure_all(port, kinds, server=server, redis_url=redis_url, log=server_log)
            edits, seen = seen_figures((Path(temporary) / "edits.log").read_text(), restarts=restarts, show=True)
        finally:
            if editing:
                editing.terminate()
                editing.wait()
            server.terminate()
            server.wait()
    finally:
        redis.terminate()
        redis.wait()
        shutil.rmtree(temporary, ignore_errors=True)
        if not os.environ.get("BENCH_KEEP_DB") and not arguments.database:
            run.database_drop(name, config)
    heading = f"{HEADING}{AFTER_DEPLOY if arguments.no_deploy_step else ''}: {visible:,} visible services"
    section = report(
        rows, heading=heading, load=load, started_load=started_load, edits=edits, seen=seen, kept_note=kept_note
    )
    readme_write(section, heading=heading)
    print(section)


def verdicts(rows, seen):
    lines = []
    for label, _count, figures, ratio in rows:
        if label in TARGETS:
            met = "met" if ratio >= TARGETS[label] else "NOT met"
            line = f"- {label}: ratio {ratio:.2f}, target at least {TARGETS[label]}: {met}"
            if label == "varied searches":
                p99 = "met" if figures["p99"] <= SEARCH_P99_MS else "NOT met"
                line += f"; p99 {figures['p99']:.0f} ms, target at most {SEARCH_P99_MS} ms: {p99}"
            lines.append(line)
    if seen:
        slowest = max(seen["page"][1], seen["search"][1])
        met = "met" if slowest <= SEEN_MS else "NOT met"
        lines.append(
            f"- an edit seen by every worker ({SEEN_IN_A_ROW} requests running showed it from then on) "
            f"on its page: median "
            f"{seen['page'][0]:.0f} ms, slowest {seen['page'][1]:.0f} ms; in search: median "
            f"{seen['search'][0]:.0f} ms, slowest {seen['search'][1]:.0f} ms ({seen['edits']} edits); "
            f"target at most {SEEN_MS} ms: {met}"
        )
        if seen["restarting"]:
            lines.append(
                f"- edits saved while the benchmark replaced the workers between two kinds, as a deploy does, so that "
                f"their checks waited for new workers ({len(seen['restarting'])}, not counted above): seen on their "
                "page and in search after " + "; ".join(f"{a:.0f} and {b:.0f} ms" for a, b in seen["restarting"])
            )
    return lines


def report(rows, *, heading, load, started_load, edits, seen, kept_note):
    lines = [
        heading,
        "",
        "`bench/edits.py` walks each kind of page over its distinct addresses with nothing visited before,",
        "so each address is asked for the first time or not as it comes, while another process saves one",
        f"random listing every {EDIT_SECONDS:.0f} s through `Service.save()` ({edits} saves during the run):",
        f"gunicorn with {run.WORKERS} sync workers, DEBUG off, a private Redis as the shared cache,",
        f"wrk -t{run.THREADS} -c{run.CONNECTIONS} -d{run.SECONDS}s per row. The ratios to the trivial page in",
        "the same run are what count: the load average below says how busy the machine was.",
        f"The deploy step after loading the directory: {kept_note}.",
        "",
        f"Last run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, load average "
        f"{started_load:.1f} at the start and {load:.1f} before measuring.",
        "",
        "| page | addresses | requests/s | ratio to trivial | p50 ms | p95 ms | p99 ms | non-2xx or timeouts (2 s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, count, figures, ratio in rows:
        lines.append(
            f"| {label} | {count:,} | {figures['rps']:.0f} | {ratio:.2f} | {figures['p50']:.1f} | "
            f"{figures['p95']:.1f} | {figures['p99']:.1f} | {figures['non_2xx'] + figures['socket_errors']} |"
        )
    return "\n".join([*lines, "", *verdicts(rows, seen)]) + "\n"


def readme_write(section, *, heading):
    """Replace this directory size's section of bench/README.md, or add it."""
    text = pages.README.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    pages.README.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
