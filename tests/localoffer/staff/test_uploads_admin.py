"""Staff upload a picture while the disk for uploaded files is full: the form says so and nothing is half-saved."""

import errno
import logging
import os
import subprocess

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from localoffer.content.models import EasyReadPage, EasyReadPoint
from localoffer.core.uploads import DISK_FULL_MESSAGE, UploadDiskFull
from tests.factories import make_information_page
from tests.localoffer.content.test_easy_read import _easy_read_form, make_easy_read, png

SHOWN = escape(DISK_FULL_MESSAGE)

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_media_disk(settings, tmp_path):
    """MEDIA_ROOT on a real filesystem that is full: a 256 KB tmpfs, filled to its last block.

    Mounting needs root (as `make test` runs on the project's machines); elsewhere the test is skipped.
    """
    media = tmp_path / "media"
    media.mkdir()
    command = ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(media)]
    mounted = subprocess.run(command, capture_output=True, check=False)  # noqa: S603, S607 (our own fixed command)
    if mounted.returncode:
        pytest.skip(f"cannot mount a small tmpfs to fill (needs root): {mounted.stderr.decode().strip()}")
    try:
        (media / "easy-read").mkdir()
        filler = media / "filler"
        with filler.open("wb", buffering=0) as file:
            try:
                while True:
                    file.write(b"x" * 4096)
            except OSError as error:
                assert error.errno == errno.ENOSPC
        settings.MEDIA_ROOT = str(media)
        yield media
    finally:
        subprocess.run(["umount", str(media)], check=True)  # noqa: S603, S607


@pytest.fixture
def short_breaks():
    return make_information_page(title="Short breaks", slug="short-breaks", summary="Time away.", body="Respite.")


def picture_form(page):
    data = _easy_read_form(page, alt_text="A bus", image=SimpleUploadedFile("bus.png", png(), "image/png"))
    data["introduction"] = "Time away from home, for fun."
    data["points-0-text"] = "You can go on a bus trip."
    return data


def test_a_picture_the_full_disk_cannot_take_is_refused_beside_the_field_and_nothing_is_saved(
    admin_client, short_breaks, full_media_disk, caplog
):
    with caplog.at_level(logging.WARNING):
        response = admin_client.post("/admin/localoffer/easyreadpage/add/", picture_form(short_breaks))

    assert response.status_code == 200
    html = response.content.decode()
    assert SHOWN in html
    # Beside the picture field, in that point of the form, and the only error there.
    assert f'<ul class="errorlist" id="id_points-0-image_error"><li>{SHOWN}</li></ul>' in html
    assert 'aria-describedby="id_points-0-image_helptext id_points-0-image_error" id="id_points-0-image"' in html
    assert html.count('class="errorlist"') == 1
    # What was typed is kept.
    for typed in ("Time away from home, for fun.", "You can go on a bus trip.", 'value="A bus"'):
        assert typed in html
    # Nothing half-saved: no page, no point, no part of the file.
    assert not EasyReadPage.objects.exists()
    assert not EasyReadPoint.objects.exists()
    assert os.listdir(full_media_disk / "easy-read") == []
    refused = [record for record in caplog.records if "disk for uploaded files is full" in record.getMessage()]
    assert len(refused) == 1
    assert "No space left on device" in refused[0].getMessage()


def test_adding_a_picture_to_a_saved_page_on_a_full_disk_leaves_the_page_as_it_was(
    admin_client, short_breaks, full_media_disk
):
    easy_read = make_easy_read(short_breaks, title="Short breaks")
    point = easy_read.points.get()
    data = {
        "page": short_breaks.pk,
        "title": "Short breaks, changed",
        "introduction": "",
        "published": "on",
        "points-TOTAL_FORMS": "1",
        "points-INITIAL_FORMS": "1",
        "points-MIN_NUM_FORMS": "0",
        "points-MAX_NUM_FORMS": "1000",
        "points-0-id": point.pk,
        "points-0-easy_read": easy_read.pk,
        "points-0-order": "0",
        "points-0-text": "Short breaks are fun.",
        "points-0-pictogram": "child",
        "points-0-alt_text": "A child on a swing",
        "points-0-image": SimpleUploadedFile("swing.png", png(), "image/png"),
    }
    response = admin_client.post(f"/admin/localoffer/easyreadpage/{easy_read.pk}/change/", data)

    assert response.status_code == 200
    html = response.content.decode()
    assert SHOWN in html
    assert 'value="Short breaks, changed"' in html
    easy_read.refresh_from_db()
    point.refresh_from_db()
    assert easy_read.title == "Short breaks"
    assert point.alt_text == "A child" and not point.image
    assert easy_read.history.count() == 1  # only its making: the refused change left no version
    assert os.listdir(full_media_disk / "easy-read") == []


def test_once_there_is_room_again_the_same_picture_is_saved(admin_client, short_breaks, full_media_disk):
    assert admin_client.post("/admin/localoffer/easyreadpage/add/", picture_form(short_breaks)).status_code == 200
    (full_media_disk / "filler").unlink()

    response = admin_client.post("/admin/localoffer/easyreadpage/add/", picture_form(short_breaks))

    assert response.status_code == 302
    point = EasyReadPoint.objects.get()
    assert (full_media_disk / point.image.name).read_bytes() == png()


def test_a_file_the_disk_runs_out_of_room_for_part_way_leaves_nothing_behind(full_media_disk):
    (full_media_disk / "filler").unlink()
    (full_media_disk / "filler").write_bytes(b"x" * 128 * 1024)

    with pytest.raises(UploadDiskFull):
        default_storage.save("easy-read/large.png", ContentFile(b"y" * 200 * 1024))

    assert os.listdir(full_media_disk / "easy-read") == []
    assert default_storage.save("easy-read/small.png", ContentFile(png())) == "easy-read/small.png"
