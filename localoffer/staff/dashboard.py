"""The staff dashboard on the admin home: a panel for each thing that needs someone's attention.

Each app lists its panels in `PANELS` in its own `dashboard.py`, one `Panel` each: a title, the
permission a person needs to see it, the function (or its dotted path) that returns a queryset of
what needs attention, and where "see all" goes; optionally how each item is named and what is
noted beside it, both given the person looking (so that names appear only for those who may see
them). A person sees only the panels
their permissions allow.
"""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.module_loading import import_string

from localoffer.core.discovery import declared
from localoffer.core.mail import emails_needing_attention

ITEMS_SHOWN = 5


@dataclass(frozen=True)
class Panel:
    """One box on the dashboard."""

    title: str
    permission: str
    items: object  # a function called with no arguments (or its dotted path) returning a queryset
    see_all: tuple = ()  # (URL name, query string) of the admin list that shows every item
    note: callable = field(default=None)  # note(item, user=...): a short text beside each item, e.g. its due date
    label: callable = field(default=None)  # label(item, user=...): the item's link text; str(item) when not given
    summary: callable = field(default=None)  # summary(queryset): a sentence under the count, e.g. the oldest
    empty: str = "Nothing here."
    unit: tuple = ("item", "items")  # what is counted, singular and plural
    for_user: bool = False  # items(user=...) is given the person looking, for panels such as "assigned to me"


def email_note(email, *, user):
    if email.status == "given up":
        return f"given up after {email.attempts} attempts: {email.last_error[:60]}"
    if email.attempts:
        next_try = timezone.localtime(email.next_attempt_at)
        return f"failed {email.attempts} time(s), next try {next_try:%H:%M}: {email.last_error[:60]}"
    return f"waiting since {timezone.localtime(email.created_at):%-d %b %Y, %H:%M}: is the mail worker running?"


# This app's own panel; every other app lists its panels in its own dashboard.py (see `panels_declared`).
PANELS = [
    Panel(
        title="Emails waiting or failing",
        permission="localoffer.view_outboundemail",  # no role has it: the system owner's panel
        items=emails_needing_attention,
        see_all=("admin:localoffer_outboundemail_changelist", "status=unsent"),
        note=email_note,
        empty="Every email has been sent.",
        unit=("email", "emails"),
    ),
]


def panels_declared():
    """Every installed app's `PANELS`, from its dashboard.py, in INSTALLED_APPS order."""
    return declared("dashboard", "PANELS")


@dataclass
class PanelView:
    """A panel as one person sees it: how many, the first few with links, and a link to them all."""

    title: str
    count: int
    unit: str
    items: list  # (text, admin URL, note)
    see_all_url: str
    empty: str
    summary: str = ""


def _admin_change_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def dashboard_panels(*, user, panels=None):
    """The panels this person may see, filled in."""
    shown = []
    for panel in panels_declared() if panels is None else panels:
        if not user.has_perm(panel.permission):
            continue
        items_of = import_string(panel.items) if isinstance(panel.items, str) else panel.items
        queryset = items_of(user=user) if panel.for_user else items_of()
        first = list(queryset[:ITEMS_SHOWN])
        count = len(first) if len(first) < ITEMS_SHOWN else queryset.count()
        items = [
            (
                panel.label(obj, user=user) if panel.label else str(obj),
                _admin_change_url(obj),
                panel.note(obj, user=user) if panel.note else "",
            )
            for obj in first
        ]
        see_all_url = ""
        if panel.see_all:
            name, query = panel.see_all
            see_all_url = reverse(name) + (f"?{query}" if query else "")
        if panel.for_user and not count:
            continue  # "assigned to me" shows only when something is
        unit = panel.unit[0] if count == 1 else panel.unit[1]
        shown.append(
            PanelView(
                title=panel.title,
                count=count,
                unit=unit,
                items=items,
                see_all_url=see_all_url,
                empty=panel.empty,
                summary=panel.summary(queryset) if panel.summary and count else "",
            )
        )
    return shown
