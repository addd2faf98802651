"""Staff roles, and the one rule for who may see personal data in the admin and its exports.

Each role is a group of permissions, made by a data migration. Who sees names, emails, phone
numbers and access needs is decided here alone, by `personal_data_visible`; the admin's lists,
detail pages, search and CSV exports all ask it. To add a role, add it to `ROLES` and write a
migration that calls `roles_sync` (see migration 0002 for the pattern).
"""

# Models whose rows hold personal data, and the permission that unlocks their personal fields.
PERSONAL_DATA_PERMISSIONS = {
    "pledge": "view_pledge_personal_data",
    "panelvolunteer": "view_panelvolunteer_personal_data",
    "booking": "view_booking_personal_data",
    "feedback": "view_feedback_personal_data",
    "listingreport": "view_listingreport_personal_data",
}

_MANAGE = ("add", "change", "delete", "view")

# Role name -> {model name in the coproduction app: actions (add, change, delete, view, personal)}.
ROLES = {
    "Co-production officer": {
        "hubpage": ("change", "view"),
        "pledgelevel": _MANAGE,
        "pledge": ("change", "view", "personal"),
        "panelvolunteer": (*_MANAGE, "personal"),
        "event": _MANAGE,
        "booking": (*_MANAGE, "personal"),
        "theme": ("view",),
        "yousaidwedid": ("view",),
    },
    "Feedback officer": {
        "feedback": ("change", "view", "personal"),
        "listingreport": ("change", "view", "personal"),
        "pagevote": ("view", "delete"),
        "theme": _MANAGE,
        "yousaidwedid": _MANAGE,
    },
}


def personal_data_visible(*, user, model):
    """True when this staff user may see the names and contact details held on `model`'s rows."""
    codename = PERSONAL_DATA_PERMISSIONS.get(model._meta.model_name)
    if codename is None:
        return True
    return user.is_active and user.has_perm(f"{model._meta.app_label}.{codename}")


def role_codenames(actions, model_name):
    """Permission codenames for a role's actions on one model."""
    codenames = []
    for action in actions:
        if action == "personal":
            codenames.append(PERSONAL_DATA_PERMISSIONS[model_name])
        else:
            codenames.append(f"{action}_{model_name}")
    return codenames


def roles_sync(*, group_model, permission_model, roles, app_label="coproduction"):
    """Make each role's group hold exactly its permissions; models not yet created are skipped."""
    for role, models in roles.items():
        group, _ = group_model.objects.get_or_create(name=role)
        wanted = []
        for model_name, actions in models.items():
            wanted += list(
                permission_model.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model_name,
                    codename__in=role_codenames(actions, model_name),
                )
            )
        group.permissions.set(wanted)
