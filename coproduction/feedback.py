"""Feedback: references, due dates, submission, owners, staff replies, page votes and purging contacts.

References look like LO-2026-00042: sequential within a year and never reused. The year's
counter row is locked while a number is taken, so submissions at the same moment on any number
of app servers each get their own number.
"""

import re
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import signing
from django.db import transaction
from django.db.models import Count, Max, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from coproduction.models import Feedback, FeedbackReply, ListingReport, PageVote, ReferenceCounter, YouSaidWeDid
from coproduction.working_days import add_working_days
from localoffer.content.crisis import crisis_panel_for, crisis_text
from localoffer.core.mail import email_queue
from localoffer.core.work_alerts import work_arrived

VOTE_SALT = "coproduction.page-vote"


def reference_next(*, year=None):
    """Take the next reference of the year, LO-<year>-<5 digits>; call inside a transaction."""
    year = year or timezone.localdate().year
    ReferenceCounter.objects.bulk_create([ReferenceCounter(year=year)], ignore_conflicts=True)
    counter = ReferenceCounter.objects.select_for_update().get(year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"LO-{year}-{counter.last_number:05d}"


def due_on(*, kind, received):
    """The date a reply is due: FEEDBACK_RESPONSE_WORKING_DAYS[kind] working days after it arrived."""
    days = settings.FEEDBACK_RESPONSE_WORKING_DAYS.get(kind, settings.FEEDBACK_RESPONSE_WORKING_DAYS["complaint"])
    return add_working_days(start=received, days=days)


@transaction.atomic
def feedback_submit(*, kind, about, message, who="", name="", email="", service=None):
    """Save feedback with its reference and due date; email the reference when an address was given."""
    today = timezone.localdate()
    crisis = crisis_panel_for(text=message)
    urgent = crisis is not None
    feedback = Feedback.objects.create(
        reference=reference_next(year=today.year),
        kind=kind,
        about=about,
        message=message,
        who=who,
        name=name,
        email=email,
        service=service,
        due_on=due_on(kind=kind, received=today),
        urgent=urgent,
    )
    if email:
        email_queue(
            to=email,
            subject=f"We have received your feedback: {feedback.reference}",
            body=render_to_string(
                "coproduction/email/feedback-received.txt",
                {"item": feedback, "crisis": crisis_text(crisis) if crisis else ""},
            ),
            purpose="feedback-received",
        )
    work_arrived(
        kind="feedback",
        title=f"{feedback.reference} ({feedback.get_kind_display().lower()})",
        admin_path=reverse("admin:coproduction_feedback_change", args=[feedback.pk]),
        urgent=urgent,
    )
    return feedback


@transaction.atomic
def listing_report_submit(*, service, problem, description, email="", wants_reply=False):
    """Save a report of a wrong listing against its service, with a reference and a due date."""
    today = timezone.localdate()
    crisis = crisis_panel_for(text=description)
    urgent = crisis is not None
    report = ListingReport.objects.create(
        reference=reference_next(year=today.year),
        service=service,
        problem=problem,
        description=description,
        email=email,
        wants_reply=bool(wants_reply and email),
        due_on=due_on(kind="listing-report", received=today),
        urgent=urgent,
    )
    if email:
        email_queue(
            to=email,
            subject=f"We have received your report: {report.reference}",
            body=render_to_string(
                "coproduction/email/report-received.txt",
                {"item": report, "crisis": crisis_text(crisis) if crisis else ""},
            ),
            purpose="feedback-report-received",
        )
    work_arrived(
        kind="problem-reports",
        title=f"{report.reference}: a problem with {service.name}",
        admin_path=reverse("admin:coproduction_listingreport_change", args=[report.pk]),
        urgent=urgent,
    )
    return report


GREETING = re.compile(r"^\s*(hello|hi|dear|good (morning|afternoon|evening)|greetings)\b", re.IGNORECASE)


def original_message(item):
    """What the person wrote to us: a feedback message, or a listing report's description."""
    return item.description if isinstance(item, ListingReport) else item.message


def reply_email(*, item, text):
    """The reply email as it will be sent: (subject, body); what staff preview before sending.

    An officer who starts with their own greeting ("Dear Ms Smith") gets no second one above it.
    Below the reply, what the person wrote is quoted, and the email ends with the team's name and phone.
    """
    noun = "report" if isinstance(item, ListingReport) else "feedback"
    subject = f"Our reply to your {noun}: {item.reference}"
    quoted = "\n".join(f"> {line}".rstrip() for line in original_message(item).strip().splitlines())
    body = render_to_string(
        "coproduction/email/feedback-reply.txt",
        {
            "item": item,
            "text": text.strip(),
            "noun": noun,
            "greet": not GREETING.match(text),
            "quoted": quoted,
            "received": timezone.localtime(item.created_at) if item.created_at else None,
            "team_name": settings.LOCAL_OFFER_TEAM_NAME,
            "team_phone": settings.CONTACT_PHONE,
        },
    )
    return subject, body


def _reply_link(item):
    return {"listing_report": item} if isinstance(item, ListingReport) else {"feedback": item}


@transaction.atomic
def reply_send(*, item, text, by, now=None):
    """Keep a reply on the item, email it when they gave an address, and mark the item answered.

    Every reply is a dated entry of its own, so a second never replaces the first. The reply is
    saved before its email is queued, like every email. Sending the same text twice within a
    minute (a double click) keeps one reply. Returns the FeedbackReply.
    """
    now = now or timezone.now()
    item = type(item).objects.select_for_update().get(pk=item.pk)
    text = text.strip()
    latest = FeedbackReply.objects.filter(**_reply_link(item)).order_by("-sent_at", "-pk").first()
    if latest and latest.text == text and latest.author_id == by.pk and now - latest.sent_at < timedelta(minutes=1):
        return latest
    reply = FeedbackReply.objects.create(
        **_reply_link(item), author=by, author_name=staff_name(by), text=text, sent_at=now, emailed=bool(item.email)
    )
    item.replied_at = now
    if item.is_open:
        item.status = item.Status.ANSWERED
    item.save(update_fields=["replied_at", "status"])
    if item.email:
        subject, body = reply_email(item=item, text=text)
        email_queue(to=item.email, subject=subject, body=body, purpose="feedback-reply")
    return reply


def staff_name(user):
    """How staff are named to each other: their full name, or their username when they have none."""
    return (user.get_full_name() or user.username) if user else ""


def owners_for(*, model, also=None):
    """Active staff who may triage `model`'s items (a role or their own account gives them the change
    permission), by name; `also` keeps someone who owns an item already in the list."""
    may_change = Permission.objects.filter(
        content_type__app_label=model._meta.app_label, codename=f"change_{model._meta.model_name}"
    )
    staff = get_user_model().objects.filter(is_active=True, is_staff=True)
    eligible = staff.filter(Q(user_permissions__in=may_change) | Q(groups__permissions__in=may_change))
    chosen = Q(pk__in=eligible.values("pk")) | (Q(pk=also.pk) if also else Q(pk__in=[]))
    return get_user_model().objects.filter(chosen).order_by("first_name", "last_name", "username")


def triage_hand_over(*, item, by):
    """Email an item's new owner that `by` has passed it to them, with where to find it; True when emailed.

    Staff hand feedback and listing reports to each other through the Owner list; this is how the
    person it was handed to hears about it. Nobody is emailed about what they took themselves.
    """
    owner = item.owner
    if owner is None or owner == by or not owner.email:
        return False
    meta = item._meta
    link = settings.SITE_URL + reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[item.pk])
    email_queue(
        to=owner.email,
        subject=f"{staff_name(by)} has passed {item.reference} to you",
        body=render_to_string(
            "coproduction/email/handed-over.txt", {"item": item, "owner": owner, "by": staff_name(by), "link": link}
        ),
        purpose="staff-hand-over",
    )
    return True


def status_changed(*, item, now=None):
    """Keep `closed_at` in step with the status; the retention period counts from it."""
    now = now or timezone.now()
    if item.status == item.Status.CLOSED and not item.closed_at:
        item.closed_at = now
    elif item.status != item.Status.CLOSED:
        item.closed_at = None


def feedback_purge_contact(*, now=None, models=(Feedback, ListingReport)):
    """Erase names and emails on items closed, or answered, longer ago than the retention period; keep the comment.

    An answered item that nobody closes still has its contact details erased, counted from the reply.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["feedback_contact_after_closed"])
    erased = 0
    for model in models:
        erase = {"email": ""}
        if any(field.name == "name" for field in model._meta.fields):
            erase["name"] = ""
        finished = Q(status=model.Status.CLOSED, closed_at__lt=cutoff) | Q(
            status=model.Status.ANSWERED, replied_at__lt=cutoff
        )
        stale = model.objects.filter(finished).exclude(Q(email="") & (Q(name="") if "name" in erase else Q()))
        erased += stale.update(**erase)
    return erased


def page_vote_record(*, path, useful):
    """Store an anonymous vote for a page; returns a signed token that lets the voter add a comment."""
    vote = PageVote.objects.create(path=path, useful=useful)
    return signing.dumps(vote.pk, salt=VOTE_SALT)


def page_vote_comment(*, token, comment):
    """Add what went wrong to the vote the token names; False when the token is not valid."""
    try:
        pk = signing.loads(token, salt=VOTE_SALT, max_age=timedelta(hours=2))
    except signing.BadSignature:
        return False
    return PageVote.objects.filter(pk=pk, comment="").update(comment=comment) == 1


def page_votes_by_path():
    """Per page: yes and no counts and the latest vote, the pages with most "no" answers first."""
    return (
        PageVote.objects.values("path")
        .annotate(
            yes=Count("pk", filter=Q(useful=True)),
            no=Count("pk", filter=Q(useful=False)),
            comments=Count("pk", filter=~Q(comment="")),
            latest=Max("created_at"),
        )
        .order_by("-no", "-latest")
    )


def you_said_we_did(*, theme=None):
    """Published entries, newest first, optionally for one theme (a Theme or None)."""
    entries = YouSaidWeDid.objects.filter(published=True).select_related("theme")
    if theme is not None:
        entries = entries.filter(theme=theme)
    return entries.order_by("-date", "-pk")
