"""The weekly alerts job at scale: 10,000 confirmed alerts (saved searches, news and events), one run of `alerts_send`.

Run with `make bench-alerts` (or `python bench/alerts.py`). It creates its own database
(`<name>_alerts_bench`) on the PostgreSQL server DATABASE_URL names, migrates it, loads the demo data
and 5,000 synthetic services, changes 300 of them and adds 50 "this week", adds 200 news items (40 this
week, 20 older ones edited) and 120 events (30 this week, 20 moved, 10 cancelled), each with topics, then
saves BENCH_ALERTS (10,000) confirmed weekly alerts whose week is up: 70% with one of 2,500 saved
searches shaped like families' own (`bench/searches.py`), 15% news and 15% events alerts on one to
three topics (or none). It times one run of the job in this process and counts its
queries, then drops the database (unless BENCH_KEEP_DB is set). The job only queues the emails; the
mail worker sends them afterwards, as always.
"""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

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
    from django.db.models import Count
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
    slugs = news_and_events(rng=rng, now=now)
    queries = [path.split("?", 1)[1] if "?" in path else "" for path in search_paths(2500)]

    def alert(number):
        kind = "services" if number % 20 < 14 else ("news" if number % 20 < 17 else "events")
        query = queries[number % len(queries)]
        if kind != "services":
            query = urlencode([("topic", slug) for slug in rng.sample(slugs, rng.randint(0, 3))])
        return Alert(
            email=f"parent{number}@example.org", kind=kind, query=query, description="bench", frequency="weekly",
            token=f"bench-{number}", created_at=week_ago, confirmed_at=week_ago, renewed_at=week_ago,
            last_sent_at=week_ago,
        )  # fmt: skip

    Alert.objects.all().delete()
    Alert.objects.bulk_create(alert(number) for number in range(ALERTS))
    kinds = dict(Alert.objects.values_list("kind").annotate(count=Count("pk")))
    print(f"Alerts: {ALERTS} confirmed weekly alerts due ({kinds}), {len(set(queries))} distinct saved searches")
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        looked, queued = alerts_send(now=now)
    seconds = time.perf_counter() - started
    print(f"One run: {looked} alerts looked at, {queued} emails queued in {seconds:.1f} s "
          f"({looked / seconds:.0f} alerts a second); {len(captured)} queries in all, "
          f"{len(captured) / looked:.3f} per alert")  # fmt: skip
    assert OutboundEmail.objects.filter(purpose__startswith="alert-").count() == queued
    print(dict(OutboundEmail.objects.values_list("purpose").annotate(count=Count("pk"))), flush=True)


def news_and_events(*, rng, now):
    """News items and events with topics, some new this week and some changed; returns the topic slugs."""
    import datetime

    from django.utils import timezone

    from coproduction import events
    from coproduction.models import Event
    from localoffer.content.models import NewsItem, Topic

    topics = list(Topic.objects.all())
    long_ago = now - datetime.timedelta(days=60)
    for number in range(200):
        item = NewsItem.objects.create(
            title=f"Bench news {number}", slug=f"bench-news-{number}", summary="A bench news item.", body="Text.",
            published=True, published_on=timezone.localdate() - datetime.timedelta(days=0 if number < 40 else 30),
        )  # fmt: skip
        item.topics.set(rng.sample(topics, 2))
        if number >= 40:
            NewsItem.objects.filter(pk=item.pk).update(created_at=long_ago)
            NewsItem.history.filter(id=item.pk).update(history_date=long_ago)
    for item in NewsItem.objects.filter(slug__startswith="bench-news-", created_at=long_ago)[:20]:
        item.summary = "A bench news item, corrected."
        item.save()
    for number in range(120):
        starts = now + datetime.timedelta(days=10 + number)
        event = Event.objects.create(
            title=f"Bench event {number}", slug=f"bench-event-{number}", summary="A bench event.",
            starts_at=starts, ends_at=starts + datetime.timedelta(hours=2), place="Bench Hall",
        )  # fmt: skip
        event.topics.set(rng.sample(topics, 2))
        if number >= 30:
            Event.objects.filter(pk=event.pk).update(created_at=long_ago)
        event.refresh_from_db()
        if 30 <= number < 50:
            before = Event.objects.get(pk=event.pk)
            event.place = "Another Hall"
            event.save()
            events.event_changes_tell(event=event, before=before)
        elif 50 <= number < 60:
            events.event_cancel(event=event, note="Bench cancellation.")
    print("News: 200 items, 40 this week, 20 edited; events: 120, 30 this week, 20 moved, 10 cancelled", flush=True)
    return [topic.slug for topic in topics]


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
