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
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from localoffer.core.redirects import safe_next
from localoffer.core.views import PublicFormView
from services.models import PendingChange, WaitChange
from services.providers import accounts, changes
from services.providers.forms import ListingForms, SignInForm, WaitFormSet
from services.providers.listings import listing_snapshot, snapshot_texts, snapshots_compare
from services.providers.parts import LISTING_PARTS, WHOLE_LISTING, part_by_slug, part_changed
from services.providers.reports import open_reports
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
    messages.success(request, _("You have signed out of the provider area."))
    return redirect("providers:sign-in")


@provider_required
def home(request):
    """The provider's organisations' listings, their review dates, open problem reports and changes."""
    account = request.provider
    services = list(changes.provider_services(account).prefetch_related("waits").order_by("organisation__name", "name"))
    reports = open_reports(service_ids=[service.pk for service in services])
    waiting = {change.service_id: change for change in PendingChange.objects.waiting().filter(service__in=services)}
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


def _listing_form_page(request, *, service, part, done):
    """Show one part of a listing (or the whole of a new service) and hold what is sent in the waiting change.

    `done(change)` is where to go once it is held.
    """
    account = request.provider
    waiting, base = changes.listing_edit_start(service)
    current = listing_snapshot(service) if service else {}
    started = current
    if request.method == "POST":
        started = _started_snapshot(request.POST.get("started"), service=service) or current
    reports = open_reports(service_ids=[service.pk]).get(service.pk, []) if service else []
    page = ListingForms(
        request.POST or None,
        account=account,
        service=service,
        base=base,
        reports=reports,
        part=part,
        fixes=waiting.fixes_reports if waiting else (),
    )
    if request.method == "POST" and page.is_valid():
        try:
            change = changes.listing_change_send(
                account=account,
                service=service,
                proposed=page.proposed(),
                started=started,
                fixes_reports=page.fixes_reports(),
            )
        except changes.ChangeRefused as refused:
            for name, message in refused.problems.items():
                page.add_error(name, message)
        else:
            return done(change)
    context = {
        "service": service,
        "waiting": waiting,
        "page": page,
        "part": part,
        "started": _started_token(service=service, snapshot=started),
    }
    return render(request, "services/providers/edit.html", context)


def _sent(request, change):
    messages.success(
        request,
        _("Your change has been sent to the council. Until it is approved, the website shows the listing as it was."),
    )
    return redirect("providers:change", pk=change.pk)


@provider_required
def listing_new(request):
    """Propose a new service, all on one page (it has nothing to start from); it waits for approval."""
    return _listing_form_page(
        request,
        service=None,
        part=WHOLE_LISTING,
        done=lambda change: _sent(request, change),
    )


@provider_required
def listing_edit(request, pk):
    """The listing's old one-page form: it is now changed in parts, so this leads to them.

    A whole form sent here (from a page opened before) is still held for approval as it was.
    """
    service = get_object_or_404(changes.provider_services(request.provider), pk=pk)
    if request.method != "POST":
        return redirect("providers:parts", pk=service.pk)
    return _listing_form_page(
        request,
        service=service,
        part=WHOLE_LISTING,
        done=lambda change: _sent(request, change),
    )


@provider_required
def listing_parts(request, pk):
    """The parts of a listing, each to change by itself, and whether the waiting change changes it."""
    service = get_object_or_404(changes.provider_services(request.provider), pk=pk)
    waiting, _ = changes.listing_edit_start(service)
    parts = [{"part": part, "changed": part_changed(waiting, part)} for part in LISTING_PARTS]
    reports = open_reports(service_ids=[service.pk]).get(service.pk, [])
    context = {"service": service, "waiting": waiting, "parts": parts, "reports": reports}
    return render(request, "services/providers/parts.html", context)


@provider_required
def listing_part(request, pk, part):
    """One part of a listing in a short form, saved by itself into the listing's one waiting change."""
    service = get_object_or_404(changes.provider_services(request.provider), pk=pk)
    part = part_by_slug(part)
    if part is None:
        raise Http404("No such part of a listing")

    def saved(change):
        messages.success(
            request,
            _(
                "%(part)s saved. It is part of your change to %(service)s, which waits for the council "
                "to approve it; until then the website shows the listing as it was."
            )
            % {"part": part.title, "service": service.name},
        )
        return redirect("providers:parts", pk=service.pk)

    return _listing_form_page(request, service=service, part=part, done=saved)


@provider_required
def listing_confirm(request, pk):
    """ "Nothing has changed": the listing as a family sees it, and a question; confirming counts as its review."""
    service = get_object_or_404(changes.provider_services(request.provider), pk=pk)
    if request.method == "POST":
        service = changes.listing_confirm_unchanged(service=service, account=request.provider)
        messages.success(
            request,
            _("Thank you. %(service)s is marked as checked today; it is next due for review by %(due)s.")
            % {"service": service.name, "due": f"{service.review_due:%-d %B %Y}"},
        )
        return redirect("providers:home")
    context = {"service": service, "texts": snapshot_texts(listing_snapshot(service))}
    return render(request, "services/providers/confirm.html", context)


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
            messages.success(
                request, _("The waits for %(service)s are updated on the website.") % {"service": service.name}
            )
        else:
            messages.success(
                request,
                _("The waits for %(service)s are sent to the council, who will check them before they appear.")
                % {"service": service.name},
            )
        return redirect("providers:home")
    has_errors = request.method == "POST" and (
        bool(formset.non_form_errors()) or any(form.errors for form in formset.forms)
    )
    context = {"service": service, "formset": formset, "held": held, "has_errors": has_errors}
    return render(request, "services/providers/waits.html", context)
