"""Stored text uses \\n line endings, as forms now send it: rewrite the \\r\\n that browsers sent before.

Without this, the first save of each record after the change would record its text as changed.
Historical versions are rewritten too, so that comparing versions shows only real changes.
"""

from django.db import migrations, models
from django.db.models import F, Value
from django.db.models.functions import Replace


def text_line_endings_normalise(apps, schema_editor):
    for model in apps.get_app_config("services").get_models():
        for field in model._meta.concrete_fields:
            if not isinstance(field, models.CharField | models.TextField) or field.primary_key or field.unique:
                continue
            normalised = Replace(Replace(F(field.name), Value("\r\n"), Value("\n")), Value("\r"), Value("\n"))
            model._base_manager.filter(**{f"{field.name}__contains": "\r"}).update(**{field.name: normalised})


class Migration(migrations.Migration):
    dependencies = [("services", "0007_search_index_replaces_the_database_vector")]

    operations = [migrations.RunPython(text_line_endings_normalise, migrations.RunPython.noop)]
