"""Fixed addresses kept once a process still follow the prefix the site is served under."""

import pytest
from django.template import engines
from django.urls import NoReverseMatch, reverse, set_script_prefix

from localoffer.core.addresses import address
from services.models import Service

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


def test_a_listings_address_is_the_one_reverse_gives_under_each_script_prefix():
    service = Service(slug="play_club-2")
    try:
        set_script_prefix("/local-offer/")
        assert service.get_absolute_url() == "/local-offer/services/play_club-2/"
    finally:
        set_script_prefix("/")
    assert service.get_absolute_url() == reverse("services:detail", kwargs={"slug": "play_club-2"})
    assert service.get_absolute_url() == "/services/play_club-2/"


def test_a_slug_the_address_cannot_take_is_refused_as_reverse_refuses_it():
    for slug in ("", "play club", "play/club", "plac-zabaw-ł"):
        with pytest.raises(NoReverseMatch):
            Service(slug=slug).get_absolute_url()
