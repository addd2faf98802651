"""Request handling every page shares: form line endings, and staff idle sign-out."""

import time

from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect

from localoffer.staff import staff_idle_limit_seconds

LAST_SEEN = "staff_last_seen"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def line_endings_normalise(text):
    """Text with every line ending as a plain newline (\\n), whatever the browser or system wrote."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class FormLineEndingsMiddleware:
    """Every text field of every posted form (admin and public alike) arrives with \\n line endings.

    Browsers send each line break typed in a text area as \\r\\n, while what is stored (and every
    record saved by other means) uses \\n, so an unchanged description looked changed: history
    recorded it, `updated` moved and the search index was rebuilt. Decoding line endings here, once,
    as the request arrives, means every form compares and saves the text the person typed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.content_type in FORM_TYPES:
            posted = request.POST
            if any("\r" in value for _, values in posted.lists() for value in values):
                normalised = posted.copy()
                for key, values in posted.lists():
                    normalised.setlist(key, [line_endings_normalise(value) for value in values])
                normalised._mutable = False
                request.POST = normalised
        return self.get_response(request)


class StaffIdleTimeoutMiddleware:
    """Public visitors' sessions (the shortlist) are untouched; only staff sessions time out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN, now)
            if now - last_seen > staff_idle_limit_seconds():
                logout(request)
                messages.info(request, "You were signed out because you had not used the admin for a while.")
                return redirect("admin:login")
            request.session[LAST_SEEN] = now
        return self.get_response(request)
