"""The printed directory: a booklet of a part of the directory, queued at once and made by the worker."""

import html
import io
import re
import threading
import time
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from pypdf import PdfReader

from services.models import Booklet, Category, Service
from services.printed.booklets import booklets_build_pending, booklets_purge_old, booklets_work
from tests.factories import make_category, make_need, make_service, make_wait

pytestmark = pytest.mark.django_db

CONTENTS_LINE = re.compile(r"^(?P<name>[A-Za-z ]+) \((?P<count>\d+)\) \.+\s+(?P<page>\d+)$", re.MULTILINE)


def text_of(response):
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


@pytest.fixture
def sensory():
    """An area of need with a specific need under it, services in two categories, and some that do not match."""
    area = make_need("Sensory booklet area", order=1)
    hearing = make_need("Hearing booklet need", parent=area)
    other_need = make_need("Other booklet area")
    health = make_category("Booklet health", order=1)
    clinics = make_category("Booklet clinics", parent=health)
    leisure = make_category("Booklet leisure", order=2)
    audiology = make_service("Audiology Clinic", categories=[clinics], needs=[hearing], phone="01632 960 301")
    vision = make_service("Vision Support Team", categories=[health], needs=[area], phone="01632 960 302")
    club = make_service("Deaf Youth Club", categories=[leisure], needs=[hearing], phone="01632 960 303")
    # In two categories: it appears once, under the first (health).
    swim = make_service("Sensory Swim", categories=[leisure, health], needs=[area], phone="01632 960 304")
    expected = [audiology, swim, vision, club]  # the health section by name, then the leisure section
    make_service("Maths Tutoring", categories=[leisure], needs=[other_need], phone="01632 960 399")
    make_service("Draft Hearing Group", categories=[health], needs=[hearing], status=Service.Status.DRAFT)
    return area, expected


def test_a_booklet_for_an_area_of_need_is_queued_at_once_then_made_by_the_worker(client, sensory):
    area, expected = sensory
    choose = text_of(client.get("/print-the-directory/"))
    assert "Print or download the directory" in choose and "Area of need: Sensory booklet area" in choose

    response = client.post("/print-the-directory/", {"part": f"need:{area.slug}", "large_print": "no"})
    booklet = Booklet.objects.get()
    assert response.status_code == 302 and response["Location"] == booklet.get_absolute_url()
    # The request only queued the booklet: nothing was made while the family waited.
    assert booklet.status == Booklet.Status.QUEUED and not booklet.pdf
    page = text_of(client.get(booklet.get_absolute_url()))
    assert "Your booklet is being prepared" in page and "Check if the booklet is ready" in page
    assert client.get(f"{booklet.get_absolute_url()}booklet.pdf").status_code == 404

    assert booklets_build_pending() == (1, 0)  # what the booklet worker does

    page = text_of(client.get(booklet.get_absolute_url()))
    assert "being prepared" not in page and "Download the booklet (PDF" in page and "4 services" in page
    response = client.get(f"{booklet.get_absolute_url()}booklet.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages]
    text = "\n".join(pages)

    # Every matching service, with its phone number, in the booklet's order; nothing else.
    positions = [text.index(service.name) for service in expected]
    assert positions == sorted(positions)
    for service in expected:
        assert f"Phone {service.phone}" in text
    assert "Maths Tutoring" not in text and "Draft Hearing Group" not in text

    # A cover with the date, then contents whose page numbers lead to the sections.
    cover = " ".join(pages[0].split())
    assert "SEND Local Offer" in cover and "Sensory booklet area" in cover and "4 services. Made on" in cover
    assert pages[1].startswith("Contents")
    contents = {match["name"]: match for match in CONTENTS_LINE.finditer(pages[1])}
    assert list(contents) == ["Booklet health", "Booklet leisure"]
    assert contents["Booklet health"]["count"] == "3" and contents["Booklet leisure"]["count"] == "1"
    for name, line in contents.items():
        assert pages[int(line["page"]) - 1].startswith(name)
    # An index of services, A to Z, and the Local Offer team's contact and a page number on every page.
    index = pages[-1]
    assert index.startswith("Index of services")
    assert [name for name in sorted(s.name for s in expected) if name in index] == sorted(s.name for s in expected)
    for number, page_text in enumerate(pages[1:], start=2):
        assert "Local Offer team: 01202 123 456" in page_text and f"Page {number} of {len(pages)}" in page_text

    # The print view is the same booklet as one web page.
    html = text_of(client.get(f"{booklet.get_absolute_url()}print/"))
    assert all(service.name in html for service in expected) and "Index of services" in html


def test_asking_again_gives_the_same_booklet_until_the_directory_changes(client, sensory):
    area, expected = sensory
    data = {"part": f"need:{area.slug}", "large_print": "yes"}
    first = client.post("/print-the-directory/", data)["Location"]
    assert client.post("/print-the-directory/", data)["Location"] == first
    assert Booklet.objects.get().large_print

    expected[0].name = "Audiology Clinic (renamed)"
    expected[0].save()

    page = text_of(client.get(first))
    assert "The directory has changed since this booklet was made" in page
    second = client.post("/print-the-directory/", data)["Location"]
    assert second != first and Booklet.objects.count() == 2


def test_the_worker_command_makes_queued_booklets(client, sensory):
    area, _ = sensory
    client.post("/print-the-directory/", {"part": "age:0-4", "large_print": "yes"})
    call_command("build_booklets", stdout=io.StringIO())
    booklet = Booklet.objects.get()
    assert booklet.status == Booklet.Status.READY and booklet.pages >= 3
    assert "Early years (0 to 4)" in booklet.html and 'class="large-print"' in booklet.html


def test_choosing_nothing_is_explained_beside_the_field(client):
    html = text_of(client.get("/print-the-directory/"))
    assert "Make the booklet" in html
    response = client.post("/print-the-directory/", {"part": "need:no-such-thing", "large_print": "no"})
    html = text_of(response)
    assert "Error: Print or download the directory" in html and "Choose which part of the directory you want" in html
    assert not Booklet.objects.exists()


def test_staff_see_the_booklets_made_in_the_admin(client, staff_client, sensory):
    area, _ = sensory
    client.post("/print-the-directory/", {"part": f"need:{area.slug}", "large_print": "yes"})
    booklet = Booklet.objects.get()
    listing = text_of(staff_client.get("/admin/services/booklet/"))
    assert "Sensory booklet area (large print)" in listing and "Being prepared" in listing
    assert booklet.get_absolute_url() in listing


def pdf_text(client, booklet):
    response = client.get(f"{booklet.get_absolute_url()}booklet.pdf")
    assert response.status_code == 200
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(response.content)).pages]


def test_the_key_facts_give_the_wait_where_it_is_known_with_its_date(client, sensory):
    area, expected = sensory
    make_wait(service=expected[0], amount=18, unit="months", label="a hearing test", updated_on=date(2026, 3, 2))
    make_wait(service=expected[2], amount=None, unit="none", updated_on=date(2026, 4, 1))
    client.post("/print-the-directory/", {"part": f"need:{area.slug}", "large_print": "no"})
    booklets_build_pending()
    text = " ".join(pdf_text(client, Booklet.objects.get()))
    assert "Wait for a hearing test: About 18 months (updated 2 March 2026)" in text
    assert "Wait: No waiting list (updated 1 April 2026)" in text
    # Services whose wait is not known say nothing about one.
    assert text.count("Wait") == 2


def test_large_print_is_the_same_booklet_in_bigger_type_on_more_pages(client, sensory):
    area, expected = sensory
    for size in ("no", "yes"):
        client.post("/print-the-directory/", {"part": f"need:{area.slug}", "large_print": size})
    assert booklets_build_pending() == (2, 0)
    standard = Booklet.objects.get(large_print=False)
    large = Booklet.objects.get(large_print=True)
    assert large.pages > standard.pages
    standard_text, large_text = pdf_text(client, standard), pdf_text(client, large)
    for service in expected:
        assert service.name in " ".join(large_text) and f"Phone {service.phone}" in " ".join(large_text)
    # Every page still carries the team's contact and its number.
    for number, page_text in enumerate(large_text[1:], start=2):
        assert "Local Offer team: 01202 123 456" in page_text and f"Page {number} of {len(large_text)}" in page_text
    page = text_of(client.get(large.get_absolute_url()))
    assert "large print" in page
    assert len(standard_text) == standard.pages


def test_a_booklet_of_a_search_holds_what_the_search_finds_with_its_filters(client, sensory):
    area, expected = sensory
    leisure = Category.objects.get(name="Booklet leisure")
    results = client.get("/services/", {"need": area.slug, "category": leisure.slug, "sort": "name"})
    link = re.search(r'href="(/print-the-directory/\?search=[^"]+)">Print or download these results', text_of(results))
    choose = client.get(html.unescape(link[1]))
    page = text_of(choose)
    # The search is chosen on the choose page, in words, with the way back to it.
    chosen = r'<option value="search:[^"]*" selected>Your search: Category: Booklet leisure; Need: Sensory'
    assert re.search(chosen, page)
    assert "Back to your search results" in page
    key = re.search(r'<option value="(search:[^"]*)" selected>', page)[1]

    response = client.post("/print-the-directory/", {"part": html.unescape(key), "large_print": "no"})
    booklet = Booklet.objects.get()
    assert response["Location"] == booklet.get_absolute_url() and booklet.status == Booklet.Status.QUEUED
    assert booklet.title.startswith("Your search: Category: Booklet leisure")
    assert booklets_build_pending() == (1, 0)
    pages = pdf_text(client, booklet)
    text = " ".join(pages)
    found = [expected[1], expected[3]]  # Sensory Swim (health section first), then Deaf Youth Club
    positions = [text.index(f"Phone {service.phone}") for service in found]
    assert positions == sorted(positions)
    for service in found:
        assert service.name in text
    for service in (expected[0], expected[2]):
        assert service.name not in text
    assert "Maths Tutoring" not in text and "2 services. Made on" in pages[0]
    # The same search in another order is the same booklet.
    client.get("/print-the-directory/", {"search": f"category={leisure.slug}&need={area.slug}&sort=relevance"})
    again = client.post("/print-the-directory/", {"part": html.unescape(key), "large_print": "no"})
    assert again["Location"] == booklet.get_absolute_url()


def test_the_choose_page_explains_how_to_make_a_booklet_of_a_search(client):
    page = text_of(client.get("/print-the-directory/"))
    assert "search the directory</a> and choose “Print or download these results as a booklet”" in page
    # A search with no words and no filters is the whole directory.
    assert '<option value="all" selected>' in text_of(client.get("/print-the-directory/", {"search": "sort=name"}))
    # A made-up search key is refused beside the field.
    response = client.post("/print-the-directory/", {"part": "search:" + "x" * 5000, "large_print": "no"})
    assert "Choose which part of the directory you want" in text_of(response) and not Booklet.objects.exists()


def worker_run(stop):
    """The booklet worker, as `build_booklets --forever` runs it, in a thread of its own."""
    try:
        booklets_work(stop=stop, poll_seconds=0.05)
    finally:
        connection.close()


def booklet_state():
    return Booklet.objects.values_list("status", "claimed_until").get()


@pytest.mark.django_db(transaction=True)
def test_the_worker_makes_the_booklet_while_the_pages_answer_at_once(client, sensory):
    area, expected = sensory
    stop = threading.Event()
    worker = threading.Thread(target=worker_run, args=(stop,))
    worker.start()
    try:
        response = client.post("/print-the-directory/", {"part": f"need:{area.slug}", "large_print": "no"})
        url = response["Location"]
        answered_while_made = 0
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            before = booklet_state()
            page = text_of(client.get(url))
            search = client.get("/services/", {"need": area.slug})
            after = booklet_state()
            assert search.status_code == 200
            claimed = [state for state in (before, after) if state[0] == Booklet.Status.QUEUED and state[1]]
            if len(claimed) == 2 and "Your booklet is being prepared" in page:
                answered_while_made += 1  # the worker held the booklet before and after these pages answered
            if "Download the booklet" in page:
                break
            time.sleep(0.01)
    finally:
        stop.set()
        worker.join(timeout=60)
    assert "Download the booklet (PDF" in page and "4 services" in page
    assert answered_while_made >= 1
    text = " ".join(pdf_text(client, Booklet.objects.get()))
    assert all(f"Phone {service.phone}" in text for service in expected)


def test_a_booklet_of_a_search_keeps_no_name_phone_number_or_full_postcode_the_family_typed(client):
    make_service("Sensory Swimming Sessions", summary="Swimming for children with sensory needs.")
    typed = "swimming for Tom Jones 07700 900123 BH15 1AA"
    choose = text_of(client.get("/print-the-directory/", {"search": f"q={typed}"}))
    key = html.unescape(re.search(r'<option value="(search:[^"]*)" selected>', choose)[1])
    client.post("/print-the-directory/", {"part": key, "large_print": "no"})
    booklet = Booklet.objects.get()
    assert booklets_build_pending() == (1, 0)
    booklet.refresh_from_db()
    kept = f"{booklet.part} {booklet.title} {booklet.html}".lower()
    for personal in ("tom", "jones", "07700", "900123", "1aa"):
        assert not re.search(rf"\b{personal}\b", kept), personal
    assert "swimming" in booklet.part and "Sensory Swimming Sessions" in booklet.html


def test_a_booklet_of_a_search_is_deleted_a_day_after_it_was_asked_for(client):
    make_service("Sensory Swimming Sessions", summary="Swimming for children with sensory needs.")
    choose = text_of(client.get("/print-the-directory/", {"search": "q=swimming"}))
    key = html.unescape(re.search(r'<option value="(search:[^"]*)" selected>', choose)[1])
    client.post("/print-the-directory/", {"part": key, "large_print": "no"})
    client.post("/print-the-directory/", {"part": "all", "large_print": "no"})
    search_booklet = Booklet.objects.get(part__startswith="search:")
    assert booklets_purge_old() == 0
    Booklet.objects.update(requested_at=timezone.now() - timedelta(days=1, minutes=1))
    assert booklets_purge_old() == 1
    assert not Booklet.objects.filter(pk=search_booklet.pk).exists()
    assert Booklet.objects.filter(part="all").exists()  # the directory has not changed: its booklet stays
