"""A worker that starts takes the search index its server last built (search/snapshot.py), and searches as a fresh
build.

Each test saves a snapshot by building the index once, then plays a new worker (no index in its memory) whose
every fresh build is counted: one that loads the snapshot builds nothing, and searches as an index built afresh.
"""

import os
import random
import threading
import time
import uuid

import pytest
from django.db import connection
from django.http import QueryDict

from services import taxonomy
from services.directory_version import directory_version
from services.models import DirectoryVersion, SearchTerm
from services.search import directory_search, engine, search_params_parse, snapshot
from services.search.reference import reference_load, search_index
from tests.factories import make_organisation, make_service
from tests.services.test_search_incremental import assert_same_as_a_fresh_build, edit_one, service_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def folder(settings, tmp_path):
    """This server's search index folder, empty."""
    settings.SEARCH_INDEX_DIR = str(tmp_path / "search-index")
    return tmp_path / "search-index"


@pytest.fixture
def new_worker(monkeypatch):
    """Call to start a new worker (an empty index in memory); returns the list of the builds it makes afresh."""
    built = []
    index_saved = snapshot.index_saved

    def counted(index):  # each index built afresh is saved
        built.append(index.version)
        return index_saved(index)

    monkeypatch.setattr(snapshot, "index_saved", counted)

    def start():
        monkeypatch.setattr(engine, "_current", None)
        built.clear()
        return built

    return start


def names_found(query):
    return [service.name for service in directory_search(params=search_params_parse(data=QueryDict(query))).services]


def snapshots(folder):
    return sorted(path.name for path in folder.glob(f"{snapshot.PREFIX}*"))


def test_a_new_worker_loads_the_snapshot_then_applies_random_edits_and_searches_as_a_fresh_build(
    folder, new_worker, monkeypatch
):
    rng = random.Random(11)
    taxonomy.taxonomy_load()
    organisations = [make_organisation() for _ in range(4)]
    for _ in range(40):
        service_add(rng, organisations)
    search_index()
    assert len(snapshots(folder)) == 1
    for _ in range(6):
        for _ in range(rng.randrange(1, 6)):
            edit_one(rng, organisations)
        built = new_worker()
        assert_same_as_a_fresh_build(monkeypatch)
        assert built == []  # loaded from the snapshot, with only the services changed since applied


def test_a_listing_edited_after_the_snapshot_was_saved_is_found(folder, new_worker):
    taxonomy.taxonomy_load()
    service = make_service("Harbour Club", summary="Swimming on Saturdays.")
    make_service("Town Club", summary="Football on Sundays.")
    assert names_found("q=harbour") == ["Harbour Club"]
    service.name, service.summary, service.description = "Kayak Club", "Paddling on Saturdays.", "On the quay."
    service.save()
    make_service("Seaside Paddlers", summary="Paddling for families.")
    built = new_worker()
    assert sorted(names_found("q=paddling")) == ["Kayak Club", "Seaside Paddlers"]
    assert names_found("q=harbour") == []
    assert built == []


@pytest.mark.parametrize("damaged", ["objects.pickle", "masks.npy", "text/meta.json", "about.json"])
def test_a_damaged_snapshot_is_not_used(folder, new_worker, damaged):
    taxonomy.taxonomy_load()
    make_service("Harbour Club", summary="Swimming on Saturdays.")
    search_index()
    (saved,) = folder.glob(f"{snapshot.PREFIX}*")
    (saved / damaged).write_bytes(b"\x80\x05 not what was written")
    built = new_worker()
    assert names_found("q=swimming") == ["Harbour Club"]
    assert len(built) == 1


def test_a_snapshot_of_another_database_is_not_used(folder, new_worker):
    taxonomy.taxonomy_load()
    make_service("Harbour Club", summary="Swimming on Saturdays.")
    search_index()
    DirectoryVersion.objects.update(token=uuid.uuid4())  # another database at the same version number
    assert snapshot.index_loaded(version=directory_version(), reference_load=reference_load) is None
    built = new_worker()
    assert names_found("q=swimming") == ["Harbour Club"]
    assert len(built) == 1


def test_a_snapshot_of_another_vocabulary_is_not_used(folder, new_worker):
    taxonomy.taxonomy_load()
    make_service("Harbour Club", summary="Kayaking on Saturdays.")
    search_index()
    SearchTerm.objects.create(term="kayaking", also_known_as="canoeing")
    assert snapshot.index_loaded(version=directory_version(), reference_load=reference_load) is None
    built = new_worker()
    assert names_found("q=canoeing") == ["Harbour Club"]
    assert len(built) == 1


def test_a_snapshot_of_another_format_is_not_used(folder, new_worker, monkeypatch):
    taxonomy.taxonomy_load()
    make_service("Harbour Club", summary="Swimming on Saturdays.")
    search_index()
    monkeypatch.setattr(snapshot, "FORMAT", snapshot.FORMAT + 1)  # the code that reads it changed
    built = new_worker()
    assert names_found("q=swimming") == ["Harbour Club"]
    assert len(built) == 1


def test_a_snapshot_made_by_other_code_is_not_used(folder, new_worker, monkeypatch):
    taxonomy.taxonomy_load()
    make_service("Harbour Club", summary="Swimming on Saturdays.")
    search_index()
    monkeypatch.setattr(snapshot, "code_mark", lambda: "a deploy changed how listings are indexed")
    built = new_worker()
    assert names_found("q=swimming") == ["Harbour Club"]
    assert len(built) == 1


def test_a_folder_others_can_write_to_is_not_used(folder, new_worker):
    taxonomy.taxonomy_load()
    make_service("Harbour Club", summary="Swimming on Saturdays.")
    search_index()
    folder.chmod(0o777)
    built = new_worker()
    assert names_found("q=swimming") == ["Harbour Club"]
    assert len(built) == 1


def test_a_new_snapshot_replaces_the_one_before_and_leaves_nothing_half_written(folder, new_worker):
    taxonomy.taxonomy_load()
    make_service("Harbour Club", summary="Kayaking on Saturdays.")
    search_index()
    first = snapshots(folder)
    (folder / f".saving-{os.getpid()}-mine").mkdir()  # a worker still running, saving its own
    (folder / f".saving-{2**22 + 1}-left").mkdir()  # left by a worker that stopped while saving (above any pid)
    SearchTerm.objects.create(term="kayaking", also_known_as="canoeing")  # the index is built afresh, and saved
    assert names_found("q=canoeing") == ["Harbour Club"]
    assert len(snapshots(folder)) == 1 and snapshots(folder) != first
    assert sorted(path.name for path in folder.iterdir()) == [
        f".saving-{os.getpid()}-mine",
        snapshot.BUILD_TURN,
        *snapshots(folder),
        snapshot.WORKERS,
    ]
    built = new_worker()
    assert names_found("q=canoeing") == ["Harbour Club"]
    assert built == []  # the new snapshot, of the new vocabulary, was loaded


@pytest.mark.django_db(transaction=True)
def test_workers_started_together_build_the_index_once_and_the_others_take_what_it_saved(
    folder, new_worker, monkeypatch
):
    taxonomy.taxonomy_load()
    make_service("Harbour Club", summary="Swimming on Saturdays.")
    version = directory_version()
    built = new_worker()
    build = engine.DirectoryIndex.build

    def slow_build(self, **arguments):  # as long as a large directory's, so that the other worker starts meanwhile
        time.sleep(1)
        return build(self, **arguments)

    monkeypatch.setattr(engine.DirectoryIndex, "build", slow_build)
    indexes = []

    def worker():
        try:
            indexes.append(engine.index_built(version=version, reference_load=reference_load))
        finally:
            connection.close()

    workers = [threading.Thread(target=worker) for _ in range(2)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(60)
    assert len(indexes) == 2 and built == [version]
    for index in indexes:
        assert [index.rows[slot].name for slot in index.slot_of.values()] == ["Harbour Club"]
