"""Settling a provider's change to a listing that staff edited meanwhile: part by part, not all or nothing.

A part (a field, the places, the opening times, one answer) is in conflict when staff changed it
after the provider began editing and the provider's version would change it again. For each, the
editor keeps the website's version (the newer staff edit), takes the provider's, or, for a text
field, writes the words themselves; the rest of the provider's change applies as proposed.
"""

import copy
from dataclasses import dataclass

from django.db import models

from services.models import Service
from services.providers.listings import listing_snapshot, snapshot_part, snapshot_part_set, snapshot_parts

WEBSITE, PROVIDER, EDITED = "website", "provider", "edited"


@dataclass
class ConflictPart:
    """One part staff changed since the provider began, which the provider's version would change too."""

    key: str
    label: str
    started: str
    now: str
    proposed: str
    provider_changed: bool  # False when the provider left it as it was, so applying would undo the staff edit
    editable: bool  # a plain text field the editor may write themselves

    @property
    def field_name(self):
        return "choice-" + self.key.replace(".", "-")

    @property
    def edit_name(self):
        return "edited-" + self.key.replace(".", "-")


def _editable(key):
    kind, _, name = key.partition(".")
    if kind != "service":
        return False
    field = Service._meta.get_field(name)
    return isinstance(field, models.CharField | models.TextField) and not field.choices


def conflict_parts(change):
    """The parts of a waiting change that clash with staff edits made after the provider began; [] when none."""
    if change.is_new_service or change.service is None:
        return []
    now = listing_snapshot(change.service)
    texts = [{key: text for key, _, text in snapshot_parts(version)} for version in (change.original, now)]
    proposed_texts = {key: (label, text) for key, label, text in snapshot_parts(change.proposed)}
    labels = {key: label for key, label, _ in snapshot_parts(now)} | {k: v[0] for k, v in proposed_texts.items()}
    parts = []
    for key, label in labels.items():
        started, current, wanted = (snapshot_part(version, key) for version in (change.original, now, change.proposed))
        if current in (started, wanted):
            continue
        parts.append(
            ConflictPart(
                key=key,
                label=label,
                started=texts[0].get(key, "Not answered"),
                now=texts[1].get(key, "Not answered"),
                proposed=proposed_texts.get(key, (label, "Not answered"))[1],
                provider_changed=wanted != started,
                editable=_editable(key),
            )
        )
    return parts


def conflict_choices_read(*, parts, data):
    """The editor's choice for each part from a posted form: ({key: (choice, edited text)}, {key: error})."""
    choices, errors = {}, {}
    for part in parts:
        choice = data.get(part.field_name, "")
        edited = data.get(part.edit_name, "").strip()
        if choice not in (WEBSITE, PROVIDER) and not (choice == EDITED and part.editable):
            errors[part.key] = f"Choose which {part.label.lower()} to keep"
        elif choice == EDITED and not edited:
            errors[part.key] = f"Write the {part.label.lower()} to publish, or choose one of the versions"
        choices[part.key] = (choice, edited)
    return choices, errors


def snapshot_settle(*, change, choices):
    """The listing to publish: the provider's version, with each conflicting part as the editor chose.

    Returns (snapshot, labels of the parts where a newer staff edit is replaced).
    """
    now = listing_snapshot(change.service)
    settled = copy.deepcopy(change.proposed)
    replaced = []
    for part in conflict_parts(change):
        choice, edited = choices.get(part.key, (WEBSITE, ""))
        if choice == WEBSITE:
            snapshot_part_set(settled, part.key, snapshot_part(now, part.key))
        else:
            if choice == EDITED:
                snapshot_part_set(settled, part.key, edited)
            replaced.append(part.label)
    return settled, replaced
