"""Staff screens for the co-production hub text, pledge levels and pledges."""

from django.contrib import admin, messages
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from coproduction import pledges
from coproduction.admin.base import ExportTheseMixin
from coproduction.models import (
    HubPage,
    Pledge,
    PledgeLevel,
)
from localoffer.staff.personal_data import PersonalDataAdmin


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
