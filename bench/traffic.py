"""What the soak (bench/soak.py) and the fault suite (bench/faults.py) share: their servers and their visitors.

- `PostgreSQL`: a cluster of our own in a temporary folder, so that restarting it disturbs nobody;
- `MailServer`: a mail server on a real socket that takes email, or hangs while told to;
- `Visitor`: one person with their own cookies and kept HTTPS connection to nginx;
- `Traffic`: visitors asking for searches, service pages and information pages and sending forms, each
  request recorded as (kind, started, seconds, status) and each confirmed submission as (kind, started, key);
- `warm_up`, `percentile`, `manage` and `readme_section_write`.
"""

import abc
import contextlib
import gzip
import http.client
import os
import random
import re
import shutil
import socketserver
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "deploy")]
from stack import free_ports  # noqa: E402

from tests.smtp_servers import _SMTPHandler  # noqa: E402

PYTHON = sys.executable
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
README = ROOT / "bench" / "README.md"
PAGES = {"search", "service page", "information page"}


class SwitchableHandler(_SMTPHandler):
    """Takes email, or, while the server's `hanging` is set, accepts the connection and says nothing."""

    def handle(self):
        if self.server.hanging.is_set():
            with self.server.lock:
                self.server.unanswered += 1
            self.server.closing.wait()
            return
        super().handle()


class SwitchableServer(socketserver.ThreadingTCPServer):
    """What tests/smtp_servers.py's handlers expect of their server, on a port of our range."""

    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), SwitchableHandler)
        self.closing, self.hanging = threading.Event(), threading.Event()
        self.lock = threading.Lock()
        self.messages = []
        self.connections = 0
        self.unanswered = 0
        self.delay = 0.0


class MailServer:
    def __init__(self):
        (self.port,) = free_ports(1)
        self.server = SwitchableServer(self.port)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def recipients(self):
        with self.server.lock:
            return Counter(message["To"] for message in self.server.messages)

    def stop(self):
        self.server.closing.set()
        self.server.shutdown()
        self.server.server_close()


class PostgreSQL:
    """A PostgreSQL cluster of our own, in a temporary folder, on a free port.

    PostgreSQL will not run as root: when this runs as root, the cluster belongs to the "postgres" user.
    """

    def __init__(self, directory):
        home = Path(directory) / "postgresql"
        home.mkdir()
        self.owner = []
        if os.geteuid() == 0:
            Path(directory).chmod(0o755)
            shutil.chown(home, "postgres", "postgres")
            self.owner = ["runuser", "-u", "postgres", "--"]
        self.data, self.socket, self.log = home / "data", home, home / "postgresql.log"
        (self.port,) = free_ports(1)
        self.run(PG_BIN / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        self.pg_ctl("start")
        self.run(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "localoffer")
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/localoffer"

    def run(self, *command, **kwargs):
        return subprocess.run([*self.owner, *map(str, command)], check=True, capture_output=True, **kwargs)  # noqa: S603

    def pg_ctl(self, action, *extra):
        options = f"-p {self.port} -k {self.socket} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
        self.run(PG_BIN / "pg_ctl", "-D", self.data, "-l", self.log, "-w", "-o", options, action, *extra)

    def restart(self):
        self.pg_ctl("restart", "-m", "fast")

    def stop(self):
        self.pg_ctl("stop", "-m", "fast")

    def query(self, sql):
        command = [PG_BIN / "psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", "localoffer"]
        command += ["-At", "-c", sql]
        return self.run(*command, text=True).stdout


class Visitor:
    """One person: their own cookies and one kept connection to nginx."""

    def __init__(self, stack, number):
        url = urllib.parse.urlsplit(stack.url)
        self.host, self.port, self.origin = url.hostname, url.port, stack.url
        self.context = stack.ssl_context
        self.cookies = SimpleCookie()
        self.connection = None
        self.number = number

    def request(self, method, path, body=None, headers=None):
        sent = {"Accept-Encoding": "gzip", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={morsel.value}" for name, morsel in self.cookies.items())
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPSConnection(self.host, self.port, context=self.context, timeout=60)
            try:
                self.connection.request(method, path, body=body, headers=sent)
                response = self.connection.getresponse()
                content = response.read()
                break
            except (OSError, http.client.HTTPException):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        for value in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(value)
        if response.headers.get("Content-Encoding") == "gzip":
            content = gzip.decompress(content)
        return response.status, response.headers, content.decode("utf-8", "replace")

    def post(self, path, data):
        if "csrftoken" not in self.cookies:
            self.request("GET", "/cookies/")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self.cookies["csrftoken"].value}, doseq=True)
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": self.origin}
        return self.request("POST", path, body=body, headers=headers)


class Traffic(abc.ABC):
    """Visitors asking for pages and sending forms, in the shares of `kinds`; subclasses say how each form is sent.

    `records` holds (kind, started, seconds, status) for each request (status 0: the connection failed);
    `confirmed` holds (kind, started, key) for each form whose confirmation page came back, the key
    being what to look for in the database afterwards (an email address, or the path voted on).
    """

    kinds = [("search", 1), ("service page", 1), ("information page", 1)]

    def __init__(self, *, stack, searches, services, information):
        self.stack = stack
        self.searches, self.services, self.information = searches, services, information
        self.records = []
        self.confirmed = []
        self.errors = Counter()
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.serial = 0
        self.pause = 0.1

    def unique(self):
        with self.lock:
            self.serial += 1
            return self.serial

    def one(self, visitor, kind, rng):
        """One request (a form: its post and its confirmation page); returns (status, what to look for)."""
        choices = {"search": self.searches, "service page": self.services, "information page": self.information}
        if kind in choices:
            return visitor.request("GET", rng.choice(choices[kind]))[0], None
        if kind == "page vote":
            path = rng.choice(self.services)
            status, _, text = visitor.post("/feedback/page-useful/", {"path": path, "useful": "yes"})
            return status, (path if status == 200 and "Thank you for your feedback" in text else None)
        return self.send(visitor, kind, rng)

    @abc.abstractmethod
    def send(self, visitor, kind, rng):
        """Send one form of this `kind`: (status, what to look for in the database, or None when not confirmed)."""

    def form(self, visitor, path, data, confirmation, key):
        """Post a form; it counts as confirmed when it redirects to a page saying `confirmation`."""
        status, headers, _ = visitor.post(path, data)
        if status != 302:
            return status, None
        status, _, text = visitor.request("GET", urllib.parse.urlsplit(headers["Location"]).path)
        return status, (key if status == 200 and confirmation in text else None)

    def confirmed_keys(self, kind):
        return [key for each, _, key in self.confirmed if each == kind]

    def visit(self, number, started):
        rng = random.Random(number)
        visitor = Visitor(self.stack, number)
        names, weights = zip(*self.kinds, strict=True)
        while not self.stop.is_set():
            kind = rng.choices(names, weights)[0]
            begun = time.monotonic()
            try:
                status, confirmed = self.one(visitor, kind, rng)
            except Exception as error:  # noqa: BLE001 (a connection that failed counts as a failed request)
                status, confirmed = 0, None
                with self.lock:
                    self.errors[type(error).__name__] += 1
            seconds = time.monotonic() - begun
            with self.lock:
                self.records.append((kind, begun - started, seconds, status))
                if confirmed:
                    self.confirmed.append((kind, begun - started, confirmed))
            time.sleep(rng.expovariate(1 / self.pause))

    def run(self, clients, started):
        """Start `clients` visitors (numbered from 1) in threads; `stop` ends them."""
        threads = [threading.Thread(target=self.visit, args=(n, started)) for n in range(1, clients + 1)]
        for thread in threads:
            thread.start()
        return threads


def warm_up(stack, paths, clients):
    """Ask for each path once, over several connections (each worker builds its search index on its first)."""

    def walk(number):
        visitor = Visitor(stack, number)
        for path in paths[number::clients]:
            with contextlib.suppress(OSError, http.client.HTTPException):
                visitor.request("GET", path)

    threads = [threading.Thread(target=walk, args=(number,)) for number in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def percentile(values, share):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def manage(env, *args, **kwargs):
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs)  # noqa: S603


def readme_section_write(heading, section):
    """Replace the section under `heading` in bench/README.md (or add it at the end)."""
    text = README.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    README.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
