"""The Local Offer editor and the Read-only auditor may read what people searched for."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = ["Local Offer editor", "Read-only auditor"]


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("services")
    app_config.models_module = True  # historical app configs have none; create_permissions needs one
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission = apps.get_model("auth", "Permission").objects.get(
        content_type__app_label="services", codename="view_searchrecord"
    )
    for name in ROLES:
        group, _ = group_model.objects.get_or_create(name=name)
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0005_search_index_and_searches_made"),
        ("localoffer", "0005_staff_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
