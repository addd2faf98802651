"""Staff editing for the directory: services with their places, times and answers, and the vocabularies."""

import io
import uuid

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME
from simple_history.utils import get_m2m_reverse_field_name

from localoffer.plain_english import known_terms, plain_english_advice
from services import history, imports, reviews
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
    ReviewReminder,
    SearchTerm,
    Service,
)


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


class OpeningTimeInline(admin.TabularInline):
    model = OpeningTime
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


class ReviewFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("overdue", "Review overdue"), ("soon", f"Due in the next {reviews.DUE_SOON_DAYS} days")]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.filter(pk__in=reviews.services_overdue().values("pk"))
        if self.value() == "soon":
            return queryset.filter(pk__in=reviews.services_due_soon().values("pk"))
        return queryset


class ImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="UTF-8 CSV whose first row names the columns; at most 5 MB.",
        error_messages={
            "required": "Choose a CSV file to check",
            "empty": "The file is empty. Choose a CSV file whose first row names the columns",
        },
    )


IMPORT_SESSION_KEY = "service_import"


def is_uuid(text):
    try:
        uuid.UUID(str(text))
    except ValueError:
        return False
    return True


@admin.register(Service)
class ServiceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "organisation", "status", "cost", "age_range", "last_reviewed", "review_due", "updated"]
    list_filter = [ReviewFilter, "status", CategoryFilter, NeedFilter, "cost", "access", "coverage"]
    search_fields = ["name", "summary", "organisation__name", "locations__postcode"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation"]
    date_hierarchy = "updated"
    list_select_related = ["organisation"]
    readonly_fields = ["created", "updated"]
    inlines = [LocationInline, OpeningTimeInline, LocalOfferAnswerInline]
    actions = ["mark_reviewed", "publish", "archive", "export_csv"]
    history_list_display = ["status"]
    object_history_template = "admin/services/service/object_history.html"
    fieldsets = [
        (None, {"fields": ["name", "slug", "organisation", "status", "status_note", "summary", "description"]}),
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
        view = self.admin_site.admin_view
        return [
            path("import/", view(self.import_view), name="services_service_import"),
            path("export/", view(self.export_view), name="services_service_export"),
            path("<path:object_id>/review/", view(self.review_view), name="services_service_review"),
            path("<path:object_id>/status/", view(self.status_view), name="services_service_status"),
            *super().get_urls(),
        ]

    @admin.display(description="ages")
    def age_range(self, service):
        return service.age_range

    def history_view(self, request, object_id, extra_context=None):
        """The service's own history, then the changes to its places, opening times and answers."""
        related = history.service_related_changes(service_id=object_id) if is_uuid(object_id) else []
        return super().history_view(request, object_id, {"related_changes": related, **(extra_context or {})})

    def get_form(self, request, obj=None, **kwargs):
        """On an earlier version's page, tick the categories and needs that version had, so Revert restores them."""
        form_class = super().get_form(request, obj, **kwargs)
        version = getattr(obj, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)
        if version is None:
            return form_class
        chosen = {}
        for name in ("categories", "needs"):
            column = get_m2m_reverse_field_name(Service._meta.get_field(name)) + "_id"
            chosen[name] = [getattr(row, column) for row in getattr(version, name).all()]

        class EarlierVersionForm(form_class):
            def __init__(self, *args, **form_kwargs):
                form_kwargs["initial"] = {**chosen, **form_kwargs.get("initial", {})}
                super().__init__(*args, **form_kwargs)

        return EarlierVersionForm

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Checkboxes rather than the two-box filter widget: usable by keyboard and screen reader, and without JS.
        if db_field.name in ("categories", "needs"):
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if "last_reviewed" in form.changed_data and "review_due" not in form.changed_data:
            obj.review_due = reviews.review_due_after(obj.last_reviewed)
        super().save_model(request, obj, form, change)
        advice = plain_english_advice(obj.description, known_terms=known_terms())
        if advice:
            self.message_user(request, f"Plain English advice on the description: {advice}", messages.INFO)

    @admin.action(description="Mark as reviewed today", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        count = reviews.services_mark_reviewed(services=queryset, by=request.user)
        next_due = reviews.review_due_after(timezone.localdate())
        message = f"{count} listing(s) marked as reviewed today; next review due {next_due:%-d %B %Y}."
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(description="Publish", permissions=["change"])
    def publish(self, request, queryset):
        count = reviews.services_set_status(services=queryset, status=Service.Status.PUBLISHED, by=request.user)
        self.message_user(request, f"{count} listing(s) published.", messages.SUCCESS)

    @admin.action(description="Archive (hide from families)", permissions=["change"])
    def archive(self, request, queryset):
        count = reviews.services_set_status(services=queryset, status=Service.Status.ARCHIVED, by=request.user)
        self.message_user(request, f"{count} listing(s) archived.", messages.SUCCESS)

    @admin.action(description="Export as CSV", permissions=["view"])
    def export_csv(self, request, queryset):
        return self._csv_response(queryset)

    def _csv_response(self, queryset):
        buffer = io.StringIO()
        imports.services_export(services=queryset.order_by("name"), file=buffer)
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        filename = f"services-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def export_view(self, request):
        """Every service the list shows with its current search and filters, as CSV."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        changelist = self.get_changelist_instance(request)
        return self._csv_response(changelist.get_queryset(request))

    def _object_or_denied(self, request, object_id):
        service = get_object_or_404(Service, pk=object_id)
        if not self.has_change_permission(request, service):
            raise PermissionDenied
        return service

    @staticmethod
    def _change_url(service):
        return reverse("admin:services_service_change", args=[service.pk])

    def review_view(self, request, object_id):
        """Mark one listing as reviewed today, from a button on its page."""
        service = self._object_or_denied(request, object_id)
        if request.method != "POST":
            return HttpResponseRedirect(self._change_url(service))
        reviews.service_mark_reviewed(service=service, by=request.user)
        self.message_user(
            request,
            f"“{service}” marked as reviewed today; next review due {service.review_due:%-d %B %Y}.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self._change_url(service))

    def status_view(self, request, object_id):
        """Publish or archive one listing, from a button on its page."""
        service = self._object_or_denied(request, object_id)
        status = request.POST.get("status")
        if request.method == "POST" and status in (Service.Status.PUBLISHED, Service.Status.ARCHIVED):
            reviews.services_set_status(services=[service], status=status, by=request.user)
            self.message_user(request, f"“{service}” {service.get_status_display().lower()}.", messages.SUCCESS)
        return HttpResponseRedirect(self._change_url(service))

    def import_view(self, request):
        """Upload a CSV, see what it would do row by row, then import all rows or only the valid ones."""
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        form = ImportForm()
        result = file_error = None
        if request.method == "POST" and request.POST.get("confirm") in ("all", "valid"):
            stored = request.session.get(IMPORT_SESSION_KEY)
            if not stored:
                self.message_user(request, "Upload the file again: the checked file was not found.", messages.ERROR)
                return HttpResponseRedirect(reverse("admin:services_service_import"))
            valid_only = request.POST["confirm"] == "valid"
            result = imports.services_import(text=stored["text"], by=request.user, valid_rows_only=valid_only)
            if result.rejected and not valid_only:
                self.message_user(
                    request, "Nothing was imported: some rows are no longer valid. Check them below.", messages.ERROR
                )
            else:
                del request.session[IMPORT_SESSION_KEY]
                self.message_user(
                    request,
                    f"Imported “{stored['name']}”: {result.count('create')} created, {result.count('update')} "
                    f"updated, {result.count('unchanged')} unchanged, {result.rejected} rejected and left out.",
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:services_service_changelist"))
        elif request.method == "POST":
            form = ImportForm(request.POST, request.FILES)
            if form.is_valid():
                upload = form.cleaned_data["file"]
                try:
                    text = imports.decode_upload(upload.read())
                    result = imports.services_check(text=text)
                    request.session[IMPORT_SESSION_KEY] = {"text": text, "name": upload.name}
                except imports.ImportFileError as error:
                    file_error = str(error)
        context = {
            **self.admin_site.each_context(request),
            "title": "Import services from CSV",
            "opts": self.model._meta,
            "form": form,
            "result": result,
            "file_error": file_error,
            "columns": imports.COLUMNS,
            "required_columns": imports.REQUIRED_COLUMNS,
        }
        status = 400 if file_error or form.errors else 200
        return TemplateResponse(request, "admin/services/service/import.html", context, status=status)


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
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "email", "phone", "service_count"]
    search_fields = ["name", "email"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ServiceInline]

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
class LocationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "service", "town", "postcode"]
    list_filter = ["town", "accessibility"]
    search_fields = ["name", "postcode", "service__name"]
    autocomplete_fields = ["service"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "accessibility":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(ReviewReminder)
class ReviewReminderAdmin(admin.ModelAdmin):
    """What `send_review_reminders` sent, to whom and about which listings; a record, not for editing."""

    list_display = ["organisation", "to", "sent_at"]
    list_select_related = ["organisation"]
    search_fields = ["organisation__name", "to"]
    date_hierarchy = "sent_at"
    fields = ["organisation", "to", "sent_at", "services", "email"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
