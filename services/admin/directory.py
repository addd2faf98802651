"""Staff editing for the directory: services with their places, times and answers, and the vocabularies.

Keeping listings up to date (review actions, reminders) is in `reviews.py`; CSV import and export
in `imports.py`.
"""

import uuid

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.forms.models import BaseInlineFormSet
from django.utils import timezone

from localoffer.core.words import shortened
from localoffer.staff.admin_additions import AdminAdditionsMixin
from localoffer.staff.history_admin import HistoryAdmin
from localoffer.staff.personal_data import personal_data_visible
from localoffer.staff.plain_english import known_terms, plain_english_advice
from services import history
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
    PendingChange,
    PostcodeCentroid,
    SearchTerm,
    Service,
    Wait,
)
from services.models.waits import AccessStep
from services.providers.changes import reason_without_provider
from services.reachability import reachability_problems
from services.reviews import review_due_after
from services.waits import waits_snapshot, waits_staff_changed


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


class WaitInline(admin.StackedInline):
    """The service's waits; a wait staff change is stamped as updated today by the team unless they set the date."""

    model = Wait
    extra = 0
    fields = [("label", "order"), ("amount", "unit"), "note", ("updated_on", "updated_by")]


class AccessStepInline(admin.StackedInline):
    """ "How to get it" as steps, in order: who refers, what to prepare, what happens after, how long each takes."""

    model = AccessStep
    extra = 0
    fields = [("order", "how_long"), "title", "detail"]


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


def _rows_kept(data, prefix, *, fields, stored):
    """How many rows of an inline the service will have once the posted page is saved: the stored ones
    (`stored`, their ids) less those ticked for deletion, plus new rows with something typed in."""
    try:
        total = min(int(data.get(f"{prefix}-TOTAL_FORMS", 0)), 1000)
    except ValueError:
        total = 0
    kept = {str(pk) for pk in stored}
    added = 0
    for number in range(total):
        row = f"{prefix}-{number}-"
        if data.get(row + "id"):
            if data.get(row + "DELETE"):
                kept.discard(str(data[row + "id"]))
        elif not data.get(row + "DELETE") and any(str(data.get(row + name, "")).strip() for name in fields):
            added += 1
    return len(kept) + added


class ServiceAdminForm(forms.ModelForm):
    """The service page's own fields, refused when the listing would be shown with no way for a family to reach it.

    Its places and opening times are inlines on the same page, validated after this form: they are
    counted from what the page posted, so the message sits beside the status field and nothing is saved.
    """

    review_due_reason = forms.CharField(
        label="Why the review is put back",
        required=False,
        max_length=80,
        help_text="Needed when you move the review due date later without reviewing the listing. Kept in its history.",
    )

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        stored = Service.objects.filter(pk=instance.pk).values("review_due", "last_reviewed").first()
        due = cleaned.get("review_due")
        if (
            stored
            and due
            and stored["review_due"]
            and due > stored["review_due"]
            and cleaned.get("last_reviewed") == stored["last_reviewed"]
            and not cleaned.get("review_due_reason", "").strip()
        ):
            self.add_error(
                "review_due_reason",
                "Say why the review is put back to a later date, or mark the listing as reviewed instead",
            )
        stored = not instance._state.adding
        places = _rows_kept(
            self.data,
            "locations",
            fields=("name", "address", "postcode"),
            stored=instance.locations.values_list("pk", flat=True) if stored else [],
        )
        times = _rows_kept(
            self.data,
            "opening_times",
            fields=("opens", "closes"),
            stored=instance.opening_times.values_list("pk", flat=True) if stored else [],
        )
        problems = reachability_problems(
            status=cleaned.get("status"),
            coverage=cleaned.get("coverage"),
            phone=cleaned.get("phone"),
            email=cleaned.get("email"),
            website=cleaned.get("website"),
            places=places,
            opening_times=times,
        )
        for name, message in problems.items():
            if name in self.fields:
                self.add_error(name, message)
            else:
                self.add_error(None, message)
        return cleaned


def _is_uuid(text):
    try:
        uuid.UUID(str(text))
    except ValueError:
        return False
    return True


@admin.register(Service)
class ServiceAdmin(AdminAdditionsMixin, ReviewActionsMixin, ImportExportMixin, HistoryAdmin):
    form = ServiceAdminForm
    list_display = ["name", "organisation", "status", "cost", "age_range", "last_reviewed", "review_due", "updated"]
    list_filter = [ReviewFilter, "status", CategoryFilter, NeedFilter, "cost", "access", "coverage"]
    search_fields = ["name", "summary", "organisation__name", "locations__postcode"]
    prepopulated_fields = {"slug": ["name"]}
    # The "while you wait" choices are plain lists (hold Ctrl or Cmd to choose several): the admin's
    # multiple autocomplete box and its two-list filter both leave a control without an accessible name.
    autocomplete_fields = ["organisation"]
    date_hierarchy = "updated"
    list_select_related = ["organisation"]
    readonly_fields = ["created", "updated"]
    inlines = [WaitInline, AccessStepInline, LocationInline, OpeningTimeInline, LocalOfferAnswerInline]
    actions = ["mark_reviewed", "publish", "archive", "export_csv", "export_open_referral"]
    history_list_display = ["status"]
    object_history_template = "admin/services/service/object_history.html"
    # Restoring an earlier version never undoes a review, and puts back the opening times and answers.
    restore_kept_fields = ("last_reviewed", "review_due")

    def restore_related_changes(self, current, record):
        return history.service_rows_restore_changes(current, record)

    fieldsets = [
        (
            "About the service",
            {"fields": ["name", "slug", "organisation", "status", "status_note", "summary", "description"]},
        ),
        ("Easy read", {"fields": ["easy_read_summary"], "classes": ["collapse"]}),
        ("Who it is for", {"fields": [("minimum_age", "maximum_age"), "categories", "needs", "eligibility"]}),
        ("How to get it", {"fields": ["access", "referral_details", ("cost", "fees")]}),
        (
            "While you wait",
            {
                "fields": ["while_you_wait_services", "while_you_wait_pages"],
                "description": "Other services and advice pages shown under the service's waits.",
            },
        ),
        (
            "Where and how it is delivered",
            {"fields": ["coverage", ("in_person", "online", "by_phone", "home_visits"), "opening_notes"]},
        ),
        ("Contact", {"fields": ["contact_name", "phone", "email", "website"]}),
        (
            "Keeping it up to date",
            {"fields": ["last_reviewed", "review_due", "review_due_reason", "created", "updated"]},
        ),
    ]

    def get_urls(self):
        return [*self.import_export_urls(), *self.review_urls(), *super().get_urls()]

    @admin.display(description="ages")
    def age_range(self, service):
        return service.age_range

    def set_history_delta_changes(self, request, page_obj, *args, **kwargs):
        """Providers' names in the reasons only for staff who may see who proposed a change."""
        super().set_history_delta_changes(request, page_obj, *args, **kwargs)
        if not personal_data_visible(user=request.user, model=PendingChange):
            for record in page_obj.object_list:
                record.history_change_reason = reason_without_provider(record.history_change_reason)

    def history_view(self, request, object_id, extra_context=None):
        """The service's own history, then the changes to its places, opening times and answers."""
        related = history.service_related_changes(service_id=object_id) if _is_uuid(object_id) else []
        return super().history_view(request, object_id, {"related_changes": related, **(extra_context or {})})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The service's page, saying first when a provider's change to it is waiting, so edits do not clash."""
        waiting = None
        if _is_uuid(object_id):
            waiting = PendingChange.objects.waiting().filter(service_id=object_id).order_by("created_at").first()
        return super().change_view(request, object_id, form_url, {"waiting_change": waiting, **(extra_context or {})})

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Checkboxes rather than the two-box filter widget: usable by keyboard and screen reader, and without JS.
        if db_field.name in ("categories", "needs"):
            kwargs["widget"] = forms.CheckboxSelectMultiple
            field = super().formfield_for_manytomany(db_field, request, **kwargs)
            # Grouped under their top-level term; what may be chosen is still checked against the queryset.
            field.choices = db_field.related_model.grouped_choices()
            return field
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Wait:
            return super().save_formset(request, form, formset, change)
        before = waits_snapshot(form.instance) if change else []
        for wait_form in formset.forms:
            if wait_form.has_changed() and "updated_on" not in wait_form.changed_data:
                wait_form.instance.updated_on = timezone.localdate()
                wait_form.instance.updated_by = Wait.UpdatedBy.TEAM
        super().save_formset(request, form, formset, change)
        waits_staff_changed(service=form.instance, before=before, by=request.user)  # on the dashboard too

    def save_model(self, request, obj, form, change):
        if "last_reviewed" in form.changed_data and "review_due" not in form.changed_data:
            obj.review_due = review_due_after(obj.last_reviewed)
        reason = form.cleaned_data.get("review_due_reason", "").strip()
        if change and "review_due" in form.changed_data and reason:
            obj._change_reason = shortened(f"Review put back to {obj.review_due:%-d %b %Y}: {reason}")
        super().save_model(request, obj, form, change)
        if "description" not in form.changed_data:
            return  # advice on words nobody touched (a phone number changed, say) would only be noise
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
    list_display = ["term", "also_known_as", "kind_of_help"]
    list_filter = ["kind_of_help"]
    search_fields = ["term", "also_known_as"]
    filter_horizontal = ["related_kinds"]


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
