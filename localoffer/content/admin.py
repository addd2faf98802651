"""Staff editing of information pages, the glossary and news, with history."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.utils.html import format_html

from localoffer.content.crisis import crisis_panel_of, crisis_reasons
from localoffer.content.models import (
    CrisisPanel,
    EasyReadPage,
    EasyReadPoint,
    GlossaryTerm,
    InformationPage,
    NewsItem,
    NewsTranslation,
    PageTranslation,
    Topic,
)
from localoffer.content.search import MAX_QUERY_LENGTH
from localoffer.staff.history_admin import HistoryAdmin
from localoffer.staff.plain_english import known_terms, plain_english_advice
from localoffer.staff.uploads_admin import UploadDiskFullMixin


class PlainEnglishAdviceMixin:
    """After a save, advise on how easy `plain_english_field` is to read; never blocks the save."""

    plain_english_field = "body"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        advice = plain_english_advice(getattr(obj, self.plain_english_field), known_terms=known_terms())
        if advice:
            self.message_user(
                request, f"Plain English advice on the {self.plain_english_field}: {advice}", messages.INFO
            )


class EasyReadFilter(admin.SimpleListFilter):
    """Pages with or without a published easy-read version (the dashboard links to the missing ones)."""

    title = "easy-read version"
    parameter_name = "easy_read"

    def lookups(self, request, model_admin):
        return [("yes", "Has one"), ("missing", "Missing")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(easy_read__published=True)
        if self.value() == "missing":
            return queryset.exclude(easy_read__published=True)
        return queryset


@admin.register(InformationPage)
class InformationPageAdmin(PlainEnglishAdviceMixin, HistoryAdmin):
    list_display = ["indented_title", "order", "published", "last_updated", "public_link"]
    list_display_links = ["indented_title"]
    list_editable = ["order", "published"]
    list_filter = ["published", EasyReadFilter, ("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["parent"]
    ordering = ["path"]
    readonly_fields = ["path", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "parent", "order", "published"]}),
        ("Content", {"fields": ["summary", "body", "last_updated"]}),
        ("Details", {"fields": ["path", "updated_at"], "classes": ["collapse"]}),
    ]

    @admin.display(description="Title", ordering="path")
    def indented_title(self, page):
        return format_html("{}{}", "— " * page.depth, page.title)

    @admin.display(description="On the site")
    def public_link(self, page):
        label = "Preview" if not page.published else "View"
        return format_html('<a href="{}">{}</a>', page.get_absolute_url(), label)


class EasyReadPointInline(admin.StackedInline):
    """The points of an easy-read page: one idea each, with a pictogram or an uploaded picture and its alt text."""

    model = EasyReadPoint
    extra = 1
    fields = ["order", "text", "pictogram", "image", "alt_text"]


@admin.register(EasyReadPage)
class EasyReadPageAdmin(UploadDiskFullMixin, HistoryAdmin):
    list_display = ["title", "page", "published", "updated_at", "public_link"]
    list_filter = ["published"]
    search_fields = ["title", "introduction", "page__title", "points__text"]
    autocomplete_fields = ["page"]
    fields = ["page", "title", "introduction", "published"]
    inlines = [EasyReadPointInline]

    @admin.display(description="On the site")
    def public_link(self, easy_read):
        return format_html('<a href="{}">{}</a>', easy_read.get_absolute_url(), "View")


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(HistoryAdmin):
    list_display = ["term", "abbreviation", "aliases", "updated_at"]
    search_fields = ["term", "abbreviation", "aliases", "definition"]
    prepopulated_fields = {"slug": ["term"]}
    fields = ["term", "slug", "abbreviation", "aliases", "definition"]


@admin.register(NewsItem)
class NewsItemAdmin(PlainEnglishAdviceMixin, HistoryAdmin):
    list_display = ["title", "published_on", "published", "public_link"]
    list_filter = ["published"]
    list_editable = ["published"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "published_on", "published", "summary", "body", "topics"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "topics":  # plain labelled checkboxes: usable by keyboard and without JavaScript
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description="On the site")
    def public_link(self, item):
        return format_html('<a href="{}">{}</a>', item.get_absolute_url(), "View" if item.published else "Preview")


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    """The topics staff give news items and events; families choose from them for email alerts."""

    list_display = ["name", "kind", "order"]
    list_editable = ["order"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "kind", "order"]


@admin.register(CrisisPanel)
class CrisisPanelAdmin(HistoryAdmin):
    """The one crisis panel: its words and its text. It cannot be deleted, so the help is never missing."""

    list_display = ["heading", "updated_at"]
    fields = ["heading", "body", "phrases", "read_sentences", "read_never", "updated_at"]
    readonly_fields = ["updated_at"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not CrisisPanel.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The panel's form, with a box to try a search against its words as saved: whether the panel comes, and
        for which of its words (to find the one behind a false alarm, or a gap)."""
        tried = request.GET.get("try", "").strip()[:MAX_QUERY_LENGTH]  # as much as a search box reads
        panel = self.get_object(request, unquote(object_id))
        extra_context = {**(extra_context or {}), "crisis_tried": tried}
        if tried and panel:
            extra_context.update(crisis_reasons(text=tried, panel=crisis_panel_of(panel)))
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(PageTranslation)
class PageTranslationAdmin(admin.ModelAdmin):
    """Versions of information pages in other languages, made by people; no machine translation."""

    list_display = ["page", "language", "made_by_person", "demo", "published", "updated_at"]
    list_filter = ["language", "published", "demo"]
    search_fields = ["title", "summary", "page__title"]
    autocomplete_fields = ["page"]
    fields = ["page", "language", "title", "summary", "body", "made_by_person", "demo", "published"]


@admin.register(NewsTranslation)
class NewsTranslationAdmin(admin.ModelAdmin):
    """Versions of news items in other languages, made by people; no machine translation."""

    list_display = ["item", "language", "made_by_person", "demo", "published", "updated_at"]
    list_filter = ["language", "published", "demo"]
    search_fields = ["title", "summary", "item__title"]
    autocomplete_fields = ["item"]
    fields = ["item", "language", "title", "summary", "body", "made_by_person", "demo", "published"]
