"""The provider area's pages: sign in by emailed link, see your listings, change them, follow your changes.

Every page that shows or changes a listing, report or change finds it among the signed-in
provider's own organisations' only, so anything else is "not found".
"""

import datetime
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.core import signing
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from localoffer.core.redirects import safe_next
from localoffer.core.views import PublicFormView
from services.models import LocalOfferQuestion, PendingChange, Service, WaitChange
from services.providers import accounts, changes
from services.providers.forms import (
    AnswersForm,
    FixesReportsForm,
    ListingForm,
    LocationFormSet,
    OpeningTimeFormSet,
    SignInForm,
    StepFormSet,
    WaitFormSet,
)
from services.providers.listings import (
    LOCATION_FIELDS,
    OPENING_TIME_FIELDS,
    SERVICE_FIELDS,
    STEP_FIELDS,
    listing_snapshot,
    snapshots_compare,
)
from services.providers.reports import open_reports
from services.reachability import snapshot_reachability_problems
from services.waits import provider_waits_update, waits_snapshot

EDIT_SALT = "services.providers.listing-edit"
EDIT_TOKEN_MAX_AGE = datetime.timedelta(days=2)


def provider_required(view):
    """Let in signed-in providers only (as `request.provider`); send anyone else to sign in."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        account = accounts.provider_account_for(request.user)
        if account is None:
            if request.user.is_authenticated and not request.user.is_staff:
                logout(request)  # a provider whose access was removed
            return redirect(f"{reverse('providers:sign-in')}?next={request.path}")
        request.provider = account
        return view(request, *args, **kwargs)

    return never_cache(wrapper)


@method_decorator(never_cache, name="dispatch")
class SignInView(PublicFormView):
    """Ask for a sign-in link by email; the answer is the same whether or not the address has an account."""

    form_class = SignInForm
    template_name = "services/providers/sign_in.html"
    name = "provider-sign-in"
    rate_limit_setting = "PROVIDER_SIGN_IN_RATE_LIMIT"
    success_url = reverse_lazy("providers:sign-in-sent")

    def dispatch(self, request, *args, **kwargs):
        if accounts.provider_account_for(request.user) is not None:
            return redirect("providers:home")
        return super().dispatch(request, *args, **kwargs)

    def submit(self, form):
        accounts.sign_in_link_request(request=self.request, email=form.cleaned_data["email"])


sign_in = SignInView.as_view()


def sign_in_sent(request):
    return render(request, "services/providers/sign_in_sent.html", {"minutes": settings.PROVIDER_SIGN_IN_LINK_MINUTES})


def _next_url(request):
    next_url = request.GET.get("next") or request.POST.get("next") or ""
    home = reverse("providers:home")
    return safe_next(request, next_url, home) if next_url.startswith("/provider/") else home


@never_cache
def sign_in_link(request):
    """The link from the email: a button signs in (so a mail scanner that opens links does not use it up)."""
    token = request.POST.get("link") if request.method == "POST" else request.GET.get("link")
    user = accounts.sign_in_user(token=token or "")
    if user is None:
        return render(request, "services/providers/sign_in_link_problem.html", status=400)
    if request.method == "POST":
        login(request, user, backend="sesame.backends.ModelBackend")
        request.session.set_expiry(accounts.SESSION_SECONDS)
        return redirect(_next_url(request))
    return render(request, "services/providers/sign_in_link.html", {"token": token})


@require_POST
def sign_out(request):
    if accounts.provider_account_for(request.user) is not None:
        logout(request)
    messages.success(request, "You have signed out of the provider area.")
    return redirect("providers:sign-in")


@provider_required
def home(request):
    """The provider's organisations' listings, their review dates, open problem reports and changes."""
    account = request.provider
    services = list(changes.provider_services(account).prefetch_related("waits").order_by("organisation__name", "name"))
    reports = open_reports(service_ids=[service.pk for service in services])
    waiting = {
        change.service_id: change
        for change in PendingChange.objects.filter(service__in=services, status=PendingChange.Status.WAITING)
    }
    organisations = []
    for organisation in account.organisations.order_by("name"):
        listings = [
            {"service": service, "reports": reports.get(service.pk, []), "waiting": waiting.get(service.pk)}
            for service in services
            if service.organisation_id == organisation.pk
        ]
        organisations.append({"organisation": organisation, "listings": listings})
    context = {
        "account": account,
        "organisations": organisations,
        "changes": changes.provider_changes(account)[:50],
    }
    return render(request, "services/providers/home.html", context)


def _started_token(*, service, snapshot):
    return signing.dumps({"service": str(service.pk) if service else "", "snapshot": snapshot}, salt=EDIT_SALT)


def _started_snapshot(token, *, service):
    """The listing as it was when the provider opened the form (signed into the page), or None."""
    try:
        data = signing.loads(token or "", salt=EDIT_SALT, max_age=EDIT_TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("service") != (str(service.pk) if service else ""):
        return None
    return data.get("snapshot")


def _time_text(value):
    return value.strftime("%H:%M") if isinstance(value, datetime.time) else value


class ListingForms:
    """Every form of the listing page, built from a snapshot and the posted data."""

    def __init__(self, data, *, account, service, base, reports, fixes=()):
        self.service = service
        self.questions = list(LocalOfferQuestion.objects.filter(is_active=True))
        instance = Service.objects.get(pk=service.pk) if service else Service()
        organisations = account.organisations.order_by("name")
        if base:
            initial = {
                **base["service"],
                "organisation": base["organisation"],
                "categories": base["categories"],
                "needs": base["needs"],
            }
        else:
            first = organisations.first()
            initial = {"organisation": first.pk if first else None, "status": Service.Status.PUBLISHED}
        self.listing = ListingForm(data, instance=instance, initial=initial, organisations=organisations)
        self.places = LocationFormSet(
            data,
            prefix="places",
            initial=[
                {"row": place["id"], **{name: place[name] for name in [*LOCATION_FIELDS, "accessibility"]}}
                for place in (base or {}).get("locations", [])
            ],
        )
        self.times = OpeningTimeFormSet(
            data,
            prefix="times",
            initial=[
                {"row": time["id"], **{name: time[name] for name in OPENING_TIME_FIELDS}}
                for time in (base or {}).get("opening_times", [])
            ],
        )
        self.steps = StepFormSet(
            data,
            prefix="steps",
            initial=[
                {"row": step["id"], **{name: step[name] for name in STEP_FIELDS}}
                for step in (base or {}).get("steps", [])
            ],
        )
        answers = (base or {}).get("answers", {})
        self.answers = AnswersForm(
            data,
            prefix="answers",
            questions=self.questions,
            initial={f"answer_{pk}": text for pk, text in answers.items()},
        )
        self.reports = reports
        self.fixes = FixesReportsForm(
            data, prefix="fixes", reports=reports, initial={"fixes": [str(pk) for pk in fixes]}
        )

    @property
    def all_forms(self):
        return [self.listing, *self.places.forms, *self.times.forms, *self.steps.forms, self.answers, self.fixes]

    def is_valid(self):
        forms = (self.listing, self.places, self.times, self.steps, self.answers, self.fixes)
        results = [form.is_valid() for form in forms]
        return all(results)

    @property
    def has_errors(self):
        return bool(self.formset_errors) or any(form.errors for form in self.all_forms)

    @property
    def formset_errors(self):
        return [*self.places.non_form_errors(), *self.times.non_form_errors(), *self.steps.non_form_errors()]

    def _rows(self, formset, *, fields, own_ids, extra=None):
        rows = []
        for form in formset.forms:
            data = form.cleaned_data
            if not data or data.get("DELETE"):
                continue
            row = {"id": data.get("row") if data.get("row") in own_ids else None}
            for name in fields:
                row[name] = _time_text(getattr(form.instance, name))
            if extra:
                row.update(extra(form))
            rows.append(row)
        return rows

    def proposed(self):
        """The listing as the provider wants it, as a snapshot."""
        listing = self.listing.instance
        service = self.service
        own_places = set(service.locations.values_list("pk", flat=True)) if service else set()
        own_times = set(service.opening_times.values_list("pk", flat=True)) if service else set()
        own_steps = set(service.steps.values_list("pk", flat=True)) if service else set()
        steps = self._rows(self.steps, fields=STEP_FIELDS, own_ids=own_steps)
        steps.sort(key=lambda step: step["order"])
        times = self._rows(self.times, fields=OPENING_TIME_FIELDS, own_ids=own_times)
        times.sort(key=lambda time: (time["weekday"], time["opens"]))
        return {
            "organisation": self.listing.cleaned_data["organisation"].pk,
            "service": {name: getattr(listing, name) for name in SERVICE_FIELDS},
            "categories": sorted(term.pk for term in self.listing.cleaned_data["categories"]),
            "needs": sorted(term.pk for term in self.listing.cleaned_data["needs"]),
            "locations": self._rows(
                self.places,
                fields=LOCATION_FIELDS,
                own_ids=own_places,
                extra=lambda form: {"accessibility": sorted(f.pk for f in form.cleaned_data["accessibility"])},
            ),
            "opening_times": times,
            "answers": self.answers.answers(),
            "steps": steps,
        }

    def fixes_reports(self):
        return [int(pk) for pk in self.fixes.cleaned_data["fixes"]]


@provider_required
def listing_edit(request, pk=None):
    """Change one of the provider's listings, or propose a new service; either waits for approval."""
    account = request.provider
    service = get_object_or_404(changes.provider_services(account), pk=pk) if pk else None
    waiting = None
    if service:
        waiting = PendingChange.objects.filter(service=service, status=PendingChange.Status.WAITING).first()
    current = listing_snapshot(service) if service else {}
    reports = open_reports(service_ids=[service.pk]).get(service.pk, []) if service else []
    base = waiting.proposed if waiting else current
    started = current
    if request.method == "POST":
        started = _started_snapshot(request.POST.get("started"), service=service) or current
    page = ListingForms(
        request.POST or None,
        account=account,
        service=service,
        base=base,
        reports=reports,
        fixes=waiting.fixes_reports if waiting else (),
    )
    if request.method == "POST" and page.is_valid():
        proposed = page.proposed()
        fixes = page.fixes_reports()
        problems = snapshot_reachability_problems(proposed)
        if problems:
            for name, message in problems.items():
                page.listing.add_error(name, message)
        elif service and not snapshots_compare(current, proposed) and not waiting:
            page.listing.add_error(
                None,
                "You have not changed anything. If the listing is still right, "
                "go back to your listings and choose 'Nothing has changed'",
            )
        else:
            change = changes.change_propose(
                account=account, proposed=proposed, original=started, service=service, fixes_reports=fixes
            )
            messages.success(
                request,
                "Your change has been sent to the council. Until it is approved, "
                "the website shows the listing as it was.",
            )
            return redirect("providers:change", pk=change.pk)
    context = {
        "service": service,
        "waiting": waiting,
        "page": page,
        "started": _started_token(service=service, snapshot=started),
    }
    return render(request, "services/providers/edit.html", context)


@require_POST
@provider_required
def listing_confirm(request, pk):
    """ "Nothing has changed": one step, and it counts as the listing's review."""
    service = get_object_or_404(changes.provider_services(request.provider), pk=pk)
    service = changes.listing_confirm_unchanged(service=service, account=request.provider)
    messages.success(
        request,
        f"Thank you. {service.name} is marked as checked today; it is next due for review by "
        f"{service.review_due:%-d %B %Y}.",
    )
    return redirect("providers:home")


@provider_required
def change_detail(request, pk):
    """One change the provider's organisations sent, and what happened to it."""
    account = request.provider
    change = get_object_or_404(changes.provider_changes(account), pk=pk)
    rows = snapshots_compare(change.original, change.proposed)
    return render(request, "services/providers/change.html", {"change": change, "rows": rows})


@provider_required
def waits_edit(request, pk):
    """The service's waits in one short form: published at once (or held, if the council asked to check them)."""
    account = request.provider
    service = get_object_or_404(changes.provider_services(account), pk=pk)
    held = WaitChange.objects.filter(service=service, status=WaitChange.Status.WAITING).first()
    initial = held.proposed if held else waits_snapshot(service)
    formset = WaitFormSet(request.POST or None, prefix="waits", initial=initial)
    if request.method == "POST" and formset.is_valid():
        change = provider_waits_update(account=account, service=service, rows=formset.rows())
        if change.status == WaitChange.Status.PUBLISHED:
            messages.success(request, f"The waits for {service.name} are updated on the website.")
        else:
            messages.success(
                request,
                f"The waits for {service.name} are sent to the council, who will check them before they appear.",
            )
        return redirect("providers:home")
    has_errors = request.method == "POST" and (
        bool(formset.non_form_errors()) or any(form.errors for form in formset.forms)
    )
    context = {"service": service, "formset": formset, "held": held, "has_errors": has_errors}
    return render(request, "services/providers/waits.html", context)
