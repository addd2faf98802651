"""Any change to the directory makes cached search results and kept service pages stale; an approved
provider change is announced.

A glossary term counts as a change to the directory too: service pages explain its terms; so does the
crisis panel, whose words the directory's search reads with its vocabulary, and an information page,
which service pages link to "while you wait".
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal

from localoffer.content.models import CrisisPanel, GlossaryTerm, InformationPage
from services import models
from services.directory_version import directory_changed

DIRECTORY_MODELS = [
    models.AccessibilityFeature, models.Category, models.LocalOfferAnswer, models.LocalOfferQuestion,
    models.Location, models.Need, models.OpeningTime, models.Organisation, models.SearchTerm, models.Service,
    models.Wait, models.AccessStep,
]  # fmt: skip
THROUGH_MODELS = [
    models.Service.categories.through,
    models.Service.needs.through,
    models.Location.accessibility.through,
    models.Service.while_you_wait_services.through,
    models.Service.while_you_wait_pages.through,
]


def on_change(sender, **kwargs):
    directory_changed()


def connect():
    """Listen for saves, deletes and many-to-many changes on every directory model."""
    for model in DIRECTORY_MODELS:
        post_save.connect(on_change, sender=model, dispatch_uid=f"directory-save-{model.__name__}")
        post_delete.connect(on_change, sender=model, dispatch_uid=f"directory-delete-{model.__name__}")
    post_save.connect(on_change, sender=GlossaryTerm, dispatch_uid="directory-save-GlossaryTerm")
    post_delete.connect(on_change, sender=GlossaryTerm, dispatch_uid="directory-delete-GlossaryTerm")
    post_save.connect(on_change, sender=CrisisPanel, dispatch_uid="directory-save-CrisisPanel")
    post_delete.connect(on_change, sender=CrisisPanel, dispatch_uid="directory-delete-CrisisPanel")
    # Service pages link to advice pages "while you wait".
    post_save.connect(on_change, sender=InformationPage, dispatch_uid="directory-save-InformationPage")
    post_delete.connect(on_change, sender=InformationPage, dispatch_uid="directory-delete-InformationPage")
    for through in THROUGH_MODELS:
        m2m_changed.connect(on_change, sender=through, dispatch_uid=f"directory-m2m-{through.__name__}")


# Sent inside the transaction that applies a provider's change, once it is in the database:
# `change` (the PendingChange), `service`, `report_ids` (the problem reports it fixes) and
# `changes` (rows of (label, [before, after]) in words). Co-production tells the reporters.
listing_change_approved = Signal()
