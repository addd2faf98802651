"""The recorded changes to a service's places, opening times and Local Offer answers, for its history page.

Those are edited on the service's own page, so their history is shown there beside the service's.
"""

from services.models import LocalOfferAnswer, Location, OpeningTime

RELATED_CHANGES_SHOWN = 100


def _describe(record):
    if record.instance.__class__ is LocalOfferAnswer:
        return record.question.question if record.question_id else "Local Offer answer"
    return str(record.instance)


def service_related_changes(*, service_id, limit=RELATED_CHANGES_SHOWN):
    """The latest changes to the service's places, opening times and answers: who, when, what and which fields."""
    records, earlier = [], {}
    for model in (Location, OpeningTime, LocalOfferAnswer):
        history = model.history.filter(service_id=service_id).select_related("history_user")
        if model is LocalOfferAnswer:
            history = history.select_related("question")
        fetched = list(history.order_by("-history_date", "-history_id")[:limit])
        # Each record's previous version is the next older one fetched for the same object; only the
        # oldest fetched record of each object needs a query of its own.
        newer = {}
        for record in fetched:
            if (model, record.id) in newer:
                earlier[id(newer[(model, record.id)])] = record
            newer[(model, record.id)] = record
        records += fetched
    records.sort(key=lambda record: record.history_date, reverse=True)
    changes = []
    for record in records[:limit]:
        fields = []
        previous = earlier.get(id(record)) or (record.prev_record if record.history_type == "~" else None)
        if record.history_type == "~" and previous is not None:
            delta = record.diff_against(previous)
            fields = [record.instance._meta.get_field(name).verbose_name for name in delta.changed_fields]
        changes.append(
            {
                "when": record.history_date,
                "who": record.history_user,
                "kind": record.instance._meta.verbose_name,
                "what": _describe(record),
                "action": record.get_history_type_display(),
                "fields": fields,
            }
        )
    return changes
