"""Where the browser goes next: only to an address on this site, whatever a visitor sends."""

import pytest
from django.test import RequestFactory

from localoffer.core.redirects import safe_next

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("target", ["/shortlist/", "http://testserver/shortlist/", "/search/?q=swim"])
def test_an_address_on_this_site_is_followed(target):
    assert safe_next(RequestFactory().get("/"), target, "/fallback/") == target


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", ""])
def test_another_site_or_no_address_gets_the_fallback(target):
    assert safe_next(RequestFactory().get("/"), target, "/fallback/") == "/fallback/"


def test_a_secure_page_never_sends_the_browser_to_plain_http():
    request = RequestFactory().get("/", secure=True)
    assert safe_next(request, "http://testserver/shortlist/", "/fallback/") == "/fallback/"


@pytest.mark.parametrize(
    ("target", "expected"),
    [("/privacy/", "/privacy/"), ("/no-such-page/", None), ("http://testserver/privacy/", None), ("privacy/", None)],
)
def test_a_local_page_must_be_a_path_of_one_of_our_pages(target, expected):
    assert safe_next(RequestFactory().get("/"), target, None, local_page=True) == expected
