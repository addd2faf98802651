"""Easy-read versions of information pages, a service's easy-read summary, and the family's easy-read choice."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from localoffer.content import demo as localoffer_demo
from localoffer.content.models import EasyReadPage, EasyReadPoint
from localoffer.staff import dashboard
from tests.factories import make_information_page, make_service

pytestmark = pytest.mark.django_db


def png():
    """A small real PNG, as a member of staff would upload."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def make_easy_read(page, *, title="Short breaks", points=(("Short breaks are fun.", "child", "A child"),), **fields):
    easy_read = EasyReadPage.objects.create(page=page, title=title, **fields)
    for order, (text, pictogram, alt) in enumerate(points):
        EasyReadPoint.objects.create(easy_read=easy_read, order=order, text=text, pictogram=pictogram, alt_text=alt)
    return easy_read


@pytest.fixture
def short_breaks():
    return make_information_page(
        title="Short breaks", slug="short-breaks", summary="Time away for children.", body="Respite care details."
    )


def test_easy_read_page_shows_each_point_with_its_picture_and_links_to_the_full_version(client, short_breaks):
    make_easy_read(
        short_breaks,
        points=[("A short break is time away.", "calendar", "A calendar"), ("Call us.", "phone", "A telephone")],
    )
    response = client.get("/information/short-breaks/easy-read/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("A short break is time away.") < html.index("Call us.")
    assert 'alt="A calendar"' in html and 'alt="A telephone"' in html
    assert "/static/images/pictograms/phone" in html
    assert '<a class="govuk-link" rel="alternate" href="/information/short-breaks/">Full version</a>' in html


def test_full_page_links_to_its_easy_read_version_once_it_has_one(client, short_breaks):
    assert "Easy read version" not in client.get("/information/short-breaks/").content.decode()
    make_easy_read(short_breaks)
    html = client.get("/information/short-breaks/").content.decode()
    assert 'rel="alternate" href="/information/short-breaks/easy-read/">Easy read version</a>' in html


def test_easy_read_page_is_hidden_while_it_or_its_full_page_is_unpublished(client, short_breaks):
    assert client.get("/information/short-breaks/easy-read/").status_code == 404
    easy_read = make_easy_read(short_breaks, published=False)
    assert client.get("/information/short-breaks/easy-read/").status_code == 404
    easy_read.published = True
    easy_read.save()
    assert client.get("/information/short-breaks/easy-read/").status_code == 200
    short_breaks.published = False
    short_breaks.save()
    assert client.get("/information/short-breaks/easy-read/").status_code == 404


def test_site_search_finds_the_full_page_and_its_easy_read_version(client, short_breaks):
    make_easy_read(short_breaks, points=[("Respite gives your family a rest.", "family", "A family")])
    html = client.get("/search/", {"q": "respite"}).content.decode()
    assert 'href="/information/short-breaks/"' in html
    assert 'href="/information/short-breaks/easy-read/"' in html
    assert "Short breaks (easy read)" in html


def test_information_index_lists_the_pages_in_easy_read(client, short_breaks):
    make_information_page(title="Complaints", slug="complaints")
    make_easy_read(short_breaks, title="Short breaks made easy")
    html = client.get("/information/").content.decode()
    assert 'href="/information/short-breaks/easy-read/">Short breaks made easy (easy read)</a>' in html
    assert "/information/complaints/easy-read/" not in html


def test_dashboard_lists_published_pages_without_an_easy_read_version(staff_user, short_breaks):
    make_information_page(title="Complaints", slug="complaints")
    make_information_page(title="Draft page", slug="draft", published=False)
    make_easy_read(short_breaks)
    [panel] = [p for p in dashboard.dashboard_panels(user=staff_user) if p.title.startswith("Pages without")]
    assert [text for text, _url, _note in panel.items] == ["Complaints"]
    assert panel.see_all_url.endswith("?easy_read=missing")


def test_admin_list_of_pages_missing_easy_read(admin_client, short_breaks):
    make_information_page(title="Complaints", slug="complaints")
    make_easy_read(short_breaks)
    html = admin_client.get("/admin/localoffer/informationpage/", {"easy_read": "missing"}).content.decode()
    assert "Complaints" in html
    assert f"/admin/localoffer/informationpage/{short_breaks.pk}/change/" not in html


def _easy_read_form(page, **point):
    data = {
        "page": page.pk,
        "title": "Short breaks",
        "introduction": "Fun time away.",
        "published": "on",
        "points-TOTAL_FORMS": "1",
        "points-INITIAL_FORMS": "0",
        "points-MIN_NUM_FORMS": "0",
        "points-MAX_NUM_FORMS": "1000",
        "points-0-order": "0",
        "points-0-text": "Short breaks are fun.",
    }
    data.update({f"points-0-{name}": value for name, value in point.items()})
    return data


def test_staff_must_give_alt_text_for_every_picture(admin_client, short_breaks):
    response = admin_client.post(
        "/admin/localoffer/easyreadpage/add/", _easy_read_form(short_breaks, pictogram="child", alt_text="")
    )
    assert response.status_code == 200
    assert "Enter alt text: say what the picture shows." in response.content.decode()
    assert "Short breaks are fun." in response.content.decode()
    assert not EasyReadPage.objects.exists()


def test_staff_can_upload_a_picture_with_alt_text(admin_client, short_breaks, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    data = _easy_read_form(short_breaks, alt_text="A bus", image=SimpleUploadedFile("bus.png", png(), "image/png"))
    response = admin_client.post("/admin/localoffer/easyreadpage/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    point = EasyReadPoint.objects.get()
    assert point.image.name.startswith("easy-read/bus")
    html = admin_client.get("/information/short-breaks/easy-read/").content.decode()
    assert f'src="/media/{point.image.name}" alt="A bus"' in html


def test_service_page_shows_easy_read_summary_first_only_after_the_family_chooses_it(client):
    service = make_service(name="Play club", easy_read_summary="A club for children.\nIt is free.")
    url = service.get_absolute_url()
    html = client.get(url).content.decode()
    assert "It is free." not in html
    assert "Show easy read where there is one" in html

    response = client.post("/easy-read/choice/", {"easy_read": "1", "next": url})
    assert response.status_code == 302 and response["Location"] == url
    assert response.cookies["easy_read"].value == "1"
    html = client.get(url).content.decode()
    assert html.index("It is free.") < html.index("<h1")
    assert "Show full versions first" in html

    response = client.post("/easy-read/choice/", {"easy_read": "0", "next": url})
    assert "It is free." not in client.get(url).content.decode()


def test_easy_read_choice_never_sends_the_browser_to_another_site(client):
    response = client.post("/easy-read/choice/", {"easy_read": "1", "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/easy-read/choice/").status_code == 405


def test_demo_has_easy_read_versions_of_the_key_pages(client):
    for _ in range(2):
        localoffer_demo.load(stdout=io.StringIO(), options={})
    paths = set(EasyReadPage.objects.values_list("page__path", flat=True))
    assert {
        "another-way/what-is-the-local-offer",
        "education-health-and-care-plans",
        "concerned-about-my-child/sen-support",
        "short-breaks",
        "complaints-and-disagreements",
    } <= paths
    for easy_read in EasyReadPage.objects.all():
        points = list(easy_read.points.all())
        assert len(points) >= 5
        assert all(point.pictogram and point.alt_text for point in points)
        assert all(len(point.text.split()) <= 16 for point in points), easy_read
    assert client.get("/information/short-breaks/easy-read/").status_code == 200
