"""The one rule for who may see personal data in the admin and its exports.

Who sees names, emails, phone numbers and access needs is decided here alone, by
`personal_data_visible`; the admin's lists, detail pages, search and CSV exports all ask it.
What each role may do with this app's models is `ROLES` below (gathered by localoffer/staff/roles.py).
"""

from localoffer.staff.roles import (
    COPRODUCTION_OFFICER,
    FEEDBACK_OFFICER,
    LOCAL_OFFER_EDITOR,
    MANAGE,
    READ_ONLY_AUDITOR,
    VIEW,
)

# Models whose rows hold personal data, and the permission that unlocks their personal fields.
PERSONAL_DATA_PERMISSIONS = {
    "pledge": "view_pledge_personal_data",
    "panelvolunteer": "view_panelvolunteer_personal_data",
    "booking": "view_booking_personal_data",
    "feedback": "view_feedback_personal_data",
    "listingreport": "view_listingreport_personal_data",
}


def personal_data_visible(*, user, model):
    """True when this staff user may see the names and contact details held on `model`'s rows."""
    codename = PERSONAL_DATA_PERMISSIONS.get(model._meta.model_name)
    if codename is None:
        return True
    return user.is_active and user.has_perm(f"{model._meta.app_label}.{codename}")


# What each staff role may do here; "personal" is the permission above (see localoffer/staff/roles.py).
ROLES = {
    # Reports that a listing is wrong reach the people who fix listings (without the reporter's email).
    LOCAL_OFFER_EDITOR: {"coproduction": {"listingreport": ("change", "view")}},
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
    },
    READ_ONLY_AUDITOR: {
        "coproduction": dict.fromkeys(
            [
                "hubpage", "pledgelevel", "pledge", "panelvolunteer", "event", "booking", "theme", "yousaidwedid",
                "feedback", "listingreport", "pagevote",
            ],
            VIEW,
        ),
    },
}  # fmt: skip
