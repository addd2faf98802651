"""Template filters for the directory's pages."""

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def any_selected(options):
    """True when any choice in a filter, or under one, is ticked: `{% if options|any_selected %}`."""
    return any(option.selected or any_selected(getattr(option, "children", None) or ()) for option in options)


@register.filter
def clock(value):
    """A time the GOV.UK way: 9am, 9:30am, midday, 5:15pm."""
    if value is None:
        return ""
    if value.hour == 12 and value.minute == 0:
        return "midday"
    hour = value.hour % 12 or 12
    minutes = f":{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"


CHECKBOX = (
    '<div class="govuk-checkboxes__item">'
    '<input class="govuk-checkboxes__input" id="{0}-{1}" name="{0}" type="checkbox" value="{1}"{2}>'
    '<label class="govuk-label govuk-checkboxes__label" for="{0}-{1}">{3} <span class="lo-count">({4})</span></label>'
    "</div>"
)


@register.simple_tag
def facet_checkbox(name, option):
    """One filter choice as a GOV.UK small checkbox with its count (a tag, not an include: there are dozens)."""
    checked = mark_safe(" checked") if option.selected else ""
    return format_html(CHECKBOX, name, option.value, checked, option.label, option.count)


@register.simple_tag
def facet_checkboxes(name, options, *, children=False):
    """Every choice of one filter as checkboxes; with `children`, a term's sub-terms under it when expanded."""
    parts = []
    for option in options:
        parts.append(facet_checkbox(name, option))
        if children and option.children and option.expanded:
            inner = "".join(facet_checkbox(name, child) for child in option.children)
            parts.append(format_html('<div class="lo-facet__children">{}</div>', mark_safe(inner)))  # noqa: S308
    return mark_safe("".join(parts))  # noqa: S308 - each part escaped by format_html


@register.filter
def wait_stale_message(wait):
    """What a wait older than WAIT_STALE_MONTHS says ("This wait was last updated in June; ask the service"), or ""."""
    today = timezone.localdate()
    if not wait.is_stale(today=today):
        return ""
    when = f"{wait.updated_on:%B}" if wait.updated_on.year == today.year else f"{wait.updated_on:%B %Y}"
    return f"This wait was last updated in {when}; ask the service"


AGE_OPTION = '<option value="{0}"{1}>{2} year{3} old ({4})</option>'


@register.simple_tag
def age_options(options):
    """The age filter's choices with their counts (a tag, not a loop in the template: it is on every search)."""
    parts = (
        format_html(
            AGE_OPTION,
            option.value,
            mark_safe(" selected") if option.selected else "",
            option.label,
            "" if option.value == "1" else "s",
            intcomma(option.count),
        )
        for option in options
    )
    return mark_safe("".join(parts))  # noqa: S308 - each part escaped by format_html
