"""History in the admin for every model that keeps it: reverting needs the change permission.

django-simple-history shows an earlier version as an editable form to anyone who may view the
record, and saves it on POST. `HistoryAdmin` is the one place that closes this: someone who may
only view gets a read-only comparison of that version with the record as it is now, and a POST
from them is refused (403) before any form is read.
"""

from django.contrib.admin.utils import display_for_field, unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

SAFE_METHODS = ("GET", "HEAD")


def version_comparison(*, model, version, current):
    """Each editable field of `model` as (label, value in this version, value now, whether they differ)."""
    rows = []
    for field in model._meta.fields:
        if not field.editable or field.primary_key:
            continue
        then = display_for_field(getattr(version, field.name, None), field, "(empty)")
        now = display_for_field(getattr(current, field.name, None), field, "(empty)") if current else "(deleted)"
        rows.append((field.verbose_name, then, now, str(then) != str(now)))
    return rows


def record_unchanged(obj):
    """True when every editable field of `obj` holds what the database already has for it."""
    stored = type(obj)._base_manager.filter(pk=obj.pk).first()
    if stored is None:
        return False
    fields = [field for field in obj._meta.concrete_fields if field.editable]
    return all(field.value_from_object(obj) == field.value_from_object(stored) for field in fields)


class HistoryAdmin(SimpleHistoryAdmin):
    """A model admin with history, whose earlier versions only people who may change the record can restore."""

    version_template = "admin/history_version.html"

    def save_model(self, request, obj, form, change):
        """Save only what changed: a form sent back as it was shown records nothing and moves no date."""
        if change and record_unchanged(obj):
            return
        super().save_model(request, obj, form, change)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        current = self.get_object(request, unquote(object_id))
        if current is not None and self.has_change_permission(request, current):
            return super().history_form_view(request, object_id, version_id, extra_context)
        if request.method not in SAFE_METHODS:
            raise PermissionDenied
        return self.version_view(request, object_id=object_id, version_id=version_id, current=current)

    def version_view(self, request, *, object_id, version_id, current):
        """An earlier version beside the record as it is now, with nothing to submit."""
        opts = self.model._meta
        history_model = self.model.history.model
        record = get_object_or_404(history_model, **{opts.pk.attname: unquote(object_id), "history_id": version_id})
        version = record.instance
        if not self.has_view_permission(request, current or version):
            raise PermissionDenied
        names = self.admin_site.name, opts.app_label, opts.model_name
        context = {
            **self.admin_site.each_context(request),
            "title": f"Earlier version of {version}",
            "opts": opts,
            "app_label": opts.app_label,
            "original": current or version,
            "record": record,
            "rows": version_comparison(model=self.model, version=version, current=current),
            "changelist_url": reverse("{}:{}_{}_changelist".format(*names)),
            "history_url": reverse("{}:{}_{}_history".format(*names), args=[unquote(object_id)]),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.version_template, context)
