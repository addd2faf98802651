#!/usr/bin/env python3
"""The production stack on one machine: nginx in front of two gunicorn app servers sharing PostgreSQL and Redis.

    python deploy/stack.py run                       # until Ctrl-C, against DATABASE_URL
    python deploy/stack.py nginx-config --app-server 10.0.0.11:8000 --app-server 10.0.0.12:8000 \\
        --server-name localoffer.example.org --certificate /etc/ssl/... --certificate-key /etc/ssl/... \\
        --static-root /srv/localoffer/staticfiles --media-root /srv/localoffer/media
                                                     # the site file for a real nginx, on stdout

`run` starts, all in a temporary folder and on free ports of 127.0.0.1 between 18000 and 18999: a
private Redis (unless REDIS_URL is given), two gunicorns (DEBUG off, HTTPS on, TRUSTED_PROXY_COUNT=1),
optionally the mail worker, and nginx (Debian's package, not as a daemon) with deploy/nginx/localoffer.conf
rendered three times: once balanced over both app servers, as in production, and once pinned to each,
so that a test or a benchmark can say which server answers. TLS uses a certificate made for the run.
The tests (tests/test_production_stack.py) and the soak benchmark (bench/soak.py) use `Stack`.
"""

import argparse
import os
import random
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx" / "localoffer.conf"
GUNICORN_CONFIG = ROOT / "deploy" / "gunicorn.conf.py"
PORTS = range(18000, 19000)
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
MIME_TYPES = "/etc/nginx/mime.types"


def nginx_site(
    *, upstream, app_servers, server_name, http_listen, https_listen, certificate, certificate_key, static_root,
    media_root, access_log="/var/log/nginx/localoffer.access.log",
):  # fmt: skip
    """deploy/nginx/localoffer.conf with its blanks filled in."""
    values = {
        "ACCESS_LOG": str(access_log),
        "UPSTREAM": upstream,
        "APP_SERVERS": "\n".join(f"    server {address};" for address in app_servers),
        "SERVER_NAME": server_name,
        "HTTP_LISTEN": str(http_listen),
        "HTTPS_LISTEN": str(https_listen),
        "CERTIFICATE": str(certificate),
        "CERTIFICATE_KEY": str(certificate_key),
        "STATIC_ROOT": str(static_root).rstrip("/"),
        "MEDIA_ROOT": str(media_root).rstrip("/"),
    }
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    return text


def free_ports(count):
    """`count` ports of 127.0.0.1 in 18000-18999 that nothing listens on now."""
    chosen = []
    for port in random.sample(PORTS, len(PORTS)):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        chosen.append(port)
        if len(chosen) == count:
            return chosen
    raise RuntimeError("No free ports between 18000 and 18999")


def wait_for(check, *, what, seconds=60, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} stopped at start (exit {process.returncode})")
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within {seconds} s")


def answers(url, context=None):
    with urllib.request.urlopen(url, timeout=5, context=context) as response:  # noqa: S310 (our own servers)
        return response.status == 200


class Stack:
    """nginx, two gunicorns, Redis and optionally the mail worker, for as long as the `with` block lasts.

    Each app server runs with deploy/gunicorn.conf.py (threaded workers); `workers` overrides how many.
    After start: `url` is nginx balancing over both app servers, `server_urls` nginx pinned to each,
    `http_url` nginx's plain-HTTP port (it only redirects), `app_urls` the gunicorns themselves,
    `ssl_context` trusts the run's certificate, `redis_url` the shared cache, `media_root` the folder of
    uploaded files (MEDIA_ROOT) that both app servers write and nginx serves.
    """

    def __init__(  # noqa: PLR0913
        self, *, database_url, env=None, workers=None, mail_worker=False, redis_url=None, directory=None,
        media_root=None,
    ):  # fmt: skip
        self.database_url = database_url
        self.extra_env = dict(env or {})
        self.workers = workers
        self.mail_worker = mail_worker
        self.given_redis_url = redis_url
        self.directory = Path(directory) if directory else None
        self.given_media_root = media_root
        self.processes = {}

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()

    @property
    def env(self):
        return {
            **os.environ,
            "DEBUG": "false",
            "HTTPS": "true",
            "SECURE_HSTS_SECONDS": "3600",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or "stack-only-secret-key-never-in-production-0123456789",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_URL": self.url,
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "TRUSTED_PROXY_COUNT": "1",
            "LOG_LEVEL": "WARNING",
            "MEDIA_ROOT": str(self.media_root),
            **self.extra_env,
        }

    def start(self):
        self.temporary = None if self.directory else tempfile.TemporaryDirectory(prefix="localoffer-stack-")
        self.directory = self.directory or Path(self.temporary.name)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.media_root = Path(self.given_media_root or self.directory / "media")
        self.media_root.mkdir(parents=True, exist_ok=True)
        redis_port, *ports = free_ports(9)
        app_ports, (self.http_port, https_port, https_a, https_b, http_a, http_b) = ports[:2], ports[2:]
        self.app_urls = [f"http://127.0.0.1:{port}" for port in app_ports]
        self.url = f"https://127.0.0.1:{https_port}"
        self.server_urls = [f"https://127.0.0.1:{https_a}", f"https://127.0.0.1:{https_b}"]
        self.http_url = f"http://127.0.0.1:{self.http_port}"
        self.redis_start(redis_port)
        self.certificate_make()
        env = self.env
        for index, port in enumerate(app_ports):
            self.app_server_start(f"app-{'ab'[index]}", port, env)
        if self.mail_worker:
            self.mail_worker_start(env)
        self.nginx_start(
            balanced=(self.http_port, https_port), pinned=[(http_a, https_a), (http_b, https_b)], app_ports=app_ports
        )
        for url in (*self.app_urls, self.url, *self.server_urls):
            wait_for(lambda url=url: answers(f"{url}/healthz", self.ssl_context), what=f"{url}/healthz")

    def log(self, name):
        return open(self.directory / f"{name}.log", "ab")  # noqa: SIM115 (the process keeps it)

    def spawn(self, name, command, env=None):
        self.processes[name] = subprocess.Popen(  # noqa: S603 (our own fixed commands)
            command, cwd=ROOT, env=env, stdout=self.log(name), stderr=subprocess.STDOUT, start_new_session=True
        )
        return self.processes[name]

    def redis_start(self, port):
        if self.given_redis_url:
            self.redis_url = self.given_redis_url
            return
        server = shutil.which("redis-server")
        if not server:
            raise RuntimeError("The stack needs redis-server (Debian: apt-get install redis-server), or REDIS_URL")
        command = [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        process = self.spawn("redis", [*command, "--dir", str(self.directory)])
        self.redis_url = f"redis://127.0.0.1:{port}/0"

        def ping():
            with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")

        wait_for(ping, what="redis-server", process=process)

    def certificate_make(self):
        """A self-signed certificate for 127.0.0.1 and localhost, trusted by `ssl_context`."""
        self.certificate = self.directory / "tls.crt"
        self.certificate_key = self.directory / "tls.key"
        subprocess.run(  # noqa: S603
            [
                shutil.which("openssl") or "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout",
                str(self.certificate_key),
                "-out",
                str(self.certificate),
            ],  # fmt: skip
            check=True,
            capture_output=True,
        )
        self.ssl_context = ssl.create_default_context(cafile=str(self.certificate))

    def app_server_start(self, name, port, env):
        command = [sys.executable, "-m", "gunicorn", "-c", str(GUNICORN_CONFIG), "localoffer.wsgi",
                   "--bind", f"127.0.0.1:{port}"]  # fmt: skip
        if self.workers:
            command += ["--workers", str(self.workers)]
        self.spawn(name, command, env)

    def mail_worker_start(self, env):
        self.spawn("mail-worker", [sys.executable, "manage.py", "send_pending_emails", "--forever"], env)

    def nginx_start(self, *, balanced, pinned, app_ports):
        if not Path(NGINX).exists():
            raise RuntimeError("The stack needs nginx (Debian: apt-get install nginx)")
        site = {
            "server_name": "127.0.0.1 localhost",
            "certificate": self.certificate,
            "certificate_key": self.certificate_key,
            "static_root": ROOT / "staticfiles",
            "media_root": self.media_root,
            "access_log": self.directory / "access.log",
        }
        both = [f"127.0.0.1:{port}" for port in app_ports]
        sites = [
            nginx_site(upstream="localoffer", app_servers=both, http_listen=f"127.0.0.1:{balanced[0]}",
                       https_listen=f"127.0.0.1:{balanced[1]}", **site),
            *(
                nginx_site(upstream=f"localoffer_{'ab'[index]}", app_servers=[both[index]],
                           http_listen=f"127.0.0.1:{http}", https_listen=f"127.0.0.1:{https}", **site)
                for index, (http, https) in enumerate(pinned)
            ),
        ]  # fmt: skip
        (self.directory / "localoffer.conf").write_text("\n".join(sites), encoding="utf-8")
        # Run as root (a container), nginx's workers would drop to "nobody", who may not read the files.
        user = "user root;\n" if os.geteuid() == 0 else ""
        main = f"""{user}worker_processes 2;
pid {self.directory}/nginx.pid;
error_log {self.directory}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    include {MIME_TYPES};
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path {self.directory}/client-body;
    proxy_temp_path {self.directory}/proxy;
    fastcgi_temp_path {self.directory}/fastcgi;
    uwsgi_temp_path {self.directory}/uwsgi;
    scgi_temp_path {self.directory}/scgi;
    include {self.directory}/localoffer.conf;
}}
"""
        (self.directory / "nginx.conf").write_text(main, encoding="utf-8")
        command = [NGINX, "-p", str(self.directory), "-c", str(self.directory / "nginx.conf"),
                   "-e", str(self.directory / "nginx-error.log"), "-g", "daemon off;"]  # fmt: skip
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True)  # noqa: S603
        if checked.returncode:
            raise RuntimeError(f"nginx refused the configuration:\n{checked.stderr}")
        self.spawn("nginx", command)

    def restart_app_server(self, index):
        """Stop one gunicorn and start it again on the same port (new processes, empty memory)."""
        name = f"app-{'ab'[index]}"
        self.process_stop(name)
        port = int(self.app_urls[index].rsplit(":", 1)[1])
        self.app_server_start(name, port, self.env)
        wait_for(lambda: answers(f"{self.app_urls[index]}/healthz"), what=name, process=self.processes[name])

    def process_stop(self, name, timeout=15):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGQUIT if name == "nginx" else signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def stop(self):
        for name in ("nginx", "app-a", "app-b", "mail-worker", "redis"):
            self.process_stop(name)
        if getattr(self, "temporary", None) is not None:
            self.temporary.cleanup()
            self.temporary = None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="start the stack on this machine until Ctrl-C")
    run.add_argument("--mail-worker", action="store_true", help="start the mail worker too")
    run.add_argument("--prepare", action="store_true", help="migrate and collect static files first")
    config = commands.add_parser("nginx-config", help="print deploy/nginx/localoffer.conf filled in")
    config.add_argument("--app-server", action="append", required=True, help="host:port, once for each")
    config.add_argument("--server-name", required=True)
    config.add_argument("--certificate", required=True)
    config.add_argument("--certificate-key", required=True)
    config.add_argument("--static-root", required=True)
    config.add_argument("--media-root", required=True, help="MEDIA_ROOT: staff's uploaded pictures")
    config.add_argument("--http-listen", default="80")
    config.add_argument("--https-listen", default="443")
    config.add_argument("--access-log", default="/var/log/nginx/localoffer.access.log")
    options = parser.parse_args()
    if options.command == "nginx-config":
        sys.stdout.write(
            nginx_site(
                upstream="localoffer",
                app_servers=options.app_server,
                server_name=options.server_name,
                http_listen=options.http_listen,
                https_listen=options.https_listen,
                certificate=options.certificate,
                certificate_key=options.certificate_key,
                static_root=options.static_root,
                media_root=options.media_root,
                access_log=options.access_log,
            )  # fmt: skip
        )
        return
    database_url = os.environ.get("DATABASE_URL", "postgres:///localoffer")
    if options.prepare:
        env = {**os.environ, "DATABASE_URL": database_url}
        steps = (["migrate", "--noinput"], ["convert_descriptions"], ["collectstatic", "--noinput", "--verbosity", "0"])
        for args in steps:
            subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the processes as Ctrl-C does
    with Stack(database_url=database_url, mail_worker=options.mail_worker) as stack:
        print(f"nginx, both app servers: {stack.url}/  (certificate {stack.certificate})")
        print(f"nginx, one app server each: {stack.server_urls[0]}/  {stack.server_urls[1]}/")
        print(f"app servers: {' '.join(stack.app_urls)}; Redis {stack.redis_url}; logs in {stack.directory}")
        print("Ctrl-C stops everything.", flush=True)
        try:
            signal.pause()
        except KeyboardInterrupt:
            print("Stopping.")


if __name__ == "__main__":
    main()
