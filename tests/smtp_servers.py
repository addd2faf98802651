"""Mail servers on real sockets, for tests: one that takes email, and one that hangs.

Each runs in a thread on a free port of 127.0.0.1 and is used as a context manager; `settings`
points Django's SMTP backend at it (`smtp_settings`).
"""

import email
import email.policy
import socketserver
import threading
import time


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, handler):
        super().__init__(("127.0.0.1", 0), handler)
        self.closing = threading.Event()
        self.lock = threading.Lock()
        self.messages = []
        self.connections = 0
        self.delay = 0.0


class _TestServer:
    handler = None

    def __init__(self, *, delay=0.0):
        self.server = _Server(self.handler)
        self.server.delay = delay
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.closing.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    @property
    def messages(self):
        """Every email received, in order, as `email.message.EmailMessage` objects."""
        with self.server.lock:
            return list(self.server.messages)

    @property
    def connections(self):
        with self.server.lock:
            return self.server.connections


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for smtplib: greeting, EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        with self.server.lock:
            self.server.connections += 1
        self.reply("220 localhost test mail server")
        while not self.server.closing.is_set():
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode("ascii", "replace").strip()[:4].upper()
            if verb in {"EHLO", "HELO"}:
                self.reply("250 localhost")
            elif verb in {"MAIL", "RCPT", "RSET", "NOOP"}:
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                self.receive_message()
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")

    def receive_message(self):
        lines = []
        while (line := self.rfile.readline()) not in {b".\r\n", b""}:
            lines.append(line[1:] if line.startswith(b"..") else line)
        time.sleep(self.server.delay)  # a mail server that takes a moment over each email
        with self.server.lock:
            self.server.messages.append(email.message_from_bytes(b"".join(lines), policy=email.policy.default))
        self.reply("250 OK: queued")


class _SilentHandler(socketserver.BaseRequestHandler):
    """Accepts the connection, then says nothing at all until the server is shut down."""

    def handle(self):
        with self.server.lock:
            self.server.connections += 1
        self.server.closing.wait()


class SMTPServer(_TestServer):
    """A working mail server that keeps every email it is given."""

    handler = _SMTPHandler


class HangingSMTPServer(_TestServer):
    """A mail server that accepts connections and never answers, as a stalled relay does."""

    handler = _SilentHandler


def smtp_settings(settings, server, *, timeout=10):
    """Point Django's SMTP backend at `server` (settings is pytest-django's fixture)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = timeout
