"""The four staff roles, with exactly the permissions each job needs (see localoffer/roles.py).

A copy of the roles as they stood when this migration was written: change a role by changing
localoffer/roles.py and adding a migration like this one with the new copy.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from localoffer.staff.roles import roles_sync

ROLES = {
    "Local Offer editor": {
        "services": {
            "organisation": ("add", "change", "delete", "view"),
            "service": ("add", "change", "delete", "view"),
            "location": ("add", "change", "delete", "view"),
            "openingtime": ("add", "change", "delete", "view"),
            "localofferanswer": ("add", "change", "delete", "view"),
            "localofferquestion": ("add", "change", "delete", "view"),
            "category": ("add", "change", "delete", "view"),
            "need": ("add", "change", "delete", "view"),
            "searchterm": ("add", "change", "delete", "view"),
            "accessibilityfeature": ("add", "change", "delete", "view"),
            "postcodecentroid": ("view",),
            "reviewreminder": ("view",),
        },
        "localoffer": {
            "informationpage": ("add", "change", "delete", "view"),
            "glossaryterm": ("add", "change", "delete", "view"),
            "newsitem": ("add", "change", "delete", "view"),
        },
    },
    "Co-production officer": {
        "coproduction": {
            "hubpage": ("change", "view"),
            "pledgelevel": ("add", "change", "delete", "view"),
            "pledge": ("change", "view", "personal"),
            "panelvolunteer": ("add", "change", "delete", "view", "personal"),
            "event": ("add", "change", "delete", "view"),
            "booking": ("add", "change", "delete", "view", "personal"),
            "theme": ("view",),
            "yousaidwedid": ("view",),
        }
    },
    "Feedback officer": {
        "coproduction": {
            "feedback": ("change", "view", "personal"),
            "listingreport": ("change", "view", "personal"),
            "pagevote": ("view", "delete"),
            "theme": ("add", "change", "delete", "view"),
            "yousaidwedid": ("add", "change", "delete", "view"),
        },
        "services": {"service": ("view",)},
    },
    "Read-only auditor": {
        "services": {
            "organisation": ("view",),
            "service": ("view",),
            "location": ("view",),
            "openingtime": ("view",),
            "localofferanswer": ("view",),
            "localofferquestion": ("view",),
            "category": ("view",),
            "need": ("view",),
            "searchterm": ("view",),
            "accessibilityfeature": ("view",),
            "postcodecentroid": ("view",),
            "reviewreminder": ("view",),
        },
        "localoffer": {"informationpage": ("view",), "glossaryterm": ("view",), "newsitem": ("view",)},
        "coproduction": {
            "hubpage": ("view",),
            "pledgelevel": ("view",),
            "pledge": ("view",),
            "panelvolunteer": ("view",),
            "event": ("view",),
            "booking": ("view",),
            "theme": ("view",),
            "yousaidwedid": ("view",),
            "feedback": ("view",),
            "listingreport": ("view",),
            "pagevote": ("view",),
        },
    },
}


def forwards(apps, schema_editor):
    for label in ("services", "coproduction", "localoffer"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True  # historical app configs have none; create_permissions needs one
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    roles_sync(
        group_model=apps.get_model("auth", "Group"), permission_model=apps.get_model("auth", "Permission"), roles=ROLES
    )


class Migration(migrations.Migration):
    dependencies = [
        ("localoffer", "0004_history_of_pages_glossary_and_news"),
        ("services", "0004_open_referral_ids_in_history"),
        ("coproduction", "0002_levels_hub_text_and_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
