"""A whole listing as plain data: taken from the database, compared field by field, and written back.

A snapshot (`ListingSnapshot`, stored as its JSON-ready dict) holds the service's own fields, its
categories and needs (ids), its places (with their accessibility features), opening times, Local
Offer answers and the steps to get it. Pending changes keep two of them (as proposed, and as the
listing was when editing began), so that an editor sees exactly what would change and whether the
listing has moved on since.
"""

import datetime
from dataclasses import asdict, dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from services.models import (
    AccessibilityFeature,
    Category,
    LocalOfferAnswer,
    LocalOfferQuestion,
    Location,
    Need,
    OpeningTime,
    Organisation,
    Service,
)
from services.models.waits import AccessStep
from services.reviews import review_due_after

# What a provider may change on a listing; the slug (its web address) and the review dates stay with staff.
SERVICE_FIELDS = [
    "name", "summary", "description", "status", "status_note", "minimum_age", "maximum_age", "eligibility",
    "access", "referral_details", "cost", "fees", "coverage", "in_person", "online", "by_phone", "home_visits",
    "opening_notes", "contact_name", "phone", "email", "website",
]  # fmt: skip
LOCATION_FIELDS = ["name", "address", "town", "postcode", "accessibility_notes"]
OPENING_TIME_FIELDS = ["weekday", "opens", "closes", "note"]
STEP_FIELDS = ["order", "title", "detail", "how_long"]


def _time_text(value):
    return value.strftime("%H:%M") if hasattr(value, "strftime") else str(value)


@dataclass
class ListingSnapshot:
    """The one shape of a snapshot: what `PendingChange.proposed` and `.original` hold, as a dataclass.

    `data()` is the JSON-ready dict stored on a change and compared; `steps` is None in changes
    sent before steps existed, and is then left out of the dict.
    """

    organisation: int | None
    service: dict  # SERVICE_FIELDS
    categories: list  # ids, sorted
    needs: list  # ids, sorted
    locations: list  # {"id", *LOCATION_FIELDS, "accessibility": [ids]}
    opening_times: list  # {"id", *OPENING_TIME_FIELDS}, times as "09:30", by weekday and time
    answers: dict  # {question id as text: answer}
    steps: list | None = None  # {"id", *STEP_FIELDS}, in order

    @classmethod
    def of_listing(cls, service):
        """The listing as it is in the database now."""
        return cls(
            organisation=service.organisation_id,
            service={name: getattr(service, name) for name in SERVICE_FIELDS},
            categories=sorted(service.categories.values_list("pk", flat=True)),
            needs=sorted(service.needs.values_list("pk", flat=True)),
            locations=[
                {
                    "id": place.pk,
                    **{name: getattr(place, name) for name in LOCATION_FIELDS},
                    "accessibility": sorted(feature.pk for feature in place.accessibility.all()),
                }
                for place in service.locations.prefetch_related("accessibility").order_by("pk")
            ],
            opening_times=[
                {
                    "id": time.pk,
                    "weekday": time.weekday,
                    "opens": _time_text(time.opens),
                    "closes": _time_text(time.closes),
                    "note": time.note,
                }
                for time in service.opening_times.order_by("weekday", "opens", "pk")
            ],
            answers={str(answer.question_id): answer.answer for answer in service.answers.all()},
            steps=[
                {"id": step.pk, **{name: getattr(step, name) for name in STEP_FIELDS}}
                for step in service.steps.order_by("order", "pk")
            ],
        )

    @classmethod
    def from_data(cls, data):
        """A stored snapshot (a dict) back as a dataclass."""
        return cls(
            organisation=data.get("organisation"),
            service=dict(data.get("service", {})),
            categories=list(data.get("categories", [])),
            needs=list(data.get("needs", [])),
            locations=list(data.get("locations", [])),
            opening_times=list(data.get("opening_times", [])),
            answers=dict(data.get("answers", {})),
            steps=list(data["steps"]) if "steps" in data else None,
        )

    def data(self):
        """The JSON-ready dict a change stores."""
        data = asdict(self)
        if self.steps is None:
            del data["steps"]
        return data


def listing_snapshot(service):
    """The listing as it is in the database now, as the dict a change stores."""
    return ListingSnapshot.of_listing(service).data()


def _names(model, ids):
    names = dict(model.objects.filter(pk__in=ids).values_list("pk", "name"))
    return ", ".join(names[pk] for pk in ids if pk in names) or "None chosen"


def _field_text(name, value):
    field = Service._meta.get_field(name)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value)).split(" (")[0]
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return str(value) if value not in (None, "") else "Not given"


def _place_text(place, features):
    town = dict(Location.Town.choices).get(place["town"], place["town"])
    lines = [place["name"], *place["address"].splitlines(), f"{town} {place['postcode']}"]
    access = ", ".join(features[pk] for pk in place.get("accessibility", []) if pk in features)
    lines.append(f"Accessibility: {access or 'none listed'}")
    if place.get("accessibility_notes"):
        lines.append(place["accessibility_notes"])
    return "\n".join(line for line in lines if line.strip())


def _time_line(time):
    day = OpeningTime.Weekday(int(time["weekday"])).label
    note = f" ({time['note']})" if time.get("note") else ""
    return f"{day} {time['opens']} to {time['closes']}{note}"


def snapshot_parts(snapshot):
    """Each part of a listing in words, in the order the listing page reads: (key, label, text) triples.

    The key names the part in the snapshot ("service.phone", "places", "answers.3"), so that an
    editor settling a conflict can take each part from one version or another.
    """
    if not snapshot:
        return []
    parts = []
    if snapshot.get("organisation"):
        organisation = Organisation.objects.filter(pk=snapshot["organisation"]).first()
        parts.append(("organisation", "Organisation", organisation.name if organisation else "Not given"))
    for name in SERVICE_FIELDS:
        label = str(Service._meta.get_field(name).verbose_name)
        parts.append(
            (f"service.{name}", label[0].upper() + label[1:], _field_text(name, snapshot["service"].get(name)))
        )
    parts.append(("categories", "Categories", _names(Category, snapshot.get("categories", []))))
    parts.append(("needs", "Needs", _names(Need, snapshot.get("needs", []))))
    features = dict(AccessibilityFeature.objects.values_list("pk", "name"))
    places = [_place_text(place, features) for place in snapshot.get("locations", [])]
    parts.append(("locations", "Places", "\n\n".join(places) or "No places listed"))
    times = "\n".join(_time_line(t) for t in snapshot.get("opening_times", []))
    parts.append(("opening_times", "Opening times", times or "No opening times listed"))
    steps = [
        f"{number}. {step['title']}" + (f" ({step['how_long']})" if step.get("how_long") else "")
        + (f": {step['detail']}" if step.get("detail") else "")
        for number, step in enumerate(snapshot.get("steps", []), start=1)
    ]  # fmt: skip
    parts.append(("steps", "Steps to get it", "\n".join(steps) or "No steps listed"))
    questions = LocalOfferQuestion.objects.filter(pk__in=[int(pk) for pk in snapshot.get("answers", {})])
    for question in questions:
        text = snapshot["answers"].get(str(question.pk)) or "Not answered"
        parts.append((f"answers.{question.pk}", question.question, text))
    return parts


def snapshot_texts(snapshot):
    """Each part of a listing in words, in the order the listing page reads: (label, text) pairs."""
    return [(label, text) for _, label, text in snapshot_parts(snapshot)]


def snapshot_part(snapshot, key):
    """The value of one part of a snapshot, by its key (None for an answer it does not give)."""
    kind, _, name = key.partition(".")
    if kind == "service":
        return snapshot.get("service", {}).get(name)
    if kind == "answers":
        return snapshot.get("answers", {}).get(name)
    return snapshot.get(kind)


def snapshot_part_set(snapshot, key, value):
    """Set one part of a snapshot, by its key; an answer set to None is taken out."""
    kind, _, name = key.partition(".")
    if kind == "service":
        snapshot.setdefault("service", {})[name] = value
    elif kind == "answers":
        answers = snapshot.setdefault("answers", {})
        if value is None:
            answers.pop(name, None)
        else:
            answers[name] = value
    else:
        snapshot[kind] = value


def snapshots_compare(*versions):
    """Field-by-field comparison of two or more snapshots: rows of (label, [text in each]) where any differ.

    A part missing from one version (an answer to a question only one gives) reads "Not answered".
    """
    texts = [dict(snapshot_texts(version)) for version in versions]
    labels = []
    for version in versions:
        labels += [label for label, _ in snapshot_texts(version) if label not in labels]
    rows = []
    for label in labels:
        values = [text.get(label, "Not answered") for text in texts]
        if len(set(values)) > 1:
            rows.append((label, values))
    return rows


def _unique_slug(name):
    base = slugify(name)[:190] or "service"
    slug, number = base, 1
    while Service.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _stamp(obj, *, by, reason, when):
    obj._history_user, obj._change_reason, obj._history_date = by, reason, when


def _stored_value(model, name, value):
    """A snapshot's value as the model field holds it (opening times are "09:30" in a snapshot)."""
    if model is OpeningTime and name in ("opens", "closes"):
        return datetime.time.fromisoformat(value)
    if model is OpeningTime and name == "weekday":
        return int(value)
    return value


def _sync_rows(*, model, service, rows, fields, by, reason, when, after_save=None):
    """Make the service's rows of `model` exactly `rows`: update those kept, add new ones, delete the rest."""
    existing = {row.pk: row for row in model.objects.filter(service=service)}
    kept = set()
    for values in rows:
        row = existing.get(values.get("id"))
        if row is None:
            row = model(service=service)
        else:
            kept.add(row.pk)
        wanted = {name: _stored_value(model, name, values[name]) for name in fields}
        if row.pk is None or any(getattr(row, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(row, name, value)
            if model is Location and "postcode" in fields:
                row.latitude = row.longitude = None  # found again from the postcode
            _stamp(row, by=by, reason=reason, when=when)
            row.save()
        if after_save:
            after_save(row, values)
    for pk, row in existing.items():
        if pk not in kept:
            _stamp(row, by=by, reason=reason, when=when)
            row.delete()


def _set_accessibility(place, values):
    wanted = set(values.get("accessibility", []))
    if set(place.accessibility.values_list("pk", flat=True)) != wanted:
        place.accessibility.set(AccessibilityFeature.objects.filter(pk__in=wanted))


@transaction.atomic
def listing_apply(*, snapshot, by, reason, service=None, when=None):
    """Write a snapshot to the database, as one change recorded in the history with `reason`.

    Makes a new service when `service` is None (published, with a web address from its name).
    Applying counts as the listing's review. Returns the service.
    """
    when = when or timezone.now()
    if service is None:
        service = Service(organisation_id=snapshot["organisation"], slug=_unique_slug(snapshot["service"]["name"]))
    elif snapshot.get("organisation"):
        service.organisation_id = snapshot["organisation"]
    for name, value in snapshot["service"].items():
        if name in SERVICE_FIELDS:
            setattr(service, name, value)
    today = timezone.localdate(when)
    service.last_reviewed, service.review_due = today, review_due_after(today)
    _stamp(service, by=by, reason=reason, when=when)
    service.save()
    service.categories.set(Category.objects.filter(pk__in=snapshot.get("categories", [])))
    service.needs.set(Need.objects.filter(pk__in=snapshot.get("needs", [])))
    stamp = {"by": by, "reason": reason, "when": when}
    _sync_rows(
        model=Location, service=service, rows=snapshot.get("locations", []), fields=LOCATION_FIELDS,
        after_save=_set_accessibility, **stamp,
    )  # fmt: skip
    _sync_rows(
        model=OpeningTime, service=service, rows=snapshot.get("opening_times", []), fields=OPENING_TIME_FIELDS, **stamp
    )
    if "steps" in snapshot:  # changes sent before steps existed leave them alone
        _sync_rows(model=AccessStep, service=service, rows=snapshot["steps"], fields=STEP_FIELDS, **stamp)
    answers = {int(pk): text for pk, text in snapshot.get("answers", {}).items() if text.strip()}
    asked = set(LocalOfferQuestion.objects.filter(pk__in=answers).values_list("pk", flat=True))
    existing = {answer.question_id: answer for answer in LocalOfferAnswer.objects.filter(service=service)}
    for question_id, answer in existing.items():
        if question_id not in answers:
            _stamp(answer, **stamp)
            answer.delete()
    for question_id, text in answers.items():
        if question_id not in asked:
            continue
        answer = existing.get(question_id) or LocalOfferAnswer(service=service, question_id=question_id)
        if answer.pk is None or answer.answer != text:
            answer.answer = text
            _stamp(answer, **stamp)
            answer.save()
    return service
