"""What people searched the directory for: the searches of the last 30 or 90 days, those that found nothing first."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.urls import reverse

from services.models import SearchRecord
from services.search.report import searches_report

PERIODS = (30, 90)


@admin.register(SearchRecord)
class SearchRecordAdmin(admin.ModelAdmin):
    """A read-only report; staff who may add search words can add one from any search that found too little."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            return super().changelist_view(request, extra_context)
        try:
            days = int(request.GET.get("days", PERIODS[0]))
        except ValueError:
            days = PERIODS[0]
        days = days if days in PERIODS else PERIODS[0]
        rows = searches_report(days=days)
        can_add_word = request.user.has_perm("services.add_searchterm")
        add_url = reverse("admin:services_searchterm_add")
        for row in rows:
            wanted = can_add_word and row["kept"]
            row["add_url"] = f"{add_url}?{urlencode({'also_known_as': row['query']})}" if wanted else ""
        context = {
            **self.admin_site.each_context(request),
            "title": "What people searched for",
            "opts": self.model._meta,
            "rows": rows,
            "days": days,
            "can_add_word": can_add_word,
            "min_days": settings.SEARCH_REPORT_MIN_DAYS,
            "periods": PERIODS,
            "none_found": sum(1 for row in rows if not row["found"]),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/services/searchrecord/report.html", context)
