"""Staff sessions end after a while without using the admin; public visitors' sessions are untouched."""

import time

from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect

from localoffer.staff.sign_in import staff_idle_limit_seconds

LAST_SEEN = "staff_last_seen"


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
