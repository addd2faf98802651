"""Forums and events: what is coming up, booking a place or a waiting-list place, and purging."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone

from coproduction.models import Booking, Event
from localoffer.mail import email_queue


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


@transaction.atomic
def event_book(*, event, name, email, access_needs=""):
    """Book a place, or a waiting-list place when the event is full; email the outcome.

    Returns "booked" or "waiting". The event row is locked, so two people never take the last place.
    An address that has already booked keeps its booking, is emailed about it, and the person at
    the keyboard sees the same outcome a new booking would have had: nothing about it leaks.
    """
    event = Event.objects.select_for_update().get(pk=event.pk)
    full = places_left(event) == 0
    outcome = Booking.Status.WAITING if full else Booking.Status.BOOKED
    existing = event.bookings.filter(email__iexact=email).exclude(status=Booking.Status.CANCELLED).first()
    if existing is None:
        try:
            with transaction.atomic():
                booking = Booking.objects.create(
                    event=event, name=name, email=email, access_needs=access_needs, status=outcome
                )
        except IntegrityError:
            return outcome
        template, subject = (
            ("booked", f"Your place: {event.title}")
            if outcome == "booked"
            else (
                "waiting",
                f"Waiting list: {event.title}",
            )
        )
    else:
        booking, template, subject = existing, "already-booked", f"You have already booked: {event.title}"
    email_queue(
        to=booking.email,
        subject=subject,
        body=render_to_string(f"coproduction/email/{template}.txt", {"booking": booking, "event": event}),
        purpose=f"booking-{template}",
    )
    return outcome


@transaction.atomic
def booking_cancel(*, booking):
    """Cancel a booking; if it held a place, offer it to the first on the waiting list and email them.

    Returns the booking moved off the waiting list, or None.
    """
    event = Event.objects.select_for_update().get(pk=booking.event_id)
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == Booking.Status.CANCELLED:
        return None
    held_place = booking.status == Booking.Status.BOOKED
    booking.status = Booking.Status.CANCELLED
    booking.save(update_fields=["status"])
    if not held_place or event.cancelled or places_left(event) == 0:
        return None
    promoted = event.bookings.filter(status=Booking.Status.WAITING).order_by("created_at").first()
    if promoted is None:
        return None
    promoted.status = Booking.Status.BOOKED
    promoted.save(update_fields=["status"])
    email_queue(
        to=promoted.email,
        subject=f"A place has come up: {event.title}",
        body=render_to_string("coproduction/email/booked.txt", {"booking": promoted, "event": event}),
        purpose="booking-promoted",
    )
    return promoted


def bookings_purge(*, now=None):
    """Delete bookings for events that ended longer ago than the retention period."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["booking_after_event"])
    _, deleted = Booking.objects.filter(event__ends_at__lt=cutoff).delete()
    return deleted.get("coproduction.Booking", 0)
