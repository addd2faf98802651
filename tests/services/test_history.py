"""Every change to services, organisations and places is recorded, viewable and can be undone."""

import re

import pytest
from django.urls import reverse

from services.models import Location, Organisation, Service
from tests.factories import make_category, make_location, make_organisation, make_reachable_service, service_form_data

pytestmark = pytest.mark.django_db


def test_editing_a_service_records_who_when_and_each_changed_field(staff_client, staff_user):
    service = make_reachable_service("Harbour Club", categories=[make_category()], minimum_age=0, maximum_age=25)
    url = reverse("admin:services_service_change", args=[service.pk])
    response = staff_client.post(url, service_form_data(service, name="Harbour Swim Club", maximum_age=18))
    assert response.status_code == 302

    latest = Service.objects.get(pk=service.pk).history.latest()
    assert latest.history_user == staff_user
    assert latest.history_type == "~"

    history = staff_client.get(reverse("admin:services_service_history", args=[service.pk])).content.decode()
    assert "officer" in history
    assert "Harbour Club" in history and "Harbour Swim Club" in history
    assert "<strong>Name:</strong>" in history and "<strong>Maximum age:</strong>" in history


def test_an_earlier_version_of_a_service_can_be_restored(staff_client):
    service = make_reachable_service("Harbour Club", categories=[make_category()], summary="Swimming for all ages")
    first_version = service.history.latest()
    url = reverse("admin:services_service_change", args=[service.pk])
    staff_client.post(url, service_form_data(service, name="Renamed Club", summary="Changed by mistake"))
    assert Service.objects.get(pk=service.pk).name == "Renamed Club"

    revert_url = reverse("admin:services_service_simple_history", args=[service.pk, first_version.history_id])
    page = staff_client.get(revert_url).content.decode()
    assert "What will change" in page and "Restore this version" in page
    assert "Renamed Club" in page and "Harbour Club" in page

    versions = service.history.count()
    response = staff_client.post(revert_url, {"restore": "Restore this version"})
    assert response.status_code == 302
    restored = Service.objects.get(pk=service.pk)
    assert (restored.name, restored.summary) == ("Harbour Club", "Swimming for all ages")
    assert restored.history.count() == versions + 1
    assert restored.history.latest().history_change_reason.startswith("Restored the version of ")


def test_organisation_and_location_history_pages_show_changes(staff_client, staff_user):
    organisation = make_organisation(name="Harbour Trust")
    organisation.phone = "01202 000 000"
    organisation._history_user = staff_user
    organisation.save()
    history = staff_client.get(reverse("admin:services_organisation_history", args=[organisation.pk]))
    assert history.status_code == 200
    assert "<strong>Phone:</strong>" in history.content.decode()

    location = make_location(service=make_reachable_service(), name="Old Hall")
    location.name = "New Hall"
    location.save()
    assert Location.history.filter(id=location.pk).count() == 2
    history = staff_client.get(reverse("admin:services_location_history", args=[location.pk])).content.decode()
    assert "Old Hall" in history and "New Hall" in history
    assert Organisation.history.filter(id=organisation.pk).latest().history_user == staff_user


def test_restoring_an_earlier_version_brings_back_its_categories(staff_client):
    leisure, health = make_category("Leisure"), make_category("Health")
    service = make_reachable_service("Harbour Club", categories=[leisure])
    first_version = service.history.latest()
    url = reverse("admin:services_service_change", args=[service.pk])
    staff_client.post(url, service_form_data(service, categories=[health.pk]))
    assert list(Service.objects.get(pk=service.pk).categories.all()) == [health]

    history = staff_client.get(reverse("admin:services_service_history", args=[service.pk])).content.decode()
    assert "<strong>Categories:</strong>" in history

    revert_url = reverse("admin:services_service_simple_history", args=[service.pk, first_version.history_id])
    page = staff_client.get(revert_url).content.decode()
    assert re.search(r"<th scope=\"row\">Categories</th><td>Health</td><td>Leisure</td>", page)
    staff_client.post(revert_url)
    assert list(Service.objects.get(pk=service.pk).categories.all()) == [leisure]


def test_service_history_page_also_lists_changes_to_its_places_times_and_answers(staff_client, staff_user):
    from tests.factories import make_answer, make_opening_time, make_question

    service = make_reachable_service("Harbour Club")
    location = make_location(service=service, name="Harbour Hall")
    location.postcode = "BH15 2BB"
    location._history_user = staff_user
    location.save()
    make_opening_time(service=service, weekday=0)
    make_answer(service=service, question=make_question("How do you support my child?"))
    html = staff_client.get(reverse("admin:services_service_history", args=[service.pk])).content.decode()
    assert "Changes to its places, opening times and Local Offer answers" in html
    assert "Location: Harbour Hall, Poole" in html and "Changed: postcode" in html
    assert "Opening time: Monday 09:00 to 17:00" in html
    assert "Local Offer answer: How do you support my child?" in html


def test_a_services_related_changes_take_a_fixed_number_of_queries(django_assert_max_num_queries):
    from services.history import service_related_changes

    location = make_location(service=make_reachable_service("Harbour Club"))
    for number in range(12):
        location.name = f"Harbour Hall {number}"
        location.save()
    with django_assert_max_num_queries(8):
        changes = service_related_changes(service_id=location.service_id)
    assert len(changes) == 13
    assert all(change["fields"] for change in changes if change["action"] == "Changed")


def editor_saves(client, service, **changes):
    """Save the service's admin page with its opening times and answers as the formsets post them."""
    data = service_form_data(service, **changes.pop("fields", {}))
    for prefix in ("opening_times", "answers"):
        rows = changes.pop(prefix, None)
        if rows is None:
            continue
        data[f"{prefix}-TOTAL_FORMS"] = len(rows)
        data[f"{prefix}-INITIAL_FORMS"] = sum(1 for row in rows if row.get("id"))
        for number, row in enumerate(rows):
            data.update({f"{prefix}-{number}-{key}": value for key, value in row.items()})
            data[f"{prefix}-{number}-service"] = service.pk
    response = client.post(reverse("admin:services_service_change", args=[service.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_the_restore_page_shows_what_will_change_and_changes_nothing_until_confirmed(staff_client):
    service = make_reachable_service("Harbour Club", categories=[make_category()], phone="01632 960000")
    version = service.history.latest()
    editor_saves(staff_client, service, fields={"name": "Harbour Swim Club", "phone": "01632 960999"})
    versions = service.history.count()

    url = reverse("admin:services_service_simple_history", args=[service.pk, version.history_id])
    response = staff_client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "What will change" in html
    assert re.search(r'<th scope="row">Name</th><td>Harbour Swim Club</td><td>Harbour Club</td>', html)
    assert re.search(r'<th scope="row">Phone</th><td>01632 960999</td><td>01632 960000</td>', html)
    assert '<th scope="row">Summary</th>' not in html  # unchanged fields are not listed
    saved = Service.objects.get(pk=service.pk)
    assert (saved.name, saved.history.count()) == ("Harbour Swim Club", versions)


def test_restoring_keeps_the_review_dates_as_they_are_now(staff_client, staff_user):
    import datetime

    from django.utils import timezone

    from services.reviews import service_mark_reviewed

    long_ago = timezone.localdate() - datetime.timedelta(days=400)
    service = make_reachable_service("Harbour Club", categories=[make_category()], last_reviewed=long_ago)
    version = service.history.latest()
    editor_saves(staff_client, service, fields={"name": "Renamed by mistake"})
    reviewed = service_mark_reviewed(service=Service.objects.get(pk=service.pk), by=staff_user)

    url = reverse("admin:services_service_simple_history", args=[service.pk, version.history_id])
    html = staff_client.get(url).content.decode()
    assert "Kept as they are now" in html and "Restoring an earlier version does not undo a review" in html
    assert '<th scope="row">Last reviewed</th>' in html.split('id="restore-kept"')[1]
    assert '<th scope="row">Last reviewed</th>' not in html.split('id="restore-kept"')[0]

    staff_client.post(url)
    restored = Service.objects.get(pk=service.pk)
    assert restored.name == "Harbour Club"
    assert (restored.last_reviewed, restored.review_due) == (reviewed.last_reviewed, reviewed.review_due)
    assert not restored.needs_review


def test_restoring_puts_back_the_opening_times_and_answers_of_that_version(staff_client):
    from services.models import LocalOfferAnswer, OpeningTime
    from tests.factories import make_question

    support = make_question("How do you support my child?", order=1)
    travel = make_question("How do we get there?", order=2)
    service = make_reachable_service("Harbour Club", categories=[make_category()])
    editor_saves(
        staff_client,
        service,
        fields={"summary": "Swimming for all ages"},
        opening_times=[{"weekday": 0, "opens": "09:00", "closes": "17:00", "note": "drop-in"}],
        answers=[{"question": support.pk, "answer": "Small groups with two instructors."}],
    )
    version = Service.objects.get(pk=service.pk).history.latest()
    monday = OpeningTime.objects.get(service=service)
    answer = LocalOfferAnswer.objects.get(service=service)

    editor_saves(
        staff_client,
        service,
        fields={"summary": "Changed by mistake"},
        opening_times=[
            {"id": monday.pk, "weekday": 0, "opens": "10:00", "closes": "12:00", "note": ""},
            {"weekday": 2, "opens": "16:00", "closes": "18:00", "note": ""},
        ],
        answers=[
            {"id": answer.pk, "question": support.pk, "answer": answer.answer, "DELETE": "on"},
            {"question": travel.pk, "answer": "Bus 7 stops outside."},
        ],
    )
    assert OpeningTime.objects.filter(service=service).count() == 2

    url = reverse("admin:services_service_simple_history", args=[service.pk, version.history_id])
    html = staff_client.get(url).content.decode()
    times = html.split("<h3>Opening times</h3>")[1].split("</table>")[0]
    now, after = times.split("</td>")[:2]
    assert "Monday 10:00 to 12:00" in now and "Wednesday 16:00 to 18:00" in now
    assert "Monday 09:00 to 17:00 (drop-in)" in after and "Wednesday" not in after
    answers = html.split("<h3>Local Offer answers</h3>")[1].split("</table>")[0]
    now, after = answers.split("</td>")[:2]
    assert "How do we get there?: Bus 7 stops outside." in now
    assert "How do you support my child?: Small groups with two instructors." in after

    assert staff_client.post(url).status_code == 302
    assert [str(row) for row in OpeningTime.objects.filter(service=service)] == ["Monday 09:00 to 17:00"]
    assert OpeningTime.objects.get(service=service).note == "drop-in"
    assert list(LocalOfferAnswer.objects.filter(service=service).values_list("question", "answer")) == [
        (support.pk, "Small groups with two instructors.")
    ]
    assert Service.objects.get(pk=service.pk).summary == "Swimming for all ages"
    history = staff_client.get(reverse("admin:services_service_history", args=[service.pk])).content.decode()
    assert "Opening time: Wednesday 16:00 to 18:00" in history  # the restore is recorded too


def test_a_version_that_cannot_be_restored_says_why_and_writes_nothing(staff_client):
    service = make_reachable_service("Harbour Club", slug="harbour-club", categories=[make_category()])
    version = service.history.latest()
    editor_saves(staff_client, service, fields={"slug": "harbour-swim-club"})
    make_reachable_service("Another Harbour Club", slug="harbour-club")

    url = reverse("admin:services_service_simple_history", args=[service.pk, version.history_id])
    html = staff_client.get(url).content.decode()
    assert "This version cannot be restored as it is." in html
    assert "Another service already uses this web address" in html
    assert "Restore this version" not in html
    assert staff_client.post(url).status_code == 409
    assert Service.objects.get(pk=service.pk).slug == "harbour-swim-club"


def test_the_latest_version_has_nothing_to_restore(staff_client):
    service = make_reachable_service("Harbour Club", categories=[make_category()])
    url = reverse("admin:services_service_simple_history", args=[service.pk, service.history.latest().history_id])
    html = staff_client.get(url).content.decode()
    assert "there is nothing to restore" in html and "Restore this version" not in html


@pytest.mark.parametrize("version", ["abc", "99999999", "1%00"])
def test_a_malformed_or_unknown_version_is_a_404(staff_client, version):
    service = make_reachable_service("Harbour Club")
    assert staff_client.get(f"/admin/services/service/{service.pk}/history/{version}/").status_code == 404
    assert staff_client.get(f"/admin/services/service/not-a-uuid/history/{version}/").status_code in (302, 404)


def test_changing_only_the_opening_times_records_a_version_that_can_be_undone(staff_client, staff_user):
    from services.models import OpeningTime

    service = make_reachable_service("Harbour Club", categories=[make_category()])
    editor_saves(staff_client, service, opening_times=[{"weekday": 0, "opens": "09:00", "closes": "17:00"}])
    with_hours = Service.objects.get(pk=service.pk).history.latest()
    assert with_hours.history_change_reason == "Changed its opening times"
    assert with_hours.history_user == staff_user
    monday = OpeningTime.objects.get(service=service)
    editor_saves(
        staff_client, service, opening_times=[{"id": monday.pk, "weekday": 0, "opens": "09:00", "closes": "10:00"}]
    )

    url = reverse("admin:services_service_simple_history", args=[service.pk, with_hours.history_id])
    html = staff_client.get(url).content.decode()
    assert "own details stay as they are" in html
    staff_client.post(url)
    assert str(OpeningTime.objects.get(service=service)) == "Monday 09:00 to 17:00"


def test_restoring_a_listing_whose_opening_times_and_answers_have_no_history_keeps_them(staff_client):
    """Rows written without history (as a bulk load writes them) are not taken to have been absent."""
    from services.models import LocalOfferAnswer, OpeningTime
    from tests.factories import make_question

    service = make_reachable_service("Harbour Club", categories=[make_category()], summary="Swimming for all ages")
    version = service.history.latest()
    OpeningTime.objects.bulk_create([OpeningTime(service=service, weekday=1, opens="09:00", closes="12:00")])
    LocalOfferAnswer.objects.bulk_create(
        [LocalOfferAnswer(service=service, question=make_question("How do I start?"), answer="Ring us.")]
    )
    editor_saves(staff_client, service, fields={"summary": "Changed by mistake"})

    url = reverse("admin:services_service_simple_history", args=[service.pk, version.history_id])
    html = staff_client.get(url).content.decode()
    assert "no record of the opening times as they were at that time, so they are left as they are now" in html
    assert "no record of the Local Offer answers as they were at that time" in html
    assert "will delete" not in html and "None" not in html

    assert staff_client.post(url).status_code == 302
    assert Service.objects.get(pk=service.pk).summary == "Swimming for all ages"
    assert [str(row) for row in OpeningTime.objects.filter(service=service)] == ["Tuesday 09:00 to 12:00"]
    assert LocalOfferAnswer.objects.filter(service=service, answer="Ring us.").count() == 1


def test_a_restore_that_deletes_rows_says_how_many_in_words_before_the_button(staff_client):
    from services.models import OpeningTime

    service = make_reachable_service("Harbour Club", categories=[make_category()])
    version = service.history.latest()
    editor_saves(
        staff_client,
        service,
        opening_times=[
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
        ],
    )
    url = reverse("admin:services_service_simple_history", args=[service.pk, version.history_id])
    html = staff_client.get(url).content.decode()
    assert html.index("Restoring this version will delete two opening times.") < html.index("Restore this version")
    assert "No opening times" in html and "None" not in html
    staff_client.post(url)
    assert not OpeningTime.objects.filter(service=service).exists()


def test_history_shows_full_names_readable_dates_whole_words_and_never_none(staff_client, staff_user):
    from django.utils import timezone

    from localoffer.core.words import shortened
    from services.models import OpeningTime

    staff_user.first_name, staff_user.last_name = "Olive", "Officer"
    staff_user.save()
    service = make_reachable_service("Harbour Club", categories=[make_category()], email="")
    OpeningTime.objects.create(service=service, weekday=0, opens="09:00", closes="10:00")  # no person recorded
    editor_saves(staff_client, service, fields={"email": "club@example.org"})
    html = staff_client.get(reverse("admin:services_service_history", args=[service.pk])).content.decode()
    assert "Olive Officer" in html and ">officer<" not in html
    assert f"{timezone.localtime():%-d %B %Y}, " in html
    assert "None" not in html
    assert "(empty)" in html  # the email address before it was given
    assert "Not recorded (a system change, such as an import)" in html

    long_reason = "Changed its opening times, Local Offer answers and places " * 3
    reason = shortened(long_reason)
    assert len(reason) <= 100 and reason.endswith("…")
    assert reason[:-1].split(" ")[-1] in long_reason.replace(",", "").split()  # a whole word, not a piece of one
