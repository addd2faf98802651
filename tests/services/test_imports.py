"""Services in and out as CSV: export, a dry run that explains every row, and an import that writes safely."""

import csv
import io
import json
import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from services import imports
from services.models import Service
from tests.factories import make_category, make_need, make_organisation, make_service, make_staff, staff_sign_in

pytestmark = pytest.mark.django_db

HEADER = "slug,name,organisation,summary,description,categories,needs,minimum_age,maximum_age,email,in_person\n"


@pytest.fixture
def vocabulary():
    make_organisation(name="Harbour Trust", slug="harbour-trust")
    make_category("Leisure", slug="leisure")
    make_category("Health", slug="health")
    make_need("Autism", slug="autism")


def csv_text(*rows, header=HEADER):
    return header + "".join(row + "\n" for row in rows)


GOOD_ROW = (
    "swim-club,Swim Club,harbour-trust,Swimming for all,Weekly sessions.,"
    "leisure; health,autism,5,18,swim@example.org,yes"
)


def test_a_valid_file_shows_what_each_row_would_do_and_writes_nothing(vocabulary):
    existing = make_service("Art Club", slug="art-club", organisation=make_organisation(slug="art-org"))
    text = csv_text(
        GOOD_ROW,
        "art-club,Art Club,harbour-trust,New summary,New description.,leisure,,0,25,,no",
    )
    result = imports.services_check(text=text)
    assert [(row.line, row.action) for row in result.rows] == [(2, "create"), (3, "update")]
    assert {"organisation", "summary", "description", "categories", "in_person"} <= set(result.rows[1].changes)
    assert result.all_valid
    assert not Service.objects.filter(slug="swim-club").exists()
    assert Service.objects.get(pk=existing.pk).summary == existing.summary


def test_importing_a_valid_file_creates_and_updates_services(vocabulary, staff_user):
    make_service("Art Club", slug="art-club")
    text = csv_text(GOOD_ROW, "art-club,Art Club,harbour-trust,New summary,New description.,leisure,,0,25,,no")
    result = imports.services_import(text=text, by=staff_user)
    assert (result.count("create"), result.count("update")) == (1, 1)
    swim = Service.objects.get(slug="swim-club")
    assert (swim.minimum_age, swim.maximum_age, swim.email, swim.in_person) == (5, 18, "swim@example.org", True)
    assert sorted(swim.categories.values_list("slug", flat=True)) == ["health", "leisure"]
    assert list(swim.needs.values_list("slug", flat=True)) == ["autism"]
    assert swim.status == Service.Status.DRAFT
    assert swim.history.latest().history_user == staff_user
    art = Service.objects.get(slug="art-club")
    assert art.summary == "New summary" and not art.in_person
    assert art.history.latest().history_change_reason == "Imported from CSV"


def test_a_row_that_matches_the_directory_is_left_unchanged(vocabulary, staff_user):
    imports.services_import(text=csv_text(GOOD_ROW), by=staff_user)
    result = imports.services_check(text=csv_text(GOOD_ROW))
    assert result.rows[0].action == "unchanged"


def test_bad_rows_are_rejected_with_reasons_and_nothing_is_written(vocabulary, staff_user):
    text = csv_text(
        GOOD_ROW,
        "old-club,Old Club,harbour-trust,s,d,leisure,,5,30,,yes",
        "mixed-up,Mixed Up,harbour-trust,s,d,leisure,,12,5,,yes",
        "wrong-cat,Wrong Category,harbour-trust,s,d,dancing,telepathy,0,25,,yes",
        "bad-email,Bad Email,nobody,s,d,leisure,,0,25,not-an-email,perhaps",
        ",No Slug,harbour-trust,s,d,leisure,,0,25,,yes",
        "swim-club,Swim Again,harbour-trust,s,d,leisure,,0,25,,yes",
    )
    result = imports.services_check(text=text)
    reasons = {row.line: " ".join(row.errors) for row in result.rows}
    assert [row.action for row in result.rows] == ["create"] + ["reject"] * 6
    assert "maximum_age" in reasons[3] and "25" in reasons[3]
    assert "The youngest age cannot be higher than the oldest age." in reasons[4]
    assert "“dancing” is not a category slug" in reasons[5]
    assert "“telepathy” is not an area of need slug" in reasons[5]
    assert "No organisation has the slug “nobody”" in reasons[6]
    assert "email: Enter a valid email address." in reasons[6]
    assert "in_person: Write yes or no" in reasons[6]
    assert "give every row a slug" in reasons[7]
    assert "“swim-club” is also on line 2" in reasons[8]

    imports.services_import(text=text, by=staff_user)
    assert not Service.objects.exists()


def test_only_the_valid_rows_are_imported_when_asked(vocabulary, staff_user):
    text = csv_text(GOOD_ROW, "old-club,Old Club,harbour-trust,s,d,leisure,,5,30,,yes")
    imports.services_import(text=text, by=staff_user, valid_rows_only=True)
    assert list(Service.objects.values_list("slug", flat=True)) == ["swim-club"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The file is empty"),
        ("name,postcode\nSwim Club,BH1 1AA\n", "These columns are not recognised: postcode."),
        ("name,summary\nSwim Club,s\n", "These columns are missing: slug, organisation."),
        ("slug,name,organisation,name\n", "These columns appear more than once: name."),
    ],
)
def test_a_file_with_the_wrong_columns_is_explained(text, message):
    with pytest.raises(imports.ImportFileError, match=message):
        imports.services_check(text=text)


def test_a_file_that_is_not_utf8_is_explained():
    with pytest.raises(imports.ImportFileError, match="not saved as UTF-8"):
        imports.decode_upload(csv_text("caf,Café Club,org,s,d,leisure,,0,25,,yes").encode("cp1252"))
    with pytest.raises(imports.ImportFileError, match="spreadsheet file, not CSV"):
        imports.decode_upload(b"PK\x03\x04 an Excel workbook")
    assert imports.decode_upload("\ufeffslug\n".encode()) == "slug\n"


def test_export_writes_every_column_and_reads_back_unchanged(vocabulary, staff_user):
    imports.services_import(text=csv_text(GOOD_ROW), by=staff_user)
    make_service("Formula Club", slug="formula-club", summary="=HYPERLINK(1)", categories=[make_category()])
    buffer = io.StringIO()
    imports.services_export(services=Service.objects.all(), file=buffer)
    text = buffer.getvalue()
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert list(rows[0]) == imports.COLUMNS
    formula, swim = rows
    assert swim["categories"] == "health; leisure" and swim["in_person"] == "yes"
    assert formula["summary"] == "'=HYPERLINK(1)"
    result = imports.services_check(text=text.lstrip("\ufeff"))
    assert [row.action for row in result.rows] == ["unchanged", "unchanged"]


# In the admin


def upload(client, text_or_bytes, name="services.csv"):
    data = text_or_bytes.encode() if isinstance(text_or_bytes, str) else text_or_bytes
    return client.post(
        reverse("admin:services_service_import"), {"file": SimpleUploadedFile(name, data, content_type="text/csv")}
    )


def test_admin_dry_run_then_import_of_a_good_file(staff_client, vocabulary):
    page = staff_client.get(reverse("admin:services_service_import"))
    assert page.status_code == 200 and "Check the file" in page.content.decode()

    response = upload(staff_client, csv_text(GOOD_ROW))
    html = response.content.decode()
    assert response.status_code == 200
    assert "What importing this file would do" in html and "<strong>Create</strong>" in html
    assert "Import all 1 row" in html
    assert not Service.objects.exists()

    done = staff_client.post(reverse("admin:services_service_import"), {"confirm": "all"}, follow=True)
    assert "1 created, 0 updated" in done.content.decode()
    assert Service.objects.filter(slug="swim-club").exists()


def test_admin_dry_run_of_a_file_with_bad_rows_offers_the_valid_rows_only(staff_client, vocabulary):
    text = csv_text(GOOD_ROW, "old-club,Old,harbour-trust,s,d,leisure,,5,30,,yes")
    html = upload(staff_client, text).content.decode()
    assert "<strong>Reject</strong>" in html and "Import only the 1 valid row" in html
    assert "Import all" not in html

    refused = staff_client.post(reverse("admin:services_service_import"), {"confirm": "all"})
    assert "Nothing was imported" in refused.content.decode()
    assert not Service.objects.exists()

    staff_client.post(reverse("admin:services_service_import"), {"confirm": "valid"})
    assert list(Service.objects.values_list("slug", flat=True)) == ["swim-club"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("slug,name,organisation\nswim,Café,x\n".encode("cp1252"), "not saved as UTF-8"),
        (b"name,town\nSwim,Poole\n", "These columns are not recognised: town."),
        (b"", "The file is empty"),
    ],
)
def test_admin_explains_a_malformed_file_without_an_error_page(staff_client, content, message):
    response = upload(staff_client, content)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "<title>Error: " in html


def test_checking_without_choosing_a_file_asks_for_one(staff_client):
    response = staff_client.post(reverse("admin:services_service_import"), {})
    assert response.status_code == 400
    assert "Choose a CSV file to check" in response.content.decode()


def test_confirming_without_a_checked_file_asks_for_it_again(staff_client):
    response = staff_client.post(reverse("admin:services_service_import"), {"confirm": "all"}, follow=True)
    assert "Upload the file again" in response.content.decode()


def test_staff_who_cannot_add_services_cannot_import(client):
    staff_sign_in(client, make_staff("viewer", permissions=["services.view_service"]))
    assert client.get(reverse("admin:services_service_import")).status_code == 403


def test_admin_exports_the_filtered_list_and_selected_services(staff_client):
    make_service("Swim Club", status=Service.Status.PUBLISHED)
    draft = make_service("Draft Club", status=Service.Status.DRAFT)
    response = staff_client.get(reverse("admin:services_service_export") + "?status__exact=published")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    assert "Swim Club" in text and "Draft Club" not in text

    selected = staff_client.post(
        reverse("admin:services_service_changelist"), {"action": "export_csv", "_selected_action": [draft.pk]}
    )
    text = selected.content.decode("utf-8-sig")
    assert "Draft Club" in text and "Swim Club" not in text

    changelist = staff_client.get(reverse("admin:services_service_changelist")).content.decode()
    assert "Import from CSV" in changelist and "Export these as CSV" in changelist


def test_admin_exports_selected_services_as_open_referral_json_without_drafts(staff_client):
    from tests.services.oruk_schemas import assert_valid

    published = make_service("Swim Club", status=Service.Status.PUBLISHED)
    draft = make_service("Draft Club", status=Service.Status.DRAFT)
    response = staff_client.post(
        reverse("admin:services_service_changelist"),
        {"action": "export_open_referral", "_selected_action": [published.pk, draft.pk]},
    )
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    records = json.loads(response.content)
    assert [record["name"] for record in records] == ["Swim Club"]
    assert records[0]["id"] == str(published.pk)
    assert_valid(records[0], "service.json")


# Empty cells, other separators, and what changes


def test_empty_status_and_cost_cells_on_a_new_row_take_the_defaults(vocabulary, staff_user):
    header = "slug,name,organisation,status,cost,summary,description,categories,minimum_age,maximum_age\n"
    text = csv_text("swim-club,Swim Club,harbour-trust,,,Swimming,Weekly.,leisure,,", header=header)
    result = imports.services_check(text=text)
    assert [(row.action, row.errors) for row in result.rows] == [("create", [])]
    imports.services_import(text=text, by=staff_user)
    swim = Service.objects.get(slug="swim-club")
    assert (swim.status, swim.cost, swim.minimum_age, swim.maximum_age) == ("draft", "free", 0, 25)


def test_empty_status_and_cost_cells_on_an_existing_row_keep_what_it_has(vocabulary, staff_user):
    make_service("Art Club", slug="art-club", status="published", cost="paid", categories=[make_category()])
    header = "slug,name,organisation,status,cost\n"
    result = imports.services_check(text=csv_text("art-club,Art Club,harbour-trust,,", header=header))
    [row] = result.rows
    assert row.action == "update" and row.changes == ["organisation"]
    imports.services_import(text=csv_text("art-club,Art Club,harbour-trust,,", header=header), by=staff_user)
    art = Service.objects.get(slug="art-club")
    assert (art.status, art.cost) == ("published", "paid")


def test_a_semicolon_separated_file_is_read_and_the_dry_run_says_so(staff_client, vocabulary):
    text = csv_text(
        "swim-club;Swim Club;harbour-trust;Swimming for all;Weekly sessions, in the small pool.;leisure, health;"
        "autism;5;18;swim@example.org;yes",
        header=HEADER.replace(",", ";"),
    )
    result = imports.services_check(text=text)
    assert result.delimiter == ";"
    assert [(row.action, row.errors) for row in result.rows] == [("create", [])]

    html = upload(staff_client, text).content.decode()
    assert "separated by semicolons rather than commas, so it was read that way" in html
    staff_client.post(reverse("admin:services_service_import"), {"confirm": "all"})
    swim = Service.objects.get(slug="swim-club")
    assert swim.description == "Weekly sessions, in the small pool."
    assert sorted(swim.categories.values_list("slug", flat=True)) == ["health", "leisure"]


def test_a_tab_separated_file_is_read_too(vocabulary):
    text = csv_text("swim-club\tSwim Club\tharbour-trust", header="slug\tname\torganisation\n")
    assert imports.services_check(text=text).delimiter == "\t"


def test_a_comma_file_whose_cells_hold_semicolons_stays_a_comma_file(vocabulary):
    assert imports.services_check(text=csv_text(GOOD_ROW)).delimiter == ","


def test_a_file_with_other_separators_and_unknown_columns_says_what_happened():
    with pytest.raises(imports.ImportFileError, match="has no commas between its columns"):
        imports.services_check(text="naam;plaats\nZwemclub;Poole\n")


def test_the_dry_run_shows_the_old_and_new_value_of_each_changed_column(staff_client, vocabulary):
    make_service(
        "Art Club", slug="art-club", organisation=make_organisation(slug="art-org"), summary="Painting on Mondays",
        categories=[make_category(slug="arts")], minimum_age=0, maximum_age=25, in_person=True,
    )  # fmt: skip
    text = csv_text("art-club,Art Club,harbour-trust,Painting on Tuesdays,Art Club description,leisure,,5,25,,no")
    [row] = imports.services_check(text=text).rows
    changes = {change.column: (change.old, change.new) for change in row.differences}
    assert changes == {
        "organisation": ("art-org", "harbour-trust"),
        "summary": ("Painting on Mondays", "Painting on Tuesdays"),
        "minimum_age": ("0", "5"),
        "categories": ("arts", "leisure"),
        "in_person": ("yes", "no"),
    }

    html = upload(staff_client, text).content.decode()
    assert "<strong>summary</strong>: “Painting on Mondays” to “Painting on Tuesdays”" in html
    assert "<strong>categories</strong>: “arts” to “leisure”" in html
    assert "<strong>email</strong>" not in html


def test_long_text_is_shortened_in_the_dry_run_and_an_emptied_cell_says_so(vocabulary):
    make_service(
        "Art Club", slug="art-club", organisation=make_organisation(slug="harbour"), fees="£5 a session",
        categories=[make_category(slug="arts")],
    )  # fmt: skip
    long = "A very long description. " * 20
    header = "slug,name,organisation,description,fees\n"
    [row] = imports.services_check(text=csv_text(f"art-club,Art Club,harbour,{long},", header=header)).rows
    assert (row.action, row.errors) == ("update", [])
    changes = {change.column: change for change in row.differences}
    assert len(changes["description"].new) == 200 and changes["description"].new.endswith("…")
    assert (changes["fees"].old, changes["fees"].new) == ("£5 a session", "")


@pytest.mark.django_db(transaction=True)
def test_while_an_import_is_being_written_staff_can_still_save_other_listings(vocabulary, staff_user):
    """The import holds the rows it writes, not the whole directory: another listing saves meanwhile."""
    from django.db import connection, transaction
    from django.db.models.signals import post_save

    from services.directory_version import directory_version

    other = make_service("Art Club", slug="art-club")
    version_before = directory_version()
    written, finish = threading.Event(), threading.Event()
    failures = []

    def pause_after_the_first_row(sender, instance, **kwargs):
        if threading.current_thread() is importing and not written.is_set():
            written.set()
            finish.wait(timeout=30)

    def import_file():
        try:
            imports.services_import(text=csv_text(GOOD_ROW, GOOD_ROW.replace("swim-club", "swim-two")), by=staff_user)
        except Exception as error:  # noqa: BLE001 (reported by the test below)
            failures.append(error)
        finally:
            written.set()
            connection.close()

    importing = threading.Thread(target=import_file)
    post_save.connect(pause_after_the_first_row, sender=Service, weak=False, dispatch_uid="pause-import")
    importing.start()
    try:
        assert written.wait(timeout=30)
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '2s'")
            other.summary = "Saved by an editor during the import"
            other.save()
    finally:
        finish.set()
        importing.join()
        post_save.disconnect(sender=Service, dispatch_uid="pause-import")
    assert not failures
    assert Service.objects.get(slug="art-club").summary == "Saved by an editor during the import"
    assert set(Service.objects.filter(slug__startswith="swim").values_list("slug", flat=True)) == {
        "swim-club",
        "swim-two",
    }
    assert directory_version() != version_before
