"""Any change to the directory makes cached search results stale and moves on the version of each listing
that shows it (services/listing_versions.py); an approved provider change is announced.

A glossary term counts as a change to the directory too: service pages explain its terms; so does the
crisis panel, whose words the directory's search reads with its vocabulary, and an information page,
which service pages link to "while you wait".
"""

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import Signal

from localoffer.content.models import CrisisPanel, GlossaryTerm, InformationPage
from services import models
from services.directory_version import directory_changed
from services.listing_versions import listings_changed

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


SUGGESTED_SERVICES = models.Service.while_you_wait_services.through
SUGGESTED_PAGES = models.Service.while_you_wait_pages.through
SERVICE_OWN_ROWS = (models.Location, models.OpeningTime, models.Wait, models.AccessStep, models.LocalOfferAnswer)


def services_suggesting(service):
    """The services that suggest this one while families wait (their pages show its name)."""
    return SUGGESTED_SERVICES.objects.filter(to_service=service).values("from_service_id").distinct()


def own_service(row):
    return models.Service.objects.filter(pk=row.service_id)


SHOWN_BY = {
    models.Service: lambda service: models.Service.objects.filter(
        Q(pk=service.pk) | Q(pk__in=services_suggesting(service))
    ),
    **dict.fromkeys(SERVICE_OWN_ROWS, own_service),
    models.Organisation: lambda organisation: models.Service.objects.filter(organisation=organisation),
    models.AccessibilityFeature: lambda feature: models.Service.objects.filter(locations__accessibility=feature),
    models.LocalOfferQuestion: lambda question: models.Service.objects.filter(answers__question=question),
    models.Category: lambda term: models.Service.objects.filter(Q(categories=term) | Q(categories__parent=term)),
    models.Need: lambda term: models.Service.objects.filter(Q(needs=term) | Q(needs__parent=term)),
    InformationPage: lambda page: SUGGESTED_PAGES.objects.filter(informationpage=page).values("service_id").distinct(),
}


def services_showing(instance):
    """The services whose page, record or card shows this row (a queryset of them or their ids), or None."""
    shown_by = SHOWN_BY.get(type(instance))
    return shown_by(instance) if shown_by else None


def listings_touched(instance):
    services = services_showing(instance)
    if services is not None:
        listings_changed(services=services)


def on_change(sender, instance=None, **kwargs):
    directory_changed()
    if instance is not None:
        listings_touched(instance)


def on_service_delete(sender, instance, **kwargs):
    """Before a service goes, the pages that suggest it move on (their links to it go with it)."""
    listings_changed(services=services_suggesting(instance))


def on_many_changed(sender, instance, action, **kwargs):
    """A many-to-many change moves on the listings on either side of it."""
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    directory_changed()
    reverse, pk_set = kwargs["reverse"], kwargs["pk_set"]
    if reverse and action != "pre_clear" and pk_set:
        for row in kwargs["model"].objects.filter(pk__in=pk_set):
            listings_touched(row)
    else:
        listings_touched(instance)


def connect():
    """Listen for saves, deletes and many-to-many changes on every directory model."""
    pre_delete.connect(on_service_delete, sender=models.Service, dispatch_uid="listing-delete-Service")
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
        m2m_changed.connect(on_many_changed, sender=through, dispatch_uid=f"directory-m2m-{through.__name__}")


# Sent inside the transaction that applies a provider's change, once it is in the database:
# `change` (the PendingChange), `service`, `report_ids` (the problem reports it fixes) and
# `changes` (rows of (label, [before, after]) in words). Co-production tells the reporters.
listing_change_approved = Signal()
