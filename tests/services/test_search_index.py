"""One search everywhere: the same results on SQLite and PostgreSQL, and every server's index follows every edit."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.db import connection

from services.models import Service
from services.search import search_index, service_ranking
from tests.factories import make_service
from tests.services.search_directory import directory_build, searches_run
from tests.table_locks import save_waiting_on

ROOT = Path(__file__).resolve().parents[2]


def other_server(script, *, database_url):
    """Run Python in a separate process, as another app server would: its own memory, its own index."""
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "localoffer.settings",
           "SECRET_KEY": "tests-only-secret-key", "DEBUG": "false", "HTTPS": "false"}  # fmt: skip
    prelude = "import django, json\ndjango.setup()\n"
    done = subprocess.run(  # noqa: S603 - our own interpreter running our own script
        [sys.executable, "-c", prelude + textwrap.dedent(script)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.django_db
def test_sqlite_and_postgresql_give_the_same_results(tmp_path):
    directory_build()
    on_postgresql = searches_run()
    output = other_server(
        """
        from django.core.management import call_command
        call_command("migrate", verbosity=0)
        from tests.services.search_directory import directory_build, searches_run
        directory_build()
        print(json.dumps(searches_run()))
        """,
        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    on_sqlite = json.loads(output.strip().splitlines()[-1])
    assert on_sqlite == on_postgresql
    assert on_postgresql["austim"] == on_postgresql["autism"] != []
    assert "Draft Autism Service" not in on_postgresql["autism"]


def test_on_sqlite_as_make_run_serves_a_service_page_and_its_record_show_an_edit_at_once(tmp_path):
    output = other_server(
        """
        from django.conf import settings
        from django.core.management import call_command
        from django.test import Client
        call_command("migrate", verbosity=0)
        settings.ALLOWED_HOSTS = ["testserver"]
        from tests.factories import make_category, make_need, make_service
        service = make_service(
            "Harbour Club", summary="Swimming on Saturdays.", categories=[make_category("Leisure")],
            needs=[make_need("Autism")],
        )
        client = Client()
        seen = []
        for summary in ("Swimming on Saturdays.", "Swimming on Sundays."):
            service.summary = summary
            service.save()
            page = client.get(f"/services/{service.slug}/")
            record = client.get(f"/api/oruk/services/{service.pk}")
            seen.append([page.status_code, summary in page.content.decode(), record.status_code,
                         record.json().get("description") or record.json().get("name")])
        print(json.dumps(seen))
        """,
        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    seen = json.loads(output.strip().splitlines()[-1])
    assert [(page, shown, record) for page, shown, record, _ in seen] == [(200, True, 200), (200, True, 200)]


@pytest.mark.django_db(transaction=True)
def test_an_edit_saved_on_another_server_is_searched_here_at_once():
    service = make_service("Harbour Club", summary="Swimming on Saturdays.", description="Pool sessions.")
    assert service_ranking(query="harbour") == [service.pk]  # this server has built its index
    url = f"postgres:///{connection.settings_dict['NAME']}"
    other_server(
        f"""
        from services.models import Service
        service = Service.objects.get(pk="{service.pk}")
        service.name = "Seaside Club"
        service.save()
        """,
        database_url=url,
    )
    assert service_ranking(query="seaside") == [service.pk]
    assert service_ranking(query="harbour") == []
    other_server(
        f'from services.models import Service\nService.objects.filter(pk="{service.pk}").delete()', database_url=url
    )
    assert service_ranking(query="seaside") == []
    assert not Service.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_server_that_starts_searches_the_directory_as_it_is():
    make_service("Harbour Club", summary="Swimming on Saturdays.")
    output = other_server(
        "from services.search import service_ranking\nprint(len(service_ranking(query='swimming')))",
        database_url=f"postgres:///{connection.settings_dict['NAME']}",
    )
    assert output.strip().splitlines()[-1] == "1"


@pytest.mark.django_db(transaction=True)
def test_an_edit_on_another_server_is_applied_to_the_index_here_not_built_again():
    harbour = make_service("Harbour Club", summary="Swimming on Saturdays.", description="Pool sessions.")
    chatterbox = make_service("Chatterbox", summary="Speech and language therapy drop-in.", description="Talk.")
    built = search_index()
    assert service_ranking(query="harbour") == [harbour.pk]
    other_server(
        f"""
        from services.models import Service
        harbour = Service.objects.get(pk="{harbour.pk}")
        harbour.name = "Seaside Club"
        harbour.save()
        chatterbox = Service.objects.get(pk="{chatterbox.pk}")
        chatterbox.status = Service.Status.DRAFT
        chatterbox.save()
        """,
        database_url=f"postgres:///{connection.settings_dict['NAME']}",
    )
    assert service_ranking(query="seaside") == [harbour.pk]
    assert service_ranking(query="harbour") == []
    assert service_ranking(query="speech") == []
    assert search_index().index is built.index  # the same text index, with the two services replaced


@pytest.mark.django_db(transaction=True)
def test_an_edit_saved_outside_a_transaction_is_searched_here_even_when_this_server_asks_while_it_is_written():
    """A script's or a command's save (no transaction of its own) moves the version on and writes which listing
    changed: a server asking between the two must not see the new version without its change, or it would take
    the version as applied and never search the edit."""
    harbour = make_service("Harbour Club", summary="Swimming on Saturdays.")
    assert service_ranking(query="harbour") == [harbour.pk]

    def rename():
        service = Service.objects.get(pk=harbour.pk)
        service.name = "Seaside Club"
        service.save()

    with save_waiting_on("services_directorychange", rename):  # writing the log waits; reading it does not
        assert service_ranking(query="seaside") == []  # asked while the save is half done
    assert service_ranking(query="seaside") == [harbour.pk]
