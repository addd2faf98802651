"""Views every app may use: the public form flow, the health check, the error pages (404, 500, 503), and
email alerts (sign up, confirm, unsubscribe, manage)."""

import logging
import sys

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, requires_csrf_token

from localoffer.core import alerts
from localoffer.core.antispam import RATE_LIMITED_MESSAGE, submission_rate_limited
from localoffer.core.forms import AlertForm
from localoffer.core.models import Alert

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
        """The form's page; its title says "Error:" when the form has errors. When it comes back after a post
        (a field missed, the limit reached) with words of crisis in what was typed, the crisis panel comes first:
        nothing was sent, so nobody has read it yet."""
        context = self.get_context_data(form=form)
        crisis = self.crisis_posted() if self.request.method == "POST" else None
        if crisis is not None:
            context.setdefault("crisis", crisis)
        return render(self.request, self.template_name, context, status=status)

    def crisis_posted(self):
        """The crisis panel when what was posted has words of crisis in it (for a form with a box to write in);
        None here."""
        return None

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


# What the sign-up page's address carries besides the search itself.
ALERT_KEPT_PARAMS = ("kind", "csrfmiddlewaretoken", "email", "frequency", "submit", "page", "query")


def _alert_request(request):
    """The alert's kind, saved query and description, from the address (first visit) or the form (post)."""
    from urllib.parse import urlencode

    sources = alerts.alert_sources()
    data = request.POST if request.method == "POST" else request.GET
    kind = data.get("kind") if data.get("kind") in sources else "services"
    if request.method == "POST":
        query = data.get("query", "")[:1000]
    else:
        pairs = [
            (key, value) for key, values in request.GET.lists() if key not in ALERT_KEPT_PARAMS for value in values
        ]
        query = urlencode(pairs)[:1000]
    return sources[kind], kind, query


@method_decorator(never_cache, name="dispatch")
class AlertView(PublicFormView):
    """ "Email me when services like these are added or change", or news and events on a topic."""

    form_class = AlertForm
    template_name = "core/alerts/new.html"
    name = "alert"
    success_url = reverse_lazy("alerts:sent")

    def dispatch(self, request, *args, **kwargs):
        self.source, self.kind, self.query = _alert_request(request)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {"topic_groups": self.source.choices() if self.source.choices else None}

    def get_context_data(self, **kwargs):
        return {
            **kwargs,
            "kind": self.kind,
            "query": self.query,
            "source": self.source,
            "description": self.source.describe(query=self.query),
            "days": settings.ALERT_CONFIRMATION_DAYS,
        }

    def submit(self, form):
        from urllib.parse import urlencode

        query = self.query
        if self.source.choices:
            query = urlencode([("topic", slug) for slug in form.topics()])
        alerts.alert_subscribe(
            email=form.cleaned_data["email"],
            kind=self.kind,
            query=query,
            description=self.source.describe(query=query),
            frequency=form.cleaned_data["frequency"],
        )
        return {"email": form.cleaned_data["email"]}

    def caught_data(self):
        return {"email": ""}


alert_new = AlertView.as_view()


def alert_sent(request):
    return render(
        request,
        "core/alerts/sent.html",
        {"sent": AlertView.sent(request), "days": settings.ALERT_CONFIRMATION_DAYS},
    )


@never_cache
def alert_confirm(request, token):
    """The link from the email: a button confirms (so a mail scanner that opens links does not)."""
    try:
        alert = alerts.alert_from_confirm_token(token)
    except alerts.LinkInvalid:
        return render(request, "core/alerts/link_problem.html", status=400)
    if request.method == "POST":
        alerts.alert_confirm(alert=alert)
        return render(
            request,
            "core/alerts/confirmed.html",
            {"alert": alert, "manage_url": alerts.alert_manage_path(email=alert.email)},
        )
    return render(request, "core/alerts/confirm.html", {"alert": alert})


@csrf_exempt
@never_cache
def alert_unsubscribe(request, token):
    """Stop one alert: a button on the page, or a mail program's one-click POST (RFC 8058), which has no CSRF token."""
    alert = Alert.objects.filter(token=token).first()
    if request.method == "POST":
        alerts.alert_unsubscribe(token=token)
        return render(request, "core/alerts/unsubscribed.html", {"alert": alert})
    return render(request, "core/alerts/unsubscribe.html", {"alert": alert})


@never_cache
def alert_manage(request, token):
    """Every alert for one address, reached by the link in each email: stop all, or keep them (each links to
    its own page to stop it)."""
    try:
        email = alerts.alerts_for_manage_token(token)
    except alerts.LinkInvalid:
        return render(request, "core/alerts/link_problem.html", status=400)
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "stop-all":
            alerts.alerts_stop_all(email=email)
            messages.success(request, "All your alerts are stopped. We will not email you again.")
        elif action == "renew":
            alerts.alerts_renew(email=email)
            messages.success(request, "Your alerts will carry on for another two years.")
        return redirect(request.path)
    found = Alert.objects.filter(email__iexact=email).order_by("created_at")
    return render(request, "core/alerts/manage.html", {"email": email, "alerts": found})
