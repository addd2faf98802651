"""The recorded changes to a service's places, opening times, answers, waits and steps, and restoring some.

Those are edited on the service's own page, so their history is shown there beside the service's,
and restoring an earlier version of the service puts its opening times and answers back too.
"""

from localoffer.core.words import number_in_words
from services.models import AccessStep, LocalOfferAnswer, LocalOfferQuestion, Location, OpeningTime, Wait

RELATED_CHANGES_SHOWN = 100


def _describe(record):
    if record.instance.__class__ is LocalOfferAnswer:
        return record.question.question if record.question_id else "Local Offer answer"
    return str(record.instance)


def service_related_changes(*, service_id, limit=RELATED_CHANGES_SHOWN):
    """The latest changes to the service's places, opening times and answers: who, when, what and which fields."""
    records, earlier = [], {}
    for model in (Location, OpeningTime, LocalOfferAnswer, Wait, AccessStep):
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


def _rows_as_of(model, *, service_id, when):
    """The service's rows of `model` as they stood at `when`, as unsaved instances by id, and what is known.

    Returns (rows, recorded, created_later): `recorded` holds the ids of rows with any history at or
    before `when`, `created_later` those whose history starts with their creation after it. A row in
    neither (written without history, by a bulk load say) is one nothing is known about at that time.
    """
    records = model.history.filter(service_id=service_id).order_by("id", "-history_date", "-history_id")
    rows, recorded, created_later = {}, set(), set()
    for record in records:
        if record.history_date > when:
            if record.history_type == "+":
                created_later.add(record.id)
            continue
        recorded.add(record.id)
        if record.id not in rows:
            rows[record.id] = record
    return (
        {pk: record.instance for pk, record in rows.items() if record.history_type != "-"},
        recorded,
        created_later,
    )


def _tracked_values(row):
    return {f.attname: getattr(row, f.attname) for f in row._meta.concrete_fields if f.editable}


RESTORED_ROWS = [(OpeningTime, "Opening times"), (LocalOfferAnswer, "Local Offer answers")]


def _row_texts(model, rows):
    """The rows as staff read them, in the order the service page shows them."""
    if model is OpeningTime:
        rows = sorted(rows, key=lambda row: (row.weekday, row.opens, row.closes))
        return [f"{row}{f' ({row.note})' if row.note else ''}" for row in rows]
    questions = {q.pk: q for q in LocalOfferQuestion.objects.filter(pk__in=[row.question_id for row in rows])}
    rows = sorted(rows, key=lambda row: (questions[row.question_id].order, str(questions[row.question_id])))
    return [f"{questions[row.question_id]}: {row.answer}" for row in rows]


def _rows_change(*, model, label, service_id, when):
    from localoffer.staff.versions import RelatedChange

    now = {row.pk: row for row in model.objects.filter(service_id=service_id)}
    then, recorded, created_later = _rows_as_of(model, service_id=service_id, when=when)
    notes = []
    # Rows with no history at that time were not absent then: nothing is known of them, so they stay.
    unknown = {pk: row for pk, row in now.items() if pk not in recorded and pk not in created_later}
    if unknown:
        plural = str(model._meta.verbose_name_plural)
        if not recorded:
            notes.append(
                f"There is no record of the {plural} as they were at that time, so they are left as they are now."
            )
        else:
            notes.append(
                f"{number_in_words(len(unknown)).capitalize()} of the {plural} "
                f"{'has' if len(unknown) == 1 else 'have'} no record of how "
                f"{'it was' if len(unknown) == 1 else 'they were'} at that time, so "
                f"{'it is' if len(unknown) == 1 else 'they are'} left as now."
            )
        then = {**then, **unknown}
    if model is LocalOfferAnswer:
        asked = {row.question_id for row in then.values()}
        still_asked = set(LocalOfferQuestion.objects.filter(pk__in=asked).values_list("pk", flat=True))
        if asked - still_asked:
            notes.append("Answers to questions that have since been deleted cannot be restored and stay out.")
            then = {pk: row for pk, row in then.items() if row.question_id in still_asked}

    def restore(*, by, when, reason):
        for pk, row in now.items():
            if pk not in then:
                row._history_user, row._history_date, row._change_reason = by, when, reason
                row.delete()
        for pk, row in then.items():
            row._history_user, row._history_date, row._change_reason = by, when, reason
            if pk not in now:
                row.save(force_insert=True)
            elif _tracked_values(row) != _tracked_values(now[pk]):
                row.save()

    return RelatedChange(
        label=label,
        now=_row_texts(model, now.values()),
        after=_row_texts(model, then.values()),
        restore=restore,
        notes=notes,
        deleted=sum(1 for pk in now if pk not in then),
        singular=str(model._meta.verbose_name),
        plural=str(model._meta.verbose_name_plural),
    )


def service_rows_restore_changes(service, record):
    """How restoring the service `record` would change its opening times and answers, one RelatedChange each.

    The rows go back to how they were when that version was saved: a save in the admin stamps
    the service and the rows edited with it with one time, so they go back together.
    """
    return [
        _rows_change(model=model, label=label, service_id=service.pk, when=record.history_date)
        for model, label in RESTORED_ROWS
    ]
