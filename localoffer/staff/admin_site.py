"""The one admin site council staff use, which lets no one in without a second factor.

Every app registers its models with `django.contrib.admin` as usual; `StaffAdminConfig` makes
this site the default, so `admin.site` is a `StaffAdminSite`.
"""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django_otp import login as otp_login

from localoffer.core.redirects import safe_next
from localoffer.staff import dashboard
from localoffer.staff import sign_in as staff


class SecondFactorForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
        error_messages={"required": "Enter the 6-digit code from your authenticator app, or a recovery code"},
    )


class StaffAdminSite(admin.AdminSite):
    site_header = "SEND Local Offer staff"
    site_title = "SEND Local Offer staff"
    index_title = "Dashboard"

    def has_permission(self, request):
        """Active staff who have also given their second factor in this session."""
        return super().has_permission(request) and request.user.is_verified()

    def get_urls(self):
        return [
            path("two-factor/", self.second_factor_view, name="two_factor_verify"),
            path("two-factor/set-up/", self.second_factor_setup_view, name="two_factor_setup"),
            path("two-factor/recovery-codes/", self.recovery_codes_view, name="two_factor_recovery_codes"),
            path(
                "two-factor/recovery-codes/download/",
                self.recovery_codes_download_view,
                name="two_factor_recovery_codes_download",
            ),
            *super().get_urls(),
        ]

    def index(self, request, extra_context=None):
        """The dashboard: what needs the signed-in person's attention, above the list of everything."""
        panels = dashboard.dashboard_panels(user=request.user)
        return super().index(request, {"dashboard_panels": panels, **(extra_context or {})})

    @method_decorator(never_cache)
    def login(self, request, extra_context=None):
        """Password first; a signed-in person without a verified second factor goes on to it."""
        if request.method == "GET" and self._awaiting_second_factor(request):
            return redirect(self._with_next(request, "admin:two_factor_verify"))
        return super().login(request, extra_context)

    def _awaiting_second_factor(self, request):
        user = request.user
        return user.is_authenticated and user.is_active and user.is_staff and not user.is_verified()

    def _with_next(self, request, name):
        url = reverse(name, current_app=self.name)
        next_url = request.GET.get(REDIRECT_FIELD_NAME) or request.POST.get(REDIRECT_FIELD_NAME)
        return f"{url}?{urlencode({REDIRECT_FIELD_NAME: next_url})}" if next_url else url

    def _next_or_index(self, request):
        index = reverse("admin:index", current_app=self.name)
        return safe_next(request, request.GET.get(REDIRECT_FIELD_NAME, ""), index)

    def _context(self, request, **extra):
        return {**self.each_context(request), REDIRECT_FIELD_NAME: request.GET.get(REDIRECT_FIELD_NAME, ""), **extra}

    @method_decorator(never_cache)
    @method_decorator(csrf_protect)
    def second_factor_view(self, request):
        """Ask for an authenticator code or a recovery code; set one up first if there is none."""
        if not self._awaiting_second_factor(request):
            return redirect(self._next_or_index(request) if request.user.is_authenticated else "admin:login")
        if not staff.has_second_factor(request.user):
            return redirect(self._with_next(request, "admin:two_factor_setup"))
        form = SecondFactorForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            device = staff.second_factor_verify(user=request.user, code=form.cleaned_data["code"])
            if device is not None:
                otp_login(request, device)
                if device.name == staff.RECOVERY_NAME:
                    messages.warning(
                        request,
                        "You signed in with a recovery code, which cannot be used again. "
                        "Make new recovery codes from the link at the top of the page if you are running low.",
                    )
                return redirect(self._next_or_index(request))
            form.add_error(
                "code",
                "That code is not right. Check your authenticator app and try again; "
                "after several wrong codes, wait a minute first",
            )
        return render(request, "admin/two_factor_verify.html", self._context(request, form=form), status=200)

    @method_decorator(never_cache)
    @method_decorator(csrf_protect)
    def second_factor_setup_view(self, request):
        """Set up an authenticator app, with the set-up link the system owner issued; never replaces one.

        The link's token is kept in the session (it survives signing in with the password) and taken
        out of the address at once; without a valid one the page says to ask the system owner.
        """
        elsewhere = self._setup_elsewhere(request)
        if elsewhere is not None:
            return elsewhere
        device = staff.setup_link_device(user=request.user, token=request.session.get(staff.SETUP_SESSION_KEY))
        if device is None:
            context = self._context(request, setup_link_hours=settings.STAFF_SETUP_LINK_HOURS)
            return render(request, "admin/two_factor_setup_needs_link.html", context, status=403)
        form = SecondFactorForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            codes = staff.authenticator_confirm(device=device, code=form.cleaned_data["code"])
            if codes is not None:
                request.session.pop(staff.SETUP_SESSION_KEY, None)
                otp_login(request, device)
                return self._recovery_codes_page(request, codes)
            form.add_error("code", "That code is not right. Check the time on your phone is correct and try again")
        context = self._context(
            request,
            form=form,
            qr_svg=staff.authenticator_qr_svg(device),
            secret=staff.authenticator_secret(device),
        )
        return render(request, "admin/two_factor_setup.html", context)

    def _setup_elsewhere(self, request):
        """Where the set-up page sends someone who cannot set up an authenticator here yet, or None."""
        if "link" in request.GET:
            request.session[staff.SETUP_SESSION_KEY] = request.GET["link"]
            return redirect(self._with_next(request, "admin:two_factor_setup"))
        if not request.user.is_authenticated:
            login = reverse("admin:login", current_app=self.name)
            return redirect(f"{login}?{urlencode({REDIRECT_FIELD_NAME: reverse('admin:two_factor_setup')})}")
        if not self._awaiting_second_factor(request):
            return redirect(self._next_or_index(request))
        if staff.has_second_factor(request.user):
            return redirect(self._with_next(request, "admin:two_factor_verify"))
        return None

    def _recovery_codes_page(self, request, codes):
        """New codes, shown once: in this response only, never kept on the server.

        The page can copy, print and download them; the download button posts back a signed copy
        that only works in this session for a short while.
        """
        token = staff.recovery_codes_download_token(
            codes=codes, user=request.user, session_key=request.session.session_key
        )
        context = self._context(request, codes=codes, download_token=token, next_url=self._next_or_index(request))
        return render(request, "admin/two_factor_recovery_codes.html", context)

    @method_decorator(never_cache)
    @method_decorator(csrf_protect)
    def recovery_codes_view(self, request):
        """Make a fresh set of recovery codes and show it once; a GET explains and offers to."""
        if not self.has_permission(request):
            return redirect("admin:login")
        if request.method == "POST":
            return self._recovery_codes_page(request, staff.recovery_codes_issue(user=request.user))
        context = self._context(request, codes=None, next_url=self._next_or_index(request))
        return render(request, "admin/two_factor_recovery_codes.html", context)

    @method_decorator(never_cache)
    @method_decorator(csrf_protect)
    def recovery_codes_download_view(self, request):
        """The codes just shown, as a text file; works without JavaScript (the page's form posts here)."""
        if not self.has_permission(request):
            return redirect("admin:login")
        codes = None
        if request.method == "POST":
            codes = staff.recovery_codes_from_token(
                token=request.POST.get("codes", ""), user=request.user, session_key=request.session.session_key
            )
        if not codes:
            messages.error(
                request,
                "Those codes can no longer be downloaded: a download works only just after the codes are shown. "
                "If you did not save them, make new ones.",
            )
            return redirect("admin:two_factor_recovery_codes")
        response = HttpResponse(
            staff.recovery_codes_text(codes=codes, user=request.user), content_type="text/plain; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="send-local-offer-recovery-codes.txt"'
        return response
