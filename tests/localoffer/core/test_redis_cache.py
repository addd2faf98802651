"""The shared cache on Redis keeps what one app server rendered for every other, and forgets it when told to."""

import re
import time

import pytest
from django.core.cache import cache

from localoffer.core import rendered
from tests.factories import make_service

pytestmark = pytest.mark.django_db


def without_tokens(response):
    """The page as every visitor sees it: without this visitor's form tokens."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


def test_a_service_page_and_its_record_rendered_once_are_served_from_redis_by_another_app_server(
    client, redis_cache, django_assert_num_queries
):
    service = make_service("Harbour Speech Club", summary="Speech and language groups.")
    page = client.get(service.get_absolute_url())
    record = client.get(f"/api/oruk/services/{service.pk}")
    rendered.memory.clear()  # another app server: its own memory, the same Redis
    with django_assert_num_queries(1):  # the listing's version, and nothing more
        again = client.get(service.get_absolute_url())
    with django_assert_num_queries(1):
        record_again = client.get(f"/api/oruk/services/{service.pk}")
    assert "Speech and language groups." in again.content.decode()
    assert without_tokens(again) == without_tokens(page)
    assert record_again.content == record.content


def test_values_kept_one_at_a_time_or_together_come_back_and_go_when_their_time_is_up(redis_cache):
    cache.set("one", {"page": "kept"}, timeout=60)
    cache.set_many({"alone": "kept for a second"}, timeout=1)
    cache.set_many({"first": 1, "second": [2]}, timeout=60)
    assert cache.get("one") == {"page": "kept"}
    assert cache.get_many(["alone", "first", "second", "never"]) == {
        "alone": "kept for a second",
        "first": 1,
        "second": [2],
    }
    assert cache.add("one", "other") is False and cache.incr("first") == 2
    time.sleep(1.2)
    assert cache.get("alone") is None and cache.get("first") == 2
