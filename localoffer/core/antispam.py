"""Protection for public forms against bots and floods: a honeypot and a per-address limit.

A form mixes in `HoneypotMixin` and puts `honeypot_layout()` in its crispy layout; its view, a
`PublicFormView` (localoffer/core/views.py), asks `submission_rate_limited(request, group=...)`
before saving. Both answer a person with a plain message, never an error page.
"""

from crispy_forms.layout import Div
from django import forms
from django.conf import settings
from django_ratelimit.core import is_ratelimited

HONEYPOT_FIELD = "lo_contact_me_by_fax"
RATE_LIMITED_MESSAGE = (
    "You have sent this form many times in a short while. Please wait an hour and try again, "
    "or contact us by phone or email."
)


class HoneypotMixin:
    """Adds a field people never see; a bot that fills it in is caught by `caught_by_honeypot`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label="Leave this field empty",
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self):
        """The hidden field is not part of what the person sent: leave it out of `cleaned_data`."""
        cleaned = super().clean()
        cleaned.pop(HONEYPOT_FIELD, None)
        return cleaned

    @property
    def caught_by_honeypot(self):
        """True when the hidden field was filled in: the view then pretends to succeed."""
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD), "").strip())


def honeypot_layout():
    """The crispy layout piece that hides the honeypot from people and screen readers."""
    return Div(HONEYPOT_FIELD, css_class="lo-honeypot", aria_hidden="true")


def client_ip(request):
    """The address a request came from, as far as the trusted proxies in front of the site vouch for it.

    With TRUSTED_PROXY_COUNT proxies, each appending to X-Forwarded-For, the client is the entry
    that many places from the right; anything further left was written by the visitor.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    if not settings.TRUSTED_PROXY_COUNT:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < settings.TRUSTED_PROXY_COUNT:
        return remote
    return forwarded[-settings.TRUSTED_PROXY_COUNT]


def submission_rate_limited(request, *, group, rate=None):
    """Count this submission against the sender's address; True once they are over the limit."""
    return is_ratelimited(
        request,
        group=f"form:{group}",
        key="ip",
        rate=rate or settings.FORM_RATE_LIMIT,
        method="POST",
        increment=True,
    )
