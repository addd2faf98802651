"""Who may see personal data in co-production's admin and exports, and what each role may do here.

Who sees names, emails, phone numbers and access needs is decided by one rule for every app,
`personal_data_visible` (localoffer/staff/personal_data.py); the admin's lists, detail pages,
search and CSV exports all ask it.
What each role may do with this app's models is `ROLES` below (gathered by localoffer/staff/roles.py).
"""

from localoffer.staff.personal_data import personal_data_visible
from localoffer.staff.roles import (
    COPRODUCTION_OFFICER,
    FEEDBACK_OFFICER,
    LOCAL_OFFER_EDITOR,
    MANAGE,
    READ_ONLY_AUDITOR,
    VIEW,
)

__all__ = ["ROLES", "personal_data_visible"]

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
