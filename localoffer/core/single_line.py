"""Single-line text: a name, a title, an email address or a subject holds no line break, tab or other
control character.

A line break pasted into a service's name would be published in headings and links and would make
every email with that name in its subject fail (a header may not contain a newline). Every
single-line field refuses such characters with a message beside it: each model `CharField` of the
site (and so every admin, provider and import form built from a model) through
`single_line_validators_install`, and the public forms through `single_line_fields`. Email subjects
are made one clean line whatever they are built from (`subject_line`).
"""

import re

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# C0 and C1 control characters (line feed, carriage return, tab, escape, delete ...) and the
# Unicode line and paragraph separators.
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MESSAGE = _("Enter this on one line, without line breaks, tabs or other control characters")


def single_line_validate(value):
    """Refuse text holding a control character: single-line fields are one line of plain text."""
    if isinstance(value, str) and CONTROL_RE.search(value):
        raise ValidationError(MESSAGE, code="control_characters")


def subject_line(text, *, limit=200):
    """`text` as one clean line for an email subject: control characters become spaces, runs of spaces one."""
    return " ".join(CONTROL_RE.sub(" ", str(text or "")).split())[:limit]


def single_line_validators_install():
    """Give every model CharField (not TextField) of every installed app the single-line check, once."""
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.concrete_fields:
            # Added to the field's list of validators as made, not to the ones it was declared with,
            # so that migrations (which record the declared ones) are untouched.
            if isinstance(field, models.CharField) and single_line_validate not in field.validators:
                field.validators.append(single_line_validate)


def single_line_fields(form):
    """Give a plain form's single-line text fields (any CharField not shown as a text area) the check."""
    for field in form.fields.values():
        single = isinstance(field, forms.CharField) and not isinstance(field.widget, forms.Textarea)
        if single and single_line_validate not in field.validators:
            field.validators.append(single_line_validate)
