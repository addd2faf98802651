"""The email log for the system owner, and second factors that only the system owner may remove."""

from django.contrib import admin, messages
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from localoffer.core import mail
from localoffer.core.models import OutboundEmail


class EmailStatusFilter(admin.SimpleListFilter):
    """Waiting for the mail worker, failing and being retried, given up, or sent."""

    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return list(mail.EMAIL_STATUSES.items())

    def queryset(self, request, queryset):
        if self.value() in mail.EMAIL_STATUSES:
            return queryset.filter(mail.email_status_filter(self.value()))
        return queryset


@admin.register(OutboundEmail)
class OutboundEmailAdmin(admin.ModelAdmin):
    """The email log, for the system owner: what was sent, what is waiting, and why a send failed."""

    list_display = ["subject", "to", "purpose", "status", "attempts", "created_at", "next_attempt_at", "short_error"]
    list_filter = [EmailStatusFilter, "purpose"]
    search_fields = ["to", "subject"]
    readonly_fields = [field.name for field in OutboundEmail._meta.fields]
    actions = ["send_again"]

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="Last error")
    def short_error(self, email):
        return email.last_error[:80] + ("…" if len(email.last_error) > 80 else "")

    @admin.action(description="Send the selected emails again now (one more try for those given up)")
    def send_again(self, request, queryset):
        queued = mail.emails_retry_now(emails=queryset)
        self.message_user(
            request,
            f"{queued} email(s) will be tried again by the mail worker in the next few seconds.",
            messages.SUCCESS if queued else messages.WARNING,
        )


class SecondFactorAdminMixin:
    """Second factors are listed for the system owner, who may remove one (the person then sets it up
    again at their next sign-in) but never add, change or read one: only its owner ever sees its secret."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class AuthenticatorAdmin(SecondFactorAdminMixin, TOTPDeviceAdmin):
    pass


class RecoveryCodesAdmin(SecondFactorAdminMixin, StaticDeviceAdmin):
    def get_inline_instances(self, request, obj=None):
        return []


for model, model_admin in ((TOTPDevice, AuthenticatorAdmin), (StaticDevice, RecoveryCodesAdmin)):
    admin.site.unregister(model)
    admin.site.register(model, model_admin)
