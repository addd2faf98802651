"""Restoring an earlier version of a record with history: first what would change, then doing it.

`version_restore_plan` works out, without writing anything, what restoring a version would do:
each field that would change (now and after), the fields kept as they are now (a service's
review dates), and for records edited together with their rows (a service's opening times and
answers) how those rows would change. `version_restore` carries the plan out as one new, recorded
change, so a restore can itself be undone.
"""

from dataclasses import dataclass, field

from django.contrib.admin.utils import display_for_field
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from simple_history.utils import get_m2m_reverse_field_name

from localoffer.core.words import count_in_words, shortened

EMPTY = "(empty)"


class VersionRestoreError(Exception):
    """The version cannot be restored as it is; the message says why, in words staff understand."""


@dataclass
class FieldChange:
    """One field: its label, its value now and its value after restoring (or in that version, when kept)."""

    label: str
    now: str
    after: str


@dataclass
class RelatedChange:
    """Rows edited with the record (a service's opening times, say): each as text now and after restoring.

    `restore(by=..., when=...)` puts the rows back as they were; it is called inside the restore's
    transaction.
    """

    label: str
    now: list
    after: list
    restore: callable
    notes: list = field(default_factory=list)
    deleted: int = 0  # how many of the rows there are now the restore deletes
    singular: str = "row"
    plural: str = "rows"

    @property
    def changes(self):
        return self.now != self.after


@dataclass
class RestorePlan:
    """What restoring `record` (a historical record) over `current` would do."""

    record: object
    current: object
    restored: object  # `current` with the version's values, unsaved
    record_changes: bool  # whether any of the record's own fields (not its many-to-many ones) change
    fields: list
    m2m: dict  # field name -> the ids the version had, for the m2m fields that would change
    kept: list
    related: list
    errors: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def related_changes(self):
        return [change for change in self.related if change.changes]

    @property
    def deletions(self):
        """What the restore deletes, in words ("two opening times and one Local Offer answer"), or ""."""
        parts = [
            count_in_words(change.deleted, change.singular, change.plural) for change in self.related if change.deleted
        ]
        return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)

    @property
    def changes_anything(self):
        return bool(self.fields or self.m2m or self.related_changes)


def field_text(obj, model_field):
    """A field's value on `obj` as staff read it: choice labels, names of related records, "(empty)"."""
    if model_field.is_relation and model_field.many_to_one:
        try:
            value = getattr(obj, model_field.name)
        except ObjectDoesNotExist:
            return f"(deleted: {getattr(obj, model_field.attname)})"
        return str(value) if value is not None else EMPTY
    return str(display_for_field(getattr(obj, model_field.attname), model_field, EMPTY))


def _m2m_ids(record, m2m_field):
    column = get_m2m_reverse_field_name(m2m_field) + "_id"
    return sorted(getattr(row, column) for row in getattr(record, m2m_field.name).all())


def _names(model, ids):
    return ", ".join(sorted(str(obj) for obj in model._base_manager.filter(pk__in=ids))) or EMPTY


def version_restore_plan(*, record, current, kept_fields=(), related=None):
    """What restoring the historical `record` over `current` would change; writes nothing.

    `kept_fields` stay as they are now. `related`, when given, is called with (current, record)
    and returns a RelatedChange for each kind of row edited with the record. The restored record
    is validated as a save would be, and any reason it cannot be saved is in `errors`.
    """
    model = type(current)
    current = model._base_manager.get(pk=current.pk)
    version = record.instance
    restored = model._base_manager.get(pk=current.pk)
    changes, kept = [], []
    for model_field in model._meta.concrete_fields:
        if not model_field.editable or model_field.primary_key:
            continue
        label = str(model_field.verbose_name).capitalize()
        now, then = field_text(current, model_field), field_text(version, model_field)
        if model_field.name in kept_fields:
            if now != then:
                kept.append(FieldChange(label=label, now=now, after=then))
            continue
        setattr(restored, model_field.attname, getattr(version, model_field.attname))
        if getattr(current, model_field.attname) != getattr(restored, model_field.attname):
            changes.append(FieldChange(label=label, now=now, after=then))

    record_changes = bool(changes)
    m2m, notes = {}, []
    for m2m_field in getattr(record, "_history_m2m_fields", []):
        wanted = _m2m_ids(record, m2m_field)
        target = m2m_field.related_model
        existing = set(target._base_manager.filter(pk__in=wanted).values_list("pk", flat=True))
        if len(existing) < len(wanted):
            notes.append(f"Some {m2m_field.verbose_name} of that version have since been deleted and stay out.")
        wanted = [pk for pk in wanted if pk in existing]
        now_ids = sorted(getattr(current, m2m_field.name).values_list("pk", flat=True))
        if wanted != now_ids:
            m2m[m2m_field.name] = wanted
            label = str(m2m_field.verbose_name).capitalize()
            changes.append(FieldChange(label=label, now=_names(target, now_ids), after=_names(target, wanted)))

    errors = []
    try:
        restored.full_clean()
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            prefix = "" if name == "__all__" else f"{str(model._meta.get_field(name).verbose_name).capitalize()}: "
            errors += [f"{prefix}{message}" for message in messages]
    return RestorePlan(
        record=record,
        current=current,
        restored=restored,
        record_changes=record_changes,
        fields=changes,
        m2m=m2m,
        kept=kept,
        related=related(current, record) if related else [],
        errors=errors,
        notes=notes,
    )


def version_label(record):
    """How a version is named to staff: when it was saved."""
    return f"the version of {timezone.localtime(record.history_date):%-d %B %Y, %H:%M:%S}"


@transaction.atomic
def version_restore(*, plan, by):
    """Carry out a plan as one new change by `by`, its opening times and answers included.

    Raises VersionRestoreError, having written nothing, when the record cannot be saved that way
    (another record took its web address since the plan was made, say).
    """
    if plan.errors:
        raise VersionRestoreError(" ".join(plan.errors))
    model = type(plan.current)
    model._base_manager.select_for_update().filter(pk=plan.current.pk).first()
    when = timezone.now()
    reason = shortened(f"Restored {version_label(plan.record)}")
    restored = plan.restored
    restored._history_user, restored._change_reason, restored._history_date = by, reason, when
    try:
        with transaction.atomic():
            if plan.record_changes:
                restored.save()
            for name, ids in plan.m2m.items():
                getattr(restored, name).set(ids)
            for change in plan.related_changes:
                change.restore(by=by, when=when, reason=reason)
    except IntegrityError as error:
        raise VersionRestoreError(
            "Someone changed this record while you were looking at it, so nothing was restored. Look at the "
            "version again."
        ) from error
    return restored
