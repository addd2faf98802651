"""Co-production forums and events, and the places people book on them."""

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse


class Event(models.Model):
    """A forum or event families can book on; full events take a waiting list."""

    class Audience(models.TextChoices):
        EVERYONE = "everyone", "Everyone"
        PARENTS = "parents", "Parents and carers"
        YOUNG_PEOPLE = "young-people", "Young people"
        PARTNERS = "partners", "Partners and schools"
        PROFESSIONALS = "professionals", "Professionals"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    summary = models.CharField(max_length=300)
    description = models.TextField(blank=True, help_text="Markdown.")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    online = models.BooleanField(default=False, help_text="Held online; joining details are sent to those booked.")
    place = models.CharField(max_length=300, blank=True, help_text="Address or venue; leave empty when online.")
    audience = models.CharField(max_length=20, choices=Audience.choices, default=Audience.EVERYONE)
    capacity = models.PositiveIntegerField(null=True, blank=True, help_text="Leave empty for no limit.")
    published = models.BooleanField(default=True)
    cancelled = models.BooleanField(default=False)
    cancellation_note = models.CharField(max_length=300, blank=True)
    topics = models.ManyToManyField(
        "localoffer.Topic",
        blank=True,
        related_name="events",
        help_text="What the event is about: families' alerts use them.",
    )
    sequence = models.PositiveIntegerField(
        default=0, editable=False, help_text="Goes up each time the date, time or place changes, or it is cancelled."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gte=models.F("starts_at")), name="event_ends_after_start"
            ),
            models.CheckConstraint(
                condition=models.Q(online=True) | ~models.Q(place=""), name="event_has_place_or_is_online"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("coproduction:event", kwargs={"slug": self.slug})

    @property
    def where(self):
        return (
            "Online" if self.online and not self.place else (f"{self.place} and online" if self.online else self.place)
        )


class EventChange(models.Model):
    """A change families are told about: the event moved, its place changed, it was cancelled or is on again."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="changes")
    at = models.DateTimeField(db_index=True)
    what = models.CharField(max_length=400)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.event}: {self.what}"


class Booking(models.Model):
    """A place on an event, or a place on its waiting list."""

    class Status(models.TextChoices):
        BOOKED = "booked", "Booked"
        WAITING = "waiting", "On the waiting list"
        CANCELLED = "cancelled", "Cancelled"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="bookings")
    name = models.CharField(max_length=100)
    email = models.EmailField()
    access_needs = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices)
    cancelled_with_event = models.BooleanField(
        default=False, editable=False, help_text="Cancelled because the event was; given back if it is on again."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["event", "created_at"]
        constraints = [
            models.UniqueConstraint(
                "event",
                Lower("email"),
                condition=~models.Q(status="cancelled"),
                name="booking_one_active_per_email_per_event",
            )
        ]
        permissions = [("view_booking_personal_data", "Can see bookers' names and contact details")]

    def __str__(self):
        return f"Booking {self.pk} for {self.event} ({self.get_status_display().lower()})"

    def get_absolute_url(self):
        return self.event.get_absolute_url()
