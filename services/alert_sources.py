"""Alerts for a saved search: new services, and services that changed, among those the search finds."""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.http import QueryDict

from localoffer.core.alerts import AlertItem, AlertSource
from services.models import Service, Wait
from services.search import search_described, search_index, search_matching_ids, search_params_parse

# Fields whose change is not news to a family.
QUIET_FIELDS = {"updated", "created", "last_reviewed", "review_due", "slug", "id", "organisation"}


def _field_name(name):
    try:
        return str(Service._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:  # a field since removed
        return name.replace("_", " ")


def services_changes_collect(*, since, now):
    """Every visible service's changes since `since`: {id: (name, url, [(when, what changed)])}; a few queries."""
    index = search_index()
    visible = index.service_ids()
    changes = {}
    records = list(
        Service.history.filter(history_date__gt=since, history_date__lte=now, id__in=visible).order_by(
            "id", "history_date", "history_id"
        )
    )
    previous = {}
    for record in records:
        if record.history_type == "+":
            changes.setdefault(record.id, []).append((record.history_date, "New in the directory"))
        elif record.history_type == "~":
            before = previous.get(record.id) or record.prev_record
            if before is not None:
                delta = record.diff_against(before)
                fields = [_field_name(name) for name in delta.changed_fields if name not in QUIET_FIELDS]
                if fields:
                    changes.setdefault(record.id, []).append((record.history_date, f"Changed: {', '.join(fields)}"))
        previous[record.id] = record
    for record in Wait.history.filter(history_date__gt=since, history_date__lte=now, service_id__in=visible).order_by(
        "history_date"
    ):
        wait = record.instance
        what = "Waiting time removed" if record.history_type == "-" else f"Waiting time: {wait}"
        changes.setdefault(record.service_id, []).append((record.history_date, what))
    names = {
        pk: (name, slug) for pk, name, slug in Service.objects.filter(pk__in=changes).values_list("pk", "name", "slug")
    }
    return {
        "index": index,
        "changes": {
            pk: (names[pk][0], settings.SITE_URL + Service(slug=names[pk][1]).get_absolute_url(), found)
            for pk, found in changes.items()
            if pk in names
        },
        "matches": {},
    }


def services_alert_items(*, alert, collected):
    """The new and changed services the alert's search finds, each with what changed since its last email."""
    matches = collected["matches"]
    if alert.query not in matches:
        params = search_params_parse(data=QueryDict(alert.query))
        matches[alert.query] = search_matching_ids(params=params, index=collected["index"])
    found = matches[alert.query]
    items = []
    for pk, (name, url, changes) in collected["changes"].items():
        if pk not in found:
            continue
        recent = [(when, what) for when, what in changes if when > alert.last_sent_at]
        if recent:
            lines = list(dict.fromkeys(what for _, what in recent))
            items.append(AlertItem(title=name, url=url, at=max(when for when, _ in recent), changes=lines))
    return sorted(items, key=lambda item: item.title)


def services_alert_describe(*, query):
    return search_described(params=search_params_parse(data=QueryDict(query)))


SOURCES = [
    AlertSource(
        kind="services",
        noun="services",
        collect=services_changes_collect,
        items=services_alert_items,
        describe=services_alert_describe,
        back="/services/",
    )
]
