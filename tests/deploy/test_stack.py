"""The production recipe, for real: nginx (deploy/nginx/localoffer.conf) in front of two gunicorn app servers
sharing PostgreSQL and Redis, started by deploy/stack.py. Whatever a person does through one server
holds on the other, and nginx sets up what the app trusts (HTTPS, the client's address).

`stack.server_urls` are nginx pinned to one app server each, so each check says which server answers;
`stack.url` balances over both, as in production. The data the tests make is committed
(transactional_db) to the test database, which the app servers use too.
"""

import gzip
import http.client
import os
import re
import socket
import sys
import threading
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from coproduction.models import Feedback
from tests.factories import make_service

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "deploy"))
from stack import Stack  # noqa: E402

pytestmark = [pytest.mark.stack, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-staff-password-2026"
FEEDBACK = {"kind": "suggestion", "about": "website", "message": "More pictures, please."}


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker):
    """The whole stack on the test database, for every test in this module."""
    test_database = "/" + settings.DATABASES["default"]["NAME"]
    database_url = urllib.parse.urlsplit(os.environ["DATABASE_URL"])._replace(path=test_database).geturl()
    env = {"FORM_RATE_LIMIT": "3/h", "AXES_FAILURE_LIMIT": "3"}
    with Stack(database_url=database_url, env=env) as running:
        yield running


@pytest.fixture
def shared(stack):
    """The stack with an empty shared cache (rate-limit counters and the like), as each test expects."""
    import redis

    redis.Redis.from_url(stack.redis_url).flushdb()
    return stack


class Response:
    def __init__(self, raw):
        self.status = raw.status
        self.headers = raw.headers
        body = raw.read()
        self.compressed_size = len(body)
        self.body = gzip.decompress(body) if raw.headers.get("Content-Encoding") == "gzip" else body
        self.text = self.body.decode("utf-8", "replace")


class Visitor:
    """One person's browser at one address: it keeps its cookies, which (as in any browser) every port shares."""

    def __init__(self, stack, address="127.0.0.1"):
        self.stack = stack
        self.address = address
        self.cookies = SimpleCookie()

    def request(self, base, method, path, *, body=None, headers=None):
        url = urllib.parse.urlsplit(base)
        if url.scheme == "https":
            connection = http.client.HTTPSConnection(
                url.hostname, url.port, context=self.stack.ssl_context, source_address=(self.address, 0), timeout=30
            )
        else:
            connection = http.client.HTTPConnection(
                url.hostname, url.port, source_address=(self.address, 0), timeout=30
            )
        sent = dict(headers or {})
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={morsel.value}" for name, morsel in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=sent)
            response = Response(connection.getresponse())
        finally:
            connection.close()
        for value in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(value)
        return response

    def get(self, base, path, **headers):
        return self.request(base, "GET", path, headers=headers)

    def post(self, base, path, data, **headers):
        """A form post, as the browser sends it from a page of the site (CSRF token and Origin)."""
        if "csrftoken" not in self.cookies:
            self.get(base, "/")
        fields = {**data, "csrfmiddlewaretoken": self.cookies["csrftoken"].value}
        return self.request(
            base,
            "POST",
            path,
            body=urllib.parse.urlencode(fields, doseq=True),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Origin": base, **headers},
        )


def test_the_shortlist_made_on_one_server_is_there_on_the_other(shared):
    service = make_service("Harbour Swim Club", slug="harbour-swim-club")
    one, other = shared.server_urls
    family = Visitor(shared)
    assert family.get(one, "/services/harbour-swim-club/").status == 200
    added = family.post(one, "/shortlist/add/", {"service": str(service.pk), "next": "/shortlist/"})
    assert added.status == 302, added.text
    assert "Secure" in added.headers["Set-Cookie"] and "HttpOnly" in added.headers["Set-Cookie"]

    shortlist = family.get(other, "/shortlist/")
    assert shortlist.status == 200
    assert "Harbour Swim Club" in shortlist.text
    assert "Harbour Swim Club" in family.get(shared.url, "/shortlist/").text


def test_a_forms_rate_limit_counts_what_was_sent_through_either_server_by_the_address_nginx_saw(shared):
    one, other = shared.server_urls
    person = Visitor(shared)
    for base in (one, other, one):
        assert person.post(base, "/feedback/", FEEDBACK).status == 302
    # The fourth within the hour (FORM_RATE_LIMIT is 3/h here) is refused on the other server, and an
    # address the visitor writes into X-Forwarded-For is not believed: nginx adds the one it saw.
    refused = person.post(other, "/feedback/", FEEDBACK, **{"X-Forwarded-For": "203.0.113.7"})
    assert refused.status == 429
    assert "You have sent this form many times" in refused.text
    assert Feedback.objects.count() == 3

    # Someone at another address is not held back by that.
    neighbour = Visitor(shared, address="127.0.0.2")
    assert neighbour.post(other, "/feedback/", FEEDBACK).status == 302
    assert Feedback.objects.count() == 4


def test_the_sign_in_lockout_holds_on_both_servers(shared):
    get_user_model().objects.create_user("officer", password=PASSWORD, is_staff=True, is_superuser=True)
    one, other = shared.server_urls
    someone = Visitor(shared)
    wrong = {"username": "officer", "password": "not-the-password", "next": "/admin/"}
    for base in (one, other):
        assert someone.post(base, "/admin/login/", wrong).status == 200
    # The third failure (AXES_FAILURE_LIMIT is 3 here) locks the account from this address on every server.
    assert someone.post(one, "/admin/login/", wrong).status == 429
    locked = someone.post(other, "/admin/login/", {**wrong, "password": PASSWORD})
    assert locked.status == 429
    assert "Too many attempts to sign in" in locked.text

    # The real officer, at another address, signs in (on to the second factor).
    officer = Visitor(shared, address="127.0.0.2")
    signed_in = officer.post(one, "/admin/login/", {**wrong, "password": PASSWORD})
    assert (signed_in.status, signed_in.headers["Location"]) == (302, "/admin/")
    # Signed in on the other server too: its sign-in page moves on to the second factor.
    assert "/admin/two-factor/" in officer.get(other, "/admin/login/?next=/admin/").headers["Location"]


def test_a_listing_edit_is_seen_at_once_by_both_servers_search_and_service_page(shared):
    service = make_service("Harbour Swim Club", slug="harbour-swim-club", summary="Swimming for children with SEND")
    family = Visitor(shared)
    for base in shared.server_urls:  # each server builds its search index and renders the page once
        assert "Harbour Swim Club" in family.get(base, "/services/?q=swimming").text
        assert "Swimming for children with SEND" in family.get(base, "/services/harbour-swim-club/").text

    service.name = "Harbour Splash Club"
    service.summary = "Splashing about for children with SEND"
    service.save()  # as the admin saves it, on any server

    for base in shared.server_urls:
        results = family.get(base, "/services/?q=swimming").text
        assert "Harbour Splash Club" in results and "Harbour Swim Club" not in results
        assert "Harbour Splash Club" in family.get(base, "/services/?q=splash").text
        page = family.get(base, "/services/harbour-swim-club/").text
        assert "Splashing about for children with SEND" in page and "Swimming for children" not in page


def test_static_files_come_from_disk_compressed_and_cached_for_a_year(shared):
    page = Visitor(shared).get(shared.url, "/", **{"Accept-Encoding": "gzip"})
    stylesheet = re.search(r'href="(/static/css/application\.[0-9a-f]{12}\.css)"', page.text).group(1)
    response = Visitor(shared).get(shared.url, stylesheet, **{"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/css"
    assert response.headers["Content-Encoding"] == "gzip"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response.body == (Path(settings.STATIC_ROOT) / stylesheet.removeprefix("/static/")).read_bytes()


def test_pages_are_compressed_and_served_over_https_only(shared):
    visitor = Visitor(shared)
    page = visitor.get(shared.url, "/", **{"Accept-Encoding": "gzip", "X-Forwarded-Proto": "http"})
    assert page.status == 200
    assert page.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in page.headers.get_all("Vary")
    assert page.compressed_size < len(page.body) / 3
    assert "Find services" in page.text
    # The app believes nginx, not the visitor, about HTTPS: HSTS is sent, nothing redirects.
    assert page.headers["Strict-Transport-Security"].startswith("max-age=3600")

    plain = visitor.get(shared.http_url, "/services/?q=autism", **{"X-Forwarded-Proto": "https"})
    assert plain.status == 301
    assert plain.headers["Location"] == "https://127.0.0.1/services/?q=autism"


def test_slow_clients_are_held_by_nginx_not_by_the_app_servers(shared):
    """Twice as many clients as there are gunicorn workers, each sending a form very slowly, hold no worker."""
    host, port = urllib.parse.urlsplit(shared.url).netloc.split(":")
    slow = []
    for _ in range(8):
        connection = shared.ssl_context.wrap_socket(socket.create_connection((host, int(port))), server_hostname=host)
        connection.sendall(
            f"POST /feedback/ HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 5000\r\n\r\nkind=sugg".encode()
        )
        slow.append(connection)
    try:
        time.sleep(0.5)
        visitor = Visitor(shared)
        for _ in range(4):
            started = time.monotonic()
            assert visitor.get(shared.url, "/cookies/").status == 200
            assert time.monotonic() - started < 1
    finally:
        for connection in slow:
            connection.close()


def test_nginx_lets_through_a_staff_import_as_large_as_the_import_allows_and_no_larger(shared):
    """A 5 MB CSV reaches the site (which then asks for a staff sign-in), rather than nginx's "too large" page."""
    from services.imports import MAX_BYTES

    host, port = urllib.parse.urlsplit(shared.url).netloc.split(":")

    def status_of_post(size):
        connection = http.client.HTTPSConnection(host, int(port), context=shared.ssl_context, timeout=60)
        try:
            boundary = "lo-boundary"
            head = (
                f'--{boundary}\r\nContent-Disposition: form-data; name="csv_file"; filename="services.csv"\r\n'
                "Content-Type: text/csv\r\n\r\n"
            ).encode()
            body = head + b"x" * size + f"\r\n--{boundary}--\r\n".encode()
            connection.request(
                "POST",
                "/admin/services/service/import/",
                body=body,
                headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            )
            return connection.getresponse().status
        finally:
            connection.close()

    assert status_of_post(MAX_BYTES) != 413
    assert status_of_post(MAX_BYTES + 2 * 1024 * 1024) == 413


def test_an_app_server_that_stops_leaves_the_site_up(shared):
    """nginx sends pages to the other app server while one restarts; the restarted one serves again."""
    make_service("Harbour Swim Club", slug="harbour-swim-club")
    visitor = Visitor(shared)
    results = []
    done = threading.Event()

    def browse():
        while not done.is_set():
            results.append(visitor.get(shared.url, "/services/harbour-swim-club/").status)

    browsing = threading.Thread(target=browse)
    browsing.start()
    try:
        shared.restart_app_server(0)
        time.sleep(0.5)
    finally:
        done.set()
        browsing.join()
    assert results and set(results) == {200}
    assert visitor.get(shared.server_urls[0], "/services/harbour-swim-club/").status == 200


def test_the_access_log_holds_no_sign_in_token_and_no_search(shared):
    visitor = Visitor(shared)
    token = "SIGNINTOKEN" + "x" * 20
    visitor.get(shared.url, f"/provider/sign-in/link/?link={token}")
    visitor.get(
        shared.url, "/services/?q=tom+jones+bh15+1aa", Referer=f"{shared.url}/provider/sign-in/link/?link={token}"
    )
    log = ""
    for _ in range(50):  # nginx writes the line once the answer is sent
        log = (shared.directory / "access.log").read_text(encoding="utf-8")
        if "/services/" in log:
            break
        time.sleep(0.1)
    assert "GET /provider/sign-in/link/ HTTP/1.1" in log and "GET /services/ HTTP/1.1" in log
    assert token not in log and "jones" not in log and "link=" not in log


def test_staff_uploaded_pictures_come_from_the_shared_media_folder(shared):
    from localoffer.content.models import EasyReadPage, EasyReadPoint
    from tests.factories import make_information_page

    picture = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
    (shared.media_root / "easy-read").mkdir(exist_ok=True)
    (shared.media_root / "easy-read" / "bus.png").write_bytes(picture)
    page = make_information_page(title="Travel", slug="travel", summary="Getting there.", body="By bus.")
    easy_read = EasyReadPage.objects.create(page=page, title="Travel")
    EasyReadPoint.objects.create(easy_read=easy_read, text="Get the bus.", image="easy-read/bus.png", alt_text="A bus")

    html = Visitor(shared).get(shared.url, "/information/travel/easy-read/").text
    assert 'src="/media/easy-read/bus.png" alt="A bus"' in html
    response = Visitor(shared).get(shared.url, "/media/easy-read/bus.png")
    assert response.status == 200
    assert response.headers["Content-Type"] == "image/png"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.body == picture
    assert Visitor(shared).get(shared.url, "/media/easy-read/missing.png").status == 404
