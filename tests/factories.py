"""Plain factory functions for tests: each makes a valid, saved record, with any field overridable."""

import itertools
from datetime import timedelta
from itertools import count

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from django.utils.text import slugify
from django_otp.plugins.otp_totp.models import TOTPDevice

from coproduction.models import Booking, Event, Feedback, PanelVolunteer, Pledge, PledgeLevel, Theme, YouSaidWeDid
from localoffer.content.models import GlossaryTerm, InformationPage, NewsItem
from services.models import (
    AccessibilityFeature,
    Category,
    LocalOfferAnswer,
    LocalOfferQuestion,
    Location,
    Need,
    OpeningTime,
    Organisation,
    SearchTerm,
    Service,
)

_numbers = itertools.count(1)


def _unique(prefix):
    return f"{prefix} {next(_numbers)}"


def make_organisation(**fields):
    name = fields.pop("name", None) or _unique("Test organisation")
    return Organisation.objects.create(name=name, slug=fields.pop("slug", slugify(name)), **fields)


def make_category(name=None, *, parent=None, **fields):
    name = name or _unique("Category")
    return Category.objects.create(name=name, slug=fields.pop("slug", slugify(name)), parent=parent, **fields)


def make_need(name=None, *, parent=None, **fields):
    name = name or _unique("Need")
    return Need.objects.create(name=name, slug=fields.pop("slug", slugify(name)), parent=parent, **fields)


def make_feature(name=None, **fields):
    name = name or _unique("Feature")
    return AccessibilityFeature.objects.create(name=name, slug=fields.pop("slug", slugify(name)), **fields)


def make_search_term(term, also_known_as, *, kind_of_help=False):
    return SearchTerm.objects.create(term=term, also_known_as=also_known_as, kind_of_help=kind_of_help)


def make_service(name=None, *, categories=(), needs=(), towns=(), **fields):
    """A published service; `towns` adds a location in each (town value, postcode) pair or town value."""
    name = name or _unique("Test service")
    if "organisation" not in fields:
        fields["organisation"] = make_organisation()
    fields.setdefault("summary", f"{name} summary")
    fields.setdefault("description", f"{name} description")
    fields.setdefault("status", Service.Status.PUBLISHED)
    service = Service.objects.create(name=name, slug=fields.pop("slug", slugify(name)), **fields)
    service.categories.set(categories)
    service.needs.set(needs)
    for place in towns:
        town, postcode = place if isinstance(place, tuple) else (place, "BH15 1AA")
        make_location(service=service, town=town, postcode=postcode)
    return service


def make_reachable_service(name=None, **fields):
    """A service a family can reach (a phone number, available across the area), so it may be published."""
    fields.setdefault("phone", "01632 960000")
    fields.setdefault("coverage", Service.Coverage.AREA_WIDE)
    return make_service(name, **fields)


def make_wait(*, service, amount=18, unit="months", label="", updated_on=None, **fields):
    from services.models import Wait

    return Wait.objects.create(
        service=service,
        amount=None if unit == "none" else amount,
        unit=unit,
        label=label,
        updated_on=updated_on or timezone.localdate(),
        **fields,
    )


def make_location(*, service, town=Location.Town.POOLE, postcode="BH15 1AA", features=(), **fields):
    fields.setdefault("name", _unique("Venue"))
    fields.setdefault("address", "1 Example Street")
    location = Location.objects.create(service=service, town=town, postcode=postcode, **fields)
    location.accessibility.set(features)
    return location


def make_opening_time(*, service, weekday=0, opens="09:00", closes="17:00", **fields):
    return OpeningTime.objects.create(service=service, weekday=weekday, opens=opens, closes=closes, **fields)


def make_question(question=None, **fields):
    return LocalOfferQuestion.objects.create(question=question or _unique("Question"), **fields)


def make_answer(*, service, question=None, answer="An answer."):
    return LocalOfferAnswer.objects.create(service=service, question=question or make_question(), answer=answer)


_serial = count(1)


def level(slug="individual"):
    """One of the pledge levels the migration made."""
    return PledgeLevel.objects.get(slug=slug)


def pledge(*, status=Pledge.Status.CONFIRMED, levels=("individual",), **fields):
    n = next(_serial)
    defaults = {
        "name": f"Testy Person{n}",
        "email": f"person{n}@example.org",
        "who": "parent-carer",
        "status": status,
        "confirmed_at": timezone.now() if status == Pledge.Status.CONFIRMED else None,
    }
    made = Pledge.objects.create(**{**defaults, **fields})
    made.levels.set(PledgeLevel.objects.filter(slug__in=levels))
    return made


def event(*, days=7, capacity=None, **fields):
    n = next(_serial)
    starts = timezone.now() + timedelta(days=days)
    defaults = {
        "title": f"Example forum {n}",
        "slug": f"example-forum-{n}",
        "summary": "A forum for testing.",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=2),
        "place": "Example Hall, Poole",
        "capacity": capacity,
    }
    return Event.objects.create(**{**defaults, **fields})


def booking(*, event, status=Booking.Status.BOOKED, **fields):
    n = next(_serial)
    return Booking.objects.create(
        event=event, status=status, **{"name": f"Booker {n}", "email": f"booker{n}@example.org", **fields}
    )


def volunteer(**fields):
    n = next(_serial)
    defaults = {
        "name": f"Volunteer {n}",
        "email": f"volunteer{n}@example.org",
        "phone": "01202 000 000",
        "who": "parent-carer",
        "age_group": "5-10",
        "availability": ["evenings"],
        "access_needs": "A quiet room",
    }
    return PanelVolunteer.objects.create(**{**defaults, **fields})


def feedback(**fields):
    n = next(_serial)
    defaults = {
        "reference": f"LO-2000-{n:05d}",
        "kind": "complaint",
        "about": "website",
        "message": "The search did not find the service.",
        "name": f"Writer {n}",
        "email": f"writer{n}@example.org",
        "due_on": timezone.localdate() + timedelta(days=28),
    }
    return Feedback.objects.create(**{**defaults, **fields})


def entry(*, theme="transport", published=True, **fields):
    made_theme, _ = Theme.objects.get_or_create(slug=theme, defaults={"name": theme.title()})
    defaults = {"you_said": "Families said transport was hard.", "we_did": "We fixed the form."}
    return YouSaidWeDid.objects.create(theme=made_theme, published=published, **{**defaults, **fields})


def staff(*, role=None, superuser=False, username=None):
    """A staff account with an authenticator app, in the named role's group when given."""
    return make_staff(username or f"staff{next(_serial)}", role=role, superuser=superuser)


def staff_sign_in(client, user):
    """Sign a staff member in to the admin as if they had given their password and second factor."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _ = TOTPDevice.objects.get_or_create(user=user, name="Authenticator app", defaults={"confirmed": True})
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def make_information_page(*, title=None, slug=None, parent=None, published=True, **fields):
    """An information page (published unless told otherwise)."""
    number = next(_numbers)
    title = title or f"Advice page {number}"
    return InformationPage.objects.create(
        title=title,
        slug=slug or f"advice-page-{number}",
        parent=parent,
        published=published,
        summary=fields.pop("summary", f"A summary of {title}."),
        **fields,
    )


def make_glossary_term(*, term, abbreviation="", aliases="", definition=None, slug=None):
    """A glossary term; the slug comes from the term unless given."""
    from django.utils.text import slugify

    return GlossaryTerm.objects.create(
        term=term,
        slug=slug or slugify(term),
        abbreviation=abbreviation,
        aliases=aliases,
        definition=definition or f"What {term} means.",
    )


def make_news_item(*, title=None, slug=None, published=True, published_on=None, **fields):
    """A news item (published today unless told otherwise)."""
    number = next(_numbers)
    title = title or f"News item {number}"
    return NewsItem.objects.create(
        title=title,
        slug=slug or f"news-item-{number}",
        published=published,
        published_on=published_on or timezone.localdate(),
        summary=fields.pop("summary", f"A summary of {title}."),
        body=fields.pop("body", "Some news."),
        **fields,
    )


def migration_data():
    """Make again what the data migration made (pledge levels, hub text); live-server tests flush it."""
    import importlib

    from coproduction.models import HubPage

    migration = importlib.import_module("coproduction.migrations.0002_levels_hub_text_and_roles")
    for order, (slug, name, summary, description) in enumerate(migration.LEVELS):
        PledgeLevel.objects.update_or_create(
            slug=slug, defaults={"name": name, "summary": summary, "description": description, "order": order}
        )
    HubPage.objects.update_or_create(
        singleton=True,
        defaults={
            "introduction": migration.INTRODUCTION,
            "commitment": migration.COMMITMENT,
            "video_transcript": migration.TRANSCRIPT,
        },
    )
    crisis_panel_seed()


def crisis_panel_seed():
    """The crisis panel as its data migration makes it (a flush by an earlier live-server test removes it)."""
    import importlib

    from django.apps import apps

    importlib.import_module("localoffer.migrations.0008_crisis_panel_seed").crisis_panel_seed(apps, None)
    importlib.import_module("localoffer.migrations.0015_crisis_phrases_more").crisis_phrases_add(apps, None)
    later = (
        "0016_crisis_phrases_in_families_words",
        "0018_crisis_phrases_never_born_and_more",
        "0019_crisis_phrases_of_several_words",
        "0020_crisis_phrases_in_a_second_language",
        "0021_crisis_phrases_of_a_seventh_set",
    )
    for name in later:
        importlib.import_module(f"localoffer.migrations.{name}").crisis_phrases_add(apps, None)


def make_staff(username=None, *, role=None, superuser=False, permissions=(), **fields):
    """A staff account with a confirmed authenticator app: in the named role's group when given, with
    `permissions` ("app_label.codename" strings) on top; a superuser only when asked for."""
    user = get_user_model().objects.create_user(
        username or _unique("staff").replace(" ", ""),
        email=fields.pop("email", "staff@example.org"),
        password=fields.pop("password", "a-long-staff-password-2026"),
        is_staff=True,
        is_superuser=superuser,
        **fields,
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    for name in permissions:
        app_label, codename = name.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    return user


def service_form_data(service, **changes):
    """What the admin's change form posts for this service, with `changes` on top."""
    data = {
        "name": service.name, "slug": service.slug, "organisation": service.organisation_id,
        "status": service.status, "summary": service.summary, "description": service.description,
        "minimum_age": service.minimum_age, "maximum_age": service.maximum_age,
        "categories": [c.pk for c in service.categories.all()], "cost": service.cost, "access": service.access,
        "coverage": service.coverage, "in_person": "on", "last_reviewed": service.last_reviewed.isoformat(),
        "review_due": service.review_due.isoformat(),
        "contact_name": service.contact_name, "phone": service.phone, "email": service.email,
        "website": service.website,
        # A field with a callable default is posted with its value as shown too, so a save can tell whether it changed.
        "initial-last_reviewed": service.last_reviewed.isoformat(),
        "locations-TOTAL_FORMS": 0, "locations-INITIAL_FORMS": 0,
        "opening_times-TOTAL_FORMS": 0, "opening_times-INITIAL_FORMS": 0,
        "answers-TOTAL_FORMS": 0, "answers-INITIAL_FORMS": 0,
        "problem_reports-TOTAL_FORMS": 0, "problem_reports-INITIAL_FORMS": 0,
        "waits-TOTAL_FORMS": 0, "waits-INITIAL_FORMS": 0, "steps-TOTAL_FORMS": 0, "steps-INITIAL_FORMS": 0,
    }  # fmt: skip
    data.update(changes)
    return data


def make_provider(*, organisations=(), name=None, email=None):
    """A provider account for these organisations, as an invitation makes it (without its email)."""
    from services.models import ProviderAccount

    number = next(_numbers)
    email = email or f"provider{number}@example.org"
    user = get_user_model().objects.create_user(username=email, email=email)
    account = ProviderAccount.objects.create(user=user, name=name or f"Provider {number}", email=email)
    account.organisations.set(organisations)
    return account


def provider_sign_in(client, account):
    """Sign a provider in to the provider area as if they had followed their emailed link."""
    client.force_login(account.user, backend="sesame.backends.ModelBackend")
    return client


def listing_form_data(service, **changes):
    """What the provider area's listing page posts for this service as it is, with `changes` on top."""
    from services.providers.listings import listing_snapshot

    snapshot = listing_snapshot(service)
    data = {
        "organisation": snapshot["organisation"],
        **{name: value for name, value in snapshot["service"].items() if not isinstance(value, bool)},
        **{name: "on" for name, value in snapshot["service"].items() if value is True},
        "categories": [str(pk) for pk in snapshot["categories"]],
        "needs": [str(pk) for pk in snapshot["needs"]],
        "places-TOTAL_FORMS": len(snapshot["locations"]) + 1,
        "places-INITIAL_FORMS": len(snapshot["locations"]),
        "times-TOTAL_FORMS": len(snapshot["opening_times"]) + 1,
        "times-INITIAL_FORMS": len(snapshot["opening_times"]),
        "steps-TOTAL_FORMS": len(snapshot["steps"]) + 1,
        "steps-INITIAL_FORMS": len(snapshot["steps"]),
    }
    for index, place in enumerate(snapshot["locations"]):
        for name in ("name", "address", "town", "postcode", "accessibility_notes"):
            data[f"places-{index}-{name}"] = place[name]
        data[f"places-{index}-row"] = place["id"]
        data[f"places-{index}-accessibility"] = [str(pk) for pk in place["accessibility"]]
    for index, time in enumerate(snapshot["opening_times"]):
        for name in ("weekday", "opens", "closes", "note"):
            data[f"times-{index}-{name}"] = time[name]
        data[f"times-{index}-row"] = time["id"]
    for index, step in enumerate(snapshot["steps"]):
        for name in ("order", "title", "detail", "how_long"):
            data[f"steps-{index}-{name}"] = step[name]
        data[f"steps-{index}-row"] = step["id"]
    for pk, answer in snapshot["answers"].items():
        data[f"answers-answer_{pk}"] = answer
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
