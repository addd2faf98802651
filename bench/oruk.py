#!/usr/bin/env python3
"""Benchmark the Open Referral UK API's service list under the production stack, against a trivial page.

Builds its own PostgreSQL database (5,000 synthetic services plus the demo data), serves it with
gunicorn (DEBUG off, HTTPS off), drives each address with wrk in the same run, and writes the
figures into bench/README.md under "Open Referral UK API". Machines are shared and noisy, so the
figure that matters is each page's throughput as a ratio of the trivial page's.

    .venv/bin/python bench/oruk.py                # about three minutes the first time
    .venv/bin/python bench/oruk.py --duration 30  # longer runs, steadier figures
"""

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "bench" / "README.md"
HEADING = "## Open Referral UK API"
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
WRK, PSQL, CREATEDB = shutil.which("wrk"), shutil.which("psql"), shutil.which("createdb")
# wrk's own report gives no 95th percentile; this prints the figures we want as one JSON line.
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %d, "seconds": %f, "errors": %d, "p50_ms": %f, "p95_ms": %f, "non2xx": %d}\\n',
    summary.requests, summary.duration / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.errors.status))
end
"""


def run(command, env):
    subprocess.run(command, env=env, cwd=ROOT, check=True)  # noqa: S603 (our own fixed commands)


def database_prepare(*, name, services, env):
    """Create the benchmark database if needed, migrate it and load the demo plus `services` synthetic ones."""
    exists = subprocess.run([PSQL, "-lqt"], capture_output=True, text=True, check=True).stdout  # noqa: S603
    if not any(line.split("|")[0].strip() == name for line in exists.splitlines()):
        run([CREATEDB, name], env)
    run([PYTHON, "manage.py", "migrate", "--noinput", "--verbosity", "0"], env)
    run([PYTHON, "manage.py", "seed_demo", "--services", str(services), "--verbosity", "0"], env)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], env)


def server_start(*, port, workers, env):
    command = [GUNICORN, "localoffer.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    server = subprocess.Popen([*command, "--log-level", "warning"], env=env, cwd=ROOT)  # noqa: S603
    for _ in range(60):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/oruk/", timeout=2)  # noqa: S310 (our own server)
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def measure(*, url, duration, connections, script):
    """Throughput and latency for one address, from one wrk run after a short warm-up."""
    subprocess.run([WRK, "-t2", "-c4", "-d3s", url], capture_output=True, check=True)  # noqa: S603
    output = subprocess.run(  # noqa: S603
        [WRK, "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", script, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (our own server)
        figures["bytes"] = len(response.read())
    figures["per_second"] = figures["requests"] / figures["seconds"]
    return figures


def readme_write(section):
    """Put `section` under HEADING in bench/README.md, replacing what was there and keeping the rest."""
    text = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    found = pattern.search(text)
    text = pattern.sub(lambda _: section, text) if found else text.rstrip("\n") + "\n\n" + section
    README.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="lo_bench_oruk")
    parser.add_argument("--services", type=int, default=5000)
    parser.add_argument("--port", type=int, default=8124)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--duration", type=int, default=15, help="seconds of load for each address")
    parser.add_argument("--no-write", action="store_true", help="print the figures without changing bench/README.md")
    options = parser.parse_args()
    if not WRK:
        raise SystemExit("wrk is needed: apt-get install -y wrk")

    env = {
        **os.environ,
        "DATABASE_URL": f"postgres:///{options.database}",
        "SECRET_KEY": "benchmark-only-secret-key",
        "DEBUG": "false",
        "HTTPS": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
    }
    database_prepare(name=options.database, services=options.services, env=env)
    run([PSQL, "--quiet", "--command", "ANALYZE", options.database], env)  # fresh statistics after the bulk load
    base = f"http://127.0.0.1:{options.port}"
    server = server_start(port=options.port, workers=options.workers, env=env)
    try:
        with urllib.request.urlopen(f"{base}/api/oruk/services?per_page=50", timeout=30) as response:  # noqa: S310
            listing = json.load(response)
        middle = max(1, listing["total_pages"] // 2)
        one_id = listing["contents"][0]["id"]
        addresses = [
            ("trivial page (API root, no database)", "/api/oruk/"),
            ("services, 50 fully nested", "/api/oruk/services?per_page=50"),
            ("services, 50 fully nested, middle page", f"/api/oruk/services?per_page=50&page={middle}"),
            ("services, 50 one-to-one (full=false)", "/api/oruk/services?per_page=50&full=false"),
            ("services, search and age filter", "/api/oruk/services?per_page=50&search=autism&minimum_age=5"),
            ("one service", f"/api/oruk/services/{one_id}"),
        ]
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
            handle.write(WRK_SCRIPT)
        results = []
        for label, path in addresses:
            figures = measure(
                url=base + path, duration=options.duration, connections=options.connections, script=handle.name
            )
            results.append((label, path, figures))
            latency = f"p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms"
            print(f"{label}: {figures['per_second']:.0f}/s, {latency}")
        os.unlink(handle.name)
    finally:
        server.terminate()
        server.wait(timeout=30)

    baseline = results[0][2]["per_second"]
    rows = "\n".join(
        f"| {label} | `{path}` | {figures['per_second']:.0f} | {figures['per_second'] / baseline:.2f} | "
        f"{figures['p50_ms']:.1f} | {figures['p95_ms']:.1f} | {figures['bytes'] / 1024:.0f} | "
        f"{figures['errors'] + figures['non2xx']} |"
        for label, path, figures in results
    )
    section = f"""{HEADING}

`bench/oruk.py` measures the Open Referral UK API's service list against a trivial page through the
same stack, in the same run: gunicorn ({options.workers} workers, DEBUG off, HTTPS off), PostgreSQL,
{listing["total_items"]} public services (`manage.py seed_demo --services {options.services}` in its
own database `{options.database}`), wrk with {options.connections} connections for {options.duration} s
per address (a request slower than 10 s counts as an error). Rerun it with
`.venv/bin/python bench/oruk.py`; it rewrites this section. Compare the ratios, not the raw
figures: the machines are shared and noisy (load average {os.getloadavg()[0]:.1f} at the end of this run).

A page of 50 fully nested services is about 300 KiB and takes seven queries whatever its size
(pinned by a test); the time goes on loading several hundred rows and building the records, not on the
database. Clients and proxies may cache every answer for five minutes (`Cache-Control`), and
`If-None-Match` revalidation answers 304 without a body.

Last run: {datetime.date.today().isoformat()}, {os.cpu_count()} CPUs.

| address | path | requests/s | ratio to trivial | p50 ms | p95 ms | KiB | errors |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
{rows}
"""
    if options.no_write:
        print(section)
    else:
        readme_write(section)
        print(f"Written to {README.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
