"""Staff screens for forums, events and bookings: cancelling, deleting and emailing tell everyone booked."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, Q, When
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from coproduction import events
from coproduction.admin.base import ExportTheseMixin
from coproduction.models import (
    Booking,
    Event,
)
from localoffer.staff.personal_data import PersonalDataAdmin, personal_data_visible


class BookingInline(admin.TabularInline):
    model = Booking
    extra = 0
    can_delete = False
    view_on_site = False  # a booking's public page is the event's, this very page's "View on site"
    fields = ["status", "name", "email", "access_needs", "created_at"]
    # Status changes go through the bookings list's "cancel" action, which offers the place on.
    readonly_fields = ["status", "name", "email", "access_needs", "created_at"]

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        if personal_data_visible(user=request.user, model=Booking):
            return fields
        return [f for f in fields if f not in BookingAdmin.personal_fields]

    def has_add_permission(self, request, obj=None):
        return False


def _with_people_to_tell(actions, bookings_of):
    """Django's "Delete selected" action, whose confirmation page also says how many people will be emailed."""
    if "delete_selected" not in actions:
        return actions
    action, name, description = actions["delete_selected"]

    def delete_selected(modeladmin, request, queryset):
        response = action(modeladmin, request, queryset)
        if isinstance(response, TemplateResponse):
            response.context_data["to_tell"] = events.people_to_tell(bookings=bookings_of(queryset))
        return response

    return {**actions, "delete_selected": (delete_selected, name, description)}


class EventForm(forms.ModelForm):
    """The event's form; ticking "Cancelled" on an event people have booked asks first, naming how many
    will be emailed, and needs a note for them."""

    confirm_cancel = forms.BooleanField(
        required=False,
        label="Yes, email them that it is cancelled",
        help_text="Only counts when you tick Cancelled. Each person booked or on the waiting list is emailed, "
        "with your note; their bookings are cancelled.",
    )

    class Meta:
        model = Event
        fields = [
            "title", "slug", "summary", "description", "starts_at", "ends_at", "online", "place", "audience",
            "capacity", "topics", "published", "cancelled", "cancellation_note",
        ]  # fmt: skip
        widgets = {"topics": forms.CheckboxSelectMultiple}  # plain labelled checkboxes: keyboard and no JS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in (("starts_at", "Starts"), ("ends_at", "Ends")):
            widget = self.fields[name].widget if name in self.fields else None
            for part, word in zip(getattr(widget, "widgets", ()), ("date", "time"), strict=False):
                part.attrs["aria-label"] = f"{label}: {word}"  # the admin's split widget labels neither box
        stored = Event.objects.filter(pk=self.instance.pk, cancelled=True) if self.instance.pk else Event.objects.none()
        self.was_cancelled = stored.exists()
        self.to_tell = (
            events.people_to_tell(bookings=self.instance.bookings.all())
            if self.instance.pk
            else {"booked": 0, "waiting": 0, "total": 0}
        )
        if "cancelled" in self.fields and self.to_tell["total"] and not self.was_cancelled:
            told = self.to_tell
            self.fields["cancelled"].help_text = (
                f"Cancelling emails {told['total']} {'person' if told['total'] == 1 else 'people'} "
                f"({told['booked']} booked, {told['waiting']} on the waiting list) with the note below, "
                "and cancels their bookings."
            )
            self.fields["cancellation_note"].help_text = "Put in each person's email: why, and what happens next."

    @property
    def cancelling_now(self):
        return bool(self.cleaned_data.get("cancelled")) and not self.was_cancelled

    def clean(self):
        data = super().clean()
        if self.cancelling_now and self.to_tell["total"]:
            told = self.to_tell["total"]
            people = "1 person" if told == 1 else f"{told} people"
            if not (data.get("cancellation_note") or "").strip():
                note_needed = f"Write a note for the {people} booked or waiting: it goes in their email"
                self.add_error("cancellation_note", note_needed)
            if not data.get("confirm_cancel"):
                self.add_error(
                    "confirm_cancel",
                    f"Cancelling emails {people} ({self.to_tell['booked']} booked, {self.to_tell['waiting']} "
                    "on the waiting list). Tick to confirm, then save again.",
                )
        return data


class EventMessageForm(forms.Form):
    subject = forms.CharField(
        label="Subject",
        max_length=150,
        initial="How to join",
        help_text="The event's title is added after it.",
        error_messages={"required": "Write a subject", "max_length": "The subject must be 150 characters or fewer"},
    )
    text = forms.CharField(
        label="Your message",
        widget=forms.Textarea(attrs={"rows": 12, "cols": 80}),
        max_length=10000,
        help_text="Plain text, for example the joining link and how to get in. Each person gets their own copy, "
        "with the event's date and place below your message.",
        error_messages={
            "required": "Write your message",
            "max_length": "The message must be 10,000 characters or fewer",
        },
    )


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventForm
    delete_confirmation_template = "coproduction/admin/event_delete_confirmation.html"
    delete_selected_confirmation_template = "coproduction/admin/event_delete_selected_confirmation.html"
    list_display = ["title", "starts_at", "audience", "capacity", "booked", "waiting", "published", "cancelled"]
    list_filter = ["published", "cancelled", "audience", "online"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "starts_at"
    inlines = [BookingInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                booked_count=Count("bookings", filter=Q(bookings__status=Booking.Status.BOOKED)),
                waiting_count=Count("bookings", filter=Q(bookings__status=Booking.Status.WAITING)),
            )
        )

    change_form_template = "coproduction/admin/event_change_form.html"

    @staticmethod
    def bookings_url(event, status=""):
        query = f"?event__id__exact={event.pk}" + (f"&status__exact={status}" if status else "")
        return reverse("admin:coproduction_booking_changelist") + query

    @admin.display(description="booked", ordering="booked_count")
    def booked(self, event):
        return format_html('<a href="{}">{}</a>', self.bookings_url(event, "booked"), event.booked_count)

    @admin.display(description="waiting", ordering="waiting_count")
    def waiting(self, event):
        return format_html('<a href="{}">{}</a>', self.bookings_url(event, "waiting"), event.waiting_count)

    def get_urls(self):
        email = path(
            "<path:object_id>/email-booked/",
            self.admin_site.admin_view(self.email_view),
            name="coproduction_event_email",
        )
        return [email, *super().get_urls()]

    def email_view(self, request, object_id):
        """Write a message to everyone booked, see it as it will go, then send it (or change it)."""
        event = self.get_object(request, unquote(object_id))
        if event is None:
            raise Http404("No such event")
        if not self.has_change_permission(request, event):
            raise PermissionDenied
        change_url = reverse("admin:coproduction_event_change", args=[event.pk])
        booked = event.bookings.filter(status=Booking.Status.BOOKED).count()
        form = EventMessageForm(request.POST or None)
        preview = None
        if request.method == "POST" and "edit" not in request.POST and form.is_valid():
            subject, text = form.cleaned_data["subject"], form.cleaned_data["text"]
            if "send" in request.POST:
                sent = events.event_email_booked(event=event, subject=subject, text=text)
                text = f"Your message is being emailed to {sent} person(s) booked."
                self.message_user(request, text, messages.SUCCESS)
                return redirect(change_url)
            email_subject, body = events.event_message(event=event, subject=subject, text=text)
            preview = {"subject": email_subject, "body": body}
        context = {
            **self.admin_site.each_context(request),
            "title": f"Email everyone booked on {event.title}",
            "opts": self.model._meta,
            "app_label": self.model._meta.app_label,
            "original": event,
            "form": form,
            "preview": preview,
            "booked": booked,
            "change_url": change_url,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "coproduction/admin/event_email.html", context)

    def get_fields(self, request, obj=None):
        fields = [f for f in super().get_fields(request, obj) if f != "confirm_cancel"]
        if obj is not None and not obj.cancelled:
            fields.insert(fields.index("cancellation_note") + 1, "confirm_cancel")
        return fields

    def save_model(self, request, obj, form, change):
        """Cancelling, a new date, time or place, and un-cancelling each tell the people booked (see events.py)."""
        before = Event.objects.filter(pk=obj.pk).first() if change else None
        cancelling = change and form.cancelling_now
        obj.cancelled = obj.cancelled and not cancelling  # event_cancel() cancels it, and records that it did
        super().save_model(request, obj, form, change)
        if before is None:
            return
        if cancelling:
            told = events.event_cancel(event=obj, note=obj.cancellation_note)
            obj.cancelled = True
            text = f"The event is cancelled; {told} person(s) booked or waiting have been emailed."
        else:
            told = events.event_changes_tell(event=obj, before=before)
            text = (
                f"The event is on again: {told} person(s) whose bookings were cancelled with it have them back "
                "and have been emailed."
                if before.cancelled and not obj.cancelled
                else f"{told} person(s) booked or waiting have been emailed what changed."
                if told
                else ""
            )
        if text:
            self.message_user(request, text, messages.SUCCESS)

    def delete_model(self, request, obj):
        told = events.event_delete(event=obj)
        self.message_user(request, f"Emailed {told} person(s) booked or waiting that the event is cancelled.")

    def delete_queryset(self, request, queryset):
        told = sum(events.event_delete(event=event) for event in queryset)
        self.message_user(request, f"Emailed {told} person(s) booked or waiting that their event is cancelled.")

    def delete_view(self, request, object_id, extra_context=None):
        event = self.get_object(request, unquote(object_id))
        to_tell = events.people_to_tell(bookings=event.bookings.all()) if event else None
        return super().delete_view(request, object_id, {"to_tell": to_tell, **(extra_context or {})})

    def get_actions(self, request):
        actions = super().get_actions(request)
        return _with_people_to_tell(actions, lambda queryset: Booking.objects.filter(event__in=queryset))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        event = self.get_object(request, unquote(object_id))
        if event is not None:
            counts = event.bookings.aggregate(
                booked=Count("pk", filter=Q(status=Booking.Status.BOOKED)),
                waiting=Count("pk", filter=Q(status=Booking.Status.WAITING)),
            )
            extra_context = {
                "email_url": reverse("admin:coproduction_event_email", args=[event.pk])
                if counts["booked"] and self.has_change_permission(request, event)
                else "",
                "bookings_url": self.bookings_url(event),
                "bookings_counts": counts,
                "add_booking_url": reverse("admin:coproduction_booking_add") + f"?event={event.pk}"
                if events.event_bookable(event) and self.admin_site._registry[Booking].has_add_permission(request)
                else "",
                **(extra_context or {}),
            }
        return super().change_view(request, object_id, form_url, extra_context)


BOOKING_COLUMNS = [
    ("Event", lambda b: b.event.title),
    ("Event starts", lambda b: timezone.localtime(b.event.starts_at).isoformat(timespec="minutes")),
    ("Status", lambda b: b.get_status_display()),
    ("Name", lambda b: b.name),
    ("Email", lambda b: b.email),
    ("Access needs", lambda b: b.access_needs),
    ("Booked", lambda b: timezone.localtime(b.created_at).isoformat(timespec="minutes")),
]
BOOKING_PERSONAL = {"Name", "Email", "Access needs"}


class EventChoiceField(forms.ModelChoiceField):
    """Events by title and date, with whether a new booking would get a place or join the waiting list."""

    def label_from_instance(self, event):
        left = events.places_left(event)
        room = "no limit" if left is None else ("full: waiting list" if left == 0 else f"{left} places left")
        return f"{event.title} ({timezone.localtime(event.starts_at):%-d %b %Y, %H:%M}; {room})"


class BookingAddForm(forms.ModelForm):
    """A booking staff make for someone: the event, who, and their access needs; the status follows the rules."""

    class Meta:
        model = Booking
        fields = ["event", "name", "email", "access_needs"]

    def clean(self):
        data = super().clean()
        event, email = data.get("event"), data.get("email")
        if event is not None and not events.event_bookable(event):
            self.add_error("event", "This event has been cancelled or has ended, so it takes no bookings.")
        elif event is not None and email and events.active_booking(event=event, email=email) is not None:
            self.add_error("email", "This email address already has a booking for this event.")
        return data


@admin.register(Booking)
class BookingAdmin(ExportTheseMixin, PersonalDataAdmin):
    personal_fields = ("name", "email", "access_needs")
    export_columns, export_personal, export_filename = BOOKING_COLUMNS, BOOKING_PERSONAL, "bookings"
    export_ordering = ("event__starts_at", "created_at")
    list_display = ["__str__", "event", "name", "email", "status", "created_at"]
    list_filter = ["status", "event"]
    search_fields = ["name", "email", "event__title"]
    list_select_related = ["event"]
    fields = ["event", "status", "name", "email", "access_needs", "created_at"]
    # Event and status change only through the "cancel" action, which keeps to the event's capacity
    # and offers a freed place to the waiting list; staff may still correct a booker's details.
    readonly_fields = ["event", "status", "created_at"]
    actions = ["export", "cancel"]
    change_form_template = "coproduction/admin/booking_change_form.html"
    delete_confirmation_template = "coproduction/admin/event_delete_confirmation.html"
    delete_selected_confirmation_template = "coproduction/admin/event_delete_selected_confirmation.html"

    def has_add_permission(self, request):
        """Adding a booking means typing someone's details, so it needs the personal-data role too."""
        return super().has_add_permission(request) and self.personal_visible(request)

    def get_fields(self, request, obj=None):
        return BookingAddForm._meta.fields if obj is None else super().get_fields(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else super().get_readonly_fields(request, obj)

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = BookingAddForm
        return super().get_form(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "event":
            open_events = Event.objects.filter(cancelled=False, ends_at__gte=timezone.now()).annotate(
                booked=Count("bookings", filter=Q(bookings__status=Booking.Status.BOOKED))
            )
            return EventChoiceField(queryset=open_events.order_by("starts_at"), label="Event", **kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        try:
            events.booking_add(booking=obj)
        except events.BookingRefused as refused:
            # Only when someone else booked the same address a moment ago: nothing was saved.
            raise PermissionDenied(str(refused)) from refused
        if obj.status == Booking.Status.BOOKED:
            text = f"{obj.name} has a place; we have emailed them the details."
        else:
            text = f"The event is full, so {obj.name} is on the waiting list; we have emailed them to say so."
        self.message_user(request, text, messages.SUCCESS)
        return None

    def delete_model(self, request, obj):
        events.booking_delete(booking=obj)

    def delete_queryset(self, request, queryset):
        # Waiting-list places first, so that a freed place never goes to someone being deleted too.
        for booking in queryset.order_by(Case(When(status=Booking.Status.WAITING, then=0), default=1), "created_at"):
            events.booking_delete(booking=booking)

    def delete_view(self, request, object_id, extra_context=None):
        booking = self.get_object(request, unquote(object_id))
        to_tell = events.people_to_tell(bookings=Booking.objects.filter(pk=booking.pk)) if booking else None
        return super().delete_view(request, object_id, {"to_tell": to_tell, **(extra_context or {})})

    def get_actions(self, request):
        return _with_people_to_tell(super().get_actions(request), lambda queryset: queryset)

    def get_urls(self):
        cancel = path(
            "<path:object_id>/cancel/", self.admin_site.admin_view(self.cancel_view), name="coproduction_booking_cancel"
        )
        return [cancel, *super().get_urls()]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        booking = self.get_object(request, unquote(object_id))
        if (
            booking is not None
            and booking.status != Booking.Status.CANCELLED
            and self.has_change_permission(request, booking)
        ):
            extra_context = {
                "cancel_url": reverse("admin:coproduction_booking_cancel", args=[booking.pk]),
                **(extra_context or {}),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def _cancel_confirmation(self, request, bookings, *, form_action=""):
        """The page that asks before cancelling: who, which event, and what happens next."""
        context = {
            **self.admin_site.each_context(request),
            "title": "Cancel these bookings?" if len(bookings) > 1 else "Cancel this booking?",
            "opts": self.model._meta,
            "app_label": self.model._meta.app_label,
            "bookings": bookings,
            "names_visible": self.personal_visible(request),
            "form_action": form_action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "coproduction/admin/booking_cancel_confirm.html", context)

    def _cancel_and_report(self, request, bookings):
        # Waiting-list places first, so that a freed place never goes to someone being cancelled too.
        bookings = sorted(bookings, key=lambda booking: (booking.status != Booking.Status.WAITING, booking.created_at))
        results = [events.booking_cancel(booking=booking) for booking in bookings]
        done = sum(1 for result in results if result.cancelled)
        moved = sum(1 for result in results if result.promoted)
        text = f"Cancelled {done} booking(s) and emailed each person; {moved} place(s) offered from the waiting list."
        if done < len(results):
            text += f" {len(results) - done} had been cancelled already."
        self.message_user(request, text, messages.SUCCESS)

    @admin.action(description="Cancel selected bookings (asks first; each person is emailed)", permissions=["change"])
    def cancel(self, request, queryset):
        """Ask first (who, which event, what happens next); cancel only when that page is confirmed."""
        bookings = list(queryset.select_related("event").order_by("created_at"))
        if request.POST.get("confirm") != "yes":
            return self._cancel_confirmation(request, bookings)
        self._cancel_and_report(request, bookings)
        return None

    def cancel_view(self, request, object_id):
        """Cancel one booking from its own page, after asking."""
        booking = self.get_object(request, unquote(object_id))
        if booking is None:
            raise Http404("No such booking")
        if not self.has_change_permission(request, booking):
            raise PermissionDenied
        change_url = reverse("admin:coproduction_booking_change", args=[booking.pk])
        if booking.status == Booking.Status.CANCELLED:
            self.message_user(request, "This booking has been cancelled already.", messages.WARNING)
            return redirect(change_url)
        if request.method == "POST" and request.POST.get("confirm") == "yes":
            self._cancel_and_report(request, [booking])
            return redirect(change_url)
        return self._cancel_confirmation(request, [booking], form_action=request.path)

    @admin.action(description="Export selected bookings as CSV", permissions=["view"])
    def export(self, request, queryset):
        return self.export_rows(request, queryset)
