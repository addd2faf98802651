"""Demo staff accounts, one per role and one system owner, for trying the admin on a newcomer's machine.

Made only when `DEBUG` is on: a live site never has an account whose password is in the README. Each
account has a confirmed authenticator already, so signing in asks for its code, which
`manage.py demo_code` prints (it too refuses unless `DEBUG` is on).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice

from localoffer.staff.roles import COPRODUCTION_OFFICER, FEEDBACK_OFFICER, LOCAL_OFFER_EDITOR, READ_ONLY_AUDITOR
from localoffer.staff.sign_in import AUTHENTICATOR_NAME

DEMO_PASSWORD = "demo-local-offer"  # noqa: S105 (a demo account's, made only with DEBUG on)

# (username, full name, role or None for the system owner)
DEMO_STAFF = [
    ("demo-owner", "Sam Owner", None),
    ("demo-editor", "Erin Editor", LOCAL_OFFER_EDITOR),
    ("demo-coproduction", "Cora Coproduction", COPRODUCTION_OFFICER),
    ("demo-feedback", "Fin Feedback", FEEDBACK_OFFICER),
    ("demo-auditor", "Ada Auditor", READ_ONLY_AUDITOR),
]


def demo_staff_save(*, username, full_name, role):
    """One demo account with its role and a confirmed authenticator; returns the user."""
    first_name, _, last_name = full_name.partition(" ")
    user, _ = get_user_model().objects.update_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": f"{username}@example.org",
            "is_staff": True,
            "is_superuser": role is None,
            "is_active": True,
        },
    )
    user.set_password(DEMO_PASSWORD)
    user.save()
    user.groups.set([Group.objects.get(name=role)] if role else [])
    if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=True)
    return user


def demo_staff_device(username):
    """The confirmed authenticator of a demo account, or None when there is no such account."""
    if username not in {name for name, _, _ in DEMO_STAFF}:
        return None
    return TOTPDevice.objects.filter(user__username=username, confirmed=True).first()


def loaded():
    """True when the demo staff accounts exist."""
    return get_user_model().objects.filter(username=DEMO_STAFF[0][0]).exists()


def load(*, stdout, options):
    """Make or refresh the demo staff accounts, only when DEBUG is on."""
    if not settings.DEBUG:
        stdout.write("Demo staff accounts: not made, as DEBUG is off.")
        return
    for username, full_name, role in DEMO_STAFF:
        demo_staff_save(username=username, full_name=full_name, role=role)
    stdout.write(f"Demo staff accounts: {len(DEMO_STAFF)} (see `manage.py demo_code`).")
