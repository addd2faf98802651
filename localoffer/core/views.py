"""Views every app may use: the public form flow, the health check and the error pages (404, 500, 503)."""

import logging
import sys

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

from localoffer.core.antispam import RATE_LIMITED_MESSAGE, submission_rate_limited

logger = logging.getLogger(__name__)

# Where a public form leaves what its confirmation page should say, between the post and the redirect.
SENT_SESSION_KEY = "public_form_sent"


class PublicFormView(View):
    """A form a member of the public sends: rate limit, honeypot, then post/redirect/get.

    A subclass names its `form_class`, `template_name`, `name` (its rate-limit group, and how its
    confirmation page knows it was sent) and `success_url`, and says in `submit(form)` which named
    function a valid form calls; `submit` returns what the confirmation page shows, read there
    with `sent(request)`. Every post counts against the sender's address, valid or not; over the
    limit the page comes back with a 429 and a plain message. A bot that fills in the honeypot is
    sent to the same confirmation, with `caught_data()`, and nothing is saved or sent.
    """

    form_class = None
    template_name = None
    name = None
    success_url = None
    rate_limit_setting = "FORM_RATE_LIMIT"

    def get_form_kwargs(self):
        return {}

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return self.form_class(data, **self.get_form_kwargs())

    def get_context_data(self, **kwargs):
        return kwargs

    def render_form(self, form, *, status=200):
        """The form's page; its title says "Error:" when the form has errors."""
        return render(self.request, self.template_name, self.get_context_data(form=form), status=status)

    def get(self, request, *args, **kwargs):
        return self.render_form(self.get_form())

    def post(self, request, *args, **kwargs):
        return self.form_posted(self.get_form())

    def form_posted(self, form):
        """Check a posted form: the limit first, then the honeypot, then the form's own rules."""
        valid = form.is_valid()
        rate = getattr(settings, self.rate_limit_setting)
        if submission_rate_limited(self.request, group=self.name, rate=rate):
            form.add_error(None, RATE_LIMITED_MESSAGE)
            return self.form_limited(form)
        if getattr(form, "caught_by_honeypot", False):
            return self.form_from_bot(form)
        return self.form_valid(form) if valid else self.form_invalid(form)

    def form_limited(self, form):
        return self.render_form(form, status=429)

    def form_from_bot(self, form):
        """Pretend to succeed, so that the bot learns nothing."""
        return self.done(self.caught_data())

    def form_invalid(self, form):
        return self.render_form(form)

    def form_valid(self, form):
        return self.done(self.submit(form) or {})

    def submit(self, form):
        """Call the named function for a valid form; return what the confirmation page shows."""
        raise ImproperlyConfigured(f"{type(self).__name__} must say in submit() what a valid form does")

    def caught_data(self):
        """What the confirmation page shows a bot caught by the honeypot."""
        return {}

    def get_success_url(self):
        return str(self.success_url)

    def done(self, data):
        """Remember what the confirmation page should say, then send the browser there."""
        self.request.session[SENT_SESSION_KEY] = {"form": self.name, **data}
        return redirect(self.get_success_url())

    @classmethod
    def sent(cls, request):
        """What this form left for its confirmation page, or None when it was not just sent."""
        data = request.session.get(SENT_SESSION_KEY) or {}
        return data if data.get("form") == cls.name else None


@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not; for load balancers and monitors."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def page_not_found(request, exception):
    """A 404 that helps a family find their way again."""
    return render(request, "404.html", status=404)


# How long to tell browsers and crawlers to wait after a 503: about as long as PostgreSQL takes to restart.
RETRY_AFTER_SECONDS = 30


@requires_csrf_token
def server_error(request):
    """A 500 that apologises and offers other ways to get help; it must not touch the database.

    When the error is the database not answering (PostgreSQL restarting, a network blip), it is a
    503 with Retry-After instead, saying to try again shortly: the form being sent was in a
    transaction, so nothing of it was saved, and the next request reconnects by itself. The Open
    Referral UK API answers in its own JSON error shape.
    """
    error = sys.exc_info()[1]
    if not isinstance(error, OperationalError | InterfaceError):
        return render(request, "500.html", status=500)
    logger.warning("The database did not answer %s %s: %s", request.method, request.path, error)
    if request.path.startswith("/api/"):
        message = "The service is unavailable for a moment. Try again shortly."
        response = JsonResponse({"status": 503, "message": message}, status=503)
    else:
        response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
