"""Public pages for co-production and feedback. Each parses the request, calls a function, renders."""

import logging
import re

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.formats import date_format

from coproduction import calendar, events, feedback, pledges
from coproduction.forms import (
    BookingForm,
    FeedbackForm,
    ListingReportForm,
    PageCommentForm,
    PageVoteForm,
    PledgeForm,
    VolunteerForm,
)
from coproduction.models import Event, HubPage, Theme
from coproduction.panels import volunteer_register
from localoffer.content.crisis import crisis_panel_for, crisis_panel_load
from localoffer.core.antispam import RATE_LIMITED_MESSAGE
from localoffer.core.redirects import safe_next
from localoffer.core.views import SENT_SESSION_KEY, PublicFormView
from services.models import Service

logger = logging.getLogger(__name__)


def hub(request):
    """What co-production means here, the values video and the ways to take part."""
    return render(request, "coproduction/hub.html", {"hub": HubPage.load()})


class PledgeView(PublicFormView):
    """Sign the pledge."""

    form_class = PledgeForm
    template_name = "coproduction/pledge.html"
    name = "pledge"
    success_url = reverse_lazy("coproduction:pledge-done")

    def submit(self, form):
        pledges.pledge_sign(**form.cleaned_data)


pledge = PledgeView.as_view()


def _link_problem(request, *, expired, status):
    context = {"expired": expired, **pledges.pledge_periods()}
    return render(request, "coproduction/pledge_link_problem.html", context, status=status)


def pledge_done(request):
    """Check your email: the same page whether or not the address had pledged before."""
    if PledgeView.sent(request) is None:
        return redirect("coproduction:pledge")
    return render(request, "coproduction/pledge_done.html", pledges.pledge_periods())


def _pledge_link(request, token, action):
    try:
        return pledges.pledge_from_token(token=token, action=action), None
    except pledges.LinkExpired:
        return None, render(
            request, "coproduction/pledge_link_problem.html", {"expired": True, **pledges.pledge_periods()}, status=410
        )
    except pledges.LinkInvalid:
        return None, render(
            request, "coproduction/pledge_link_problem.html", {"expired": False, **pledges.pledge_periods()}, status=404
        )


def pledge_confirm(request, token):
    """Confirm a pledge from the emailed link: a button, so that mail scanners cannot confirm it."""
    found, problem = _pledge_link(request, token, "confirm")
    if problem:
        return problem
    if found.status == found.Status.WITHDRAWN:
        return render(request, "coproduction/pledge_link_problem.html", {"withdrawn": True}, status=410)
    if request.method == "POST":
        pledges.pledge_confirm(pledge=found)
        return render(request, "coproduction/pledge_confirmed.html", {"pledge": found})
    if found.status == found.Status.CONFIRMED:
        return render(request, "coproduction/pledge_confirmed.html", {"pledge": found, "already": True})
    return render(request, "coproduction/pledge_confirm.html", {"pledge": found})


def pledge_withdraw(request, token):
    """Withdraw a pledge from the link in any pledge email; erases the person's details."""
    found, problem = _pledge_link(request, token, "withdraw")
    if problem:
        return problem
    if found.status == found.Status.WITHDRAWN:
        return render(request, "coproduction/pledge_withdrawn.html", {"already": True})
    if request.method == "POST":
        pledges.pledge_withdraw(pledge=found)
        return render(request, "coproduction/pledge_withdrawn.html")
    return render(request, "coproduction/pledge_withdraw.html", {"pledge": found})


def booking_cancel(request, token):
    """Cancel a booking from the link in its email: a button, so that mail scanners cannot cancel it.

    A booking cancelled already (by this link before, or by staff) says so; the link does nothing more.
    """
    booking = events.booking_from_cancel_token(token=token)
    if booking is None:
        return render(request, "coproduction/booking_cancel.html", {"invalid": True}, status=404)
    if booking.status == booking.Status.CANCELLED:
        return render(request, "coproduction/booking_cancelled.html", {"booking": booking, "already": True})
    if request.method == "POST":
        events.booking_cancel(booking=booking)
        return render(request, "coproduction/booking_cancelled.html", {"booking": booking})
    return render(request, "coproduction/booking_cancel.html", {"booking": booking})


def pledge_wall(request):
    """How many have pledged, by level, and the first names of those who agreed to be shown."""
    return render(request, "coproduction/pledge_wall.html", pledges.pledge_wall())


class PanelsView(PublicFormView):
    """Register interest in joining interview panels for new staff."""

    form_class = VolunteerForm
    template_name = "coproduction/panels.html"
    name = "panels"
    success_url = reverse_lazy("coproduction:panels-done")

    def submit(self, form):
        volunteer_register(**form.cleaned_data)


panels = PanelsView.as_view()


def panels_done(request):
    if PanelsView.sent(request) is None:
        return redirect("coproduction:panels")
    return render(request, "coproduction/panels_done.html")


def forums(request):
    """Upcoming forums and events; past ones have dropped off."""
    upcoming = list(events.events_upcoming())
    for event in upcoming:
        event.left = events.places_left(event)
    feed = reverse("coproduction:events-feed")
    return render(
        request,
        "coproduction/forums.html",
        {
            "events": upcoming,
            "calendar_https": request.build_absolute_uri(feed),
            "calendar_webcal": "webcal://" + request.get_host() + feed,
        },
    )


class EventView(PublicFormView):
    """One event, with a booking form (or a waiting-list form when it is full)."""

    form_class = BookingForm
    template_name = "coproduction/event.html"
    name = "booking"
    success_url = reverse_lazy("coproduction:booking-done")

    def setup(self, request, *args, slug, **kwargs):
        super().setup(request, *args, slug=slug, **kwargs)
        self.event = get_object_or_404(Event, slug=slug, published=True)
        self.left = events.places_left(self.event)
        self.finished = self.event.ends_at < timezone.now()

    def get_form_kwargs(self):
        return {"waiting_list": self.left == 0}

    def get_context_data(self, **kwargs):
        return {"event": self.event, "left": self.left, "finished": self.finished, **kwargs}

    def post(self, request, *args, **kwargs):
        if self.event.cancelled or self.finished:
            return self.render_form(self.get_form())  # the page says so; nothing is booked or counted
        return super().post(request, *args, **kwargs)

    def submit(self, form):
        outcome = events.event_book(
            event=self.event,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            access_needs=form.cleaned_data["access_needs"],
        )
        return {"slug": self.event.slug, "outcome": outcome}

    def caught_data(self):
        return {"slug": self.event.slug, "outcome": "booked"}


event = EventView.as_view()


def booking_done(request):
    data = EventView.sent(request)
    if data is None:
        return redirect("coproduction:forums")
    found = get_object_or_404(Event, slug=data["slug"])
    return render(request, "coproduction/booking_done.html", {"event": found, "outcome": data["outcome"]})


class CrisisWordsFormView(PublicFormView):
    """A public form with a box people write in (`crisis_field`): words of crisis in it bring the crisis panel to
    the form's own page when it comes back (a field missed, the limit reached), as nothing was sent."""

    crisis_field = None

    def crisis_posted(self):
        return crisis_panel_for(text=self.request.POST.get(self.crisis_field, ""))


class FeedbackView(CrisisWordsFormView):
    """Send a compliment, complaint, suggestion or question, anonymously if you like."""

    form_class = FeedbackForm
    template_name = "coproduction/feedback.html"
    name = "feedback"
    crisis_field = "message"
    success_url = reverse_lazy("coproduction:feedback-done")

    def get_form_kwargs(self):
        return {"initial": {"service": self.request.GET.get("service", "")[:200]}}

    def submit(self, form):
        item = feedback.feedback_submit(**form.cleaned_data)
        return {
            "reference": item.reference,
            "emailed": bool(item.email),
            "due": date_format(item.due_on, "j F Y"),
            "crisis": item.urgent,
        }

    def caught_data(self):
        return {"reference": "", "emailed": False}


give_feedback = FeedbackView.as_view()


def feedback_done(request):
    data = FeedbackView.sent(request)
    if data is None:
        return redirect("coproduction:feedback")
    return render(request, "coproduction/feedback_done.html", {**data, "crisis": crisis_told(request, data)})


def crisis_told(request, data):
    """The crisis panel, when what the person sent had words of crisis in it (only that it had is kept), shown
    once: the page seen again later, on a shared computer, does not say it again."""
    if not data.get("crisis"):
        return None
    request.session[SENT_SESSION_KEY] = {**data, "crisis": False}
    return crisis_panel_load()


class ReportProblemView(CrisisWordsFormView):
    """Report a problem with a service listing; stored against the service for staff to check."""

    form_class = ListingReportForm
    template_name = "coproduction/report_problem.html"
    name = "listing-report"
    crisis_field = "description"

    def setup(self, request, *args, slug, **kwargs):
        super().setup(request, *args, slug=slug, **kwargs)
        self.service = get_object_or_404(Service.objects.visible(), slug=slug)

    def get_context_data(self, **kwargs):
        return {"service": self.service, **kwargs}

    def submit(self, form):
        report = feedback.listing_report_submit(
            service=self.service,
            problem=form.cleaned_data["problem"],
            description=form.cleaned_data["description"],
            email=form.cleaned_data["email"],
            wants_reply=form.cleaned_data["wants_reply"],
        )
        return {
            "slug": self.service.slug,
            "reference": report.reference,
            "emailed": bool(report.email),
            "crisis": report.urgent,
        }

    def caught_data(self):
        return {"slug": self.service.slug, "reference": "", "emailed": False}

    def get_success_url(self):
        return reverse("coproduction:report-done", kwargs={"slug": self.service.slug})


report_problem = ReportProblemView.as_view()


def report_done(request, slug):
    data = ReportProblemView.sent(request)
    service = get_object_or_404(Service.objects.visible(), slug=slug)
    if data is None or data.get("slug") != slug:
        return redirect("coproduction:report-problem", slug=slug)
    return render(
        request, "coproduction/report_done.html", {**data, "service": service, "crisis": crisis_told(request, data)}
    )


def crisis_markup(crisis):
    """The crisis panel's markup for the page's own script to put in place, with ids of its own (the page may
    show the panel already, for a search); "" if it cannot be made, when the thanks alone is shown."""
    try:
        return render_to_string("includes/crisis_panel.html", {"crisis": crisis, "crisis_id": "crisis-panel-comment"})
    except Exception:  # noqa: BLE001  (the comment is kept; the plain thanks is better than an error)
        logger.exception("The crisis panel could not be made for a page comment")
        return ""


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


class PageVoteView(PublicFormView):
    """Record "Is this page useful?"; a "No" asks what went wrong. JSON for the inline version.

    A one-click answer: no honeypot and no confirmation page, and an answer about a page that is
    not ours is refused before it counts against the sender.
    """

    http_method_names = ["post"]
    form_class = PageVoteForm
    name = "page-vote"
    rate_limit_setting = "PAGE_VOTE_RATE_LIMIT"

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        path = request.POST.get("path", "")
        self.path = safe_next(request, path, None, local_page=True) if form.is_valid() else None
        if self.path is None:
            return render(request, "coproduction/page_vote_problem.html", status=400)
        return self.form_posted(form)

    def form_limited(self, form):
        if _wants_json(self.request):
            return JsonResponse({"error": RATE_LIMITED_MESSAGE}, status=429)
        return render(self.request, "coproduction/page_vote_problem.html", {"limited": True}, status=429)

    def form_valid(self, form):
        useful = form.cleaned_data["useful"] == "yes"
        token = feedback.page_vote_record(path=self.path, useful=useful)
        if _wants_json(self.request):
            return JsonResponse({"token": "" if useful else token})
        if useful:
            return render(self.request, "coproduction/page_vote_thanks.html", {"path": self.path})
        comment_form = PageCommentForm(initial={"token": token, "path": self.path})
        return render(self.request, "coproduction/page_vote_comment.html", {"form": comment_form, "path": self.path})


page_vote = PageVoteView.as_view()


class PageCommentView(CrisisWordsFormView):
    """Add what went wrong to a "No" vote; the thank-you page comes straight back, with no redirect."""

    http_method_names = ["post"]
    form_class = PageCommentForm
    template_name = "coproduction/page_vote_comment.html"
    name = "page-comment"
    crisis_field = "comment"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.path = safe_next(request, request.POST.get("path", ""), "/", local_page=True)

    def get_context_data(self, **kwargs):
        return {"path": self.path, **kwargs}

    def form_valid(self, form):
        comment = form.cleaned_data["comment"]
        feedback.page_vote_comment(token=form.cleaned_data["token"], comment=comment)
        return self.thanks(crisis=crisis_panel_for(text=comment))

    def form_from_bot(self, form):
        return self.thanks()

    def thanks(self, crisis=None):
        """Thanks; first the crisis panel when the comment had words of crisis in it (in the JSON, its markup)."""
        if _wants_json(self.request):
            panel = crisis_markup(crisis) if crisis else ""
            return JsonResponse({"ok": True, **({"crisis": panel} if panel else {})})
        return render(self.request, "coproduction/page_vote_thanks.html", {"path": self.path, "crisis": crisis})

    def form_invalid(self, form):
        return self.errors_as_json(form) if _wants_json(self.request) else super().form_invalid(form)

    def form_limited(self, form):
        return self.errors_as_json(form) if _wants_json(self.request) else super().form_limited(form)

    def errors_as_json(self, form):
        return JsonResponse({"errors": [str(e) for errors in form.errors.values() for e in errors]}, status=400)


page_comment = PageCommentView.as_view()


def you_said_we_did(request):
    """What families told us and what the council did, newest first, filterable by theme."""
    themes = Theme.objects.filter(entries__published=True).distinct().order_by("name")
    theme = None
    if request.GET.get("theme"):
        slug = request.GET["theme"]
        theme = Theme.objects.filter(slug=slug).first() if re.fullmatch(r"[-\w]{1,100}", slug) else None
        if theme is None:
            raise Http404("No such theme")
    entries = feedback.you_said_we_did(theme=theme)
    return render(
        request,
        "coproduction/you_said_we_did.html",
        {"entries": entries, "themes": themes, "theme": theme, "all_url": reverse("coproduction:you-said-we-did")},
    )


def _calendar_response(body, *, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "public, max-age=300"
    return response


def event_calendar(request, slug):
    """ "Add to calendar": one event as an .ics file."""
    found = get_object_or_404(Event, slug=slug, published=True)
    return _calendar_response(calendar.events_calendar(events=[found], name=found.title), filename=f"{slug}.ics")


def events_feed(request):
    """Every public event as a calendar feed a calendar app subscribes to (webcal://); cancelled ones marked so."""
    response = _calendar_response(calendar.events_calendar(events=calendar.events_for_feed()), filename="events.ics")
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response
