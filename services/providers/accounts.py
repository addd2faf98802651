"""Provider accounts: invited by staff, signed in by a single-use emailed link, removed when done with.

People at small charities and schools do not keep passwords or authenticator apps for a site they
use twice a year, so they sign in with a link (django-sesame) that works once, for
PROVIDER_SIGN_IN_LINK_MINUTES. Asking for a link always answers the same way, whether or not the
address has an account, and is limited per address the request came from and per email address.
The accounts have no staff status, so the admin never lets them in.
"""

import unicodedata
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_ratelimit.core import is_ratelimited
from sesame.backends import ModelBackend as LinkBackend
from sesame.utils import get_query_string

from localoffer.core.mail import email_queue
from services.models import ProviderAccount

SIGN_IN_SCOPE = "provider-sign-in"
INVITATION_SCOPE = "provider-invitation"
# How long a provider stays signed in on one device.
SESSION_SECONDS = 8 * 60 * 60


def provider_account_for(user):
    """The active provider account of a signed-in person, or None (staff and strangers alike)."""
    if not user.is_authenticated or user.is_staff or not user.is_active:
        return None
    return ProviderAccount.objects.filter(user=user, removed_at=None).first()


def email_normalise(email):
    """An email address as accounts are keyed: NFKC-normalised, case-folded, without spaces around it.

    Compared exactly, never case-insensitively in the database: PostgreSQL's UPPER() turns a dotless
    "ı" into "I", so a look-alike address would otherwise match someone else's account.
    """
    return unicodedata.normalize("NFKC", str(email or "")).strip().casefold()


def sign_in_link(*, account, scope=SIGN_IN_SCOPE):
    """The full address of a single-use link that signs this account in."""
    return f"{settings.SITE_URL}{reverse('providers:sign-in-link')}{get_query_string(account.user, scope=scope)}"


@transaction.atomic
def provider_invite(*, name, email, organisations, by):
    """Give someone access to the provider area for these organisations and email them a link to sign in.

    Inviting an address whose access was removed gives it back. An address that belongs to a
    staff account cannot be invited: staff sign in to the admin.
    """
    email = email_normalise(email)
    users = get_user_model().objects
    account = ProviderAccount.objects.filter(email=email).select_related("user").first()
    if account is None:
        if users.filter(username__iexact=email).exists() or users.filter(is_staff=True, email__iexact=email).exists():
            raise ValidationError({"email": "That address belongs to a staff account. Use a different address."})
        user = users.create_user(username=email, email=email)  # no password: links only
        account = ProviderAccount(user=user, email=email)
    else:
        links_and_sessions_cancel(user=account.user)  # an invitation again starts afresh
    account.name, account.invited_by, account.removed_at = name, by, None
    account.save()
    if not account.user.is_active:
        account.user.is_active = True
        account.user.save(update_fields=["is_active"])
    account.organisations.set(organisations)
    email_queue(
        to=email,
        subject="You can now update your listings on the SEND Local Offer",
        body=render_to_string(
            "services/providers/email/invitation.txt",
            {
                "account": account,
                "organisations": account.organisations.all(),
                "link": sign_in_link(account=account, scope=INVITATION_SCOPE),
                "days": settings.PROVIDER_INVITATION_DAYS,
                "sign_in_url": settings.SITE_URL + reverse("providers:sign-in"),
            },
        ),
        purpose="provider-invitation",
    )
    return account


def links_and_sessions_cancel(*, user):
    """Make every sign-in link sent to this person so far, and every session they have, useless.

    Links (django-sesame) and sessions (Django's session hash) are both tied to the account's
    password hash; providers have no password, so a new unusable one changes the hash. Their
    sessions are deleted too, so nothing of them is left on the server.
    """
    user.set_unusable_password()
    user.save(update_fields=["password"])
    stale = [
        session.session_key
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator(chunk_size=2000)
        if str(session.get_decoded().get(SESSION_KEY)) == str(user.pk)
    ]
    Session.objects.filter(session_key__in=stale).delete()


@transaction.atomic
def provider_remove(*, account, at=None):
    """Take away someone's access: they cannot sign in, every link they were sent stops working and
    every session they have ends; inviting them again sends a new link, and no old one comes back."""
    at = at or timezone.now()
    account.removed_at = at
    account.save(update_fields=["removed_at"])
    account.user.is_active = False
    account.user.save(update_fields=["is_active"])
    links_and_sessions_cancel(user=account.user)
    return account


def sign_in_link_request(*, request, email):
    """Email a sign-in link when the address has an active account; True when one was queued.

    Callers answer the same whatever this returns. Each account gets at most
    PROVIDER_LINKS_PER_ACCOUNT links in its window, however its address was written; an address
    without an account is counted by itself, so both take the same path.
    """
    address = email_normalise(email)
    account = (
        ProviderAccount.objects.filter(email__in={address, email.strip().lower()}, removed_at=None)
        .filter(user__is_active=True)
        .select_related("user")
        .first()
    )
    key = f"account:{account.pk}" if account else f"address:{address}"
    limited = is_ratelimited(
        request,
        group="provider-link-per-address",
        key=lambda group, request: key,
        rate=settings.PROVIDER_LINKS_PER_ACCOUNT,
        method="POST",
        increment=True,
    )
    if limited or account is None:
        return False
    email_queue(
        to=account.email,
        subject="Your link to sign in to the SEND Local Offer provider area",
        body=render_to_string(
            "services/providers/email/sign-in.txt",
            {
                "account": account,
                "link": sign_in_link(account=account),
                "minutes": settings.PROVIDER_SIGN_IN_LINK_MINUTES,
            },
        ),
        purpose="provider-sign-in",
    )
    return True


def sign_in_user(*, token):
    """The provider a sign-in link belongs to, while it is unused and in date; otherwise None.

    Signing in (django.contrib.auth.login) moves the account's last sign-in, which every link
    made before is tied to, so a link works once. Staff accounts are never signed in this way.
    """
    if not token:
        return None
    ages = [
        (SIGN_IN_SCOPE, timedelta(minutes=settings.PROVIDER_SIGN_IN_LINK_MINUTES)),
        (INVITATION_SCOPE, timedelta(days=settings.PROVIDER_INVITATION_DAYS)),
    ]
    for scope, max_age in ages:
        # The link backend itself, not authenticate(): a wrong link is not a failed password for the lockout.
        user = LinkBackend().authenticate(None, sesame=token, scope=scope, max_age=max_age)
        if user is not None:
            return user if provider_account_for(user) is not None else None
    return None


def providers_deactivate_unused(*, now=None):
    """Remove access from accounts nobody has signed in to for the retention period; returns how many.

    An account never used counts from its invitation.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["provider_account_unused"])
    unused = ProviderAccount.objects.filter(removed_at=None).select_related("user")
    count = 0
    for account in unused.filter(user__last_login__lt=cutoff) | unused.filter(
        user__last_login=None, invited_at__lt=cutoff
    ):
        provider_remove(account=account, at=now)
        count += 1
    return count
