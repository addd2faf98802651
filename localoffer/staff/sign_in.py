"""Staff sign-in: a second factor for every staff account, recovery codes, and idle sign-out.

Staff sign in with a password, then a code from an authenticator app (TOTP) or one of their
single-use recovery codes. The admin site lets no one in until both are done.
"""

import secrets
from base64 import b32encode
from datetime import timedelta

import segno
from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

AUTHENTICATOR_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10
# How long after new codes are shown their "Download as a text file" button works.
RECOVERY_DOWNLOAD_FOR = timedelta(hours=1)


def has_second_factor(user):
    """True when the person has finished setting up an authenticator app."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def authenticator_start(*, user):
    """The unconfirmed authenticator for this person, made on first call and reused after."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
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
    return recovery_codes_issue(user=device.user)


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


def second_factor_reset(*, user):
    """Remove every second factor, so the person sets one up again at their next sign-in."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def staff_idle_limit_seconds():
    """How long a signed-in staff member may be inactive before being signed out."""
    return settings.STAFF_IDLE_TIMEOUT_MINUTES * 60
