"""The four staff roles and exactly what each may do, across the whole admin.

Each role is a Django group. Each app says what each role may do with its own models in `ROLES`
in its own `roles.py` ({role: {app label: {model name: actions}}}; an action is add, change,
delete, view or personal). After every `migrate`, `roles_sync_after_migrate` gives each group
exactly the permissions the live definitions list, so every environment, new or old, has the
same roles, and changing a role is changing its app's roles.py. Names, emails, phone numbers and
access needs are unlocked by the `view_<model>_personal_data` permissions ("personal"), which
`localoffer.staff.personal_data.personal_data_visible` checks everywhere they are shown. Superusers are for
the system owner.
"""

from django.apps import apps as installed_apps
from django.contrib.auth.management import create_permissions

from localoffer.core.discovery import app_modules

MANAGE = ("add", "change", "delete", "view")
VIEW = ("view",)

LOCAL_OFFER_EDITOR = "Local Offer editor"
COPRODUCTION_OFFICER = "Co-production officer"
FEEDBACK_OFFICER = "Feedback officer"
READ_ONLY_AUDITOR = "Read-only auditor"
ROLE_NAMES = [LOCAL_OFFER_EDITOR, COPRODUCTION_OFFICER, FEEDBACK_OFFICER, READ_ONLY_AUDITOR]


def roles_declared():
    """Every role with what it may do, merged from each installed app's `ROLES` in its roles.py."""
    merged = {role: {} for role in ROLE_NAMES}
    for module in app_modules("roles"):
        for role, app_labels in getattr(module, "ROLES", {}).items():
            for app_label, models in app_labels.items():
                merged.setdefault(role, {}).setdefault(app_label, {}).update(models)
    return merged


def codenames(model_name, actions):
    """Permission codenames for some actions on one model; "personal" is `view_<model>_personal_data`."""
    return [
        f"view_{model_name}_personal_data" if action == "personal" else f"{action}_{model_name}" for action in actions
    ]


def roles_sync(*, group_model, permission_model, roles):
    """Give each role's group exactly its permissions (made if missing); unknown models are skipped."""
    for role, app_labels in roles.items():
        group, _ = group_model.objects.get_or_create(name=role)
        wanted = []
        for app_label, models in app_labels.items():
            for model_name, actions in models.items():
                wanted += permission_model.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model_name,
                    codename__in=codenames(model_name, actions),
                )
        group.permissions.set(wanted)


def roles_sync_after_migrate(sender, *, using="default", **kwargs):
    """After `migrate` (connected to the staff app's post_migrate), bring the groups in step with the roles.

    Permissions are made first for every app, whatever order their post_migrate signals come in.
    """
    from django.contrib.auth.models import Group, Permission

    for app_config in installed_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    roles_sync(group_model=Group, permission_model=Permission, roles=roles_declared())
