"""Staff editing of information pages, the glossary and news, with history; the email log."""

from django.contrib import admin, messages
from django.utils.html import format_html
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from localoffer import mail
from localoffer.history_admin import HistoryAdmin
from localoffer.models import GlossaryTerm, InformationPage, NewsItem, OutboundEmail
from localoffer.plain_english import known_terms, plain_english_advice


class PlainEnglishAdviceMixin:
    """After a save, advise on how easy `plain_english_field` is to read; never blocks the save."""

    plain_english_field = "body"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        advice = plain_english_advice(getattr(obj, self.plain_english_field), known_terms=known_terms())
        if advice:
            self.message_user(
                request, f"Plain English advice on the {self.plain_english_field}: {advice}", messages.INFO
            )


@admin.register(InformationPage)
class InformationPageAdmin(PlainEnglishAdviceMixin, HistoryAdmin):
    list_display = ["indented_title", "order", "published", "last_updated", "public_link"]
    list_display_links = ["indented_title"]
    list_editable = ["order", "published"]
    list_filter = ["published", ("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["parent"]
    ordering = ["path"]
    readonly_fields = ["path", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "parent", "order", "published"]}),
        ("Content", {"fields": ["summary", "body", "last_updated"]}),
        ("Details", {"fields": ["path", "updated_at"], "classes": ["collapse"]}),
    ]

    @admin.display(description="Title", ordering="path")
    def indented_title(self, page):
        return format_html("{}{}", "— " * page.depth, page.title)

    @admin.display(description="On the site")
    def public_link(self, page):
        label = "Preview" if not page.published else "View"
        return format_html('<a href="{}">{}</a>', page.get_absolute_url(), label)


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(HistoryAdmin):
    list_display = ["term", "abbreviation", "aliases", "updated_at"]
    search_fields = ["term", "abbreviation", "aliases", "definition"]
    prepopulated_fields = {"slug": ["term"]}
    fields = ["term", "slug", "abbreviation", "aliases", "definition"]


@admin.register(NewsItem)
class NewsItemAdmin(PlainEnglishAdviceMixin, HistoryAdmin):
    list_display = ["title", "published_on", "published", "public_link"]
    list_filter = ["published"]
    list_editable = ["published"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "published_on", "published", "summary", "body"]

    @admin.display(description="On the site")
    def public_link(self, item):
        return format_html('<a href="{}">{}</a>', item.get_absolute_url(), "View" if item.published else "Preview")


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
