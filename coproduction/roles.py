"""The one rule for who may see personal data in the admin and its exports.

Who sees names, emails, phone numbers and access needs is decided here alone, by
`personal_data_visible`; the admin's lists, detail pages, search and CSV exports all ask it.
The roles themselves (groups of permissions) are defined in `localoffer/roles.py`.
"""

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
