"""Staff side of waiting times: providers' changes to waits (published at once or held), approved or turned down."""

from django.contrib import admin, messages

from services.models import WaitChange, WaitDay
from services.waits import wait_change_decide


@admin.register(WaitChange)
class WaitChangeAdmin(admin.ModelAdmin):
    list_display = ["service", "status", "proposed_by_name", "created_at", "before_summary", "proposed_summary"]
    list_filter = ["status"]
    search_fields = ["service__name", "proposed_by_name"]
    list_select_related = ["service"]
    readonly_fields = [
        "service", "status", "before_summary", "proposed_summary", "proposed_by_name", "created_at",
        "decided_by_name", "decided_at",
    ]  # fmt: skip
    fields = readonly_fields
    actions = ["approve", "reject"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="before")
    def before_summary(self, change):
        return "; ".join(change.before_text)

    @admin.display(description="sent")
    def proposed_summary(self, change):
        return "; ".join(change.proposed_text)

    def _decide(self, request, queryset, *, approve):
        decided = 0
        for change in queryset.filter(status=WaitChange.Status.WAITING).select_related("service"):
            wait_change_decide(change=change, by=request.user, approve=approve)
            decided += 1
        self.message_user(
            request,
            f"{decided} change{'s' if decided != 1 else ''} to waits {'published' if approve else 'turned down'}.",
            messages.SUCCESS,
        )

    @admin.action(description="Approve and publish the chosen waits", permissions=["change"])
    def approve(self, request, queryset):
        self._decide(request, queryset, approve=True)

    @admin.action(description="Turn down the chosen waits", permissions=["change"])
    def reject(self, request, queryset):
        self._decide(request, queryset, approve=False)


@admin.register(WaitDay)
class WaitDayAdmin(admin.ModelAdmin):
    """Waits by day, kept by the daily record: for the annual report and looking back."""

    list_display = ["day", "service", "label", "text", "days"]
    list_filter = ["day"]
    search_fields = ["service__name", "label"]
    date_hierarchy = "day"
    list_select_related = ["service"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
