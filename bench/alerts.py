"""The weekly alerts job at scale: 10,000 confirmed alerts with saved searches, one run of `alerts_send`.

Run with `make bench-alerts` (or `python bench/alerts.py`). It creates its own database
(`<name>_alerts_bench`) on the PostgreSQL server DATABASE_URL names, migrates it, loads the demo data
and 5,000 synthetic services, changes 300 of them and adds 50 "this week", then saves BENCH_ALERTS
(10,000) confirmed weekly alerts whose week is up, each with one of 2,500 saved searches shaped like
families' own (`bench/searches.py`). It times one run of the job in this process and counts its
queries, then drops the database (unless BENCH_KEEP_DB is set). The job only queues the emails; the
mail worker sends them afterwards, as always.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import database_drop, server_connect  # noqa: E402
from bench.searches import search_paths  # noqa: E402

ALERTS = int(os.environ.get("BENCH_ALERTS", "10000"))
SERVICES = int(os.environ.get("BENCH_SERVICES_ALERTS", "5000"))


def database_create():
    import dj_database_url

    url = os.environ.get("DATABASE_URL", "postgres:///localoffer")
    config = dj_database_url.parse(url)
    name = f"{config['NAME'] or 'localoffer'}_alerts_bench"
    connection = server_connect(config)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    base, _, query = url.partition("?")
    return base.rsplit("/", 1)[0] + f"/{name}" + (f"?{query}" if query else ""), name, config


def prepare(env):
    for args in (("migrate", "--noinput", "--verbosity", "0"), ("seed_demo", "--services", str(SERVICES))):
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603


def measure():
    import datetime
    import random

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from localoffer.core.alerts import alerts_send
    from localoffer.core.models import Alert, OutboundEmail
    from services.models import Service

    now = timezone.now()
    week_ago = now - datetime.timedelta(days=8)
    rng = random.Random(20261205)
    services = list(Service.objects.visible().order_by("pk"))
    for service in rng.sample(services, 300):
        service.phone = f"01632 960{rng.randint(0, 999):03d}"
        service.save()
    print(f"Directory: {len(services)} visible services, 300 changed this week", flush=True)
    queries = [path.split("?", 1)[1] if "?" in path else "" for path in search_paths(2500)]
    Alert.objects.all().delete()
    Alert.objects.bulk_create(
        Alert(
            email=f"parent{number}@example.org", kind="services", query=queries[number % len(queries)],
            description="bench", frequency="weekly", token=f"bench-{number}", created_at=week_ago,
            confirmed_at=week_ago, renewed_at=week_ago, last_sent_at=week_ago,
        )
        for number in range(ALERTS)
    )  # fmt: skip
    print(f"Alerts: {ALERTS} confirmed weekly alerts due, {len(set(queries))} distinct saved searches", flush=True)
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        looked, queued = alerts_send(now=now)
    seconds = time.perf_counter() - started
    print(f"One run: {looked} alerts looked at, {queued} emails queued in {seconds:.1f} s "
          f"({looked / seconds:.0f} alerts a second); {len(captured)} queries in all, "
          f"{len(captured) / looked:.3f} per alert")  # fmt: skip
    assert OutboundEmail.objects.filter(purpose="alert-services").count() == queued


def main():
    url, name, config = database_create()
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "false", "SECRET_KEY": "bench-only-secret-key"}
    try:
        print(f"Preparing {name}: migrate, demo data and {SERVICES} synthetic services", flush=True)
        prepare(env)
        os.environ.update({"DATABASE_URL": url, "SECRET_KEY": "bench-only-secret-key", "DEBUG": "false"})
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings")
        measure()
    finally:
        if not os.environ.get("BENCH_KEEP_DB"):
            from django.db import connections

            connections.close_all()
            database_drop(name, config)


if __name__ == "__main__":
    main()
