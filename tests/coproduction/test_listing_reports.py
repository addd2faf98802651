"""Report a problem with a listing: stored against the service, in the staff queue, on the service's admin page."""

import pytest
from django.core import mail

from coproduction.models import Feedback, ListingReport
from tests import factories

pytestmark = pytest.mark.django_db


def test_service_page_links_to_report_a_problem(client):
    service = factories.make_service("Example Speech Service")
    html = client.get(service.get_absolute_url()).content.decode()
    assert f'href="/services/{service.slug}/report-a-problem/"' in html


def test_reporting_a_problem_stores_it_against_the_service_and_shows_a_reference(client, commit):
    service = factories.make_service("Example Speech Service")
    url = f"/services/{service.slug}/report-a-problem/"
    page = client.get(url).content.decode()
    assert "Example Speech Service" in page and "Report a problem with this listing" in page
    response = commit(
        client.post,
        url,
        {"problem": "contact", "description": "The phone number is 01202 000 111 now", "email": "me@example.org"},
        follow=True,
    )
    report = ListingReport.objects.get()
    assert report.service == service
    assert report.problem == "contact"
    assert report.reference.startswith("LO-")
    html = response.content.decode()
    assert report.reference in html and "What happens next" in html
    assert mail.outbox[0].to == ["me@example.org"] and report.reference in mail.outbox[0].body


def test_an_empty_report_gets_one_error_then_asks_for_more(client):
    url = f"/services/{factories.make_service().slug}/report-a-problem/"
    html = client.post(url, {"description": ""}).content.decode()
    assert "Select what is wrong with the listing" in html
    assert html.count('class="govuk-error-message"') == 1
    assert "Tell us more about what is wrong" not in html
    html = client.post(url, {"problem": "contact", "description": ""}).content.decode()
    assert html.count('class="govuk-error-message"') == 1
    assert "Tell us more about what is wrong, for example the right phone number" in html
    assert not ListingReport.objects.exists()


def test_a_report_with_neither_answer_still_says_when_its_description_is_too_long(client):
    url = f"/services/{factories.make_service().slug}/report-a-problem/"
    html = client.post(url, {"description": "a" * 1001}).content.decode()
    assert "Select what is wrong with the listing" in html
    assert "What you tell us must be 1000 characters or fewer" in html


def test_a_service_that_does_not_exist_or_is_not_published_gets_a_clear_404(client):
    draft = factories.make_service(status="draft")
    for slug in ("no-such-service", draft.slug):
        response = client.get(f"/services/{slug}/report-a-problem/")
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()
        assert client.post(f"/services/{slug}/report-a-problem/", {"problem": "other"}).status_code == 404


def test_reports_appear_in_the_staff_queue_and_on_the_service_admin_page(client):
    service = factories.make_service("Example Play Scheme")
    report = ListingReport.objects.create(
        reference="LO-2026-00077", service=service, problem="closed", description="Closed in May", email="r@example.org"
    )
    factories.staff_sign_in(client, factories.staff(role="Feedback officer"))
    queue = client.get("/admin/coproduction/listingreport/").content.decode()
    assert "LO-2026-00077" in queue and "Example Play Scheme" in queue and "r@example.org" in queue
    factories.staff_sign_in(client, factories.staff(superuser=True))
    service_page = client.get(f"/admin/services/service/{service.pk}/change/").content.decode()
    assert "LO-2026-00077" in service_page and "Closed in May" in service_page
    assert report.get_absolute_url().endswith("/report-a-problem/")


def test_only_the_feedback_role_sees_the_email_on_reports(client):
    service = factories.make_service()
    ListingReport.objects.create(
        reference="LO-2026-00078", service=service, problem="other", description="x", email="secret@example.org"
    )
    factories.staff_sign_in(client, factories.staff(superuser=False, role="Co-production officer"))
    viewer = factories.staff()
    from django.contrib.auth.models import Permission

    viewer.user_permissions.add(Permission.objects.get(codename="view_listingreport"))
    factories.staff_sign_in(client, viewer)
    assert "secret@example.org" not in client.get("/admin/coproduction/listingreport/").content.decode()
    factories.staff_sign_in(client, factories.staff(role="Feedback officer"))
    assert "secret@example.org" in client.get("/admin/coproduction/listingreport/").content.decode()


def test_feedback_can_name_the_service_it_is_about(client, commit):
    service = factories.make_service("Example Short Breaks")
    factories.make_service("Hidden Draft Service", status="draft")
    form = client.get(f"/feedback/?service={service.slug}").content.decode()
    assert "Example Short Breaks" in form and "Hidden Draft Service" not in form
    assert f'value="{service.slug}" selected' in form
    commit(
        client.post,
        "/feedback/",
        {"kind": "compliment", "about": "service", "message": "Lovely", "service": service.slug},
    )
    assert Feedback.objects.get().service == service


def test_an_unknown_service_on_the_feedback_form_is_a_clear_error_not_a_500(client):
    response = client.post("/feedback/", {"kind": "question", "about": "service", "message": "Hi", "service": "nope"})
    assert response.status_code == 200
    assert "Choose a service from the list" in response.content.decode()
    assert not Feedback.objects.exists()


def test_purge_erases_the_email_on_reports_closed_long_ago():
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    service = factories.make_service()
    old = ListingReport.objects.create(
        reference="LO-2024-00001",
        service=service,
        problem="other",
        description="Old",
        email="old@example.org",
        status="closed",
        closed_at=timezone.now() - timedelta(days=800),
    )
    call_command("purge_expired", stdout=__import__("io").StringIO())
    old.refresh_from_db()
    assert old.email == "" and old.description == "Old"


def test_saving_a_service_with_reports_in_the_admin_keeps_them(client):
    service = factories.make_reachable_service("Example Play Scheme", categories=[factories.make_category()])
    ListingReport.objects.create(reference="LO-2026-00079", service=service, problem="other", description="x")
    factories.staff_sign_in(client, factories.staff(superuser=True))
    response = client.post(
        f"/admin/services/service/{service.pk}/change/", factories.service_form_data(service, name="Renamed Scheme")
    )
    assert response.status_code == 302
    assert ListingReport.objects.get().service.name == "Renamed Scheme"


def open_report(service, **fields):
    defaults = {"reference": "LO-2026-00090", "problem": "contact", "description": "The phone number is 01202 000 111"}
    return ListingReport.objects.create(service=service, **{**defaults, **fields})


def editor(first_name="Edna", last_name="Editor"):
    from localoffer.staff.roles import LOCAL_OFFER_EDITOR

    user = factories.staff(role=LOCAL_OFFER_EDITOR)
    user.first_name, user.last_name, user.email = first_name, last_name, f"{first_name.lower()}@example.org"
    user.save()
    return user


def test_an_editor_sees_open_reports_at_the_top_of_the_service_they_are_editing(client):
    service = factories.make_service("Example Play Scheme", phone="01202 000 000")
    report = open_report(service, email="reporter@example.org")
    open_report(service, reference="LO-2026-00091", problem="other", description="Old and done", status="closed")
    factories.staff_sign_in(client, editor())

    html = client.get(f"/admin/services/service/{service.pk}/change/").content.decode()

    notice = html.split('id="open-reports"')[1].split("</div>")[0]
    assert "1 open problem report about this listing" in notice
    assert "LO-2026-00090" in notice and "The phone number is 01202 000 111" in notice
    assert "nobody has it yet" in notice and "Old and done" not in notice
    assert html.index('id="open-reports"') < html.index('name="phone"')
    assert f'href="/admin/coproduction/listingreport/{report.pk}/change/"' in notice
    assert "Old and done" in html  # the closed one is still listed lower down
    assert "reporter@example.org" not in html


def test_a_service_save_that_fails_validation_still_shows_its_problem_reports(client):
    service = factories.make_service("Example Play Scheme", categories=[factories.make_category()])
    open_report(service)
    open_report(service, reference="LO-2026-00091", problem="other", description="Old and done", status="closed")
    factories.staff_sign_in(client, editor())

    response = client.post(
        f"/admin/services/service/{service.pk}/change/", factories.service_form_data(service, name="")
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "This field is required" in html
    notice = html.split('id="open-reports"')[1].split("</div>")[0]
    assert "1 open problem report about this listing" in notice and "LO-2026-00090" in notice
    assert "Old and done" in html  # and the table of every report below the form
    assert ListingReport.objects.count() == 2


def test_an_editor_sees_open_reports_on_the_dashboard_and_opens_one_without_the_reporters_email(client):
    service = factories.make_service("Example Play Scheme")
    report = open_report(service, email="reporter@example.org")
    open_report(service, reference="LO-2026-00091", status="answered")
    factories.staff_sign_in(client, editor())

    dashboard = client.get("/admin/").content.decode()
    panel = dashboard.split("Open listing problem reports")[1].split("</div>")[0]
    assert "LO-2026-00090: Example Play Scheme" in panel and "LO-2026-00091" not in panel
    assert "the contact details are wrong; nobody has it yet" in panel
    assert "/admin/coproduction/listingreport/?status__in=new,in-progress" in panel

    page = client.get(f"/admin/coproduction/listingreport/{report.pk}/change/")
    assert page.status_code == 200
    assert "The phone number is 01202 000 111" in page.content.decode()
    assert "reporter@example.org" not in page.content.decode()
    assert client.get("/admin/coproduction/feedback/").status_code == 403


def test_the_feedback_officer_hands_a_report_to_an_editor_who_is_emailed_and_sees_it_is_theirs(client, commit):
    from localoffer.staff.roles import FEEDBACK_OFFICER

    service = factories.make_service("Example Play Scheme")
    report = open_report(service, email="reporter@example.org", due_on="2026-12-20")
    edna = editor()
    officer = factories.staff(role=FEEDBACK_OFFICER)
    officer.first_name, officer.last_name = "Priya", "Shah"
    officer.save()
    factories.staff_sign_in(client, officer)
    page = client.get(f"/admin/coproduction/listingreport/{report.pk}/change/").content.decode()
    assert f'<option value="{edna.pk}">Edna Editor</option>' in page

    response = commit(
        client.post,
        f"/admin/coproduction/listingreport/{report.pk}/change/",
        {"status": "in-progress", "owner": edna.pk, "due_on": "2026-12-20", "internal_notes": "Phone changed"},
        follow=True,
    )

    assert "Edna Editor has been emailed that LO-2026-00090 is theirs now." in response.content.decode()
    report.refresh_from_db()
    assert report.owner == edna
    [email] = mail.outbox
    assert email.to == ["edna@example.org"] and email.subject == "Priya Shah has passed LO-2026-00090 to you"
    assert '"Example Play Scheme" is wrong: the contact details are wrong' in email.body
    assert f"/admin/coproduction/listingreport/{report.pk}/change/" in email.body
    assert "reporter@example.org" not in email.body

    factories.staff_sign_in(client, edna)
    assert "nobody has it yet" not in client.get("/admin/").content.decode().split("Open listing problem reports")[1]
    assert "with you" in client.get("/admin/").content.decode().split("Open listing problem reports")[1]
    service_page = client.get(f"/admin/services/service/{service.pk}/change/").content.decode()
    assert "with Edna Editor" in service_page


def test_nobody_is_emailed_about_a_report_they_took_themselves(client, commit):
    report = open_report(factories.make_service())
    edna = editor()
    factories.staff_sign_in(client, edna)
    commit(
        client.post,
        f"/admin/coproduction/listingreport/{report.pk}/change/",
        {"status": "in-progress", "owner": edna.pk, "internal_notes": ""},
    )
    assert ListingReport.objects.get().owner == edna
    assert mail.outbox == []
