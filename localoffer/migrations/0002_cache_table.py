"""Create the database cache table, which holds rate-limit counters when REDIS_URL is unset."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("localoffer", "0001_outbound_email")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
