"""Where and when services happen: locations, their accessibility, opening times and postcodes."""

import uuid
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from services import postcodes


class AccessibilityFeature(models.Model):
    """Something a venue offers disabled visitors: step-free access, a Changing Places toilet and so on."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Location(models.Model):
    """A place where a service is offered."""

    class Town(models.TextChoices):
        BOURNEMOUTH = "bournemouth", "Bournemouth"
        CHRISTCHURCH = "christchurch", "Christchurch"
        POOLE = "poole", "Poole"
        ELSEWHERE = "elsewhere", "Elsewhere in Dorset or Hampshire"

    service = models.ForeignKey("services.Service", on_delete=models.CASCADE, related_name="locations")
    # A location belongs to one service, so in Open Referral it is both a location and a "service at location".
    open_referral_id = models.UUIDField(
        "Open Referral id", unique=True, default=uuid.uuid4, editable=False, help_text="Its id in the open data API."
    )
    open_referral_service_at_location_id = models.UUIDField(
        "Open Referral service-at-location id", unique=True, default=uuid.uuid4, editable=False
    )
    name = models.CharField(max_length=200, help_text="For example: Kingfisher Children's Centre.")
    address = models.TextField(help_text="Street address, one line each. Leave out the town and postcode.")
    town = models.CharField(max_length=20, choices=Town)
    postcode = models.CharField(max_length=10)
    latitude = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="Filled in from the postcode when left empty.",
    )  # fmt: skip
    longitude = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="Filled in from the postcode when left empty.",
    )  # fmt: skip
    accessibility = models.ManyToManyField(
        AccessibilityFeature, blank=True, related_name="locations", verbose_name="accessibility features"
    )
    accessibility_notes = models.CharField(max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.get_town_display()}"

    def save(self, *args, **kwargs):
        if self.latitude is None or self.longitude is None:
            place = postcodes.postcode_locate(text=self.postcode, quiet=True)
            if place:
                self.latitude, self.longitude = place.latitude, place.longitude
        super().save(*args, **kwargs)

    def clean(self):
        if self.postcode:
            try:
                self.postcode = postcodes.postcode_normalise(self.postcode)
            except postcodes.PostcodeError as error:
                raise ValidationError({"postcode": str(error)}) from error

    @property
    def full_address(self):
        lines = [line.strip() for line in self.address.splitlines() if line.strip()]
        if self.town != self.Town.ELSEWHERE:
            lines.append(str(TOWN_LABELS.get(self.town, self.town)))  # get_town_display(), without its cost
        lines.append(self.postcode)
        return lines

    @property
    def directions_url(self):
        """A map with directions to this place (OpenStreetMap): by its coordinates, or by postcode."""
        if self.latitude is not None and self.longitude is not None:
            return f"https://www.openstreetmap.org/directions?route=%3B{self.latitude:.5f}%2C{self.longitude:.5f}"
        return "https://www.openstreetmap.org/search?" + urlencode({"query": self.postcode})


TOWN_LABELS = dict(Location.Town.choices)


class OpeningTime(models.Model):
    """When a service is open on one day of the week."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"
        SATURDAY = 5, "Saturday"
        SUNDAY = 6, "Sunday"

    service = models.ForeignKey("services.Service", on_delete=models.CASCADE, related_name="opening_times")
    weekday = models.PositiveSmallIntegerField(choices=Weekday)
    opens = models.TimeField()
    closes = models.TimeField()
    note = models.CharField(max_length=200, blank=True, help_text="For example: drop-in, or term time only.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=Q(opens__lt=F("closes")),
                name="opening_time_opens_before_it_closes",
                violation_error_message="The closing time must be after the opening time.",
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M} to {self.closes:%H:%M}"


class PostcodeCentroid(models.Model):
    """Where a full postcode is, loaded from the ONS Postcode Directory by `manage.py load_postcodes`."""

    postcode = models.CharField(max_length=8, primary_key=True, help_text="Normalised, like BH23 1AA.")
    latitude = models.FloatField()
    longitude = models.FloatField()

    class Meta:
        ordering = ["postcode"]

    def __str__(self):
        return self.postcode
