"""Admin pages that take uploads: when the disk for uploaded files is full, the form comes back with the error.

Saving a record and its inlines runs in one transaction. When an upload cannot be written
(`UploadDiskFull`), the transaction is rolled back, so no row points at a file that is not there;
the page is then shown again with what was typed, and the error beside each file that was chosen.
The log says it once for each refused save.
"""

import logging

from django import forms

from localoffer.core.uploads import DISK_FULL_MESSAGE, UploadDiskFull

logger = logging.getLogger(__name__)


def form_refusing_uploads(form_class):
    """`form_class`, with the disk-full error beside each of its file fields that was given a file."""

    class RefusingUploads(form_class):
        def full_clean(self):
            # After every other check, so that they see the file as given (a picture stands in for a pictogram).
            super().full_clean()
            if not self.is_bound:
                return
            for name, field in self.fields.items():
                if isinstance(field, forms.FileField) and self.files.get(self.add_prefix(name)):
                    self.add_error(name, DISK_FULL_MESSAGE)

    RefusingUploads.__name__ = form_class.__name__
    return RefusingUploads


class UploadDiskFullMixin:
    """For a ModelAdmin whose form or inlines take files; put it before the ModelAdmin class."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except UploadDiskFull as error:
            logger.error(
                "Upload refused: the disk for uploaded files is full (%s); the %s was not saved",
                error,
                self.opts.verbose_name,
            )
            request.uploads_refused = True
            for _, uploads in request.FILES.lists():
                for upload in uploads:
                    upload.seek(0)  # read once already: checked as an image, written until the disk refused
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change, **kwargs)
        return form_refusing_uploads(form_class) if getattr(request, "uploads_refused", False) else form_class

    def get_formsets_with_inlines(self, request, obj=None):
        for formset_class, inline in super().get_formsets_with_inlines(request, obj):
            if not getattr(request, "uploads_refused", False):
                yield formset_class, inline
                continue
            refusing = {"form": form_refusing_uploads(formset_class.form)}
            yield type(formset_class.__name__, (formset_class,), refusing), inline
