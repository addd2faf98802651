"""The shortlist: services a family wants to remember, kept in their session (no account needed)."""

import uuid

from django.core import signing
from django.template.loader import render_to_string

from localoffer.core.mail import email_queue
from services.models import Service

SESSION_KEY = "shortlist"
MAX_SERVICES = 50


def shortlist_ids(*, session):
    """The shortlisted service ids, oldest first, as strings."""
    return list(session.get(SESSION_KEY, []))


def shortlist_add(*, session, service):
    """Add a service (once); the oldest falls off beyond MAX_SERVICES. Returns the new list."""
    ids = [pk for pk in shortlist_ids(session=session) if pk != str(service.pk)]
    ids = [*ids, str(service.pk)][-MAX_SERVICES:]
    session[SESSION_KEY] = ids
    return ids


def shortlist_remove(*, session, service_id):
    """Remove a service if it is there. Returns the new list."""
    ids = [pk for pk in shortlist_ids(session=session) if pk != str(service_id)]
    session[SESSION_KEY] = ids
    return ids


def shortlist_services(*, session):
    """The shortlisted services the public can still see, in the order they were added, with their details."""
    return shortlist_services_by_ids(ids=shortlist_ids(session=session))


LINK_SALT = "services.shortlist.link"


def shortlist_link_token(*, ids):
    """A signed token for a share link that holds the shortlist's service ids (and nothing about the family)."""
    return signing.dumps([str(pk) for pk in ids][:MAX_SERVICES], salt=LINK_SALT, compress=True)


def shortlist_link_ids(*, token):
    """The service ids a share link holds, or None when it was changed or made up."""
    try:
        ids = signing.loads(token, salt=LINK_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(ids, list) or not all(isinstance(pk, str) for pk in ids):
        return None
    return ids[:MAX_SERVICES]


def shortlist_services_by_ids(*, ids):
    """The services with these ids the public can still see, in the order given, with their details."""
    valid = []
    for pk in ids:
        try:
            valid.append(str(uuid.UUID(pk)))
        except ValueError:
            continue
    if not valid:
        return []
    services = (
        Service.objects.visible()
        .filter(pk__in=valid)
        .select_related("organisation")
        .prefetch_related("locations", "opening_times")
    )
    by_id = {str(service.pk): service for service in services}
    return [by_id[pk] for pk in valid if pk in by_id]


def shortlist_keep(*, session, ids):
    """Add the services from a shared list to this device's shortlist. Returns the new list."""
    kept = shortlist_ids(session=session)
    for service in shortlist_services_by_ids(ids=ids):
        kept = [pk for pk in kept if pk != str(service.pk)] + [str(service.pk)]
    session[SESSION_KEY] = kept[-MAX_SERVICES:]
    return session[SESSION_KEY]


def shortlist_email(*, services, to, link, site_url):
    """Email the shortlist (each service's name, phone, address and web address) to `to`, through the outbox.

    The address is not kept: the outbox deletes the email as soon as it is sent.
    """
    body = render_to_string("services/email/shortlist.txt", {"services": services, "link": link, "site_url": site_url})
    return email_queue(
        to=to,
        subject=f"Your shortlist of {len(services)} SEND service{'s' if len(services) != 1 else ''}",
        body=body,
        purpose="shortlist",
        delete_when_sent=True,
    )
