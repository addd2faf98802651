"""Staff editing of information pages, the glossary and news."""

from django.contrib import admin
from django.utils.html import format_html

from localoffer.models import GlossaryTerm, InformationPage, NewsItem


@admin.register(InformationPage)
class InformationPageAdmin(admin.ModelAdmin):
    list_display = ["indented_title", "order", "published", "last_updated", "public_link"]
    list_display_links = ["indented_title"]
    list_editable = ["order", "published"]
    list_filter = ["published", ("parent", admin.RelatedOnlyFieldListFilter)]
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


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    list_display = ["term", "abbreviation", "aliases", "updated_at"]
    search_fields = ["term", "abbreviation", "aliases", "definition"]
    prepopulated_fields = {"slug": ["term"]}
    fields = ["term", "slug", "abbreviation", "aliases", "definition"]


@admin.register(NewsItem)
class NewsItemAdmin(admin.ModelAdmin):
    list_display = ["title", "published_on", "published", "public_link"]
    list_filter = ["published"]
    list_editable = ["published"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "published_on", "published", "summary", "body"]

    @admin.display(description="On the site")
    def public_link(self, item):
        return format_html('<a href="{}">{}</a>', item.get_absolute_url(), "View" if item.published else "Preview")
