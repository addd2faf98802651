"""Staff screens for feedback, problem reports, page votes, themes, "You said, we did" and the yearly report."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, When
from django.forms.models import BaseInlineFormSet
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from coproduction import annual_report, feedback, listing_reports
from coproduction.models import (
    Feedback,
    ListingReport,
    PageVote,
    Theme,
    YouSaidWeDid,
)
from localoffer.staff.personal_data import PersonalDataAdmin


class OverdueFilter(admin.SimpleListFilter):
    title = "due"
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return [("overdue", "Overdue"), ("this-week", "Due in the next 7 days")]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "overdue":
            return queryset.overdue(today=today)
        if self.value() == "this-week":
            return queryset.open().filter(due_on__gte=today, due_on__lte=today + timezone.timedelta(days=7))
        return queryset


class OwnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return feedback.staff_name(user)


class OwnerFilter(admin.SimpleListFilter):
    """Whose items: mine, nobody's, or a colleague's, by name."""

    title = "owner"
    parameter_name = "owner"

    def lookups(self, request, model_admin):
        people = [(str(user.pk), feedback.staff_name(user)) for user in feedback.owners_for(model=model_admin.model)]
        return [("me", "Me"), ("nobody", "Nobody yet"), *people]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(owner=request.user)
        if self.value() == "nobody":
            return queryset.filter(owner=None)
        if self.value() and self.value().isdigit():
            return queryset.filter(owner_id=int(self.value()))
        return queryset


class ReplyForm(forms.Form):
    text = forms.CharField(
        label="Your reply",
        widget=forms.Textarea(attrs={"rows": 12, "cols": 80}),
        max_length=10000,
        help_text="Plain text. It is kept on the item with your name and the time, and emailed to them "
        "when they gave an email address.",
        error_messages={"required": "Write your reply", "max_length": "The reply must be 10,000 characters or fewer"},
    )


class TriageAdmin(PersonalDataAdmin):
    """Status, owner, notes and due date, and replies: each written, previewed, then kept and emailed.

    The owner is chosen from the people who may triage this kind of item, by full name.
    """

    list_filter = ["status", "urgent", OverdueFilter, OwnerFilter]
    date_hierarchy = "created_at"
    actions = ["take_ownership"]
    reply_template = "coproduction/admin/reply.html"
    change_form_template = "coproduction/admin/triage_change_form.html"

    def get_ordering(self, request):
        """What was sent with words of crisis first while it is open, then the newest first."""
        urgent_open = Case(When(urgent=True, status__in=self.model.OPEN_STATUSES, then=0), default=1)
        return [urgent_open.asc(), "-created_at"]

    @admin.display(description="words of crisis", boolean=True, ordering="urgent")
    def crisis_words(self, item):
        return item.urgent

    def get_urls(self):
        names = self.model._meta.app_label, self.model._meta.model_name
        reply = path(
            "<path:object_id>/reply/", self.admin_site.admin_view(self.reply_view), name="{}_{}_reply".format(*names)
        )
        return [reply, *super().get_urls()]

    def _item_url(self, item, view):
        meta = self.model._meta
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[item.pk])

    @admin.display(description="replies")
    def replies_list(self, item):
        """Every reply sent, oldest first, with who and when ("Write a reply" at the top of the page adds one)."""
        entries = format_html_join(
            "",
            '<li><p class="lo-reply-meta"><strong>{}</strong>, {}{}</p><div class="lo-reply-text">{}</div></li>',
            (
                (
                    timezone.localtime(reply.sent_at).strftime("%-d %B %Y, %H:%M"),
                    reply.author_name or "before replies were kept one by one",
                    "" if reply.emailed else " (kept, not emailed: they gave no email address)",
                    reply.text,
                )
                for reply in item.replies.all()
            ),
        )
        return format_html('<ol class="lo-replies">{}</ol>', entries) if entries else "No reply yet."

    def change_view(self, request, object_id, form_url="", extra_context=None):
        item = self.get_object(request, unquote(object_id))
        if item is not None and self.has_change_permission(request, item):
            extra_context = {"reply_url": self._item_url(item, "reply"), **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)

    def reply_view(self, request, object_id):
        """Write a reply, see the email exactly as it will go, then send it (or go back and change it)."""
        item = self.get_object(request, unquote(object_id))
        if item is None:
            raise Http404("No such item")
        if not self.has_change_permission(request, item):
            raise PermissionDenied
        form = ReplyForm(request.POST or None)
        preview = None
        if request.method == "POST" and "edit" not in request.POST and form.is_valid():
            text = form.cleaned_data["text"]
            if "send" in request.POST:
                reply = feedback.reply_send(item=item, text=text, by=request.user)
                if reply.emailed:
                    done, level = "kept on it and being emailed", messages.SUCCESS
                else:
                    done, level = "kept on it. They gave no email address, so it was not sent", messages.WARNING
                self.message_user(request, f"Your reply to {item.reference} is {done}.", level)
                return redirect(self._item_url(item, "change"))
            subject, body = feedback.reply_email(item=item, text=text)
            preview = {"subject": subject, "body": body}
        if not item.email:
            to = ""
        elif self.personal_visible(request):
            to = item.email
        else:
            to = "the email address they gave"
        meta = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": f"Reply to {item.reference}",
            "opts": meta,
            "app_label": meta.app_label,
            "original": item,
            "form": form,
            "preview": preview,
            "to": to,
            "replies": item.replies.all(),
            "change_url": self._item_url(item, "change"),
            "message": feedback.original_message(item),
            "their_name": getattr(item, "name", "") if self.personal_visible(request) else "",
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.reply_template, context)

    @admin.display(description="overdue", boolean=True)
    def is_overdue(self, item):
        return item.overdue

    @admin.display(description="owner", ordering="owner__first_name")
    def owner_name(self, item):
        return feedback.staff_name(item.owner) or "-"

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "owner":
            kwargs["queryset"] = feedback.owners_for(model=self.model)
            kwargs["form_class"] = OwnerChoiceField
            kwargs["help_text"] = f"Someone who may work on {self.model._meta.verbose_name_plural}."
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and obj.owner_id and "owner" in form.base_fields:
            # Whoever owns it now stays a choice, even if they have since moved to another role.
            form.base_fields["owner"].queryset = feedback.owners_for(model=self.model, also=obj.owner)
        return form

    def save_model(self, request, obj, form, change):
        feedback.status_changed(item=obj)
        super().save_model(request, obj, form, change)
        if "owner" in form.changed_data and obj.owner and obj.owner != request.user:
            name = feedback.staff_name(obj.owner)
            if feedback.triage_hand_over(item=obj, by=request.user):
                self.message_user(request, f"{name} has been emailed that {obj.reference} is theirs now.")
            else:
                self.message_user(
                    request, f"{name} has no email address on their account: tell them yourself.", messages.WARNING
                )

    @admin.action(description="Assign selected to me", permissions=["change"])
    def take_ownership(self, request, queryset):
        done = queryset.update(owner=request.user)
        queryset.filter(status="new").update(status="in-progress")
        self.message_user(request, f"You now own {done} item(s).", messages.SUCCESS)


class ReportRangeForm(forms.Form):
    """The dates the Local Offer report covers, both included."""

    start = forms.DateField(
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="For example 1 April 2026",
        error_messages={"required": "Enter the first day of the report", "invalid": "Enter a real date"},
    )
    end = forms.DateField(
        label="To",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="For example 31 March 2027",
        error_messages={"required": "Enter the last day of the report", "invalid": "Enter a real date"},
    )

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", "The last day must be the same as or after the first day")
        return data


def local_offer_report_view(model_admin, request):
    """The Local Offer report for any dates: every table on one printable page, each also as CSV."""
    if not request.user.has_perm("coproduction.view_feedback"):
        raise PermissionDenied
    today = timezone.localdate()
    default = {"start": today.replace(year=today.year - 1) + timezone.timedelta(days=1), "end": today}
    form = ReportRangeForm(request.GET if "start" in request.GET or "end" in request.GET else None, initial=default)
    dates = form.cleaned_data if form.is_bound and form.is_valid() else (None if form.is_bound else default)
    tables = annual_report.report_build(start=dates["start"], end=dates["end"]) if dates else []
    wanted = request.GET.get("csv")
    if dates and wanted:
        table = next((table for table in tables if table.slug == wanted), None)
        if table is None:
            raise Http404("No such table")
        return annual_report.table_csv(table=table, start=dates["start"], end=dates["end"])
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Local Offer report",
        "opts": model_admin.model._meta,
        "app_label": model_admin.model._meta.app_label,
        "form": form,
        "dates": dates,
        "tables": tables,
        "query": f"start={dates['start'].isoformat()}&end={dates['end'].isoformat()}" if dates else "",
    }
    request.current_app = model_admin.admin_site.name
    return TemplateResponse(request, "coproduction/admin/local_offer_report.html", context)


class FeedbackAdminForm(forms.ModelForm):
    """Closing a complaint asks for its outcome, which the annual report counts."""

    class Meta:
        model = Feedback
        fields = ["status", "outcome", "owner", "due_on", "internal_notes"]

    def clean(self):
        data = super().clean()
        closing = data.get("status") == Feedback.Status.CLOSED
        if closing and self.instance.kind == Feedback.Kind.COMPLAINT and not data.get("outcome"):
            needed = "Choose the outcome of the complaint (upheld, partly upheld or not upheld) to close it"
            self.add_error("outcome", needed)
        return data


@admin.register(Feedback)
class FeedbackAdmin(TriageAdmin):
    form = FeedbackAdminForm
    change_list_template = "coproduction/admin/feedback_change_list.html"
    view_on_site = False  # its public address is the blank form for giving feedback, not this item
    personal_fields = ("name", "email")
    list_display = [
        "reference",
        "crisis_words",
        "kind",
        "about",
        "status",
        "owner_name",
        "due_on",
        "is_overdue",
        "created_at",
        "name",
        "email",
    ]
    list_filter = ["status", "urgent", "kind", "about", "outcome", OverdueFilter, OwnerFilter]
    search_fields = ["=reference", "message", "name", "email"]
    list_select_related = ["owner"]
    fields = [
        "reference",
        "urgent",
        "kind",
        "about",
        "who",
        "message",
        "service",
        "name",
        "email",
        "created_at",
        "status",
        "outcome",
        "owner",
        "due_on",
        "internal_notes",
        "replies_list",
        "replied_at",
        "answered_in",
    ]
    readonly_fields = ["reference", "kind", "about", "who", "message", "service", "name", "email",
                       "created_at", "replies_list", "replied_at", "answered_in"]  # fmt: skip

    def has_add_permission(self, request):
        return False

    def get_urls(self):
        report = path(
            "local-offer-report/",
            self.admin_site.admin_view(lambda request: local_offer_report_view(self, request)),
            name="coproduction_local_offer_report",
        )
        return [report, *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        context = {"report_url": reverse("admin:coproduction_local_offer_report"), **(extra_context or {})}
        return super().changelist_view(request, context)

    @admin.display(description="You said, we did")
    def answered_in(self, item):
        entries = item.you_said_we_did.select_related("theme")
        if not entries:
            return "Not linked to a You said, we did entry"
        return format_html_join(
            ", ",
            '<a href="{}">{}{}</a>',
            (
                (reverse("admin:coproduction_yousaidwedid_change", args=[e.pk]), e, "" if e.published else " (draft)")
                for e in entries
            ),
        )


@admin.register(ListingReport)
class ListingReportAdmin(TriageAdmin):
    """The staff queue of reports that a listing is wrong."""

    view_on_site = False  # its public address is the blank form for reporting a problem; the service links below

    personal_fields = ("email",)
    list_display = [
        "reference", "crisis_words", "service", "problem", "status", "owner_name", "due_on", "is_overdue", "created_at",
        "email",
    ]  # fmt: skip
    list_filter = ["status", "urgent", "problem", OverdueFilter, OwnerFilter]
    search_fields = ["=reference", "service__name", "description", "email"]
    list_select_related = ["service", "owner"]
    fields = [
        "reference",
        "urgent",
        "service_link",
        "problem",
        "description",
        "email",
        "wants_reply",
        "created_at",
        "resolved_at",
        "status",
        "owner",
        "due_on",
        "internal_notes",
        "replies_list",
        "replied_at",
    ]
    readonly_fields = [
        "reference", "service_link", "problem", "description", "email", "wants_reply", "created_at",
        "resolved_at", "replies_list", "replied_at",
    ]  # fmt: skip
    actions = ["take_ownership", "resolve_reports"]

    def has_add_permission(self, request):
        return False

    def get_urls(self):
        resolve = path(
            "<path:object_id>/resolve/",
            self.admin_site.admin_view(self.resolve_view),
            name="coproduction_listingreport_resolve",
        )
        return [resolve, *super().get_urls()]

    def _resolve(self, request, reports):
        """Close the reports as corrected and email those who asked what changed; says how many of each."""
        emailed = resolved = 0
        for report in reports:
            changes = listing_reports.listing_changes_since(report)
            emailed += listing_reports.listing_report_resolve(report=report, changes=changes)
            resolved += 1
        self.message_user(
            request, f"{resolved} report(s) marked as corrected; {emailed} person(s) who asked to hear back emailed."
        )

    def _resolve_confirm(self, request, reports, *, single_url="", back_url):
        """The page that says, before anything is sent, which reports close and who is emailed what."""
        rows = [
            {
                "report": report,
                "changes": listing_reports.listing_changes_since(report),
                "will_email": report.wants_reply and bool(report.email),
            }
            for report in reports
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": "Close as corrected",
            "opts": self.model._meta,
            "app_label": self.model._meta.app_label,
            "rows": rows,
            "emailed": sum(1 for row in rows if row["will_email"]),
            "form_action": single_url,
            "back_url": back_url,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "coproduction/admin/report_resolve_confirm.html", context)

    @admin.action(description="Mark as corrected, and email what changed to those who asked", permissions=["change"])
    def resolve_reports(self, request, queryset):
        """The listing has been put right by staff: after a confirmation page, close the reports and tell the
        reporters who asked."""
        reports = list(queryset.select_related("service").filter(resolved_at=None))
        if request.POST.get("confirm") == "yes":
            self._resolve(request, reports)
            return None
        return self._resolve_confirm(request, reports, back_url=reverse("admin:coproduction_listingreport_changelist"))

    def resolve_view(self, request, object_id):
        """Close one report as corrected, from the service's page: a confirmation first, then back to the service."""
        report = self.get_object(request, unquote(object_id))
        if report is None:
            raise Http404("No such report")
        if not self.has_change_permission(request, report):
            raise PermissionDenied
        back_url = reverse("admin:services_service_change", args=[report.service_id])
        if report.resolved_at is not None:
            self.message_user(request, f"{report.reference} was already closed as corrected.", messages.WARNING)
            return redirect(back_url)
        if request.method == "POST" and request.POST.get("confirm") == "yes":
            self._resolve(request, [report])
            return redirect(back_url)
        single_url = reverse("admin:coproduction_listingreport_resolve", args=[report.pk])
        return self._resolve_confirm(request, [report], single_url=single_url, back_url=back_url)

    @admin.display(description="service")
    def service_link(self, report):
        return format_html(
            '<a href="{}">{}</a> (<a href="{}">public page</a>)',
            reverse("admin:services_service_change", args=[report.service_id]),
            report.service.name,
            report.service.get_absolute_url(),
        )


class ServiceReportsFormSet(BaseInlineFormSet):
    """The reports on a service's page, for reading only: never bound to what the page posts.

    Nothing in it can be edited there, so a save of the service neither reads nor depends on it,
    and when the save fails validation the page shows the reports again as they are.
    """

    def __init__(self, data=None, files=None, *args, **kwargs):
        super().__init__(None, None, *args, **kwargs)

    def is_valid(self):
        return True

    def has_changed(self):
        return False

    def save(self, commit=True):
        self.new_objects, self.changed_objects, self.deleted_objects = [], [], []
        return []

    @property
    def open_reports(self):
        """The reports still waiting for someone, in the order the inline lists them."""
        return [report for report in self.get_queryset() if report.is_open]


class ListingReportInline(admin.TabularInline):
    """Reports about a listing, shown on that service's admin page: open ones first, and at the top of the page."""

    model = ListingReport
    formset = ServiceReportsFormSet
    fk_name = "service"
    extra = 0
    can_delete = False
    show_change_link = True
    view_on_site = False  # a report's public address is the form for reporting one, not the report
    fields = ["reference", "problem", "description", "status", "owner_name", "due_on", "created_at"]
    readonly_fields = fields
    verbose_name_plural = "problem reports from the public"
    # Shown above the service's form (see templates/admin/services/service/change_form.html), so that
    # whoever edits the listing sees what people say is wrong with it before changing anything.
    summary_template = "coproduction/admin/service_open_reports.html"

    def get_queryset(self, request):
        still_open = Case(When(status__in=ListingReport.OPEN_STATUSES, then=0), default=1)
        return super().get_queryset(request).select_related("owner").order_by(still_open, "due_on", "-created_at")

    @admin.display(description="owner")
    def owner_name(self, report):
        return feedback.staff_name(report.owner) or "Nobody yet"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(PageVote)
class PageVoteAdmin(admin.ModelAdmin):
    """Every vote, with a summary per page of yes and no counts, worst pages first."""

    change_list_template = "coproduction/admin/pagevote_change_list.html"
    list_display = ["path", "useful", "comment", "created_at"]
    list_filter = ["useful", "created_at"]
    search_fields = ["path", "comment"]
    readonly_fields = ["path", "useful", "comment", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        summary = list(feedback.page_votes_by_path()[:50])
        return super().changelist_view(request, {**(extra_context or {}), "summary": summary})


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(YouSaidWeDid)
class YouSaidWeDidAdmin(admin.ModelAdmin):
    list_display = ["__str__", "theme", "date", "published", "linked"]
    list_filter = ["published", "theme"]
    search_fields = ["you_said", "we_did"]
    autocomplete_fields = ["feedback"]
    date_hierarchy = "date"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(linked_count=Count("feedback"))

    @admin.display(description="feedback linked", ordering="linked_count")
    def linked(self, entry):
        return entry.linked_count

    @admin.display(description="")
    def public_link(self, entry):
        return format_html('<a href="{}">View on the site</a>', entry.get_absolute_url())
