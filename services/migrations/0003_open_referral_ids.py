"""Stable UUIDs for the Open Referral UK API: organisations, categories, needs, locations and
service-at-locations (services already have UUID keys).

Added in three steps so existing rows each get their own UUID: add the column empty, fill it,
then make it unique and required. An index on services' name and id keeps the API's pages quick.
"""

import uuid

from django.db import migrations, models

FIELDS = [
    ("organisation", "open_referral_id"),
    ("category", "open_referral_id"),
    ("need", "open_referral_id"),
    ("location", "open_referral_id"),
    ("location", "open_referral_service_at_location_id"),
]
HELP = "Its id in the open data API."


def fill(apps, schema_editor):
    for model_name, field in FIELDS:
        model = apps.get_model("services", model_name)
        for pk in model.objects.filter(**{f"{field}__isnull": True}).values_list("pk", flat=True).iterator():
            model.objects.filter(pk=pk).update(**{field: uuid.uuid4()})


def final_field(model_name, field):
    if field == "open_referral_service_at_location_id":
        return models.UUIDField("Open Referral service-at-location id", unique=True, default=uuid.uuid4, editable=False)
    return models.UUIDField("Open Referral id", unique=True, default=uuid.uuid4, editable=False, help_text=HELP)


class Migration(migrations.Migration):
    dependencies = [("services", "0002_postgresql_search")]

    operations = [
        *[
            migrations.AddField(model_name=model_name, name=field, field=models.UUIDField(null=True, editable=False))
            for model_name, field in FIELDS
        ],
        migrations.RunPython(fill, migrations.RunPython.noop),
        *[
            migrations.AlterField(model_name=model_name, name=field, field=final_field(model_name, field))
            for model_name, field in FIELDS
        ],
        migrations.AddIndex(model_name="service", index=models.Index(fields=["name", "id"], name="service_name_id")),
    ]
