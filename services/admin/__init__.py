"""Staff editing for the directory: services with their places, times and answers, and the vocabularies.

Keeping listings up to date (review actions, reminders) is in `reviews.py`; CSV import and export
in `imports.py`.
"""

import uuid

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.forms.models import BaseInlineFormSet

from localoffer.staff.admin_additions import AdminAdditionsMixin
from localoffer.staff.history_admin import HistoryAdmin
from localoffer.staff.plain_english import known_terms, plain_english_advice
from services import history
from services.admin import providers, searches  # noqa: F401 - registers the provider accounts, the approval queue and the searches report
from services.admin.imports import ImportExportMixin
from services.admin.reviews import (
    OrganisationOverdueFilter,
    OrganisationRemindersMixin,
    ReviewActionsMixin,
    ReviewFilter,
)
from services.models import (
    AccessibilityFeature,
    Category,
    LocalOfferAnswer,
    LocalOfferQuestion,
    Location,
    Need,
    OpeningTime,
    Organisation,
    PostcodeCentroid,
    SearchTerm,
    Service,
)
from services.reviews import review_due_after


class LocationInline(admin.StackedInline):
    model = Location
    extra = 0
    fields = [
        ("name", "town"),
        "address",
        "postcode",
        ("latitude", "longitude"),
        "accessibility",
        "accessibility_notes",
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "accessibility":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class LabelledRowsFormSet(BaseInlineFormSet):
    """A table of rows whose inputs each carry their column's name: the headings are not labels a screen reader
    ties to each input."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        row = f", row {index + 1}" if index is not None else ""
        for field in form.fields.values():
            if not field.widget.is_hidden:
                field.widget.attrs.setdefault("aria-label", f"{field.label}{row}")


class OpeningTimeInline(admin.TabularInline):
    model = OpeningTime
    formset = LabelledRowsFormSet
    extra = 0


class LocalOfferAnswerInline(admin.StackedInline):
    model = LocalOfferAnswer
    extra = 0

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "question":
            kwargs["queryset"] = LocalOfferQuestion.objects.filter(is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class TopLevelFilter(admin.SimpleListFilter):
    """Filter services by a main category or broad area of need, including the terms under it."""

    model = None
    lookup = ""

    def lookups(self, request, model_admin):
        return [(term.slug, term.name) for term in self.model.objects.filter(parent=None)]

    def queryset(self, request, queryset):
        if self.value():
            own = Q(**{f"{self.lookup}__slug": self.value()})
            under = Q(**{f"{self.lookup}__parent__slug": self.value()})
            return queryset.filter(own | under).distinct()
        return queryset


class CategoryFilter(TopLevelFilter):
    title = "category"
    parameter_name = "category"
    model = Category
    lookup = "categories"


class NeedFilter(TopLevelFilter):
    title = "area of need"
    parameter_name = "need"
    model = Need
    lookup = "needs"


def _is_uuid(text):
    try:
        uuid.UUID(str(text))
    except ValueError:
        return False
    return True


@admin.register(Service)
class ServiceAdmin(AdminAdditionsMixin, ReviewActionsMixin, ImportExportMixin, HistoryAdmin):
    list_display = ["name", "organisation", "status", "cost", "age_range", "last_reviewed", "review_due", "updated"]
    list_filter = [ReviewFilter, "status", CategoryFilter, NeedFilter, "cost", "access", "coverage"]
    search_fields = ["name", "summary", "organisation__name", "locations__postcode"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation"]
    date_hierarchy = "updated"
    list_select_related = ["organisation"]
    readonly_fields = ["created", "updated"]
    inlines = [LocationInline, OpeningTimeInline, LocalOfferAnswerInline]
    actions = ["mark_reviewed", "publish", "archive", "export_csv", "export_open_referral"]
    history_list_display = ["status"]
    object_history_template = "admin/services/service/object_history.html"
    # Restoring an earlier version never undoes a review, and puts back the opening times and answers.
    restore_kept_fields = ("last_reviewed", "review_due")

    def restore_related_changes(self, current, record):
        return history.service_rows_restore_changes(current, record)

    fieldsets = [
        (None, {"fields": ["name", "slug", "organisation", "status", "status_note", "summary", "description"]}),
        ("Easy read", {"fields": ["easy_read_summary"], "classes": ["collapse"]}),
        ("Who it is for", {"fields": [("minimum_age", "maximum_age"), "categories", "needs", "eligibility"]}),
        ("How to get it", {"fields": ["access", "referral_details", ("cost", "fees")]}),
        (
            "Where and how it is delivered",
            {"fields": ["coverage", ("in_person", "online", "by_phone", "home_visits"), "opening_notes"]},
        ),
        ("Contact", {"fields": ["contact_name", "phone", "email", "website"]}),
        ("Keeping it up to date", {"fields": ["last_reviewed", "review_due", "created", "updated"]}),
    ]

    def get_urls(self):
        return [*self.import_export_urls(), *self.review_urls(), *super().get_urls()]

    @admin.display(description="ages")
    def age_range(self, service):
        return service.age_range

    def history_view(self, request, object_id, extra_context=None):
        """The service's own history, then the changes to its places, opening times and answers."""
        related = history.service_related_changes(service_id=object_id) if _is_uuid(object_id) else []
        return super().history_view(request, object_id, {"related_changes": related, **(extra_context or {})})

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Checkboxes rather than the two-box filter widget: usable by keyboard and screen reader, and without JS.
        if db_field.name in ("categories", "needs"):
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if "last_reviewed" in form.changed_data and "review_due" not in form.changed_data:
            obj.review_due = review_due_after(obj.last_reviewed)
        super().save_model(request, obj, form, change)
        advice = plain_english_advice(obj.description, known_terms=known_terms())
        if advice:
            self.message_user(request, f"Plain English advice on the description: {advice}", messages.INFO)


class ServiceInline(admin.TabularInline):
    model = Service
    fields = ["name", "status", "review_due"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Organisation)
class OrganisationAdmin(OrganisationRemindersMixin, HistoryAdmin):
    list_display = ["name", "email", "phone", "service_count", "overdue_count"]
    list_filter = [OrganisationOverdueFilter]
    search_fields = ["name", "email"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ServiceInline]
    actions = ["send_review_reminders"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(service_count=Count("services"))

    @admin.display(description="services", ordering="service_count")
    def service_count(self, organisation):
        return organisation.service_count


class TreeAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "slug", "order"]
    list_editable = ["order"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["parent"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "parent":
            kwargs["queryset"] = self.model.objects.filter(parent=None)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Category)
class CategoryAdmin(TreeAdmin):
    pass


@admin.register(Need)
class NeedAdmin(TreeAdmin):
    pass


@admin.register(AccessibilityFeature)
class AccessibilityFeatureAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(LocalOfferQuestion)
class LocalOfferQuestionAdmin(admin.ModelAdmin):
    list_display = ["question", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["question"]


@admin.register(SearchTerm)
class SearchTermAdmin(admin.ModelAdmin):
    list_display = ["term", "also_known_as"]
    search_fields = ["term", "also_known_as"]


@admin.register(PostcodeCentroid)
class PostcodeCentroidAdmin(admin.ModelAdmin):
    list_display = ["postcode", "latitude", "longitude"]
    search_fields = ["postcode"]


@admin.register(Location)
class LocationAdmin(HistoryAdmin):
    list_display = ["name", "service", "town", "postcode"]
    list_filter = ["town", "accessibility"]
    search_fields = ["name", "postcode", "service__name"]
    autocomplete_fields = ["service"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "accessibility":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)
