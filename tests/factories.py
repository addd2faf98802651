"""Plain factory functions for tests: each makes a valid record, with any field overridable."""

import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils.text import slugify
from django_otp.plugins.otp_totp.models import TOTPDevice

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


def make_search_term(term, also_known_as):
    return SearchTerm.objects.create(term=term, also_known_as=also_known_as)


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


def make_staff(username=None, *, superuser=True, permissions=(), **fields):
    """A staff account with a confirmed authenticator app; `permissions` are "app_label.codename" strings."""
    user = get_user_model().objects.create_user(
        username or _unique("staff").replace(" ", ""),
        email=fields.pop("email", "staff@example.org"),
        password=fields.pop("password", "a-long-staff-password-2026"),
        is_staff=True,
        is_superuser=superuser,
        **fields,
    )
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
        "locations-TOTAL_FORMS": 0, "locations-INITIAL_FORMS": 0,
        "opening_times-TOTAL_FORMS": 0, "opening_times-INITIAL_FORMS": 0,
        "answers-TOTAL_FORMS": 0, "answers-INITIAL_FORMS": 0,
    }  # fmt: skip
    data.update(changes)
    return data
