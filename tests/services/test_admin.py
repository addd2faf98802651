"""Staff edit the directory in the admin: every page opens, and mistakes are explained."""

import datetime

import pytest
from django.urls import reverse

from localoffer.staff.plain_english import known_terms
from services.models import Service
from tests.factories import (
    make_category,
    make_location,
    make_need,
    make_reachable_service,
    make_search_term,
    service_form_data,
)

pytestmark = pytest.mark.django_db


MODELS = ["service", "organisation", "category", "need", "accessibilityfeature", "localofferquestion", "searchterm",
          "postcodecentroid", "location"]  # fmt: skip


@pytest.mark.parametrize("model", MODELS)
def test_every_directory_admin_list_and_add_page_opens(admin_client, model):
    make_location(service=make_reachable_service(categories=[make_category()], needs=[make_need()]))
    assert admin_client.get(reverse(f"admin:services_{model}_changelist") + "?q=test").status_code == 200
    assert admin_client.get(reverse(f"admin:services_{model}_add")).status_code == 200


def test_service_admin_filters_by_main_category_and_overdue_review(staff_client):
    education = make_category("Education")
    make_reachable_service("Reading Club", categories=[make_category("Schools", parent=education)])
    make_reachable_service("Swim Club", categories=[make_category("Sport")])
    html = staff_client.get(reverse("admin:services_service_changelist") + "?category=education").content.decode()
    assert "Reading Club" in html and "Swim Club" not in html
    assert staff_client.get(reverse("admin:services_service_changelist") + "?review=overdue").status_code == 200


def test_service_change_page_has_inlines_and_a_view_on_site_link(staff_client):
    service = make_reachable_service("Harbour Club")
    html = staff_client.get(reverse("admin:services_service_change", args=[service.pk])).content.decode()
    assert "Locations" in html and "Opening times" in html and "Local Offer answers" in html
    assert "View on site" in html


def test_admin_explains_an_age_range_the_wrong_way_round(staff_client):
    service = make_reachable_service("Harbour Club", categories=[make_category()])
    data = {
        "name": service.name, "slug": service.slug, "organisation": service.organisation_id, "status": "published",
        "summary": "s", "description": "d", "minimum_age": 12, "maximum_age": 5,
        "categories": [c.pk for c in service.categories.all()], "cost": "free", "access": "self",
        "coverage": "locations", "in_person": "on", "last_reviewed": "2026-01-01",
        "locations-TOTAL_FORMS": 0, "locations-INITIAL_FORMS": 0,
        "opening_times-TOTAL_FORMS": 0, "opening_times-INITIAL_FORMS": 0,
        "answers-TOTAL_FORMS": 0, "answers-INITIAL_FORMS": 0,
        "problem_reports-TOTAL_FORMS": 0, "problem_reports-INITIAL_FORMS": 0,
        "waits-TOTAL_FORMS": 0, "waits-INITIAL_FORMS": 0, "steps-TOTAL_FORMS": 0, "steps-INITIAL_FORMS": 0,
    }  # fmt: skip
    response = staff_client.post(reverse("admin:services_service_change", args=[service.pk]), data)
    assert response.status_code == 200
    assert "The youngest age cannot be higher than the oldest age." in response.content.decode()
    service.refresh_from_db()
    assert service.minimum_age == 0


def test_mark_as_checked_action_sets_the_next_review_a_year_ahead(staff_client):
    service = make_reachable_service(last_reviewed=datetime.date(2020, 1, 1))
    staff_client.post(
        reverse("admin:services_service_changelist"),
        {"action": "mark_reviewed", "_selected_action": [service.pk]},
    )
    service = Service.objects.get(pk=service.pk)
    assert service.review_due > service.last_reviewed
    assert not service.needs_review


def test_saving_a_service_shows_plain_english_advice_as_a_message_not_a_block(staff_client):
    make_search_term("autism", "ASD, autistic spectrum condition")
    service = make_reachable_service("Harbour Club", categories=[make_category()])
    description = (
        "Children with ASD and an EHCP can join our weekly sessions. The SENCO at your school can help you "
        "apply, and we will talk with you about what your child enjoys and needs before the first session."
    )
    url = reverse("admin:services_service_change", args=[service.pk])
    response = staff_client.post(url, service_form_data(service, description=description), follow=True)
    html = response.content.decode()
    assert "Plain English advice on the description: Reading level:" in html
    assert "Jargon with no glossary entry: EHCP, SENCO." in html
    assert Service.objects.get(pk=service.pk).description == description


def test_known_terms_are_the_abbreviations_in_the_search_words():
    make_search_term("autism", "ASD, autistic spectrum condition")
    make_search_term("EHCP", "education health and care plan, EHC plan")
    assert known_terms() == {"ASD", "EHCP"}


def test_changing_the_check_date_in_the_admin_moves_the_review_a_year_on(staff_client):
    service = make_reachable_service(
        "Harbour Club", categories=[make_category()], last_reviewed=datetime.date(2024, 1, 1)
    )
    data = {
        "name": service.name, "slug": service.slug, "organisation": service.organisation_id, "status": "published",
        "summary": "s", "description": "d", "minimum_age": 0, "maximum_age": 25,
        "categories": [c.pk for c in service.categories.all()], "cost": "free", "access": "self",
        "coverage": "area", "phone": service.phone, "in_person": "on", "last_reviewed": "2026-03-01",
        "review_due": service.review_due.isoformat(),
        "locations-TOTAL_FORMS": 0, "locations-INITIAL_FORMS": 0,
        "opening_times-TOTAL_FORMS": 0, "opening_times-INITIAL_FORMS": 0,
        "answers-TOTAL_FORMS": 0, "answers-INITIAL_FORMS": 0,
        "problem_reports-TOTAL_FORMS": 0, "problem_reports-INITIAL_FORMS": 0,
        "waits-TOTAL_FORMS": 0, "waits-INITIAL_FORMS": 0, "steps-TOTAL_FORMS": 0, "steps-INITIAL_FORMS": 0,
    }  # fmt: skip
    response = staff_client.post(reverse("admin:services_service_change", args=[service.pk]), data)
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.review_due == datetime.date(2027, 3, 1)


def test_staff_cannot_publish_a_service_a_family_cannot_reach(staff_client):
    from services.models import Service
    from tests.factories import make_service

    service = make_service("Harbour Club", categories=[make_category()], status=Service.Status.DRAFT)
    url = reverse("admin:services_service_change", args=[service.pk])
    response = staff_client.post(url, service_form_data(service, status="published", summary="Typed summary"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "A family would have no way to reach this service" in html
    assert "It says it is available at the places listed, but no place is listed" in html
    assert "Typed summary" in html
    assert Service.objects.get(pk=service.pk).status == Service.Status.DRAFT

    # A place posted on the same page is a way in, and satisfies "at the places listed".
    with_place = service_form_data(service, status="published")
    with_place.update(
        {"locations-TOTAL_FORMS": 1, "locations-0-name": "Harbour Hall", "locations-0-address": "1 Quay",
         "locations-0-town": "poole", "locations-0-postcode": "BH15 1AA", "locations-0-service": service.pk}
    )  # fmt: skip
    assert staff_client.post(url, with_place).status_code == 302
    assert Service.objects.get(pk=service.pk).status == Service.Status.PUBLISHED


def test_the_publish_action_and_button_leave_an_unreachable_service_unpublished(staff_client):
    from services.models import Service
    from tests.factories import make_service

    unreachable = make_service("Harbour Club", status=Service.Status.DRAFT)
    reachable = make_reachable_service("Quay Club", status=Service.Status.DRAFT)
    changelist = reverse("admin:services_service_changelist")
    response = staff_client.post(
        changelist, {"action": "publish", "_selected_action": [unreachable.pk, reachable.pk]}, follow=True
    )
    assert "1 listing(s) published." in response.content.decode()
    assert "Not published, because a family would have no way to reach them" in response.content.decode()
    assert Service.objects.get(pk=unreachable.pk).status == Service.Status.DRAFT
    assert Service.objects.get(pk=reachable.pk).status == Service.Status.PUBLISHED

    status_url = reverse("admin:services_service_status", args=[unreachable.pk])
    response = staff_client.post(status_url, {"status": "published"}, follow=True)
    assert "was not published" in response.content.decode()
    assert Service.objects.get(pk=unreachable.pk).status == Service.Status.DRAFT


def test_a_search_is_added_as_a_word_of_an_existing_term_and_marked_dealt_with(staff_client):
    from services.models import SearchDealtWith, SearchRecord, SearchTerm

    make_search_term("autism", "ASD, autistic spectrum condition")
    today = datetime.date.today()
    for day in (today, today - datetime.timedelta(days=1)):  # a search reaches the report on its second day
        SearchRecord.objects.create(query="meltdowns", day=day, searches=3, results=0)
        SearchRecord.objects.create(query="no such club", day=day, searches=1, results=0)
    report_url = reverse("admin:services_searchrecord_changelist")
    html = staff_client.get(report_url).content.decode()
    assert "2 found nothing, of which 2 are still to do" in html

    word_url = reverse("admin:services_searchrecord_word") + "?q=meltdowns"
    page = staff_client.get(word_url).content.decode()
    assert '<option value="autism">' in page and 'list="search-terms"' in page

    response = staff_client.post(word_url, {"q": "meltdowns", "term": "Nothing Like It", "add_to_term": "Add"})
    assert "There is no search word “Nothing Like It”" in response.content.decode()
    assert 'value="Nothing Like It"' in response.content.decode()

    response = staff_client.post(word_url, {"q": "meltdowns", "term": "Autism", "add_to_term": "Add"})
    assert response.status_code == 302
    assert SearchTerm.objects.get(term="autism").phrases == [
        "autism",
        "asd",
        "autistic spectrum condition",
        "meltdowns",
    ]
    assert SearchDealtWith.objects.get(query="meltdowns").how == "Added to the search word “autism”"

    staff_client.post(word_url, {"q": "no such club", "how": "No such service here", "dealt_with": "Mark"})
    html = staff_client.get(report_url).content.decode()
    assert "2 found nothing, of which 0 are still to do" in html
    assert "No such service here" in html


def test_the_add_service_page_groups_categories_by_parent_and_lists_its_sections(staff_client):
    health = make_category("Health")
    education = make_category("Education")
    health.order, education.order = 1, 2
    health.save()
    education.save()
    make_category("Anxiety clinics", parent=health)
    make_category("Academies", parent=education)
    make_category("Zebra therapy", parent=health)
    html = staff_client.get(reverse("admin:services_service_add")).content.decode()
    categories = html.split('id="id_categories"')[1].split("</div>\n</div>")[0]
    order = [categories.index(text) for text in ("Health (in general)", "Anxiety clinics", "Zebra therapy")]
    order += [categories.index(text) for text in ("Education (in general)", "Academies")]
    assert order == sorted(order)  # Academies no longer sits between the two health ones
    contents = html.split('id="page-contents"')[1].split("</nav>")[0]
    for section in ("About the service", "Who it is for", "Contact", "Opening times", "Local Offer answers"):
        assert section in contents
    assert 'href="#fieldset-0-0-heading"' in contents and 'id="fieldset-0-0-heading"' in html
    assert 'href="#opening_times-group"' in contents and 'id="opening_times-group"' in html


def test_plain_english_advice_appears_only_when_the_description_changed(staff_client):
    description = (
        "Children with ASD and an EHCP can join our weekly sessions. The SENCO at your school can help you "
        "apply, and we will talk with you about what your child enjoys and needs before the first session."
    )
    service = make_reachable_service("Harbour Club", categories=[make_category()], description=description)
    url = reverse("admin:services_service_change", args=[service.pk])
    response = staff_client.post(url, service_form_data(service, phone="01632 960555"), follow=True)
    assert "Plain English advice" not in response.content.decode()
    data = service_form_data(service, phone="01632 960555", description=description + " Bring a snack.")
    response = staff_client.post(url, data, follow=True)
    assert "Plain English advice on the description" in response.content.decode()


def test_staff_relate_other_kinds_of_help_to_a_search_word(staff_client):
    from services.models import SearchTerm

    school_refusal = SearchTerm.objects.create(term="school refusal", also_known_as="wont go to school")
    advice = SearchTerm.objects.create(term="SEND advice", also_known_as="SENDIASS", kind_of_help=True)
    SearchTerm.objects.create(term="autism", also_known_as="ASD")
    url = reverse("admin:services_searchterm_change", args=[school_refusal.pk])

    page = staff_client.get(url).content.decode()
    assert "Related kinds of help" in page
    assert "SEND advice" in page
    response = staff_client.post(
        url, {"term": "school refusal", "also_known_as": "wont go to school", "related_kinds": [advice.pk]}
    )

    assert response.status_code == 302
    assert list(school_refusal.related_kinds.all()) == [advice]
