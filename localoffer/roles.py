"""The four staff roles and exactly what each may do, across the whole admin.

Each role is a Django group. `roles_sync` gives each group exactly the permissions listed here;
data migrations call it with a copy of `ROLES` as it stood, so every environment has the same
roles, and a change to a role comes with a migration of its own. Names, emails, phone numbers
and access needs are unlocked by the `view_<model>_personal_data` permissions ("personal"
below), which `coproduction.roles.personal_data_visible` checks everywhere they are shown.
Superusers are for the system owner.
"""

from coproduction.roles import PERSONAL_DATA_PERMISSIONS

MANAGE = ("add", "change", "delete", "view")
VIEW = ("view",)

LOCAL_OFFER_EDITOR = "Local Offer editor"
COPRODUCTION_OFFICER = "Co-production officer"
FEEDBACK_OFFICER = "Feedback officer"
READ_ONLY_AUDITOR = "Read-only auditor"

DIRECTORY_MODELS = [
    "organisation", "service", "location", "openingtime", "localofferanswer", "localofferquestion",
    "category", "need", "searchterm", "accessibilityfeature",
]  # fmt: skip
CONTENT_MODELS = ["informationpage", "glossaryterm", "newsitem"]
PROVIDER_MODELS = ["provideraccount", "pendingchange"]

# Role -> {app label: {model name: actions}}; an action is add, change, delete, view or personal.
ROLES = {
    LOCAL_OFFER_EDITOR: {
        "services": {
            **dict.fromkeys(DIRECTORY_MODELS, MANAGE),
            "postcodecentroid": VIEW,
            "reviewreminder": VIEW,
            "searchrecord": VIEW,
            # Provider accounts: invited and removed, never deleted (their changes keep their names).
            "provideraccount": ("add", "change", "view"),
            "pendingchange": ("change", "view"),
        },
        "localoffer": dict.fromkeys(CONTENT_MODELS, MANAGE),
        # Reports that a listing is wrong reach the people who fix listings (without the reporter's email).
        "coproduction": {"listingreport": ("change", "view")},
    },
    COPRODUCTION_OFFICER: {
        "coproduction": {
            "hubpage": ("change", "view"),
            "pledgelevel": MANAGE,
            "pledge": ("change", "view", "personal"),
            "panelvolunteer": (*MANAGE, "personal"),
            "event": MANAGE,
            "booking": (*MANAGE, "personal"),
            "theme": VIEW,
            "yousaidwedid": VIEW,
        },
    },
    FEEDBACK_OFFICER: {
        "coproduction": {
            "feedback": ("change", "view", "personal"),
            "listingreport": ("change", "view", "personal"),
            "pagevote": ("view", "delete"),
            "theme": MANAGE,
            "yousaidwedid": MANAGE,
        },
        "services": {"service": VIEW},
    },
    READ_ONLY_AUDITOR: {
        "services": dict.fromkeys(
            [*DIRECTORY_MODELS, "postcodecentroid", "reviewreminder", "searchrecord", *PROVIDER_MODELS],
            VIEW,
        ),
        "localoffer": dict.fromkeys(CONTENT_MODELS, VIEW),
        "coproduction": dict.fromkeys(
            [
                "hubpage",
                "pledgelevel",
                "pledge",
                "panelvolunteer",
                "event",
                "booking",
                "theme",
                "yousaidwedid",
                "feedback",
                "listingreport",
                "pagevote",
            ],
            VIEW,
        ),  # fmt: skip
    },
}


def codenames(model_name, actions):
    """Permission codenames for some actions on one model."""
    return [
        PERSONAL_DATA_PERMISSIONS[model_name] if action == "personal" else f"{action}_{model_name}"
        for action in actions
    ]


def roles_sync(*, group_model, permission_model, roles):
    """Give each role's group exactly its permissions (made if missing); unknown models are skipped."""
    for role, apps in roles.items():
        group, _ = group_model.objects.get_or_create(name=role)
        wanted = []
        for app_label, models in apps.items():
            for model_name, actions in models.items():
                wanted += permission_model.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model_name,
                    codename__in=codenames(model_name, actions),
                )
        group.permissions.set(wanted)
