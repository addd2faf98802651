"""Staff side of the printed directory: the booklets made, and printed copies waiting to be posted."""

from django.contrib import admin, messages
from django.utils.html import format_html

from services.models import Booklet, PrintedCopyRequest
from services.printed.copies import printed_copies_mark_posted


@admin.register(Booklet)
class BookletAdmin(admin.ModelAdmin):
    """Booklets are asked for on the public "Print or download the directory" page; staff see and open them here."""

    list_display = ["__str__", "status", "services_count", "pages", "requested_at", "made_at", "open_link"]
    list_filter = ["status", "large_print"]
    fields = [
        "title", "part", "large_print", "status", "directory_version", "services_count", "pages",
        "requested_at", "made_at", "attempts", "last_error", "open_link",
    ]  # fmt: skip
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="booklet")
    def open_link(self, booklet):
        return format_html('<a href="{}">Open its page</a>', booklet.get_absolute_url())


@admin.register(PrintedCopyRequest)
class PrintedCopyRequestAdmin(admin.ModelAdmin):
    """Requests to post a printed booklet: the team prints it from the booklet page, posts it and marks it posted."""

    list_display = ["name", "postcode", "part_title", "large_print", "requested_at", "sent_at"]
    list_filter = [("sent_at", admin.EmptyFieldListFilter), "large_print"]
    search_fields = ["name", "postcode"]
    readonly_fields = ["name", "address", "postcode", "part", "part_title", "large_print", "requested_at", "sent_at"]
    actions = ["mark_posted"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Mark as posted (the name and address are then deleted after the retention period)")
    def mark_posted(self, request, queryset):
        count = printed_copies_mark_posted(requests=queryset)
        messages.success(request, f"{count} request{'s' if count != 1 else ''} marked as posted.")
