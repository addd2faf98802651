"""Staff screens for services' summaries in other languages, made by people; no machine translation."""

from django.contrib import admin

from services.models import ServiceTranslation


@admin.register(ServiceTranslation)
class ServiceTranslationAdmin(admin.ModelAdmin):
    """A service's summary in another language, shown first on its page at ?lang=<code>."""

    list_display = ["service", "language", "made_by_person", "demo", "published", "updated_at"]
    list_filter = ["language", "published", "demo"]
    search_fields = ["summary", "service__name"]
    autocomplete_fields = ["service"]
    fields = ["service", "language", "summary", "made_by_person", "demo", "published"]
