"""Fixed addresses kept once a process still follow the prefix the site is served under."""

from django.template import engines
from django.urls import set_script_prefix

from localoffer.core.addresses import address

ALERTS_LINK = engines["django"].from_string('{% load localoffer %}<a href="{% address "alerts:new" %}">')


def test_a_fixed_address_is_the_one_reverse_gives_under_each_script_prefix():
    try:
        assert ALERTS_LINK.render({}) == '<a href="/alerts/">'
        set_script_prefix("/local-offer/")
        assert ALERTS_LINK.render({}) == '<a href="/local-offer/alerts/">'
        assert address("services:detail", slug="play-club") == "/local-offer/services/play-club/"
    finally:
        set_script_prefix("/")
    assert ALERTS_LINK.render({}) == '<a href="/alerts/">'
    assert address("services:detail", slug="play-club") == "/services/play-club/"
