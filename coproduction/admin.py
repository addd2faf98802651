"""Staff screens for co-production and feedback. Personal fields appear only for roles that may see them."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ERROR_FLAG
from django.core.exceptions import FieldError, PermissionDenied, ValidationError
from django.db import models
from django.db.models import Case, Count, Q, When
from django.forms.models import BaseInlineFormSet
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from coproduction import events, feedback, listing_reports, pledges
from coproduction.exports import export_csv
from coproduction.models import (
    Booking,
    Event,
    Feedback,
    HubPage,
    ListingReport,
    PageVote,
    PanelVolunteer,
    Pledge,
    PledgeLevel,
    Theme,
    YouSaidWeDid,
)
from coproduction.roles import personal_data_visible


class PersonalDataAdmin(admin.ModelAdmin):
    """Hides `personal_fields` from lists, forms, search and exports for staff without the role."""

    personal_fields = ()

    def personal_visible(self, request):
        return personal_data_visible(user=request.user, model=self.model)

    def get_list_display(self, request):
        fields = super().get_list_display(request)
        return fields if self.personal_visible(request) else [f for f in fields if f not in self.personal_fields]

    def get_list_display_links(self, request, list_display):
        links = super().get_list_display_links(request, list_display)
        return [link for link in links or list_display[:1] if link in list_display] or list_display[:1]

    def get_search_fields(self, request):
        fields = super().get_search_fields(request)
        if self.personal_visible(request):
            return fields
        return [f for f in fields if f.lstrip("=^@").split("__")[0] not in self.personal_fields]

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        return fields if self.personal_visible(request) else [f for f in fields if f not in self.personal_fields]

    def get_exclude(self, request, obj=None):
        exclude = list(super().get_exclude(request, obj) or [])
        return exclude if self.personal_visible(request) else exclude + list(self.personal_fields)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        return fields if self.personal_visible(request) else [f for f in fields if f not in self.personal_fields]

    def lookup_allowed(self, lookup, value, request=None):
        """No filtering on personal fields in the list's address (?email__startswith=...) without the role."""
        if lookup.split("__")[0] in self.personal_fields and not (request and self.personal_visible(request)):
            return False
        return super().lookup_allowed(lookup, value, request)


class ExportTheseMixin:
    """An "Export these as CSV" button on the list: every row the list shows, with its search and filters.

    The columns are `export_columns` ((heading, function of a row) pairs); those named in
    `export_personal` appear only for staff who may see personal data (see coproduction/roles.py),
    who are also the only ones who may search or filter by personal details in the first place.
    """

    export_columns = ()
    export_personal = frozenset()
    export_filename = ""
    export_ordering = ()
    change_list_template = "coproduction/admin/export_change_list.html"

    def _export_url_name(self):
        return f"{self.model._meta.app_label}_{self.model._meta.model_name}_export"

    def get_urls(self):
        export = path("export/", self.admin_site.admin_view(self.export_view), name=self._export_url_name())
        return [export, *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        context = {"export_url": reverse(f"admin:{self._export_url_name()}"), **(extra_context or {})}
        return super().changelist_view(request, context)

    def export_rows(self, request, queryset):
        return export_csv(
            queryset=queryset.order_by(*self.export_ordering),
            columns=self.export_columns,
            personal=self.export_personal,
            user=request.user,
            filename=self.export_filename,
        )

    def export_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        try:
            queryset = self.get_changelist_instance(request).get_queryset(request)
        except (IncorrectLookupParameters, FieldError, ValidationError, ValueError):
            meta = self.model._meta
            return redirect(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist") + f"?{ERROR_FLAG}=1")
        return self.export_rows(request, queryset)


@admin.register(HubPage)
class HubPageAdmin(admin.ModelAdmin):
    """One page of text: the list goes straight to it."""

    fields = ["introduction", "commitment", "video_title", "video_url", "video_transcript"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def has_add_permission(self, request):
        return not HubPage.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        page = HubPage.load()
        return redirect(reverse("admin:coproduction_hubpage_change", args=[page.pk]))


@admin.register(PledgeLevel)
class PledgeLevelAdmin(admin.ModelAdmin):
    list_display = ["name", "summary", "order", "active"]
    list_editable = ["order", "active"]
    prepopulated_fields = {"slug": ["name"]}


class LevelFilter(admin.SimpleListFilter):
    title = "level"
    parameter_name = "level"

    def lookups(self, request, model_admin):
        return [(level.slug, level.name) for level in PledgeLevel.objects.all()]

    def queryset(self, request, queryset):
        return queryset.filter(levels__slug=self.value()).distinct() if self.value() else queryset


PLEDGE_COLUMNS = [
    ("Reference", lambda p: p.pk),
    ("Status", lambda p: p.get_status_display()),
    ("Name", lambda p: p.name),
    ("Email", lambda p: p.email),
    ("Who", lambda p: p.get_who_display()),
    ("Organisation", lambda p: p.organisation),
    ("Postcode area", lambda p: p.postcode_area),
    ("Levels", lambda p: "; ".join(level.name for level in p.levels.all())),
    ("Shown on wall", lambda p: "yes" if p.show_on_wall else "no"),
    ("May contact", lambda p: "yes" if p.consent_to_contact else "no"),
    ("Signed", lambda p: timezone.localtime(p.created_at).isoformat(timespec="minutes")),
    ("Confirmed", lambda p: p.confirmed_at and timezone.localtime(p.confirmed_at).isoformat(timespec="minutes")),
    ("Withdrawn", lambda p: p.withdrawn_at and timezone.localtime(p.withdrawn_at).isoformat(timespec="minutes")),
]
PLEDGE_PERSONAL = {"Name", "Email", "Organisation", "Postcode area"}


@admin.register(Pledge)
class PledgeAdmin(ExportTheseMixin, PersonalDataAdmin):
    personal_fields = ("name", "email", "organisation", "postcode_area")
    export_columns, export_personal, export_filename = PLEDGE_COLUMNS, PLEDGE_PERSONAL, "pledges"
    export_ordering = ("created_at",)
    list_display = ["__str__", "name", "email", "who", "level_names", "status", "created_at", "confirmed_at"]
    list_filter = ["status", "who", LevelFilter, "show_on_wall", "consent_to_contact"]
    search_fields = ["name", "email", "organisation", "postcode_area"]
    date_hierarchy = "created_at"
    fields = [
        "status",
        "name",
        "email",
        "who",
        "organisation",
        "postcode_area",
        "levels",
        "show_on_wall",
        "consent_to_contact",
        "created_at",
        "confirmed_at",
        "withdrawn_at",
    ]
    readonly_fields = ["status", "created_at", "confirmed_at", "withdrawn_at", "name", "email"]
    filter_horizontal = ["levels"]
    actions = ["export", "withdraw"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("levels")

    def has_add_permission(self, request):
        return False

    @admin.display(description="levels")
    def level_names(self, pledge):
        return ", ".join(level.name for level in pledge.levels.all())

    @admin.action(description="Export selected pledges as CSV", permissions=["view"])
    def export(self, request, queryset):
        return self.export_rows(request, queryset)

    @admin.action(description="Withdraw selected pledges and erase their personal details", permissions=["change"])
    def withdraw(self, request, queryset):
        done = sum(pledges.pledge_withdraw(pledge=pledge) for pledge in queryset)
        self.message_user(request, f"Withdrew {done} pledge(s) and erased their details.", messages.SUCCESS)


VOLUNTEER_COLUMNS = [
    ("Reference", lambda v: v.pk),
    ("Status", lambda v: v.get_status_display()),
    ("Name", lambda v: v.name),
    ("Email", lambda v: v.email),
    ("Phone", lambda v: v.phone),
    ("Who", lambda v: v.get_who_display()),
    ("Age group", lambda v: v.get_age_group_display()),
    ("Availability", lambda v: v.availability_display),
    ("Availability notes", lambda v: v.availability_notes),
    ("Access needs", lambda v: v.access_needs),
    ("Registered", lambda v: timezone.localtime(v.created_at).isoformat(timespec="minutes")),
    ("Last contacted", lambda v: v.last_contacted_at and timezone.localtime(v.last_contacted_at).date()),
]
VOLUNTEER_PERSONAL = {"Name", "Email", "Phone", "Availability notes", "Access needs"}


@admin.register(PanelVolunteer)
class PanelVolunteerAdmin(ExportTheseMixin, PersonalDataAdmin):
    personal_fields = ("name", "email", "phone", "availability_notes", "access_needs")
    export_columns, export_personal = VOLUNTEER_COLUMNS, VOLUNTEER_PERSONAL
    export_filename, export_ordering = "interview-panel-volunteers", ("created_at",)
    list_display = ["__str__", "name", "email", "who", "age_group", "status", "created_at", "last_contacted_at"]
    list_filter = ["status", "who", "age_group"]
    search_fields = ["name", "email", "phone"]
    fields = [
        "status",
        "last_contacted_at",
        "name",
        "email",
        "phone",
        "who",
        "age_group",
        "availability_text",
        "availability_notes",
        "access_needs",
        "staff_notes",
        "created_at",
    ]
    readonly_fields = ["availability_text", "created_at"]
    actions = ["export", "mark_contacted"]

    @admin.display(description="availability")
    def availability_text(self, volunteer):
        return volunteer.availability_display

    @admin.action(description="Export selected volunteers as CSV", permissions=["view"])
    def export(self, request, queryset):
        return self.export_rows(request, queryset)

    @admin.action(description="Mark selected as contacted today", permissions=["change"])
    def mark_contacted(self, request, queryset):
        done = queryset.update(last_contacted_at=timezone.now())
        queryset.filter(status=PanelVolunteer.Status.NEW).update(status=PanelVolunteer.Status.CONTACTED)
        self.message_user(request, f"Marked {done} volunteer(s) as contacted.", messages.SUCCESS)


class BookingInline(admin.TabularInline):
    model = Booking
    extra = 0
    can_delete = False
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


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
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

    def change_view(self, request, object_id, form_url="", extra_context=None):
        event = self.get_object(request, unquote(object_id))
        if event is not None:
            counts = event.bookings.aggregate(
                booked=Count("pk", filter=Q(status=Booking.Status.BOOKED)),
                waiting=Count("pk", filter=Q(status=Booking.Status.WAITING)),
            )
            extra_context = {
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


class OverdueFilter(admin.SimpleListFilter):
    title = "due"
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return [("overdue", "Overdue"), ("this-week", "Due in the next 7 days")]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "overdue":
            return queryset.overdue(today=today)
        if self.value() == "this-week":
            return queryset.open().filter(due_on__gte=today, due_on__lte=today + timezone.timedelta(days=7))
        return queryset


class OwnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return feedback.staff_name(user)


class OwnerFilter(admin.SimpleListFilter):
    """Whose items: mine, nobody's, or a colleague's, by name."""

    title = "owner"
    parameter_name = "owner"

    def lookups(self, request, model_admin):
        people = [(str(user.pk), feedback.staff_name(user)) for user in feedback.owners_for(model=model_admin.model)]
        return [("me", "Me"), ("nobody", "Nobody yet"), *people]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(owner=request.user)
        if self.value() == "nobody":
            return queryset.filter(owner=None)
        if self.value() and self.value().isdigit():
            return queryset.filter(owner_id=int(self.value()))
        return queryset


class ReplyForm(forms.Form):
    text = forms.CharField(
        label="Your reply",
        widget=forms.Textarea(attrs={"rows": 12, "cols": 80}),
        max_length=10000,
        help_text="Plain text. It is kept on the item with your name and the time, and emailed to them "
        "when they gave an email address.",
        error_messages={"required": "Write your reply", "max_length": "The reply must be 10,000 characters or fewer"},
    )


class TriageAdmin(PersonalDataAdmin):
    """Status, owner, notes and due date, and replies: each written, previewed, then kept and emailed.

    The owner is chosen from the people who may triage this kind of item, by full name.
    """

    list_filter = ["status", OverdueFilter, OwnerFilter]
    date_hierarchy = "created_at"
    actions = ["take_ownership"]
    reply_template = "coproduction/admin/reply.html"
    change_form_template = "coproduction/admin/triage_change_form.html"

    def get_urls(self):
        names = self.model._meta.app_label, self.model._meta.model_name
        reply = path(
            "<path:object_id>/reply/", self.admin_site.admin_view(self.reply_view), name="{}_{}_reply".format(*names)
        )
        return [reply, *super().get_urls()]

    def _item_url(self, item, view):
        meta = self.model._meta
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[item.pk])

    @admin.display(description="replies")
    def replies_list(self, item):
        """Every reply sent, oldest first, with who and when ("Write a reply" at the top of the page adds one)."""
        entries = format_html_join(
            "",
            '<li><p class="lo-reply-meta"><strong>{}</strong>, {}{}</p><div class="lo-reply-text">{}</div></li>',
            (
                (
                    timezone.localtime(reply.sent_at).strftime("%-d %B %Y, %H:%M"),
                    reply.author_name or "before replies were kept one by one",
                    "" if reply.emailed else " (kept, not emailed: they gave no email address)",
                    reply.text,
                )
                for reply in item.replies.all()
            ),
        )
        return format_html('<ol class="lo-replies">{}</ol>', entries) if entries else "No reply yet."

    def change_view(self, request, object_id, form_url="", extra_context=None):
        item = self.get_object(request, unquote(object_id))
        if item is not None and self.has_change_permission(request, item):
            extra_context = {"reply_url": self._item_url(item, "reply"), **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)

    def reply_view(self, request, object_id):
        """Write a reply, see the email exactly as it will go, then send it (or go back and change it)."""
        item = self.get_object(request, unquote(object_id))
        if item is None:
            raise Http404("No such item")
        if not self.has_change_permission(request, item):
            raise PermissionDenied
        form = ReplyForm(request.POST or None)
        preview = None
        if request.method == "POST" and "edit" not in request.POST and form.is_valid():
            text = form.cleaned_data["text"]
            if "send" in request.POST:
                reply = feedback.reply_send(item=item, text=text, by=request.user)
                if reply.emailed:
                    done, level = "kept on it and being emailed", messages.SUCCESS
                else:
                    done, level = "kept on it. They gave no email address, so it was not sent", messages.WARNING
                self.message_user(request, f"Your reply to {item.reference} is {done}.", level)
                return redirect(self._item_url(item, "change"))
            subject, body = feedback.reply_email(item=item, text=text)
            preview = {"subject": subject, "body": body}
        if not item.email:
            to = ""
        elif self.personal_visible(request):
            to = item.email
        else:
            to = "the email address they gave"
        meta = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": f"Reply to {item.reference}",
            "opts": meta,
            "app_label": meta.app_label,
            "original": item,
            "form": form,
            "preview": preview,
            "to": to,
            "replies": item.replies.all(),
            "change_url": self._item_url(item, "change"),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.reply_template, context)

    @admin.display(description="overdue", boolean=True)
    def is_overdue(self, item):
        return item.overdue

    @admin.display(description="owner", ordering="owner__first_name")
    def owner_name(self, item):
        return feedback.staff_name(item.owner) or "-"

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "owner":
            kwargs["queryset"] = feedback.owners_for(model=self.model)
            kwargs["form_class"] = OwnerChoiceField
            kwargs["help_text"] = f"Someone who may work on {self.model._meta.verbose_name_plural}."
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and obj.owner_id and "owner" in form.base_fields:
            # Whoever owns it now stays a choice, even if they have since moved to another role.
            form.base_fields["owner"].queryset = feedback.owners_for(model=self.model, also=obj.owner)
        return form

    def save_model(self, request, obj, form, change):
        feedback.status_changed(item=obj)
        super().save_model(request, obj, form, change)
        if "owner" in form.changed_data and obj.owner and obj.owner != request.user:
            name = feedback.staff_name(obj.owner)
            if feedback.triage_hand_over(item=obj, by=request.user):
                self.message_user(request, f"{name} has been emailed that {obj.reference} is theirs now.")
            else:
                self.message_user(
                    request, f"{name} has no email address on their account: tell them yourself.", messages.WARNING
                )

    @admin.action(description="Assign selected to me", permissions=["change"])
    def take_ownership(self, request, queryset):
        done = queryset.update(owner=request.user)
        queryset.filter(status="new").update(status="in-progress")
        self.message_user(request, f"You now own {done} item(s).", messages.SUCCESS)


@admin.register(Feedback)
class FeedbackAdmin(TriageAdmin):
    personal_fields = ("name", "email")
    list_display = [
        "reference",
        "kind",
        "about",
        "status",
        "owner_name",
        "due_on",
        "is_overdue",
        "created_at",
        "name",
        "email",
    ]
    list_filter = ["status", "kind", "about", OverdueFilter, OwnerFilter]
    search_fields = ["=reference", "message", "name", "email"]
    list_select_related = ["owner"]
    fields = [
        "reference",
        "kind",
        "about",
        "who",
        "message",
        "service",
        "name",
        "email",
        "created_at",
        "status",
        "owner",
        "due_on",
        "internal_notes",
        "replies_list",
        "replied_at",
        "answered_in",
    ]
    readonly_fields = ["reference", "kind", "about", "who", "message", "service", "name", "email", "created_at",
                       "replies_list", "replied_at", "answered_in"]  # fmt: skip

    def has_add_permission(self, request):
        return False

    @admin.display(description="You said, we did")
    def answered_in(self, item):
        entries = item.you_said_we_did.select_related("theme")
        if not entries:
            return "Not linked to a You said, we did entry"
        return format_html_join(
            ", ",
            '<a href="{}">{}{}</a>',
            (
                (reverse("admin:coproduction_yousaidwedid_change", args=[e.pk]), e, "" if e.published else " (draft)")
                for e in entries
            ),
        )


@admin.register(ListingReport)
class ListingReportAdmin(TriageAdmin):
    """The staff queue of reports that a listing is wrong."""

    personal_fields = ("email",)
    list_display = [
        "reference", "service", "problem", "status", "owner_name", "due_on", "is_overdue", "created_at", "email",
    ]  # fmt: skip
    list_filter = ["status", "problem", OverdueFilter, OwnerFilter]
    search_fields = ["=reference", "service__name", "description", "email"]
    list_select_related = ["service", "owner"]
    fields = [
        "reference",
        "service_link",
        "problem",
        "description",
        "email",
        "wants_reply",
        "created_at",
        "resolved_at",
        "status",
        "owner",
        "due_on",
        "internal_notes",
        "replies_list",
        "replied_at",
    ]
    readonly_fields = [
        "reference", "service_link", "problem", "description", "email", "wants_reply", "created_at", "resolved_at",
        "replies_list", "replied_at",
    ]  # fmt: skip
    actions = ["take_ownership", "resolve_reports"]

    def has_add_permission(self, request):
        return False

    def get_urls(self):
        resolve = path(
            "<path:object_id>/resolve/",
            self.admin_site.admin_view(self.resolve_view),
            name="coproduction_listingreport_resolve",
        )
        return [resolve, *super().get_urls()]

    def _resolve(self, request, reports):
        """Close the reports as corrected and email those who asked what changed; says how many of each."""
        emailed = resolved = 0
        for report in reports:
            changes = listing_reports.listing_changes_since(report)
            emailed += listing_reports.listing_report_resolve(report=report, changes=changes)
            resolved += 1
        self.message_user(
            request, f"{resolved} report(s) marked as corrected; {emailed} person(s) who asked to hear back emailed."
        )

    def _resolve_confirm(self, request, reports, *, single_url="", back_url):
        """The page that says, before anything is sent, which reports close and who is emailed what."""
        rows = [
            {
                "report": report,
                "changes": listing_reports.listing_changes_since(report),
                "will_email": report.wants_reply and bool(report.email),
            }
            for report in reports
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": "Close as corrected",
            "opts": self.model._meta,
            "app_label": self.model._meta.app_label,
            "rows": rows,
            "emailed": sum(1 for row in rows if row["will_email"]),
            "form_action": single_url,
            "back_url": back_url,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "coproduction/admin/report_resolve_confirm.html", context)

    @admin.action(description="Mark as corrected, and email what changed to those who asked", permissions=["change"])
    def resolve_reports(self, request, queryset):
        """The listing has been put right by staff: after a confirmation page, close the reports and tell the
        reporters who asked."""
        reports = list(queryset.select_related("service").filter(resolved_at=None))
        if request.POST.get("confirm") == "yes":
            self._resolve(request, reports)
            return None
        return self._resolve_confirm(request, reports, back_url=reverse("admin:coproduction_listingreport_changelist"))

    def resolve_view(self, request, object_id):
        """Close one report as corrected, from the service's page: a confirmation first, then back to the service."""
        report = self.get_object(request, unquote(object_id))
        if report is None:
            raise Http404("No such report")
        if not self.has_change_permission(request, report):
            raise PermissionDenied
        back_url = reverse("admin:services_service_change", args=[report.service_id])
        if report.resolved_at is not None:
            self.message_user(request, f"{report.reference} was already closed as corrected.", messages.WARNING)
            return redirect(back_url)
        if request.method == "POST" and request.POST.get("confirm") == "yes":
            self._resolve(request, [report])
            return redirect(back_url)
        single_url = reverse("admin:coproduction_listingreport_resolve", args=[report.pk])
        return self._resolve_confirm(request, [report], single_url=single_url, back_url=back_url)

    @admin.display(description="service")
    def service_link(self, report):
        return format_html(
            '<a href="{}">{}</a> (<a href="{}">public page</a>)',
            reverse("admin:services_service_change", args=[report.service_id]),
            report.service.name,
            report.service.get_absolute_url(),
        )


class ServiceReportsFormSet(BaseInlineFormSet):
    """The reports on a service's page, for reading only: never bound to what the page posts.

    Nothing in it can be edited there, so a save of the service neither reads nor depends on it,
    and when the save fails validation the page shows the reports again as they are.
    """

    def __init__(self, data=None, files=None, *args, **kwargs):
        super().__init__(None, None, *args, **kwargs)

    def is_valid(self):
        return True

    def has_changed(self):
        return False

    def save(self, commit=True):
        self.new_objects, self.changed_objects, self.deleted_objects = [], [], []
        return []

    @property
    def open_reports(self):
        """The reports still waiting for someone, in the order the inline lists them."""
        return [report for report in self.get_queryset() if report.is_open]


class ListingReportInline(admin.TabularInline):
    """Reports about a listing, shown on that service's admin page: open ones first, and at the top of the page."""

    model = ListingReport
    formset = ServiceReportsFormSet
    fk_name = "service"
    extra = 0
    can_delete = False
    show_change_link = True
    view_on_site = False  # a report's public address is the form for reporting one, not the report
    fields = ["reference", "problem", "description", "status", "owner_name", "due_on", "created_at"]
    readonly_fields = fields
    verbose_name_plural = "problem reports from the public"
    # Shown above the service's form (see templates/admin/services/service/change_form.html), so that
    # whoever edits the listing sees what people say is wrong with it before changing anything.
    summary_template = "coproduction/admin/service_open_reports.html"

    def get_queryset(self, request):
        still_open = Case(When(status__in=ListingReport.OPEN_STATUSES, then=0), default=1)
        return super().get_queryset(request).select_related("owner").order_by(still_open, "due_on", "-created_at")

    @admin.display(description="owner")
    def owner_name(self, report):
        return feedback.staff_name(report.owner) or "Nobody yet"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(PageVote)
class PageVoteAdmin(admin.ModelAdmin):
    """Every vote, with a summary per page of yes and no counts, worst pages first."""

    change_list_template = "coproduction/admin/pagevote_change_list.html"
    list_display = ["path", "useful", "comment", "created_at"]
    list_filter = ["useful", "created_at"]
    search_fields = ["path", "comment"]
    readonly_fields = ["path", "useful", "comment", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        summary = list(feedback.page_votes_by_path()[:50])
        return super().changelist_view(request, {**(extra_context or {}), "summary": summary})


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(YouSaidWeDid)
class YouSaidWeDidAdmin(admin.ModelAdmin):
    list_display = ["__str__", "theme", "date", "published", "linked"]
    list_filter = ["published", "theme"]
    search_fields = ["you_said", "we_did"]
    autocomplete_fields = ["feedback"]
    date_hierarchy = "date"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(linked_count=Count("feedback"))

    @admin.display(description="feedback linked", ordering="linked_count")
    def linked(self, entry):
        return entry.linked_count

    @admin.display(description="")
    def public_link(self, entry):
        return format_html('<a href="{}">View on the site</a>', entry.get_absolute_url())
