"""History in the admin for every model that keeps it: restoring a version shows what will change first.

django-simple-history shows an earlier version as an editable form to anyone who may view the
record, saves it on POST and restores the whole row. `HistoryAdmin` replaces that page. Someone
who may change the record sees what restoring the version would change (field by field, and for
a service its opening times and answers), what is kept as it is now (a service's review dates),
and confirms with one button; the restore is a new, recorded change. Someone who may only view
gets a read-only comparison of that version with the record as it is now, and a POST from them is
refused (403) before any form is read.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from localoffer.core.words import shortened
from localoffer.staff import versions

SAFE_METHODS = ("GET", "HEAD")


def version_comparison(*, model, version, current):
    """Each editable field of `model` as (label, value in this version, value now, whether they differ)."""
    rows = []
    for field in model._meta.fields:
        if not field.editable or field.primary_key:
            continue
        then = versions.field_text(version, field)
        now = versions.field_text(current, field) if current else "(deleted)"
        rows.append((field.verbose_name, then, now, then != now))
    return rows


def record_unchanged(obj):
    """True when every editable field of `obj` holds what the database already has for it."""
    stored = type(obj)._base_manager.filter(pk=obj.pk).first()
    if stored is None:
        return False
    fields = [field for field in obj._meta.concrete_fields if field.editable]
    return all(field.value_from_object(obj) == field.value_from_object(stored) for field in fields)


def save_time(request):
    """One time for everything one admin save records, so a record and the rows edited with it share a version."""
    if not hasattr(request, "_history_date"):
        request._history_date = timezone.now()
    return request._history_date


class HistoryAdmin(SimpleHistoryAdmin):
    """A model admin with history, whose earlier versions only people who may change the record can restore."""

    version_template = "admin/history_version.html"
    restore_template = "admin/history_restore.html"
    # Fields a restore leaves as they are now, e.g. a service's review dates.
    restore_kept_fields = ()

    def restore_related_changes(self, current, record):
        """The rows edited with the record that a restore puts back too (none unless a subclass says so)."""
        return []

    def save_model(self, request, obj, form, change):
        """Save only what changed: a form sent back as it was shown records nothing and moves no date."""
        if change and record_unchanged(obj):
            return
        obj._history_date = save_time(request)
        super().save_model(request, obj, form, change)
        request._history_record_saved = True

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            inline_form.instance._history_date = save_time(request)
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        """When only rows edited on the page changed (a service's opening times), record a version of the
        record too, so that its history lists every change to the page and each version can be restored."""
        super().save_related(request, form, formsets, change)
        changed = [
            formset.model._meta.verbose_name_plural
            for formset in formsets
            if formset.new_objects or formset.changed_objects or formset.deleted_objects
        ]
        if change and changed and not getattr(request, "_history_record_saved", False):
            obj = form.instance
            obj._history_date = save_time(request)
            obj._change_reason = shortened(f"Changed its {', '.join(str(name) for name in changed)}")
            obj.save()

    def _record(self, object_id, version_id):
        history_model = self.model.history.model
        try:
            return get_object_or_404(
                history_model, **{self.model._meta.pk.attname: object_id, "history_id": int(version_id)}
            )
        except (ValueError, ValidationError) as error:  # a malformed id in the address
            raise Http404("No such version") from error

    def _urls(self, object_id):
        names = self.admin_site.name, self.model._meta.app_label, self.model._meta.model_name
        return {
            "changelist_url": reverse("{}:{}_{}_changelist".format(*names)),
            "history_url": reverse("{}:{}_{}_history".format(*names), args=[object_id]),
            "change_url": reverse("{}:{}_{}_change".format(*names), args=[object_id]),
        }

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        object_id = unquote(object_id)
        current = self.get_object(request, object_id)
        if current is not None and self.has_change_permission(request, current):
            return self.restore_view(request, object_id=object_id, version_id=version_id, current=current)
        if request.method not in SAFE_METHODS:
            raise PermissionDenied
        return self.version_view(request, object_id=object_id, version_id=version_id, current=current)

    def restore_view(self, request, *, object_id, version_id, current):
        """What restoring this version would change, and a button to do it; POST restores it."""
        record = self._record(object_id, version_id)

        def plan_now():
            return versions.version_restore_plan(
                record=record,
                current=current,
                kept_fields=self.restore_kept_fields,
                related=self.restore_related_changes,
            )

        plan = plan_now()
        if request.method == "POST" and plan.changes_anything and not plan.errors:
            try:
                versions.version_restore(plan=plan, by=request.user)
            except versions.VersionRestoreError as error:
                plan.errors.append(str(error))
            else:
                self.message_user(
                    request, f"Restored {versions.version_label(record)} of “{current}”.", messages.SUCCESS
                )
                return HttpResponseRedirect(self._urls(object_id)["change_url"])
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            **self._urls(object_id),
            "title": f"Restore an earlier version of {current}",
            "opts": opts,
            "app_label": opts.app_label,
            "original": current,
            "record": record,
            "plan": plan,
        }
        request.current_app = self.admin_site.name
        status = 409 if request.method == "POST" else 200
        return TemplateResponse(request, self.restore_template, context, status=status)

    def version_view(self, request, *, object_id, version_id, current):
        """An earlier version beside the record as it is now, with nothing to submit."""
        opts = self.model._meta
        record = self._record(object_id, version_id)
        version = record.instance
        if not self.has_view_permission(request, current or version):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            **self._urls(object_id),
            "title": f"Earlier version of {version}",
            "opts": opts,
            "app_label": opts.app_label,
            "original": current or version,
            "record": record,
            "rows": version_comparison(model=self.model, version=version, current=current),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.version_template, context)
