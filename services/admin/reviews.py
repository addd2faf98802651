"""Keeping listings up to date in the admin: review filters, actions and buttons, and the reminders sent."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone

from services import reviews
from services.models import ReviewReminder, Service
from services.reachability import service_reachability_problems


class ReviewFilter(admin.SimpleListFilter):
    """The dashboard's lists in full: overdue for review, due soon, recently changed."""

    title = "review"
    parameter_name = "review"
    SELECTORS = {
        "overdue": ("Review overdue", reviews.services_overdue),
        "soon": (f"Due in the next {reviews.DUE_SOON_DAYS} days", reviews.services_due_soon),
        "changed": (f"Changed in the last {reviews.RECENTLY_CHANGED_DAYS} days", reviews.services_recently_changed),
    }

    def lookups(self, request, model_admin):
        return [(value, label) for value, (label, _) in self.SELECTORS.items()]

    def queryset(self, request, queryset):
        if self.value() in self.SELECTORS:
            selector = self.SELECTORS[self.value()][1]
            return queryset.filter(pk__in=selector().values("pk"))
        return queryset


class OrganisationOverdueFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("overdue", "Has listings overdue for review")]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.filter(pk__in=reviews.services_overdue().values("organisation"))
        return queryset


class OrganisationRemindersMixin:
    """How many of an organisation's listings are overdue, and a way to remind it now."""

    def get_queryset(self, request):
        overdue = reviews.services_overdue().filter(organisation=OuterRef("pk")).order_by()
        count = overdue.values("organisation").annotate(count=Count("pk")).values("count")
        return super().get_queryset(request).annotate(overdue_count=Coalesce(Subquery(count), 0))

    @admin.display(description="overdue for review", ordering="overdue_count")
    def overdue_count(self, organisation):
        return organisation.overdue_count

    @admin.action(description="Send review reminders now (at most one a week each)", permissions=["change"])
    def send_review_reminders(self, request, queryset):
        now = timezone.now()
        sent = [
            organisation
            for organisation in queryset
            if reviews.organisation_remind(organisation_id=organisation.pk, today=timezone.localdate(now), now=now)
        ]
        self.message_user(request, f"{len(sent)} reminder(s) sent.", messages.SUCCESS)
        skipped = queryset.count() - len(sent)
        if skipped:
            self.message_user(
                request,
                f"{skipped} organisation(s) were not reminded: they have no email address, nothing due, "
                f"or had a reminder in the last {reviews.REMINDER_EVERY_DAYS} days.",
                messages.WARNING,
            )


class ReviewActionsMixin:
    """Mark as reviewed, publish and archive: as bulk actions on the list and as buttons on a listing's page."""

    def review_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<path:object_id>/review/", view(self.review_view), name="services_service_review"),
            path("<path:object_id>/status/", view(self.status_view), name="services_service_status"),
        ]

    @admin.action(description="Mark as reviewed today", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        count = reviews.services_mark_reviewed(services=queryset, by=request.user)
        next_due = reviews.review_due_after(timezone.localdate())
        message = f"{count} listing(s) marked as reviewed today; next review due {next_due:%-d %B %Y}."
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(description="Publish", permissions=["change"])
    def publish(self, request, queryset):
        reachable, unreachable = [], []
        for service in queryset:
            problems = service_reachability_problems(service=service, status=Service.Status.PUBLISHED)
            (unreachable if problems else reachable).append(service)
        count = reviews.services_set_status(services=reachable, status=Service.Status.PUBLISHED, by=request.user)
        self.message_user(request, f"{count} listing(s) published.", messages.SUCCESS)
        if unreachable:
            names = ", ".join(f"“{service}”" for service in unreachable)
            self.message_user(
                request,
                f"Not published, because a family would have no way to reach them (no phone, email, website, "
                f"place or opening times, or no place where one is needed): {names}. Open each to add one.",
                messages.ERROR,
            )

    @admin.action(description="Archive (hide from families)", permissions=["change"])
    def archive(self, request, queryset):
        count = reviews.services_set_status(services=queryset, status=Service.Status.ARCHIVED, by=request.user)
        self.message_user(request, f"{count} listing(s) archived.", messages.SUCCESS)

    def _object_or_denied(self, request, object_id):
        service = self.get_object(request, object_id)  # None for an unknown or malformed id
        if service is None:
            raise Http404("No such service")
        if not self.has_change_permission(request, service):
            raise PermissionDenied
        return service

    @staticmethod
    def _change_url(service):
        return reverse("admin:services_service_change", args=[service.pk])

    def review_view(self, request, object_id):
        """Mark one listing as reviewed today, from a button on its page."""
        service = self._object_or_denied(request, object_id)
        if request.method != "POST":
            return HttpResponseRedirect(self._change_url(service))
        reviews.service_mark_reviewed(service=service, by=request.user)
        self.message_user(
            request,
            f"“{service}” marked as reviewed today; next review due {service.review_due:%-d %B %Y}.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self._change_url(service))

    def status_view(self, request, object_id):
        """Publish or archive one listing, from a button on its page."""
        service = self._object_or_denied(request, object_id)
        status = request.POST.get("status")
        if request.method == "POST" and status in (Service.Status.PUBLISHED, Service.Status.ARCHIVED):
            problems = service_reachability_problems(service=service, status=status)
            if problems:
                for message in problems.values():
                    self.message_user(request, f"“{service}” was not published. {message}.", messages.ERROR)
                return HttpResponseRedirect(self._change_url(service))
            reviews.services_set_status(services=[service], status=status, by=request.user)
            self.message_user(request, f"“{service}” {service.get_status_display().lower()}.", messages.SUCCESS)
        return HttpResponseRedirect(self._change_url(service))


@admin.register(ReviewReminder)
class ReviewReminderAdmin(admin.ModelAdmin):
    """What `send_review_reminders` sent, to whom and about which listings; a record, not for editing."""

    list_display = ["organisation", "to", "sent_at"]
    list_select_related = ["organisation"]
    search_fields = ["organisation__name", "to"]
    date_hierarchy = "sent_at"
    fields = ["organisation", "to", "sent_at", "services", "email"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
