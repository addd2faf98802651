"""What several co-production admin pages share: exporting the chosen rows as CSV."""

from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ERROR_FLAG
from django.core.exceptions import FieldError, PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse

from coproduction.exports import export_csv


class ExportTheseMixin:
    """An "Export these as CSV" button on the list: every row the list shows, with its search and filters.

    The columns are `export_columns` ((heading, function of a row) pairs); those named in
    `export_personal` appear only for staff who may see personal data (see coproduction/roles.py),
    who are also the only ones who may search or filter by personal details in the first place.
    """

    export_columns = ()
    export_personal = frozenset()
    export_filename = ""
    export_ordering = ()
    change_list_template = "coproduction/admin/export_change_list.html"

    def _export_url_name(self):
        return f"{self.model._meta.app_label}_{self.model._meta.model_name}_export"

    def get_urls(self):
        export = path("export/", self.admin_site.admin_view(self.export_view), name=self._export_url_name())
        return [export, *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        context = {"export_url": reverse(f"admin:{self._export_url_name()}"), **(extra_context or {})}
        return super().changelist_view(request, context)

    def export_rows(self, request, queryset):
        return export_csv(
            queryset=queryset.order_by(*self.export_ordering),
            columns=self.export_columns,
            personal=self.export_personal,
            user=request.user,
            filename=self.export_filename,
        )

    def export_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        try:
            queryset = self.get_changelist_instance(request).get_queryset(request)
        except (IncorrectLookupParameters, FieldError, ValidationError, ValueError):
            meta = self.model._meta
            return redirect(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist") + f"?{ERROR_FLAG}=1")
        return self.export_rows(request, queryset)
