"""Directory search runs on each server's own index now: drop PostgreSQL's search vector, its trigger and index."""

from django.db import migrations

DROP = """
DROP INDEX IF EXISTS services_service_search_gin;
DROP TRIGGER IF EXISTS services_service_search_vector ON services_service;
DROP FUNCTION IF EXISTS services_service_search_vector_update();
"""


def drop_on_postgresql(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("services", "0006_search_report_permissions")]

    operations = [
        migrations.RunPython(drop_on_postgresql, migrations.RunPython.noop),
        migrations.RemoveField(model_name="service", name="search_vector"),
    ]
