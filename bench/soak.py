"""A mixed-traffic soak through the production stack, while the mail server hangs and PostgreSQL restarts.

    .venv/bin/python bench/soak.py            # about five minutes; SOAK_SECONDS (150) of traffic

What it runs, all on this machine and on ports between 18000 and 18999:

- a private PostgreSQL cluster (initdb into a temporary folder, started with pg_ctl), so that
  restarting it disturbs nobody else's database; the demo data and 5,000 synthetic services;
- deploy/stack.py: nginx in front of two gunicorn app servers (deploy/gunicorn.conf.py), a private
  Redis, and the mail worker;
- a mail server on a real socket that takes email, except while it is told to hang: then it
  accepts each connection and never answers, as a stalled relay does.

SOAK_CLIENTS (8) visitors, each with their own cookies and kept connection to nginx, each pausing a
moment between requests (SOAK_PAUSE, 0.1 s on average), ask for searches (bench/searches.py),
service pages, information pages, and now and then sign the pledge, give feedback (with an email
address) or vote on a page. The mail server hangs from 20% to 50% of the run; PostgreSQL restarts
(pg_ctl restart -m fast) at 65%. Afterwards it checks that every submission that got its
confirmation page is in the database, lets the emails that failed while the mail server hung be
retried at once (as staff do from the admin), waits for the mail worker, and checks that every
queued email reached the mail server exactly once. It prints requests, p50 and p95 per kind, 5xx
answers inside and outside the restart, and rewrites the "Mixed-traffic soak" section of
bench/README.md.
"""

import contextlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import textwrap
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "deploy"), str(ROOT / "bench")]
from searches import search_paths  # noqa: E402
from stack import Stack, wait_for  # noqa: E402
from traffic import PG_BIN, MailServer, PostgreSQL, Traffic, manage, percentile, readme_section_write, warm_up  # noqa: E402

HEADING = "## Mixed-traffic soak"
SECONDS = int(os.environ.get("SOAK_SECONDS", "150"))
CLIENTS = int(os.environ.get("SOAK_CLIENTS", "8"))
PAUSE = float(os.environ.get("SOAK_PAUSE", "0.1"))
SERVICES = int(os.environ.get("SOAK_SERVICES", "5000"))
HANG = (0.20, 0.50)
RESTART_AT = 0.65
# Requests begun from this long before the restart until this long after PostgreSQL answers again
# count as "during the restart".
RESTART_MARGIN = (1.0, 5.0)
CLAIM_SECONDS = 300  # localoffer.core.mail.CLAIM_FOR: how long a worker's claim on an email lasts
KINDS = [  # kind, share of requests
    ("search", 45),
    ("service page", 35),
    ("information page", 10),
    ("pledge", 3),
    ("feedback", 3),
    ("page vote", 4),
]
FORMS = {"pledge", "feedback", "page vote"}
TABLE_HEAD = (
    "| kind | requests | p50 ms | p95 ms | p95 ms while the mail server hung | 5xx or failed, outside the restart "
    "| requests during the restart | 5xx or failed, during the restart |\n| --- | ---: | ---: | ---: | ---: | ---: "
    "| ---: | ---: |"
)


class SoakTraffic(Traffic):
    """Families asking for pages, signing the pledge, giving feedback and voting on pages."""

    kinds = KINDS

    def send(self, visitor, kind, rng):
        number = self.unique()
        address = f"soak-{kind}-{number}@example.org"
        if kind == "pledge":
            data = {"name": f"Soak {number}", "email": address, "who": "parent-carer", "levels": ["individual"]}
            return self.form(visitor, "/co-production/pledge/", data, "Check your email", address)
        data = {"kind": "suggestion", "about": "website", "message": f"Soak message {number}",
                "name": f"Soak {number}", "email": address, "who": "parent-carer"}  # fmt: skip
        return self.form(visitor, "/feedback/", data, "What happens next", address)


def main():  # noqa: PLR0915 (one run, told in order)
    for tool in ("redis-server", "openssl"):
        if not shutil.which(tool):
            raise SystemExit(f"The soak needs {tool} (Debian: apt-get install redis-server openssl)")
    if not (PG_BIN / "initdb").exists():
        raise SystemExit(f"The soak needs PostgreSQL's initdb and pg_ctl in {PG_BIN} (set PG_BIN)")
    started_load = os.getloadavg()[0]
    directory = tempfile.mkdtemp(prefix="localoffer-soak-")
    try:
        database = PostgreSQL(directory)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    mail = MailServer()
    env = {
        **os.environ,
        "DATABASE_URL": database.url,
        "SECRET_KEY": "soak-only-secret-key-never-in-production-0123456789",
        "DEBUG": "false",
        "HTTPS": "false",
        "LOG_LEVEL": "WARNING",
    }
    try:
        print(f"PostgreSQL of our own on port {database.port}; demo data and {SERVICES} services", flush=True)
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        manage(env, "seed_demo", "--services", str(SERVICES), "--verbosity", "0")
        database.query("ANALYZE")
        services = [f"/services/{slug}/" for slug in database.query(
            "SELECT slug FROM services_service WHERE status IN ('published', 'closed')").split()]  # fmt: skip
        information = [f"/information/{path}/" for path in database.query(
            "SELECT path FROM localoffer_informationpage WHERE published").split()]  # fmt: skip
        searches = search_paths(1000)
        stack_env = {
            "EMAIL_URL": f"smtp://127.0.0.1:{mail.port}",
            "EMAIL_TIMEOUT": "5",
            "FORM_RATE_LIMIT": "100000/h",
            "PAGE_VOTE_RATE_LIMIT": "100000/h",
        }
        stack_directory = Path(directory) / "stack"
        with Stack(database_url=database.url, env=stack_env, mail_worker=True, directory=stack_directory) as stack:
            traffic = SoakTraffic(stack=stack, searches=searches, services=services, information=information)
            traffic.pause = PAUSE
            print("Warming up: every page asked for once, as on a site that has been up a while", flush=True)
            warmed = time.monotonic()
            warm_up(stack, [*searches, *services, *information], CLIENTS)
            warm_seconds = time.monotonic() - warmed
            started = time.monotonic()
            clients = traffic.run(CLIENTS, started)
            events = {}

            def at(share):
                time.sleep(max(0, started + share * SECONDS - time.monotonic()))
                return time.monotonic() - started

            events["hang starts"] = at(HANG[0])
            mail.server.hanging.set()
            print(f"{events['hang starts']:.0f} s: the mail server hangs", flush=True)
            events["hang ends"] = at(HANG[1])
            mail.server.hanging.clear()
            print(f"{events['hang ends']:.0f} s: the mail server answers again", flush=True)
            events["restart begins"] = at(RESTART_AT)
            database.restart()
            events["restart ends"] = time.monotonic() - started
            print(f"{events['restart begins']:.0f} s: PostgreSQL restarted in "
                  f"{events['restart ends'] - events['restart begins']:.1f} s", flush=True)  # fmt: skip
            at(1.0)
            traffic.stop.set()
            for client in clients:
                client.join()
            ran = time.monotonic() - started

            print("Checking what was saved and sent", flush=True)
            results = check(traffic=traffic, database=database, mail=mail, env=env)
    finally:
        mail.stop()
        try:
            database.stop()
        finally:
            shutil.rmtree(directory, ignore_errors=True)
    section = report(
        traffic=traffic, events=events, ran=ran, results=results, started_load=started_load, warm_seconds=warm_seconds
    )
    readme_section_write(HEADING, section)
    print(section)


def check(*, traffic, database, mail, env):
    """Every confirmed submission saved; every queued email sent exactly once (after a retry of those that failed)."""
    saved = {
        "pledge": set(database.query("SELECT email FROM coproduction_pledge").split()),
        "feedback": set(database.query("SELECT email FROM coproduction_feedback").split()),
    }
    votes = Counter(database.query("SELECT path FROM coproduction_pagevote").split())
    missing = {kind: [a for a in traffic.confirmed_keys(kind) if a not in saved[kind]] for kind in saved}
    voted = Counter(traffic.confirmed_keys("page vote"))
    missing["page vote"] = [path for path, count in voted.items() if votes[path] < count]
    failed_once = int(database.query("SELECT count(*) FROM localoffer_outboundemail WHERE attempts > 1 OR "
                                     "(sent_at IS NULL AND attempts > 0)").strip())  # fmt: skip
    # Emails that failed while the mail server hung wait 2 minutes or more for their next try; let them
    # go now, as staff would from the admin, then give the worker a moment.
    manage(env, "shell", "-c", "from localoffer.core.mail import emails_retry_now; from localoffer.models import "
           "OutboundEmail; emails_retry_now(emails=OutboundEmail.objects.filter(sent_at=None))",
           capture_output=True)  # fmt: skip

    def all_sent():
        return database.query("SELECT count(*) FROM localoffer_outboundemail WHERE sent_at IS NULL").strip() == "0"

    # An email whose failed attempt could not be recorded because PostgreSQL was restarting stays
    # claimed by the worker until the claim runs out (CLAIM_SECONDS).
    waited = time.monotonic()
    with contextlib.suppress(RuntimeError):  # what is still unsent is counted below
        wait_for(all_sent, what="the mail worker sending every email", seconds=CLAIM_SECONDS + 60)
    settled = time.monotonic() - waited
    time.sleep(3)
    queued = Counter(database.query('SELECT "to" FROM localoffer_outboundemail').split())
    unsent = int(database.query("SELECT count(*) FROM localoffer_outboundemail WHERE sent_at IS NULL").strip())
    received = mail.recipients()
    return {
        "saved": {kind: len(traffic.confirmed_keys(kind)) for kind in ("pledge", "feedback", "page vote")},
        "missing": {kind: len(values) for kind, values in missing.items()},
        "queued": sum(queued.values()),
        "received": sum(received.values()),
        "unsent": unsent,
        "twice": sum(1 for to, count in received.items() if count > queued[to]),
        "never": sum(1 for to, count in queued.items() if received[to] < count),
        "failed_once": failed_once,
        "hung_connections": mail.server.unanswered,
        "settled": settled,
    }


def report(*, traffic, events, ran, results, started_load, warm_seconds):
    restart = (events["restart begins"] - RESTART_MARGIN[0], events["restart ends"] + RESTART_MARGIN[1])
    hang = (events["hang starts"], events["hang ends"])

    def during(start, window):
        return window[0] <= start <= window[1]

    rows = []
    kinds = [kind for kind, _ in KINDS]
    for kind in [*kinds, "all pages", "all forms"]:
        members = (
            [r for r in traffic.records if r[0] == kind]
            if kind in kinds
            else [r for r in traffic.records if (r[0] in FORMS) == (kind == "all forms")]
        )
        outside = [r for r in members if not during(r[1], restart)]
        inside = [r for r in members if during(r[1], restart)]
        in_hang = [r for r in outside if during(r[1], hang)]
        rows.append(
            f"| {kind} | {len(members):,} | {statistics.median([r[2] for r in outside]) * 1000:.0f} | "
            f"{percentile([r[2] for r in outside], 0.95) * 1000:.0f} | "
            f"{percentile([r[2] for r in in_hang], 0.95) * 1000:.0f} | "
            f"{sum(1 for r in outside if r[3] >= 500 or r[3] == 0)} | {len(inside)} | "
            f"{sum(1 for r in inside if r[3] >= 500 or r[3] == 0)} |"
        )
    statuses = Counter(r[3] for r in traffic.records)
    other = {status: count for status, count in statuses.items() if status not in (200, 500, 502, 503, 504, 0)}
    pages_outside = [r[2] for r in traffic.records if r[0] not in FORMS and not during(r[1], restart)]
    p95 = percentile(pages_outside, 0.95) * 1000
    fivexx_outside = sum(1 for r in traffic.records if not during(r[1], restart) and (r[3] >= 500 or r[3] == 0))
    lost = sum(results["missing"].values())
    met = {True: "met", False: "NOT met"}
    emails_ok = results["twice"] == 0 and results["never"] == 0 and results["unsent"] == 0
    hung_for = f"{hang[0]:.0f} s to {hang[1]:.0f} s"
    restarted = f"{events['restart begins']:.0f} s"
    back = events["restart ends"] - events["restart begins"]
    paragraphs = [
        f"`bench/soak.py` runs {ran:.0f} s of mixed traffic through nginx and both app servers "
        "(deploy/stack.py: 2 gunicorns with deploy/gunicorn.conf.py, a private Redis, the mail worker) on a "
        "PostgreSQL cluster of its own (initdb in a temporary folder, so that its restart disturbs no other "
        f"database), with the demo data and {SERVICES:,} synthetic services. First every search address "
        f"(1,000, bench/searches.py), service page and information page is asked for once ({warm_seconds:.0f} s), "
        f"as on a site that has been up a while. Then {CLIENTS} visitors, each with their own cookies and "
        f"kept HTTPS connection, pausing {PAUSE * 1000:.0f} ms on average between requests, ask for "
        "searches, service pages and information pages, and now and then sign the pledge, give feedback "
        "with an email address or vote on a page (a form's time is its post and its confirmation page). "
        f"The mail server (a real socket) hangs from {hung_for}, accepting connections and never answering "
        f"(EMAIL_TIMEOUT 5 s); PostgreSQL restarts (`pg_ctl restart -m fast`) at {restarted} and answers "
        f'again {back:.1f} s later. "During the restart" is from {RESTART_MARGIN[0]:.0f} s before it '
        f"to {RESTART_MARGIN[1]:.0f} s after.",
        f"Last run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores (load average "
        f"{started_load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; the machine is shared), "
        f"{len(traffic.records):,} requests ({len(traffic.records) / ran:.0f} a second).",
    ]
    after = [
        f"Other answers: {json.dumps(other) if other else 'none'}; connection errors: "
        f"{dict(traffic.errors) or 'none'}.",
        f"Afterwards: confirmed submissions {json.dumps(results['saved'])}, of which missing from the "
        f"database {json.dumps(results['missing'])}. Emails queued {results['queued']}, received by the "
        f"mail server {results['received']}, received twice {results['twice']}, never received "
        f"{results['never']}, still unsent {results['unsent']}. {results['failed_once']} had failed while "
        f"the mail server hung ({results['hung_connections']} connections to it left unanswered); they "
        "were retried at once after the run, as staff can from the admin (otherwise their next try is "
        f"2 to 8 minutes later); the last was sent {results['settled']:.0f} s after that.",
        f"Targets: no 5xx outside the restart ({fivexx_outside}: {met[fivexx_outside == 0]}); nothing "
        f"lost ({lost} missing: {met[lost == 0]}); every email sent exactly once ({met[emails_ok]}); p95 "
        f"of pages under 200 ms outside the restart ({p95:.0f} ms: {met[p95 < 200]}).",
    ]
    wrapped = [textwrap.fill(paragraph, width=100) for paragraph in paragraphs]
    return (
        "\n\n".join(
            [HEADING, *wrapped, TABLE_HEAD + "\n" + "\n".join(rows), *(textwrap.fill(p, width=100) for p in after)]
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
