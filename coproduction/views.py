"""Public pages for co-production and feedback. Each parses the request, calls a function, renders."""

import re

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from coproduction import events, feedback, pledges
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
from localoffer.core.antispam import RATE_LIMITED_MESSAGE, submission_rate_limited
from services.models import Service

DONE_KEY = "coproduction_done"


def _check(request, form, *, group):
    """Validate a posted public form: "limited", "bot", "invalid" or "valid" (rate limit first)."""
    valid = form.is_valid()
    if submission_rate_limited(request, group=group):
        form.add_error(None, RATE_LIMITED_MESSAGE)
        return "limited"
    if form.caught_by_honeypot:
        return "bot"
    return "valid" if valid else "invalid"


def _form_page(request, template, context, *, outcome=None):
    """Render a form page: 429 when rate limited; the title says "Error:" when there are errors."""
    return render(request, template, context, status=429 if outcome == "limited" else 200)


def _done(request, name, **data):
    """Remember what the confirmation page should say, then send the browser there (post/redirect/get)."""
    request.session[DONE_KEY] = {"form": name, **data}
    if name == "report":
        return redirect("coproduction:report-done", slug=data["slug"])
    return redirect(f"coproduction:{name}-done")


def _done_data(request, name):
    data = request.session.get(DONE_KEY) or {}
    return data if data.get("form") == name else None


def hub(request):
    """What co-production means here, the values video and the ways to take part."""
    return render(request, "coproduction/hub.html", {"hub": HubPage.load()})


def pledge(request):
    """Sign the pledge."""
    form = PledgeForm(request.POST or None)
    outcome = None
    if request.method == "POST":
        outcome = _check(request, form, group="pledge")
        if outcome == "bot":
            return _done(request, "pledge")
        if outcome == "valid":
            pledges.pledge_sign(**form.cleaned_data)
            return _done(request, "pledge")
    return _form_page(request, "coproduction/pledge.html", {"form": form}, outcome=outcome)


def _link_problem(request, *, expired, status):
    context = {"expired": expired, **pledges.pledge_periods()}
    return render(request, "coproduction/pledge_link_problem.html", context, status=status)


def pledge_done(request):
    """Check your email: the same page whether or not the address had pledged before."""
    if _done_data(request, "pledge") is None:
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


def pledge_wall(request):
    """How many have pledged, by level, and the first names of those who agreed to be shown."""
    return render(request, "coproduction/pledge_wall.html", pledges.pledge_wall())


def panels(request):
    """Register interest in joining interview panels for new staff."""
    form = VolunteerForm(request.POST or None)
    outcome = None
    if request.method == "POST":
        outcome = _check(request, form, group="panels")
        if outcome == "bot":
            return _done(request, "panels")
        if outcome == "valid":
            data = form.cleaned_data
            volunteer_register(**data)
            return _done(request, "panels")
    return _form_page(request, "coproduction/panels.html", {"form": form}, outcome=outcome)


def panels_done(request):
    if _done_data(request, "panels") is None:
        return redirect("coproduction:panels")
    return render(request, "coproduction/panels_done.html")


def forums(request):
    """Upcoming forums and events; past ones have dropped off."""
    upcoming = list(events.events_upcoming())
    for event in upcoming:
        event.left = events.places_left(event)
    return render(request, "coproduction/forums.html", {"events": upcoming})


def event(request, slug):
    """One event, with a booking form (or a waiting-list form when it is full)."""
    found = get_object_or_404(Event, slug=slug, published=True)
    left = events.places_left(found)
    finished = found.ends_at < timezone.now()
    form = BookingForm(request.POST or None, waiting_list=left == 0)
    outcome = None
    if request.method == "POST" and not (found.cancelled or finished):
        outcome = _check(request, form, group="booking")
        if outcome == "bot":
            return _done(request, "booking", slug=found.slug, outcome="booked")
        if outcome == "valid":
            result = events.event_book(
                event=found,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                access_needs=form.cleaned_data["access_needs"],
            )
            return _done(request, "booking", slug=found.slug, outcome=result)
    context = {"event": found, "form": form, "left": left, "finished": finished}
    return _form_page(request, "coproduction/event.html", context, outcome=outcome)


def booking_done(request):
    data = _done_data(request, "booking")
    if data is None:
        return redirect("coproduction:forums")
    found = get_object_or_404(Event, slug=data["slug"])
    return render(request, "coproduction/booking_done.html", {"event": found, "outcome": data["outcome"]})


def give_feedback(request):
    """Send a compliment, complaint, suggestion or question, anonymously if you like."""
    form = FeedbackForm(request.POST or None, initial={"service": request.GET.get("service", "")[:200]})
    outcome = None
    if request.method == "POST":
        outcome = _check(request, form, group="feedback")
        if outcome == "bot":
            return _done(request, "feedback", reference="", emailed=False)
        if outcome == "valid":
            data = form.cleaned_data
            item = feedback.feedback_submit(**data)
            due = date_format(item.due_on, "j F Y")
            return _done(request, "feedback", reference=item.reference, emailed=bool(item.email), due=due)
    return _form_page(request, "coproduction/feedback.html", {"form": form}, outcome=outcome)


def feedback_done(request):
    data = _done_data(request, "feedback")
    if data is None:
        return redirect("coproduction:feedback")
    return render(request, "coproduction/feedback_done.html", data)


def report_problem(request, slug):
    """Report a problem with a service listing; stored against the service for staff to check."""
    service = get_object_or_404(Service.objects.visible(), slug=slug)
    form = ListingReportForm(request.POST or None)
    outcome = None
    if request.method == "POST":
        outcome = _check(request, form, group="listing-report")
        if outcome == "bot":
            return _done(request, "report", slug=service.slug, reference="", emailed=False)
        if outcome == "valid":
            report = feedback.listing_report_submit(
                service=service,
                problem=form.cleaned_data["problem"],
                description=form.cleaned_data["description"],
                email=form.cleaned_data["email"],
                wants_reply=form.cleaned_data["wants_reply"],
            )
            return _done(request, "report", slug=service.slug, reference=report.reference, emailed=bool(report.email))
    context = {"form": form, "service": service}
    return _form_page(request, "coproduction/report_problem.html", context, outcome=outcome)


def report_done(request, slug):
    data = _done_data(request, "report")
    service = get_object_or_404(Service.objects.visible(), slug=slug)
    if data is None or data.get("slug") != slug:
        return redirect("coproduction:report-problem", slug=slug)
    return render(request, "coproduction/report_done.html", {**data, "service": service})


def _safe_path(path):
    """The page path if it is one of ours and exists; otherwise None."""
    if not path.startswith("/") or not url_has_allowed_host_and_scheme(path, allowed_hosts=None):
        return None
    try:
        resolve(path)
    except Resolver404:
        return None
    return path


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


@require_POST
def page_vote(request):
    """Record "Is this page useful?"; a "No" asks what went wrong. JSON for the inline version."""
    form = PageVoteForm(request.POST)
    path = _safe_path(request.POST.get("path", "")) if form.is_valid() else None
    if path is None:
        return render(request, "coproduction/page_vote_problem.html", status=400)
    if submission_rate_limited(request, group="page-vote", rate=settings.PAGE_VOTE_RATE_LIMIT):
        if _wants_json(request):
            return JsonResponse({"error": RATE_LIMITED_MESSAGE}, status=429)
        return render(request, "coproduction/page_vote_problem.html", {"limited": True}, status=429)
    useful = form.cleaned_data["useful"] == "yes"
    token = feedback.page_vote_record(path=path, useful=useful)
    if _wants_json(request):
        return JsonResponse({"token": "" if useful else token})
    if useful:
        return render(request, "coproduction/page_vote_thanks.html", {"path": path})
    comment_form = PageCommentForm(initial={"token": token, "path": path})
    return render(request, "coproduction/page_vote_comment.html", {"form": comment_form, "path": path})


@require_POST
def page_comment(request):
    """Add what went wrong to a "No" vote."""
    form = PageCommentForm(request.POST)
    path = _safe_path(request.POST.get("path", "")) or "/"
    outcome = _check(request, form, group="page-comment")
    if outcome == "valid":
        feedback.page_vote_comment(token=form.cleaned_data["token"], comment=form.cleaned_data["comment"])
    if outcome in {"valid", "bot"}:
        if _wants_json(request):
            return JsonResponse({"ok": True})
        return render(request, "coproduction/page_vote_thanks.html", {"path": path})
    if _wants_json(request):
        return JsonResponse({"errors": [str(e) for errors in form.errors.values() for e in errors]}, status=400)
    context = {"form": form, "path": path}
    return _form_page(request, "coproduction/page_vote_comment.html", context, outcome=outcome)


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
