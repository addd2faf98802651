"""Staff screens for interview-panel volunteers."""

from django.contrib import admin, messages
from django.utils import timezone

from coproduction.admin.base import ExportTheseMixin
from coproduction.models import (
    PanelVolunteer,
)
from localoffer.staff.personal_data import PersonalDataAdmin

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
