"""Staff sign-in: a second factor for every staff account, recovery codes, and idle sign-out.

Staff sign in with a password, then a code from an authenticator app (TOTP) or one of their
single-use recovery codes. The admin site lets no one in until both are done. Setting up an
authenticator needs more than the password: a set-up link the system owner issues (emailed to the
account holder, valid STAFF_SETUP_LINK_HOURS, 72 by default), which works for one enrolment only;
the account holder is emailed whenever an authenticator is set up.
"""

import hashlib
import secrets
from base64 import b32encode
from datetime import timedelta

import segno
from django.conf import settings
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from localoffer.core.mail import email_queue

AUTHENTICATOR_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10
# How long after new codes are shown their "Download as a text file" button works.
RECOVERY_DOWNLOAD_FOR = timedelta(hours=1)


def has_second_factor(user):
    """True when the person has finished setting up an authenticator app."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


SETUP_LINK_SALT = "localoffer.staff.second-factor-set-up"
# Where a set-up link's token waits in the session while its holder signs in with their password.
SETUP_SESSION_KEY = "second_factor_set_up_link"


def _key_fingerprint(device):
    return hashlib.sha256(f"{device.pk}:{device.key}".encode()).hexdigest()[:32]


@transaction.atomic
def setup_link_issue(*, user):
    """A new single-use link to set up an authenticator app, emailed to the account holder; returns it.

    It holds a fresh, unconfirmed authenticator: issuing another link, resetting the second
    factor or finishing the set-up makes every earlier link useless.
    """
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    token = signing.dumps({"user": user.pk, "device": device.pk, "key": _key_fingerprint(device)}, salt=SETUP_LINK_SALT)
    link = f"{settings.SITE_URL}{reverse('admin:two_factor_setup')}?link={token}"
    if user.email:
        email_queue(
            to=user.email,
            subject="Set up the second step for signing in to the SEND Local Offer admin",
            body=render_to_string(
                "admin/email/two_factor_setup_link.txt",
                {"user": user, "link": link, "hours": settings.STAFF_SETUP_LINK_HOURS},
            ),
            purpose="staff-second-factor-link",
        )
    return link


def setup_link_device(*, user, token):
    """The unconfirmed authenticator a set-up link holds for this person, or None (wrong person, used, old)."""
    try:
        data = signing.loads(
            token or "", salt=SETUP_LINK_SALT, max_age=timedelta(hours=settings.STAFF_SETUP_LINK_HOURS)
        )
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("user") != user.pk:
        return None
    device = TOTPDevice.objects.filter(user=user, pk=data.get("device"), confirmed=False).first()
    if device is None or not secrets.compare_digest(_key_fingerprint(device), str(data.get("key"))):
        return None
    return device


def authenticator_secret(device):
    """The secret in groups of four letters, for typing into an app that cannot scan."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def authenticator_qr_svg(device):
    """The authenticator's set-up address as an SVG QR code (no inline styles)."""
    return segno.make(device.config_url, error="m").svg_inline(scale=5, border=2, title="QR code to scan")


@transaction.atomic
def authenticator_confirm(*, device, code):
    """Confirm a new authenticator with its first code. Returns the recovery codes, or None if wrong."""
    if not device.verify_token(code.replace(" ", "")):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    user = device.user
    if user.email:
        email_queue(
            to=user.email,
            subject="An authenticator app was set up for your SEND Local Offer staff account",
            body=render_to_string("admin/email/two_factor_enrolled.txt", {"user": user, "when": timezone.now()}),
            purpose="staff-second-factor-enrolled",
        )
    return recovery_codes_issue(user=user)


@transaction.atomic
def recovery_codes_issue(*, user):
    """Replace the person's recovery codes with a fresh set of single-use codes, returned once."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_NAME, defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [f"{secrets.randbelow(10**8):08d}" for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return [f"{code[:4]} {code[4:]}" for code in codes]


def _download_salt(*, user, session_key):
    return f"localoffer.recovery-codes-download:{user.pk}:{session_key}"


def recovery_codes_download_token(*, codes, user, session_key):
    """A token for the page that shows new codes, so that its download button can return them.

    The codes are kept nowhere on the server: they travel in the page the person is reading, signed
    so that only this person, in this session, for a short while, can turn them into a file.
    """
    return signing.dumps(codes, salt=_download_salt(user=user, session_key=session_key), compress=True)


def recovery_codes_from_token(*, token, user, session_key):
    """The codes a download token holds, or None when it is not this person's and this session's, or too old."""
    try:
        codes = signing.loads(
            token, salt=_download_salt(user=user, session_key=session_key), max_age=RECOVERY_DOWNLOAD_FOR
        )
    except (signing.BadSignature, ValueError):
        return None
    if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
        return None
    return codes


def recovery_codes_text(*, codes, user, now=None):
    """The text file of recovery codes: who they are for, when they were made, how to use them."""
    now = timezone.localtime(now)
    lines = [
        f"{settings.OTP_TOTP_ISSUER}: recovery codes",
        f"For: {user.get_username()}",
        f"Made: {now:%-d %B %Y, %H:%M}",
        "",
        "Each code signs you in once, instead of a code from your authenticator app.",
        "Keep them somewhere safe, away from your phone. Making new codes stops these working.",
        "",
        *codes,
        "",
    ]
    return "\r\n".join(lines)


def second_factor_verify(*, user, code):
    """The device that accepts this code (an authenticator code, or a recovery code, which is used up)."""
    code = (code or "").replace(" ", "").strip()
    if not code.isdigit():
        return None
    return match_token(user, code)


@transaction.atomic
def second_factor_reset(*, user):
    """Remove every second factor and email the person a new set-up link; returns the link."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    return setup_link_issue(user=user)


def staff_idle_limit_seconds():
    """How long a signed-in staff member may be inactive before being signed out."""
    return settings.STAFF_IDLE_TIMEOUT_MINUTES * 60
