"""What each staff role may do with information pages, the glossary and news (see localoffer/staff/roles.py)."""

from localoffer.staff.roles import LOCAL_OFFER_EDITOR, MANAGE, READ_ONLY_AUDITOR, VIEW

CONTENT_MODELS = [
    "informationpage", "easyreadpage", "pagetranslation", "glossaryterm", "newsitem", "newstranslation",
    "crisispanel", "topic",
]  # fmt: skip

ROLES = {
    LOCAL_OFFER_EDITOR: {"localoffer": dict.fromkeys(CONTENT_MODELS, MANAGE)},
    READ_ONLY_AUDITOR: {"localoffer": dict.fromkeys(CONTENT_MODELS, VIEW)},
}
