"""Services in and out of the admin as CSV: an export of the list, and an import checked row by row first."""

import io
import json

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ERROR_FLAG
from django.core.exceptions import FieldError, PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from services import imports
from services.oruk.queries import services_nested
from services.oruk.records import service_record


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


class ImportExportMixin:
    """The list's "Import from CSV" and "Export these as CSV" pages, and the "Export as CSV" action."""

    def import_export_urls(self):
        view = self.admin_site.admin_view
        return [
            path("import/", view(self.import_view), name="services_service_import"),
            path("export/", view(self.export_view), name="services_service_export"),
        ]

    @admin.action(description="Export as CSV", permissions=["view"])
    def export_csv(self, request, queryset):
        return self._csv_response(queryset)

    @admin.action(description="Export as Open Referral UK JSON", permissions=["view"])
    def export_open_referral(self, request, queryset):
        """The selected services as Open Referral UK 3.0 records, as the open data API serves them."""
        services = services_nested(queryset.exclude(status="draft").order_by("name"))
        body = json.dumps([service_record(service) for service in services], ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        filename = f"services-open-referral-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

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
        try:
            queryset = self.get_changelist_instance(request).get_queryset(request)
        except (IncorrectLookupParameters, FieldError, ValidationError, ValueError):
            # A filter in the address the list does not know: show the list's own "wrong filter" page.
            return HttpResponseRedirect(reverse("admin:services_service_changelist") + f"?{ERROR_FLAG}=1")
        return self._csv_response(queryset)

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
            try:
                result = imports.services_import(text=stored["text"], by=request.user, valid_rows_only=valid_only)
            except imports.ImportFileError as error:
                self.message_user(request, str(error), messages.ERROR)
                return HttpResponseRedirect(reverse("admin:services_service_import"))
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
