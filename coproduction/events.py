"""Forums and events: what is coming up, booking a place or a waiting-list place, and purging."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from coproduction.models import Booking, Event, EventChange
from localoffer.core.mail import email_queue
from localoffer.core.work_alerts import work_arrived
from services.templatetags.directory import clock


def events_upcoming(*, now=None):
    """Published events that have not ended, soonest first, with how many places are taken."""
    now = now or timezone.now()
    return (
        Event.objects.filter(published=True, ends_at__gte=now)
        .annotate(booked=Count("bookings", filter=Q(bookings__status=Booking.Status.BOOKED)))
        .order_by("starts_at")
    )


def places_left(event):
    """Places still free (None when there is no limit); expects `booked` annotated or counts it."""
    if event.capacity is None:
        return None
    booked = getattr(event, "booked", None)
    if booked is None:
        booked = event.bookings.filter(status=Booking.Status.BOOKED).count()
    return max(event.capacity - booked, 0)


def event_bookable(event, *, now=None):
    """True while people can book: the event is not cancelled and has not ended."""
    return not event.cancelled and event.ends_at >= (now or timezone.now())


def _status_for_new_booking(event):
    """A place while there are places left, otherwise the waiting list; call with the event row locked."""
    return Booking.Status.WAITING if places_left(event) == 0 else Booking.Status.BOOKED


CANCEL_SALT = "coproduction.booking-cancel"


def booking_cancel_link(*, booking):
    """The full address of the signed link in a booking's emails that lets the person cancel it themselves.

    It names the booking and its address, so it works for that booking only; once the booking is
    cancelled the link only says so, which makes it single use.
    """
    token = signing.dumps({"booking": booking.pk, "email": booking.email.lower()}, salt=CANCEL_SALT)
    return settings.SITE_URL + reverse("coproduction:booking-cancel", kwargs={"token": token})


def booking_from_cancel_token(*, token):
    """The booking a cancel link names, or None when the link was altered or its booking is gone."""
    try:
        data = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    booking = Booking.objects.select_related("event").filter(pk=data.get("booking")).first()
    if booking is None or booking.email.lower() != data.get("email"):
        return None
    return booking


def _email_outcome(booking, event):
    """Tell the person whether they have a place or are on the waiting list."""
    if booking.status == Booking.Status.BOOKED:
        template, subject = "booked", f"Your place: {event.title}"
    else:
        template, subject = "waiting", f"Waiting list: {event.title}"
    email_queue(
        to=booking.email,
        subject=subject,
        body=render_to_string(
            f"coproduction/email/{template}.txt",
            {"booking": booking, "event": event, "cancel_url": booking_cancel_link(booking=booking)},
        ),
        purpose=f"booking-{template}",
    )


def active_booking(*, event, email):
    """The booking or waiting-list place this address already holds on the event, if any."""
    return event.bookings.filter(email__iexact=email).exclude(status=Booking.Status.CANCELLED).first()


@transaction.atomic
def event_book(*, event, name, email, access_needs=""):
    """Book a place, or a waiting-list place when the event is full; email the outcome.

    Returns "booked" or "waiting". The event row is locked, so two people never take the last place.
    An address that has already booked keeps its booking, is emailed about it, and the person at
    the keyboard sees the same outcome a new booking would have had: nothing about it leaks.
    """
    event = Event.objects.select_for_update().get(pk=event.pk)
    outcome = _status_for_new_booking(event)
    existing = active_booking(event=event, email=email)
    if existing is not None:
        email_queue(
            to=existing.email,
            subject=f"You have already booked: {event.title}",
            body=render_to_string("coproduction/email/already-booked.txt", {"booking": existing, "event": event}),
            purpose="booking-already-booked",
        )
        return outcome
    try:
        with transaction.atomic():
            booking = Booking.objects.create(
                event=event, name=name, email=email, access_needs=access_needs, status=outcome
            )
    except IntegrityError:
        return outcome
    _email_outcome(booking, event)
    work_arrived(
        kind="bookings",
        title=f"{booking.get_status_display()}: {event.title}",
        admin_path=reverse("admin:coproduction_booking_change", args=[booking.pk]),
    )
    return outcome


class BookingRefused(Exception):
    """Staff cannot add this booking: the event is over or cancelled, or the address already has one."""


@transaction.atomic
def booking_add(*, booking):
    """Save a booking staff make for someone (who phoned, say) by the public booking's rules.

    `booking` is unsaved, with its event, name, email and access needs. It gets a place while
    there are places left and a waiting-list place after, and the person is emailed the outcome,
    as if they had booked themselves. Returns the saved booking; raises BookingRefused instead.
    """
    event = Event.objects.select_for_update().get(pk=booking.event_id)
    if not event_bookable(event):
        raise BookingRefused("This event has been cancelled or has ended, so it takes no bookings.")
    if active_booking(event=event, email=booking.email) is not None:
        raise BookingRefused("This email address already has a booking for this event.")
    booking.status = _status_for_new_booking(event)
    booking.save()
    _email_outcome(booking, event)
    return booking


@dataclass
class Cancellation:
    """What cancelling one booking did: whether it was cancelled now, and who was offered the place."""

    cancelled: bool
    promoted: Booking | None = None


@transaction.atomic
def booking_cancel(*, booking):
    """Cancel a booking and email the person; if it held a place, offer it to the first on the waiting list.

    A booking already cancelled is left alone and nobody is emailed. Returns a Cancellation.
    """
    event = Event.objects.select_for_update().get(pk=booking.event_id)
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == Booking.Status.CANCELLED:
        return Cancellation(cancelled=False)
    held_place = booking.status == Booking.Status.BOOKED
    booking.status = Booking.Status.CANCELLED
    booking.save(update_fields=["status"])
    email_queue(
        to=booking.email,
        subject=f"Booking cancelled: {event.title}",
        body=render_to_string(
            "coproduction/email/cancelled.txt", {"booking": booking, "event": event, "held_place": held_place}
        ),
        purpose="booking-cancelled",
    )
    if not held_place or event.cancelled or places_left(event) == 0:
        return Cancellation(cancelled=True)
    promoted = event.bookings.filter(status=Booking.Status.WAITING).order_by("created_at").first()
    if promoted is None:
        return Cancellation(cancelled=True)
    promoted.status = Booking.Status.BOOKED
    promoted.save(update_fields=["status"])
    email_queue(
        to=promoted.email,
        subject=f"A place has come up: {event.title}",
        body=render_to_string(
            "coproduction/email/booked.txt",
            {"booking": promoted, "event": event, "cancel_url": booking_cancel_link(booking=promoted)},
        ),
        purpose="booking-promoted",
    )
    return Cancellation(cancelled=True, promoted=promoted)


def people_to_tell(*, bookings):
    """How many people cancelling these bookings (or their events) would email: {"booked", "waiting", "total"}."""
    counts = bookings.aggregate(
        booked=Count("pk", filter=Q(status=Booking.Status.BOOKED)),
        waiting=Count("pk", filter=Q(status=Booking.Status.WAITING)),
    )
    return {**counts, "total": counts["booked"] + counts["waiting"]}


@transaction.atomic
def event_cancel(*, event, note=""):
    """Cancel an event: mark it cancelled and cancel every place and waiting-list place on it,
    emailing each person, with the note staff wrote, that it will not go ahead.

    Nobody is left booked on an event that is not happening, and nobody is left out: the same rule
    serves ticking "Cancelled", deleting the event and deleting its bookings. Bookings cancelled
    before are not emailed again. Returns how many people were emailed.
    """
    event = Event.objects.select_for_update().get(pk=event.pk)
    note = (note or event.cancellation_note).strip()
    if not event.cancelled:
        event_change_record(event=event, what=f"Cancelled{': ' + note if note else ''}")
    if not event.cancelled or note != event.cancellation_note:
        event.cancelled, event.cancellation_note = True, note[:300]
        event.save(update_fields=["cancelled", "cancellation_note"])
    told = 0
    active = event.bookings.select_for_update().exclude(status=Booking.Status.CANCELLED).order_by("created_at")
    for booking in active:
        held_place = booking.status == Booking.Status.BOOKED
        booking.status, booking.cancelled_with_event = Booking.Status.CANCELLED, True
        booking.save(update_fields=["status", "cancelled_with_event"])
        email_queue(
            to=booking.email,
            subject=f"Cancelled: {event.title}",
            body=render_to_string(
                "coproduction/email/event-cancelled.txt",
                {"booking": booking, "event": event, "held_place": held_place, "note": event.cancellation_note},
            ),
            purpose="booking-event-cancelled",
        )
        told += 1
    return told


def event_change_record(*, event, what, now=None):
    """Keep a change families are told about (alerts list it) and move the calendar's SEQUENCE on."""
    EventChange.objects.create(event=event, at=now or timezone.now(), what=what[:400])
    Event.objects.filter(pk=event.pk).update(sequence=F("sequence") + 1)
    event.sequence += 1


def event_changes_described(*, event, before):
    """What changed of an event's date, time and place since `before` (a copy as it was), in words."""
    starts, ends = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
    changes = []

    def minutes(*times):  # the admin sets times to the minute
        return [moment.replace(second=0, microsecond=0) for moment in times]

    if minutes(before.starts_at, before.ends_at) != minutes(event.starts_at, event.ends_at):
        changes.append(f"Now {starts:%A %-d %B %Y}, {clock(starts)} to {clock(ends)}")
    if before.where != event.where:
        changes.append(f"Now at {event.where} (was {before.where})")
    return changes


@transaction.atomic
def event_changes_tell(*, event, before):
    """After staff save an event: a new date, time or place is recorded and emailed to everyone booked or
    waiting; an event cancelled before that is not now is on again (`event_reinstate`). Returns how many
    people were emailed."""
    if before.cancelled and not event.cancelled:
        return event_reinstate(event=event)
    changes = event_changes_described(event=event, before=before)
    if not changes or event.cancelled:
        return 0
    event_change_record(event=event, what="; ".join(changes))
    active = event.bookings.exclude(status=Booking.Status.CANCELLED).order_by("created_at")
    for booking in active:
        email_queue(
            to=booking.email,
            subject=f"Changed: {event.title}",
            body=render_to_string(
                "coproduction/email/event-changed.txt",
                {
                    "booking": booking,
                    "event": event,
                    "changes": changes,
                    "cancel_url": booking_cancel_link(booking=booking),
                },
            ),
            purpose="booking-event-changed",
        )
    return len(active)


@transaction.atomic
def event_reinstate(*, event):
    """An event staff cancelled is on again: everyone whose booking went with it gets it back (a place while
    there are places, then the waiting list, in the order they booked) and is emailed. Returns how many."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.cancelled:
        return 0
    event_change_record(event=event, what="On again: it is no longer cancelled")
    event.cancellation_note = ""
    event.save(update_fields=["cancellation_note"])
    returned = event.bookings.select_for_update().filter(cancelled_with_event=True).order_by("created_at")
    told = 0
    for booking in returned:
        booking.cancelled_with_event = False
        if active_booking(event=event, email=booking.email) is None:
            booking.status = _status_for_new_booking(event)
        booking.save(update_fields=["status", "cancelled_with_event"])
        if booking.status == Booking.Status.CANCELLED:
            continue  # they have booked again since
        email_queue(
            to=booking.email,
            subject=f"On again: {event.title}",
            body=render_to_string(
                "coproduction/email/event-on-again.txt",
                {"booking": booking, "event": event, "cancel_url": booking_cancel_link(booking=booking)},
            ),
            purpose="booking-event-on-again",
        )
        told += 1
    return told


@transaction.atomic
def event_delete(*, event, note=""):
    """Delete an event after telling everyone booked or waiting that it is cancelled; returns how many were told."""
    told = event_cancel(event=event, note=note)
    Event.objects.filter(pk=event.pk).delete()
    return told


@transaction.atomic
def booking_delete(*, booking):
    """Delete a booking the way cancelling one works (the person is emailed, a freed place is offered on)."""
    result = booking_cancel(booking=booking)
    Booking.objects.filter(pk=booking.pk).delete()
    return result


def event_message(*, event, subject, text, booking=None):
    """One person's copy of a message staff send to everyone booked: (subject, body); also what staff preview."""
    body = render_to_string(
        "coproduction/email/event-message.txt",
        {"event": event, "text": text.strip(), "name": booking.name if booking else "[their name]"},
    )
    return f"{subject.strip()}: {event.title}", body


@transaction.atomic
def event_email_booked(*, event, subject, text):
    """Email everyone with a place on the event (joining details, a change of room): one email each,
    through the outbox. Those on the waiting list are not sent it. Returns how many were emailed."""
    booked = event.bookings.filter(status=Booking.Status.BOOKED).order_by("created_at")
    for booking in booked:
        email_subject, body = event_message(event=event, subject=subject, text=text, booking=booking)
        email_queue(to=booking.email, subject=email_subject, body=body, purpose="booking-message")
    return len(booked)


def bookings_purge(*, now=None):
    """Delete bookings for events that ended longer ago than the retention period."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["booking_after_event"])
    _, deleted = Booking.objects.filter(event__ends_at__lt=cutoff).delete()
    return deleted.get("coproduction.Booking", 0)
