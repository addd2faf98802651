"""The shared cache on Redis keeps what one app server rendered for every other, and forgets it when told to."""

import os
import re
import time

import pytest
from django.core.cache import cache

from localoffer.core import rendered
from services.models import Service
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


def test_what_an_earlier_deploy_kept_is_not_served_once_other_code_runs(client, redis_cache, monkeypatch):
    service = make_service("Harbour Speech Club", summary="Speech and language groups.")
    client.get(service.get_absolute_url())
    Service.objects.filter(pk=service.pk).update(summary="Groups on Saturdays.")  # a change no signal hears of
    rendered.memory.clear()  # a server started afresh: its own memory, the same Redis
    assert "Speech and language groups." in client.get(service.get_absolute_url()).content.decode()
    rendered.memory.clear()
    monkeypatch.setattr(rendered, "code_mark", lambda: "a later deploy")
    assert "Groups on Saturdays." in client.get(service.get_absolute_url()).content.decode()


def test_the_code_mark_is_the_same_for_the_same_code_anywhere_and_moves_with_any_change(tmp_path):
    def tree(name, template):
        root = tmp_path / name
        (root / "templates").mkdir(parents=True)
        (root / "requirements.txt").write_text("Django==5.2\n")
        (root / "templates" / "page.html").write_text(template)
        (root / "services").mkdir()
        (root / "services" / "views.py").write_text("ANSWER = 42\n")
        return root

    first = tree("first", "<p>{{ name }}</p>")
    same = tree("same", "<p>{{ name }}</p>")
    os.utime(same / "templates" / "page.html", (0, 0))  # another server's copy: other times, the same contents
    changed = tree("changed", "<p class='lo-name'>{{ name }}</p>")
    assert rendered.code_mark(first) == rendered.code_mark(same)
    assert rendered.code_mark(changed) != rendered.code_mark(first)
    (same / "requirements.txt").write_text("Django==5.2.1\n")
    rendered.code_mark.cache_clear()
    assert rendered.code_mark(same) != rendered.code_mark(first)
