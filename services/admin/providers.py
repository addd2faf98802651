"""Staff side of the provider area: invite and remove provider accounts, and approve or reject their changes.

Local Offer editors invite a person by email for one or more organisations (they are emailed a
link to sign in), and remove them when they leave. "Changes waiting for approval" lists what
providers have sent, the longest waiting first; each opens on a field-by-field comparison with
Approve and Reject.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from localoffer.staff.personal_data import PersonalDataAdmin
from services.models import Organisation, PendingChange, ProviderAccount
from services.providers import accounts, changes, conflicts
from services.providers.forms import RejectForm


class ProviderInviteForm(forms.ModelForm):
    organisations = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        help_text="They see and change these organisations' listings only.",
        error_messages={"required": "Choose at least one organisation"},
    )

    class Meta:
        model = ProviderAccount
        fields = ["name", "email", "organisations"]

    def clean_email(self):
        email = accounts.email_normalise(self.cleaned_data["email"])
        users = get_user_model().objects.filter(is_staff=True, email__iexact=email)
        if users.exists() or get_user_model().objects.filter(username__iexact=email).exists():
            raise forms.ValidationError("That address belongs to another account. Use a different address.")
        return email


class ProviderChangeForm(forms.ModelForm):
    organisations = ProviderInviteForm.base_fields["organisations"]

    class Meta:
        model = ProviderAccount
        fields = ["name", "organisations"]


@admin.register(ProviderAccount)
class ProviderAccountAdmin(PersonalDataAdmin):
    """Editors see and invite people by name and email; other roles (the auditor) see the accounts
    without them, in the list, its search and filters, each account's page and its history."""

    personal_fields = ("name", "email")
    list_display = ["name", "email", "organisation_names", "last_signed_in", "has_access"]
    list_filter = [("removed_at", admin.EmptyFieldListFilter), "organisations"]
    search_fields = ["name", "email", "organisations__name"]
    readonly_fields = ["email", "invited_by", "invited_at", "last_signed_in", "removed_at"]
    actions = ["remove_access", "invite_again"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user").prefetch_related("organisations")

    def get_form(self, request, obj=None, **kwargs):
        kwargs["form"] = ProviderChangeForm if obj else ProviderInviteForm
        return super().get_form(request, obj, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            fields = ["name", "email", "organisations"]
        else:
            fields = ["name", "email", "organisations", "invited_by", "invited_at", "last_signed_in", "removed_at"]
        return fields if self.personal_visible(request) else [f for f in fields if f not in self.personal_fields]

    def get_readonly_fields(self, request, obj=None):
        return super().get_readonly_fields(request, obj) if obj else []

    def account_label(self, request, account):
        """What names an account on its pages: its name and email for those who may see them."""
        if self.personal_visible(request):
            return str(account)
        return f"Provider account {account.pk}"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        account = self.get_object(request, unquote(object_id))
        label = self.account_label(request, account) if account else ""
        context = {"subtitle": label, "account_label": label, **(extra_context or {})}
        return super().change_view(request, object_id, form_url, context)

    def history_view(self, request, object_id, extra_context=None):
        account = self.get_object(request, unquote(object_id))
        label = self.account_label(request, account) if account else ""
        context = {"title": f"Change history: {label}", "account_label": label, **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def has_delete_permission(self, request, obj=None):
        return False  # access is removed, never deleted: their changes keep their name

    @admin.display(description="organisations")
    def organisation_names(self, account):
        return ", ".join(organisation.name for organisation in account.organisations.all())

    @admin.display(description="last signed in")
    def last_signed_in(self, account):
        return account.user.last_login and timezone.localtime(account.user.last_login).strftime("%-d %b %Y, %H:%M")

    @admin.display(description="has access", boolean=True)
    def has_access(self, account):
        return account.is_active

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        account = accounts.provider_invite(
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            organisations=form.cleaned_data["organisations"],
            by=request.user,
        )
        obj.pk, obj.user, obj.invited_at = account.pk, account.user, account.invited_at
        obj._state.adding = False

    def response_add(self, request, obj, post_url_continue=None):
        self.message_user(request, f"{obj.name} has been invited: an email with a link to sign in is on its way.")
        return redirect(reverse("admin:services_provideraccount_changelist"))

    @admin.action(description="Remove their access", permissions=["change"])
    def remove_access(self, request, queryset):
        count = 0
        for account in queryset.filter(removed_at=None):
            accounts.provider_remove(account=account)
            count += 1
        self.message_user(request, f"Access removed from {count} provider account(s).")

    @admin.action(description="Invite again (gives back removed access)", permissions=["change"])
    def invite_again(self, request, queryset):
        count = 0
        for account in queryset:
            accounts.provider_invite(
                name=account.name, email=account.email, organisations=account.organisations.all(), by=request.user
            )
            count += 1
        self.message_user(request, f"{count} invitation(s) on their way.")


@admin.register(PendingChange)
class PendingChangeAdmin(PersonalDataAdmin):
    """The approval queue: oldest first; each change opens on its comparison, with Approve and Reject.

    Who proposed a change is shown only to staff who may see provider names (not the auditor)."""

    personal_fields = ("proposed_by_name",)

    list_display = ["title", "organisation", "proposed_by_name", "created_at", "status", "decided_by_name"]
    list_filter = ["status", "is_new_service"]
    search_fields = ["service__name", "organisation__name", "proposed_by_name"]
    list_select_related = ["service", "organisation"]
    ordering = ["created_at", "pk"]
    review_template = "admin/services/pendingchange/review.html"

    @admin.display(description="change", ordering="created_at")
    def title(self, change):
        return change.title

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        change = self.get_object(request, unquote(object_id))
        if change is None:
            raise Http404("No such change")
        if not self.has_view_or_change_permission(request, change):
            raise PermissionDenied
        may_decide = self.has_change_permission(request, change) and change.is_waiting
        reject_form = RejectForm(request.POST if "reject" in request.POST else None)
        parts = conflicts.conflict_parts(change) if change.is_waiting else []
        choice_errors = {}
        if request.method == "POST":
            if not may_decide:
                raise PermissionDenied
            done, choice_errors = self._decide(request, change, reject_form, parts)
            if done:
                return redirect(f"{reverse('admin:services_pendingchange_changelist')}?status__exact=waiting")
        comparison = changes.change_comparison(change)
        posted = request.POST if "approve" in request.POST else {}
        choice_rows = [
            {
                "part": part,
                "error": choice_errors.get(part.key, ""),
                "choice": posted.get(part.field_name, "" if part.provider_changed else conflicts.WEBSITE),
                "edited": posted.get(part.edit_name, part.proposed if part.editable else ""),
            }
            for part in parts
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": change.title,
            "opts": self.model._meta,
            "app_label": self.model._meta.app_label,
            "original": change,
            "change": change,
            "comparison": comparison,
            "may_decide": may_decide,
            "proposed_by": change.proposed_by_name if self.personal_visible(request) else "a provider",
            "choice_rows": choice_rows,
            "choice_errors": choice_errors,
            "unreachable": (changes.change_reachability_problems(change) if change.is_waiting else {}),
            "reject_form": reject_form,
            "service_admin_url": (
                reverse("admin:services_service_change", args=[change.service_id]) if change.service_id else ""
            ),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.review_template, context)

    def _decide(self, request, change, reject_form, parts):
        """Approve or reject from the review page: (done, errors beside the conflict choices)."""
        try:
            if "approve" in request.POST:
                choices = None
                if parts:
                    choices, errors = conflicts.conflict_choices_read(parts=parts, data=request.POST)
                    if errors:
                        self.message_user(
                            request, "Choose which version to keep for each part marked below.", messages.ERROR
                        )
                        return False, errors
                service = changes.change_approve(change=change, by=request.user, choices=choices)
                self.message_user(request, f"Approved: {service.name} on the website shows the change now.")
                return True, {}
            if "reject" in request.POST and reject_form.is_valid():
                changes.change_reject(change=change, by=request.user, reason=reject_form.cleaned_data["reason"])
                self.message_user(request, f"Not approved: {change.proposed_by_name} is being emailed why.")
                return True, {}
        except changes.ChangeConflict:
            self.message_user(
                request,
                "The listing has changed again since this page was shown. Choose again for each part below.",
                messages.ERROR,
            )
        except changes.ChangeUnreachable:
            self.message_user(
                request, "Not approved: a family would have no way to reach this service. See below.", messages.ERROR
            )
        except changes.ChangeAlreadyDecided:
            self.message_user(request, "Someone else has already decided this change.", messages.WARNING)
            return True, {}
        return False, {}
