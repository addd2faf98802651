"""Any change to the directory makes cached search results and kept service pages stale, and records
which listings it touched for each server's search index; an approved provider change is announced.

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
    models.Wait, models.AccessStep, models.ServiceTranslation,
]  # fmt: skip
THROUGH_MODELS = [
    models.Service.categories.through,
    models.Service.needs.through,
    models.Location.accessibility.through,
    models.Service.while_you_wait_services.through,
    models.Service.while_you_wait_pages.through,
    models.SearchTerm.related_kinds.through,
]


# What the search index reads from each: a change to one of these may touch every listing's entry.
WHOLE_DIRECTORY_MODELS = (models.AccessibilityFeature, models.Category, models.Need, models.SearchTerm, CrisisPanel)
# Shown on service pages but not searched: a change moves the version on and touches no listing's entry.
PAGE_ONLY_MODELS = (models.LocalOfferQuestion, GlossaryTerm, InformationPage)


def services_touched(sender, instance):
    """The ids of the services a saved or deleted row belongs to, or None for every service."""
    if sender in WHOLE_DIRECTORY_MODELS:
        return None
    if sender in PAGE_ONLY_MODELS:
        return ()
    if sender is models.Service:
        return (instance.pk,)
    if sender is models.Organisation:
        return models.Service.objects.filter(organisation_id=instance.pk).values_list("pk", flat=True)
    service_id = getattr(instance, "service_id", None)  # a listing's place, answer, wait, opening time or step
    return None if service_id is None else (service_id,)


def on_change(sender, instance, **kwargs):
    directory_changed(services=services_touched(sender, instance))


def services_linked(instance, model, pk_set):
    """The ids of the services a many-to-many change touched, or None when it cannot say."""
    if isinstance(instance, models.Service):
        services = {instance.pk}
        if model is models.Service and pk_set:  # the other side of a "while you wait" link shows it too
            services |= set(pk_set)
        return services
    if isinstance(instance, models.Location):
        return (instance.service_id,)
    if pk_set is None:
        return None
    if model is models.Service:
        return pk_set
    if model is models.Location:
        return models.Location.objects.filter(pk__in=pk_set).values_list("service_id", flat=True)
    return None


def on_link_change(sender, instance, action, model, pk_set, **kwargs):
    if action.startswith("post_"):
        directory_changed(services=services_linked(instance, model, pk_set))


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
        m2m_changed.connect(on_link_change, sender=through, dispatch_uid=f"directory-m2m-{through.__name__}")


# Sent inside the transaction that applies a provider's change, once it is in the database:
# `change` (the PendingChange), `service`, `report_ids` (the problem reports it fixes) and
# `changes` (rows of (label, [before, after]) in words). Co-production tells the reporters.
listing_change_approved = Signal()
