"""What each staff role may do with the directory (see localoffer/staff/roles.py)."""

from localoffer.staff.roles import FEEDBACK_OFFICER, LOCAL_OFFER_EDITOR, MANAGE, READ_ONLY_AUDITOR, VIEW

DIRECTORY_MODELS = [
    "organisation", "service", "location", "openingtime", "localofferanswer", "localofferquestion",
    "category", "need", "searchterm", "accessibilityfeature", "wait", "accessstep", "servicetranslation",
]  # fmt: skip
RECORDS = ["postcodecentroid", "reviewreminder", "searchrecord", "waitday"]
PROVIDER_MODELS = ["provideraccount", "pendingchange", "waitchange"]

ROLES = {
    LOCAL_OFFER_EDITOR: {
        "services": {
            **dict.fromkeys(DIRECTORY_MODELS, MANAGE),
            **dict.fromkeys(RECORDS, VIEW),
            # Provider accounts: invited and removed, never deleted (their changes keep their names).
            "provideraccount": ("add", "change", "view", "personal"),
            "pendingchange": ("change", "view", "personal"),
            "booklet": ("delete", "view"),
            "printedcopyrequest": ("change", "delete", "view"),
            "waitchange": ("change", "view"),
        }
    },
    FEEDBACK_OFFICER: {"services": {"service": VIEW}},
    READ_ONLY_AUDITOR: {"services": dict.fromkeys([*DIRECTORY_MODELS, *RECORDS, *PROVIDER_MODELS, "booklet"], VIEW)},
}
