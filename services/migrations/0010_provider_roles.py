"""Local Offer editors invite and remove provider accounts and approve their changes; auditors read both.

The permissions added here are those localoffer/roles.py lists for the two models.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADDED = {
    "Local Offer editor": {
        "provideraccount": ("add", "change", "view"),
        "pendingchange": ("change", "view"),
    },
    "Read-only auditor": {"provideraccount": ("view",), "pendingchange": ("view",)},
}


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("services")
    app_config.models_module = True  # historical app configs have none; create_permissions needs one
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for role, models in ADDED.items():
        group, _ = group_model.objects.get_or_create(name=role)
        for model, actions in models.items():
            group.permissions.add(
                *permission_model.objects.filter(
                    content_type__app_label="services", codename__in=[f"{action}_{model}" for action in actions]
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0009_provider_accounts_and_pending_changes"),
        ("localoffer", "0005_staff_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
