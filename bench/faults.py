"""The fault suite: the production stack under mixed traffic while one thing after another goes wrong.

    .venv/bin/python bench/faults.py          # about five minutes; FAULT_SECONDS (15) for each fault

What it runs, all on this machine and on loopback ports between 18000 and 18999 (with the private
PostgreSQL cluster, mail server and visitors of bench/traffic.py, which bench/soak.py uses too, and
deploy/stack.py):

- a private PostgreSQL cluster with the demo data and FAULT_SERVICES (300) synthetic services;
- a private Redis behind a small TCP proxy that can delay what passes through it;
- deploy/stack.py: nginx in front of two gunicorn app servers (deploy/gunicorn.conf.py) and the mail
  worker, sending to a mail server on a real socket;
- FAULT_CLIENTS (6) families, each with their own cookies, asking for searches, service pages and
  information pages and now and then sending every public form (pledge, interview panels, event
  booking, feedback, listing report, page vote, provider sign-in);
- staff: a process that saves a random listing and a picture on an easy-read page every three seconds and
  imports a CSV of ten listings every fifteen seconds, through the same functions the admin calls;
- the disk for uploaded files (MEDIA_ROOT): as root, a small tmpfs of its own, which the fault fills.

Each fault in turn lasts FAULT_SECONDS, with FAULT_RECOVERY (10) seconds after it: Redis stopped; Redis
slow (each reply held 1 s, longer than REDIS_TIMEOUT_SECONDS); the services table locked; PostgreSQL
restarted; the mail worker killed and started again; the disk for uploaded files full (not run unless
root, who can mount it); one app server killed (SIGKILL) and started again. Afterwards every confirmed
submission is looked for in the database, every queued email is checked to have reached the mail
server exactly once, and every saved picture to be on the disk (and served by nginx). It prints a
table per fault and rewrites the "Faults" section of bench/README.md.
"""

import contextlib
import errno
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "deploy"), str(ROOT / "bench")]
from searches import search_paths  # noqa: E402
from stack import Stack, free_ports, wait_for  # noqa: E402
from traffic import (  # noqa: E402
    PAGES,
    PG_BIN,
    MailServer,
    PostgreSQL,
    Traffic,
    Visitor,
    manage,
    percentile,
    readme_section_write,
    warm_up,
)

HEADING = "## Faults"
FAULT_SECONDS = int(os.environ.get("FAULT_SECONDS", "15"))
RECOVERY = int(os.environ.get("FAULT_RECOVERY", "10"))
CLIENTS = int(os.environ.get("FAULT_CLIENTS", "6"))
SERVICES = int(os.environ.get("FAULT_SERVICES", "300"))
PAUSE = 0.15
# A fault's window: from when it begins until this long after it ends. A request in it is one still being
# answered when the fault began, or begun before the window ended.
MARGIN = 5.0
REDIS_DELAY = 1.0
KINDS = [  # kind, share of requests
    ("search", 35),
    ("service page", 25),
    ("information page", 16),
    ("pledge", 3),
    ("panels", 3),
    ("booking", 3),
    ("feedback", 4),
    ("listing report", 3),
    ("page vote", 5),
    ("provider sign-in", 3),
]
FORMS = {kind for kind, _ in KINDS} - PAGES
MEDIA_DISK_MB = 4  # the size of the disk for uploaded files, while the suite runs


class DelayingProxy:
    """A TCP proxy in front of Redis; while `delay` is set, each piece of a reply is held that long."""

    def __init__(self, upstream_port):
        (self.port,) = free_ports(1)
        self.upstream_port = upstream_port
        self.delay = 0.0
        self.listener = socket.create_server(("127.0.0.1", self.port))
        self.closing = threading.Event()
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while not self.closing.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=2)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            threading.Thread(target=self.pump, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self.pump, args=(upstream, client, True), daemon=True).start()

    def pump(self, source, target, replies):
        try:
            while data := source.recv(65536):
                if replies and self.delay:
                    time.sleep(self.delay)
                target.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, target):
                with contextlib.suppress(OSError):
                    end.close()

    def stop(self):
        self.closing.set()
        self.listener.close()


class Redis:
    """A private redis-server that can be stopped and started again on the same port."""

    def __init__(self, directory):
        (self.port,) = free_ports(1)
        self.directory = directory
        self.process = None
        self.start()

    def start(self):
        command = [shutil.which("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                   "--appendonly", "no", "--dir", str(self.directory)]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
        wait_for(lambda: socket.create_connection(("127.0.0.1", self.port), timeout=1).close() or True, what="redis")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class MediaDisk:
    """The disk for uploaded files: a small tmpfs of its own (as root), which `fill` fills to the last block."""

    def __init__(self, directory):
        self.path = Path(directory) / "media"
        self.path.mkdir()
        command = ["mount", "-t", "tmpfs", "-o", f"size={MEDIA_DISK_MB}m", "tmpfs", str(self.path)]
        self.mounted = os.geteuid() == 0 and subprocess.run(command, capture_output=True, check=False).returncode == 0  # noqa: S603
        self.filler = self.path / "filler"

    def fill(self):
        with self.filler.open("wb", buffering=0) as file:
            try:
                while True:
                    file.write(b"x" * 65536)
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
            with contextlib.suppress(OSError):  # the last few bytes
                while True:
                    file.write(b"x" * 512)

    def empty(self):
        self.filler.unlink(missing_ok=True)

    def unmount(self):
        if self.mounted:
            subprocess.run(["umount", str(self.path)], check=False)  # noqa: S603, S607


STAFF_SCRIPT = """
import csv, io, random, signal, sys, time
from django.core.files.base import ContentFile
from django.db import close_old_connections, connection, transaction
from PIL import Image
from localoffer.content.models import EasyReadPage, EasyReadPoint
from services import imports
from services.models import Service
buffer = io.BytesIO()
Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
PICTURE = buffer.getvalue()
easy_read = EasyReadPage.objects.order_by("pk").first()
stopping = []
signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
ids = list(Service.objects.values_list("pk", flat=True))
rng, number, last_import = random.Random(7), 0, time.monotonic()
def report(what, ok, error=""):
    print(f"{time.time():.3f} {what} {'ok' if ok else 'failed'} {error!r}", flush=True)
while not stopping:
    number += 1
    try:
        service = Service.objects.get(pk=rng.choice(ids))
        service.summary = service.summary.rsplit(" [", 1)[0] + f" [staff {number}]"
        service._change_reason = "Saved by the fault suite"
        service.save()
        report("save", True)
    except Exception as error:
        report("save", False, error)
        connection.close()
    try:
        with transaction.atomic():  # as the admin saves a page and its points
            EasyReadPoint.objects.create(
                easy_read=easy_read, order=100 + number, text=f"Staff picture {number}.", alt_text="A dot",
                image=ContentFile(PICTURE, name=f"staff-{number}.png"),
            )
        report("upload", True)
    except OSError as error:
        report("upload", False, error)
    except Exception as error:
        report("upload", False, error)
        connection.close()
    if time.monotonic() - last_import > 15:
        last_import = time.monotonic()
        try:
            out = io.StringIO()
            imports.services_export(services=Service.objects.filter(pk__in=rng.sample(ids, 10)), file=out)
            rows = list(csv.DictReader(io.StringIO(out.getvalue().lstrip("\\ufeff"))))
            for row in rows:
                row["summary"] = row["summary"].rsplit(" [", 1)[0] + f" [import {number}]"
            text = io.StringIO()
            writer = csv.DictWriter(text, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
            result = imports.services_import(text=text.getvalue(), by=None)
            report("import", not result.rejected, [row.errors for row in result.rows if row.errors][:1])
        except Exception as error:
            report("import", False, error)
            connection.close()
    close_old_connections()
    time.sleep(3)
"""


class Families(Traffic):
    """Visitors asking for pages and sending every public form; what each form confirmed is kept to check."""

    kinds = KINDS

    def __init__(self, *, events, slugs, **pages):
        super().__init__(**pages)
        self.events, self.slugs = events, slugs
        self.pause = PAUSE

    def send(self, visitor, kind, rng):  # noqa: PLR0911 (one branch a form)
        number = self.unique()
        address = f"fault-{kind.replace(' ', '-')}-{number}@example.org"
        if kind == "pledge":
            data = {"name": f"Fault {number}", "email": address, "who": "parent-carer", "levels": ["individual"]}
            return self.form(visitor, "/co-production/pledge/", data, "Check your email", address)
        if kind == "panels":
            data = {"name": f"Fault {number}", "email": address, "phone": "07700 900 982", "who": "parent-carer",
                    "availability": ["evenings"]}  # fmt: skip
            return self.form(visitor, "/co-production/interview-panels/", data, "Thank you for volunteering", address)
        if kind == "booking":
            data = {"name": f"Fault {number}", "email": address}
            return self.form(visitor, rng.choice(self.events), data, "", address)
        if kind == "feedback":
            data = {"kind": "suggestion", "about": "website", "message": f"Fault message {number}",
                    "name": f"Fault {number}", "email": address, "who": "parent-carer"}  # fmt: skip
            return self.form(visitor, "/feedback/", data, "What happens next", address)
        if kind == "listing report":
            data = {"problem": "contact", "description": f"Fault report {number}", "email": address}
            path = f"/services/{rng.choice(self.slugs)}/report-a-problem/"
            return self.form(visitor, path, data, "What happens next", address)
        return self.form(visitor, "/provider/sign-in/", {"email": address}, "", None)


class Faults:
    """Each fault: how to begin it, how to end it, and which kinds of request should not notice it."""

    def __init__(self, *, stack, redis, proxy, database, media):
        self.stack, self.redis, self.proxy, self.database, self.media = stack, redis, proxy, database, media
        self.locker = None

    def list(self):
        uploads = [("disk for uploads full", self.media.fill, self.media.empty, PAGES)] if self.media.mounted else []
        return [
            ("Redis stopped", self.redis.stop, self.redis.start, PAGES),
            ("Redis slow", self.redis_slow, self.redis_fast, PAGES),
            ("services table locked", self.lock_table, self.unlock_table, {"information page"}),
            ("PostgreSQL restarted", self.database.restart, lambda: None, set()),
            ("mail worker killed", self.mail_worker_kill, self.mail_worker_start, PAGES),
            *uploads,
            # Last: the server started again is cold (its search index and kept pages are built anew).
            ("one app server killed", self.app_server_kill, self.app_server_start, PAGES),
        ]

    def redis_slow(self):
        self.proxy.delay = REDIS_DELAY

    def redis_fast(self):
        self.proxy.delay = 0.0

    def lock_table(self):
        command = [PG_BIN / "psql", "-h", "127.0.0.1", "-p", str(self.database.port), "-U", "postgres", "-d",
                   "localoffer", "-c", "BEGIN; LOCK TABLE services_service IN ACCESS EXCLUSIVE MODE; "
                   f"SELECT pg_sleep({FAULT_SECONDS + 30}); COMMIT;"]  # fmt: skip
        self.locker = subprocess.Popen(  # noqa: S603
            [*self.database.owner, *map(str, command)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_for(lambda: self.database.query(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE c.relname = 'services_service' AND l.mode = 'AccessExclusiveLock' AND l.granted").strip() == "1",
            what="the table lock", seconds=10)  # fmt: skip

    def unlock_table(self):
        self.database.query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%LOCK TABLE services_service%' "
            "AND pid <> pg_backend_pid()"
        )
        self.locker.wait()

    def app_server_kill(self):
        os.killpg(self.stack.processes["app-a"].pid, signal.SIGKILL)

    def app_server_start(self):
        self.stack.processes.pop("app-a").wait()
        port = int(self.stack.app_urls[0].rsplit(":", 1)[1])
        self.stack.app_server_start("app-a", port, self.stack.env)

    def mail_worker_kill(self):
        os.killpg(self.stack.processes["mail-worker"].pid, signal.SIGKILL)

    def mail_worker_start(self):
        self.stack.processes.pop("mail-worker").wait()
        self.stack.mail_worker_start(self.stack.env)


def event_paths(stack):
    visitor = Visitor(stack, 0)
    _, _, text = visitor.request("GET", "/co-production/forums/")
    paths = sorted(
        set(re.findall(r'href="(/co-production/forums/[a-z0-9-]+/)"', text)) - {"/co-production/forums/booked/"}
    )
    if not paths:
        raise SystemExit("The demo data has no upcoming event to book")
    return paths


def main():  # noqa: PLR0915 (one run, told in order)
    for tool in ("redis-server", "openssl", "nginx"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"The fault suite needs {tool} (Debian: apt-get install redis-server openssl nginx)")
    if not (PG_BIN / "initdb").exists():
        raise SystemExit(f"The fault suite needs PostgreSQL's initdb and pg_ctl in {PG_BIN} (set PG_BIN)")
    began = time.monotonic()
    directory = tempfile.mkdtemp(prefix="localoffer-faults-")
    try:
        database = PostgreSQL(directory)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    mail = MailServer()
    redis = Redis(directory)
    proxy = DelayingProxy(redis.port)
    media = MediaDisk(directory)
    env = {
        **os.environ,
        "DATABASE_URL": database.url,
        "SECRET_KEY": "faults-only-secret-key-never-in-production-0123456789",
        "DEBUG": "false",
        "HTTPS": "false",
        "LOG_LEVEL": "WARNING",
        "REDIS_URL": f"redis://127.0.0.1:{proxy.port}/0",
        "MEDIA_ROOT": str(media.path),
    }
    staff = None
    try:
        print(f"PostgreSQL of our own on port {database.port}; demo data and {SERVICES} services", flush=True)
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        manage(env, "seed_demo", "--services", str(SERVICES), "--verbosity", "0")
        database.query("ANALYZE")
        slugs = database.query("SELECT slug FROM services_service WHERE status = 'published'").split()
        information = [f"/information/{path}/" for path in database.query(
            "SELECT path FROM localoffer_informationpage WHERE published").split()]  # fmt: skip
        stack_env = {
            "EMAIL_URL": f"smtp://127.0.0.1:{mail.port}",
            "EMAIL_TIMEOUT": "5",
            "FORM_RATE_LIMIT": "100000/h",
            "PAGE_VOTE_RATE_LIMIT": "100000/h",
            "PROVIDER_SIGN_IN_RATE_LIMIT": "100000/h",
        }
        with Stack(
            database_url=database.url, env=stack_env, mail_worker=True, redis_url=env["REDIS_URL"],
            directory=Path(directory) / "stack", media_root=media.path,
        ) as stack:  # fmt: skip
            families = Families(
                stack=stack,
                searches=search_paths(300),
                services=[f"/services/{slug}/" for slug in slugs],
                information=information,
                events=event_paths(stack),
                slugs=slugs,
            )
            faults = Faults(stack=stack, redis=redis, proxy=proxy, database=database, media=media)
            print("Warming up: each kind of page asked for over every connection, as on a site up a while", flush=True)
            warm_up(stack, [*families.searches[:60], *families.services[:60], *information], CLIENTS)
            staff_log = Path(directory) / "staff.log"
            staff = subprocess.Popen(  # noqa: S603
                [sys.executable, "manage.py", "shell", "--verbosity", "0", "-c", STAFF_SCRIPT],
                cwd=ROOT, env=env, stdout=staff_log.open("wb"), stderr=subprocess.STDOUT,
            )  # fmt: skip
            started = time.monotonic()
            clients = families.run(CLIENTS, started)
            windows = []
            time.sleep(RECOVERY)
            for name, begin, end, unaffected in faults.list():
                start = time.monotonic() - started
                begin()
                print(f"{start:.0f} s: {name}", flush=True)
                time.sleep(max(0, started + start + FAULT_SECONDS - time.monotonic()))
                end()
                finish = time.monotonic() - started
                print(f"{finish:.0f} s: {name}: over", flush=True)
                windows.append((name, start, finish, unaffected))
                time.sleep(RECOVERY)
            families.stop.set()
            for client in clients:
                client.join()
            staff.send_signal(signal.SIGTERM)
            staff.wait(timeout=30)
            ran = time.monotonic() - started
            print("Checking what was saved and sent", flush=True)
            results = check(families=families, database=database, mail=mail, env=env)
            results["pictures"] = pictures_check(stack=stack, database=database, media=media)
            staff_lines = staff_log.read_text(encoding="utf-8", errors="replace").splitlines()
    finally:
        if staff is not None and staff.poll() is None:
            staff.kill()
        proxy.stop()
        redis.stop()
        media.unmount()
        mail.stop()
        try:
            database.stop()
        finally:
            shutil.rmtree(directory, ignore_errors=True)
    if os.environ.get("FAULT_RECORDS"):
        Path(os.environ["FAULT_RECORDS"]).write_text(
            json.dumps({"records": families.records, "confirmed": families.confirmed, "windows": windows,
                        "staff": staff_lines}, default=list),
            encoding="utf-8",
        )  # fmt: skip
    section = report(
        families=families, windows=windows, ran=ran, results=results, staff=staff_lines, total=time.monotonic() - began
    )
    readme_section_write(HEADING, section)
    print(section)


# Where each kind of form is kept, and the column its confirmation is looked for in.
SAVED = {
    "pledge": "SELECT email FROM coproduction_pledge",
    "panels": "SELECT email FROM coproduction_panelvolunteer",
    "booking": "SELECT email FROM coproduction_booking",
    "feedback": "SELECT email FROM coproduction_feedback",
    "listing report": "SELECT email FROM coproduction_listingreport",
}


def pictures_check(*, stack, database, media):
    """Staff's pictures: each saved one on the disk (no row pointing at a missing file), the last served by nginx."""
    names = database.query("SELECT image FROM localoffer_easyreadpoint WHERE image LIKE 'easy-read/staff-%'").split()
    missing = [name for name in names if not (media.path / name).is_file()]
    served = Visitor(stack, 0).request("GET", f"/media/{names[-1]}")[0] if names else None
    return {"saved": len(names), "missing": len(missing), "served": served}


def check(*, families, database, mail, env):
    """Every confirmed submission saved once; every queued email sent exactly once."""
    saved = {kind: Counter(database.query(sql).split()) for kind, sql in SAVED.items()}
    votes = Counter(database.query("SELECT path FROM coproduction_pagevote").split())
    voted = Counter(key for kind, _, key in families.confirmed if kind == "page vote")
    lost, twice = [], []
    for kind, started, key in families.confirmed:
        if kind == "page vote":
            if votes[key] < voted[key]:
                lost.append((kind, started, key))
        elif saved[kind][key] == 0:
            lost.append((kind, started, key))
        elif saved[kind][key] > 1:
            twice.append((kind, started, key))
    manage(env, "shell", "-c", "from localoffer.core.mail import emails_retry_now; from localoffer.models import "
           "OutboundEmail; emails_retry_now(emails=OutboundEmail.objects.filter(sent_at=None))",
           capture_output=True)  # fmt: skip

    def all_sent():
        return database.query("SELECT count(*) FROM localoffer_outboundemail WHERE sent_at IS NULL").strip() == "0"

    # An email a killed worker had claimed waits for its claim to run out (5 minutes): not waited for here.
    with contextlib.suppress(RuntimeError):
        wait_for(all_sent, what="the mail worker sending every email", seconds=60)
    time.sleep(3)
    queued = Counter(database.query('SELECT "to" FROM localoffer_outboundemail').split())
    unsent = Counter(database.query('SELECT "to" FROM localoffer_outboundemail WHERE sent_at IS NULL').split())
    received = mail.recipients()
    return {
        "lost": lost,
        "saved_twice": twice,
        "sent_twice": {to for to, count in received.items() if count > queued[to]},
        "unsent": unsent,
        "queued": sum(queued.values()),
        "received": sum(received.values()),
    }


def report(*, families, windows, ran, results, staff, total):  # noqa: PLR0914
    rows = []
    phases = [(name, start, finish, unaffected, windows[i + 1][1] if i + 1 < len(windows) else ran)
              for i, (name, start, finish, unaffected) in enumerate(windows)]  # fmt: skip
    sent_twice, unsent = results["sent_twice"], results["unsent"]
    confirmed_by_key = {key: started for _, started, key in families.confirmed}
    for name, start, finish, unaffected, until in phases:
        window = (start, finish + MARGIN)
        phase = [r for r in families.records if start - RECOVERY / 2 <= r[1] < until - RECOVERY / 2]
        inside = [r for r in phase if r[1] + r[2] >= window[0] and r[1] <= window[1]]
        outside = [r for r in phase if not (r[1] + r[2] >= window[0] and r[1] <= window[1])]
        failed_inside = sum(1 for r in inside if r[3] >= 500 or r[3] == 0)
        failed_outside = sum(1 for r in outside if r[3] >= 500 or r[3] == 0)
        during = [r[2] for r in families.records if r[0] in unaffected and start <= r[1] <= finish]
        slowest = (
            f"{max(during) * 1000:,.0f} / {percentile(during, 0.95) * 1000:,.0f} ({', '.join(sorted(unaffected))})"
            if during
            else "—"
        )
        in_phase = [c for c in families.confirmed if start - RECOVERY / 2 <= c[1] < until - RECOVERY / 2]
        lost = sum(1 for c in results["lost"] if start - RECOVERY / 2 <= c[1] < until - RECOVERY / 2)
        twice = sum(1 for c in results["saved_twice"] if start - RECOVERY / 2 <= c[1] < until - RECOVERY / 2)
        twice += sum(
            1 for to in sent_twice if start - RECOVERY / 2 <= confirmed_by_key.get(to, -1) < until - RECOVERY / 2
        )
        rows.append(
            f"| {name} | {finish - start:.0f} s | {len(phase):,} | {sum(1 for r in phase if 0 < r[3] < 500):,} | "
            f"{failed_inside} | {failed_outside} | {slowest} | {len(in_phase)} | {lost} | {twice} |"
        )
    statuses = Counter(r[3] for r in families.records)
    kinds = Counter(r[0] for r in families.records)
    saves = Counter(
        " ".join(line.split()[1:3]) for line in staff if line.split()[1:2] in (["save"], ["upload"], ["import"])
    )
    head = (
        "| fault | lasted | requests | answered | 5xx or failed in its window | 5xx or failed outside it "
        "| slowest / p95 of unaffected requests during it, ms (kinds) | confirmed submissions | lost "
        "| sent or saved twice |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |"
    )
    paragraphs = [
        "`bench/faults.py` (`make soak` runs it after the soak) starts the production stack on loopback "
        "addresses: nginx in front of two app servers (deploy/gunicorn.conf.py), the mail worker, a private "
        "PostgreSQL cluster and a private Redis behind a small TCP proxy, with the demo data and "
        f"{SERVICES:,} synthetic services. {CLIENTS} families ask for searches, service pages and information "
        "pages and now and then send every public form (pledge, interview panels, event booking, feedback, "
        "listing report, page vote, provider sign-in); staff save a random listing and a picture on an easy-read "
        "page every three seconds and import a CSV of ten listings every fifteen seconds. Each fault lasts "
        f"{FAULT_SECONDS} s with {RECOVERY} s between: Redis stopped; Redis slow (each reply held "
        f"{REDIS_DELAY:.0f} s, longer than REDIS_TIMEOUT_SECONDS); the services table locked (ACCESS "
        "EXCLUSIVE, as VACUUM FULL takes it); PostgreSQL restarted (`pg_ctl restart -m fast`); the mail "
        "worker killed (SIGKILL) and started again; the disk for uploaded files (a "
        f"{MEDIA_DISK_MB} MB tmpfs at MEDIA_ROOT) filled to its last block while staff save pictures (run as root "
        "only); one app server killed (SIGKILL) and started again. "
        f"A fault's window runs from its start to {MARGIN:.0f} s after its end, and holds every request "
        'still being answered or begun in that time; "outside" is the rest of that fault\'s part of the run. '
        "A form counts as confirmed when its confirmation "
        "page came back; afterwards each is looked for in the database, and every queued email is checked "
        "to have reached the mail server exactly once.",
        f"Last run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores (shared), "
        f"{len(families.records):,} requests in {ran:.0f} s of traffic, {total:.0f} s in all.",
    ]
    quiet = [r[2] for r in families.records if r[0] in PAGES and r[1] < windows[0][1]]
    after = [
        f"Before the first fault (the first {windows[0][1]:.0f} s), pages took: median "
        f"{percentile(quiet, 0.5) * 1000:,.0f} ms, p95 {percentile(quiet, 0.95) * 1000:,.0f} ms, slowest "
        f"{max(quiet, default=float('nan')) * 1000:,.0f} ms: the figure to compare the slowest during each fault "
        "with, on a machine this busy.",
        f"Answers: {json.dumps({str(k): v for k, v in sorted(statuses.items())})}; connection errors: "
        f"{dict(families.errors) or 'none'}. Requests by kind: {json.dumps(dict(kinds))}.",
        f"Afterwards: {len(families.confirmed)} confirmed submissions, {len(results['lost'])} missing from the "
        f"database, {len(results['saved_twice'])} saved twice. Emails queued {results['queued']}, received "
        f"{results['received']}, received twice {len(sent_twice)}, still unsent {sum(unsent.values())}. "
        f"Staff: {json.dumps(dict(saves))}. Staff's pictures saved {results['pictures']['saved']}, of which "
        f"missing from the disk {results['pictures']['missing']}; the last, asked for through nginx: "
        f"{results['pictures']['served']}.",
    ]
    wrapped = [textwrap.fill(paragraph, width=100) for paragraph in paragraphs]
    return (
        "\n\n".join([HEADING, *wrapped, head + "\n" + "\n".join(rows), *(textwrap.fill(p, width=100) for p in after)])
        + "\n"
    )


if __name__ == "__main__":
    main()
