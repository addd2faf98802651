"""Public forms' protection: the honeypot catches bots, the rate limit stops floods per address."""

import pytest
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout
from crispy_forms.utils import render_crispy_form
from django import forms
from django.test import RequestFactory

from localoffer.core.antispam import HONEYPOT_FIELD, HoneypotMixin, client_ip, honeypot_layout, submission_rate_limited


class MessageForm(HoneypotMixin, forms.Form):
    message = forms.CharField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.layout = Layout("message", honeypot_layout())


def test_a_person_who_leaves_the_hidden_field_empty_is_not_caught():
    form = MessageForm(data={"message": "Thank you"})
    assert form.is_valid()
    assert not form.caught_by_honeypot


def test_a_bot_that_fills_in_the_hidden_field_is_caught():
    form = MessageForm(data={"message": "Buy now", HONEYPOT_FIELD: "http://spam.example"})
    assert form.caught_by_honeypot


def test_hidden_field_is_hidden_from_screen_readers_and_skipped_by_the_tab_key():
    html = render_crispy_form(MessageForm())
    assert 'class="lo-honeypot"' in html
    assert 'aria-hidden="true"' in html
    assert 'tabindex="-1"' in html
    assert 'autocomplete="off"' in html


@pytest.mark.django_db
def test_an_address_is_limited_after_ten_submissions_an_hour_and_others_are_not(settings):
    settings.FORM_RATE_LIMIT = "10/h"
    factory = RequestFactory()

    def post_from(address):
        return submission_rate_limited(factory.post("/feedback/", REMOTE_ADDR=address), group="feedback")

    assert [post_from("203.0.113.5") for _ in range(10)] == [False] * 10
    assert post_from("203.0.113.5") is True
    assert post_from("198.51.100.7") is False


@pytest.mark.django_db
def test_limits_are_counted_per_form():
    factory = RequestFactory()
    for _ in range(10):
        submission_rate_limited(factory.post("/", REMOTE_ADDR="203.0.113.5"), group="pledge")
    assert submission_rate_limited(factory.post("/", REMOTE_ADDR="203.0.113.5"), group="pledge") is True
    assert submission_rate_limited(factory.post("/", REMOTE_ADDR="203.0.113.5"), group="feedback") is False


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),  # no proxy trusted: the header is ignored
        (1, "198.51.100.4", "198.51.100.4"),
        (1, "6.6.6.6, 198.51.100.4", "198.51.100.4"),  # what the visitor wrote is skipped
        (2, "6.6.6.6, 198.51.100.4, 10.0.0.2", "198.51.100.4"),
        (2, "198.51.100.4", "10.0.0.1"),  # fewer entries than proxies: fall back
    ],
)
def test_the_client_address_is_what_the_trusted_proxies_vouch_for(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.mark.django_db
def test_a_visitor_cannot_escape_the_limit_by_writing_their_own_forwarded_header(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    factory = RequestFactory()
    results = [
        submission_rate_limited(
            factory.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"1.2.3.{n}, 198.51.100.4"),
            group="feedback",
        )
        for n in range(11)
    ]
    assert results == [False] * 10 + [True]


def test_the_hidden_field_is_left_out_of_what_the_person_sent():
    form = MessageForm(data={"message": "Thank you", HONEYPOT_FIELD: ""})
    assert form.is_valid()
    assert form.cleaned_data == {"message": "Thank you"}
