"""Staff editing for the directory: services with their places, times and answers, and the vocabularies."""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.utils import timezone

from services import listings
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
        return [("overdue", "Review overdue")]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.filter(review_due__lt=timezone.localdate())
        return queryset


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "status", "cost", "age_range", "last_reviewed", "review_due", "updated"]
    list_filter = ["status", CategoryFilter, NeedFilter, "cost", "access", "coverage", ReviewFilter]
    search_fields = ["name", "summary", "organisation__name", "locations__postcode"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation"]
    filter_horizontal = ["categories", "needs"]
    date_hierarchy = "updated"
    list_select_related = ["organisation"]
    readonly_fields = ["created", "updated"]
    inlines = [LocationInline, OpeningTimeInline, LocalOfferAnswerInline]
    actions = ["mark_reviewed", "publish"]
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

    def save_model(self, request, obj, form, change):
        if "last_reviewed" in form.changed_data and "review_due" not in form.changed_data:
            obj.review_due = None  # the model sets it a year after the new check
        super().save_model(request, obj, form, change)

    @admin.display(description="ages")
    def age_range(self, service):
        return service.age_range

    @admin.action(description="Mark as checked today")
    def mark_reviewed(self, request, queryset):
        count = listings.services_mark_reviewed(services=list(queryset))
        self.message_user(request, f"{count} listing(s) marked as checked today.", messages.SUCCESS)

    @admin.action(description="Publish")
    def publish(self, request, queryset):
        count = listings.services_publish(services=list(queryset))
        self.message_user(request, f"{count} listing(s) published.", messages.SUCCESS)


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
class OrganisationAdmin(admin.ModelAdmin):
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
class LocationAdmin(admin.ModelAdmin):
    list_display = ["name", "service", "town", "postcode"]
    list_filter = ["town", "accessibility"]
    search_fields = ["name", "postcode", "service__name"]
    autocomplete_fields = ["service"]
    filter_horizontal = ["accessibility"]
