"""A booklet of about 200 services, made by the booklet worker while the site's pages answer at once.

Run with `make bench-booklets` (or `python bench/booklets.py`). It creates its own database
(`<name>_booklets_bench`) on the PostgreSQL server DATABASE_URL names, migrates it and loads the demo
data with synthetic services to make BENCH_BOOKLET_SERVICES (200) in all, then serves the site with gunicorn (2 sync
workers, DEBUG off, HTTPS off) beside one booklet worker (`build_booklets --forever`), as in
production. For each round and print size it asks for the whole directory's booklet through the
public form, as a family would, then looks at the booklet's page and the trivial page `/cookies/`
over and over until the booklet is ready. It reports how long the form took to answer, how fast the
pages answered while the worker was busy, the CPU time the worker spent (from /proc: what a booklet
costs, however busy the machine) and how long it took from asking to the booklet's page offering the
download, then rewrites the "Booklets" section of
bench/README.md and drops the database (unless BENCH_KEEP_DB is set).
"""

import os
import platform
import re
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from http.cookiejar import CookieJar
from pathlib import Path

import dj_database_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402

ROOT = run.ROOT
README = ROOT / "bench" / "README.md"
HEADING = "## Booklets"
SERVICES = int(os.environ.get("BENCH_BOOKLET_SERVICES", "200"))
ROUNDS = int(os.environ.get("BENCH_BOOKLET_ROUNDS", "3"))
TIMEOUT_SECONDS = 300


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def database_create():
    """A fresh database for this benchmark on the server DATABASE_URL names: its URL, name and server config."""
    url = os.environ.get("DATABASE_URL", "postgres:///localoffer")
    config = dj_database_url.parse(url)
    name = f"{config['NAME'] or 'localoffer'}_booklets_bench"
    connection = run.server_connect(config)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    base, _, query = url.partition("?")
    return base.rsplit("/", 1)[0] + f"/{name}" + (f"?{query}" if query else ""), name, config


def sql(config, name, statement):
    connection = run.server_connect(config, name)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(statement)
        rows = cursor.fetchall() if cursor.description else []
    connection.close()
    return rows


def timed_get(opener, url):
    """Milliseconds for one GET, and the page's text."""
    started = time.perf_counter()
    with opener.open(url, timeout=60) as response:
        body = response.read().decode()
    return (time.perf_counter() - started) * 1000, body


def booklet_ask(opener, site, large_print):
    """Ask for the whole directory's booklet through the public form: (milliseconds for the POST, booklet page)."""
    _, form = timed_get(opener, f"{site}/print-the-directory/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "part": "all", "large_print": "yes" if large_print else "no"}
    ).encode()
    request = urllib.request.Request(f"{site}/print-the-directory/", data=data, headers={"Referer": site})  # noqa: S310
    started = time.perf_counter()
    try:
        opener.open(request, timeout=60)
    except urllib.error.HTTPError as error:  # the redirect to the booklet's page, not followed
        location = error.headers["Location"]
    else:
        raise SystemExit("The form did not redirect to the booklet's page")
    return (time.perf_counter() - started) * 1000, urllib.parse.urljoin(site, location)


def cpu_seconds(pid):
    """The CPU time a process has used so far (user and system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_booklet(*, opener, site, config, name, large_print, worker):
    """One booklet asked for and waited on; the figures of that round."""
    sql(config, name, "DELETE FROM services_booklet")
    asked, cpu_before = time.perf_counter(), cpu_seconds(worker)
    post_ms, page = booklet_ask(opener, site, large_print)
    page_ms, trivial_ms = [], []
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        elapsed, body = timed_get(opener, page)
        page_ms.append(elapsed)
        trivial_ms.append(timed_get(opener, f"{site}{run.TRIVIAL}")[0])
        if "Download the booklet" in body:
            ready_s, cpu_s = time.perf_counter() - asked, cpu_seconds(worker) - cpu_before
            break
        time.sleep(0.1)
    else:
        raise SystemExit("The booklet was not ready in time")
    ((services, pages, size),) = sql(config, name, "SELECT services_count, pages, length(pdf) FROM services_booklet")
    return {
        "large_print": large_print,
        "post_ms": post_ms,
        "page_ms": page_ms,
        "trivial_ms": trivial_ms,
        "build_s": ready_s,
        "cpu_s": cpu_s,
        "services": services,
        "pages": pages,
        "kb": size // 1024,
    }


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def section(results, started_load, ended_load):
    lines = [
        HEADING,
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores (load average {started_load:.1f} at the "
        f"start, {ended_load:.1f} at the end), Python {platform.python_version()}, gunicorn {run.WORKERS} sync "
        f"workers and one booklet worker, the whole directory's booklet, {ROUNDS} rounds of each size "
        "(`bench/booklets.py`, `make bench-booklets`).",
        "",
        "| print size | services | pages | PDF | worker's CPU, median | asked to ready, median (max) "
        "| form answered, median | booklet page while being made, p50 / p95 | `/cookies/` meanwhile, p50 / p95 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for large_print in (False, True):
        rounds = [result for result in results if result["large_print"] == large_print]
        page_ms = [value for result in rounds for value in result["page_ms"]]
        trivial_ms = [value for result in rounds for value in result["trivial_ms"]]
        builds = [result["build_s"] for result in rounds]
        lines.append(
            f"| {'large' if large_print else 'standard'} | {rounds[0]['services']} | {rounds[0]['pages']} "
            f"| {rounds[0]['kb']} KB | {statistics.median(r['cpu_s'] for r in rounds):.1f} s "
            f"| {statistics.median(builds):.1f} s ({max(builds):.1f} s) "
            f"| {statistics.median(r['post_ms'] for r in rounds):.0f} ms "
            f"| {percentile(page_ms, 0.5):.0f} / {percentile(page_ms, 0.95):.0f} ms "
            f"| {percentile(trivial_ms, 0.5):.0f} / {percentile(trivial_ms, 0.95):.0f} ms |"
        )
    lines += [
        "",
        "The form only queues the booklet, so it answers in about the time of any page; the web workers stay free "
        "while the booklet worker makes the PDF. The worker's own CPU time is what the booklet costs whatever "
        "else the machine is doing; the time from asking to ready grows with the load average (shared machines).",
    ]
    return "\n".join(lines) + "\n"


def readme_write(text):
    readme = README.read_text(encoding="utf-8")
    if HEADING in readme:
        start = readme.index(HEADING)
        following = readme.find("\n## ", start + len(HEADING))
        readme = readme[:start] + text + (readme[following + 1 :] if following != -1 else "")
    else:
        readme = readme.rstrip("\n") + "\n\n" + text
    README.write_text(readme, encoding="utf-8")


def main():
    started_load = os.getloadavg()[0]
    url, name, config = database_create()
    env = run.server_env(url)
    server = worker = None
    results = []
    try:
        print(f"Preparing {name}: migrate, static files, demo data and synthetic services to {SERVICES}", flush=True)
        run.manage("migrate", "--noinput", "--verbosity", "0", env=env)
        run.manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
        run.manage("seed_demo", env=env)
        ((visible,),) = sql(
            config, name, "SELECT count(*) FROM services_service WHERE status IN ('published', 'closed')"
        )
        if visible < SERVICES:  # synthetic services make up the rest
            run.manage("seed_demo", "--services", str(SERVICES - visible), env=env)
        port = run.free_port()
        server = run.serve(env=env, port=port)
        command = [run.PYTHON, "manage.py", "build_booklets", "--forever", "--interval", "0.2"]
        worker = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)  # noqa: S603
        site = f"http://127.0.0.1:{port}"
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect())
        for number in range(ROUNDS):
            for large_print in (False, True):
                result = one_booklet(
                    opener=opener, site=site, config=config, name=name, large_print=large_print, worker=worker.pid
                )
                results.append(result)
                print(
                    f"Round {number + 1}, {'large' if large_print else 'standard'} print: {result['services']} "
                    f"services, {result['pages']} pages, ready in {result['build_s']:.1f} s "
                    f"({result['cpu_s']:.1f} s of the worker's CPU); the form answered in {result['post_ms']:.0f} ms",
                    flush=True,
                )
    finally:
        for process in (worker, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
        if not os.environ.get("BENCH_KEEP_DB"):
            run.database_drop(name, config)
    text = section(results, started_load, os.getloadavg()[0])
    readme_write(text)
    print(f"\n{text}\nWrote {README.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
