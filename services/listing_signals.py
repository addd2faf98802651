"""Which listings each change to the directory shows in, heard from the same signals the directory's version
hears (services/signals.py): each moves on the version of exactly those listings (services/listing_versions.py).

A service's page, record and card show its organisation, its places and their accessibility, its
opening times, waits, steps and Local Offer answers (with their questions), its categories and needs
(with their parents), and the services and advice pages it suggests while families wait.
"""

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from localoffer.content.models import InformationPage
from services import models
from services.listing_versions import listings_changed

SUGGESTED_SERVICES = models.Service.while_you_wait_services.through
SUGGESTED_PAGES = models.Service.while_you_wait_pages.through
SERVICE_OWN_ROWS = (
    models.Location,
    models.OpeningTime,
    models.Wait,
    models.AccessStep,
    models.LocalOfferAnswer,
    models.ServiceTranslation,
)
THROUGH_MODELS = [
    models.Service.categories.through,
    models.Service.needs.through,
    models.Location.accessibility.through,
    SUGGESTED_SERVICES,
    SUGGESTED_PAGES,
]


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


def on_change(sender, instance, **kwargs):
    listings_touched(instance)


def on_service_delete(sender, instance, **kwargs):
    """Before a service goes, the pages that suggest it move on (their links to it go with it)."""
    listings_changed(services=services_suggesting(instance))


def on_many_changed(sender, instance, action, **kwargs):
    """A many-to-many change moves on the listings on either side of it."""
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    reverse, pk_set = kwargs["reverse"], kwargs["pk_set"]
    if reverse and action != "pre_clear" and pk_set:
        for row in kwargs["model"].objects.filter(pk__in=pk_set):
            listings_touched(row)
    else:
        listings_touched(instance)


def connect():
    """Listen for saves, deletes and many-to-many changes of everything a listing shows."""
    pre_delete.connect(on_service_delete, sender=models.Service, dispatch_uid="listing-delete-Service")
    for model in SHOWN_BY:
        post_save.connect(on_change, sender=model, dispatch_uid=f"listing-save-{model.__name__}")
        post_delete.connect(on_change, sender=model, dispatch_uid=f"listing-delete-{model.__name__}")
    for through in THROUGH_MODELS:
        m2m_changed.connect(on_many_changed, sender=through, dispatch_uid=f"listing-m2m-{through.__name__}")
