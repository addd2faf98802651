"""Template tags and filters for the directory's pages, and the search page's repeated parts.

The search page's repeated parts (filters and their choices, quick filters, result cards' list items,
shortlist forms, age lists) are functions joining strings: a results page has a few hundred of them.
The results' markup (services/search/results_html.py) calls them; they stay registered as tags so a
template can use them too.
"""

import html
from functools import lru_cache

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from localoffer.core.addresses import address

register = template.Library()


def escape(value):
    """A value as the template language puts it into a page: as it is when it is HTML already (marked safe),
    else escaped. Django's conditional_escape, without the wrapping for lazy values that costs more than the
    escaping (a results page escapes a hundred values)."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


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


CHECKBOX_BEFORE_TICK = (
    '<div class="govuk-checkboxes__item">'
    '<input class="govuk-checkboxes__input" id="{0}-{1}" name="{0}" type="checkbox" value="{1}"'
)
CHECKBOX_AFTER_TICK = '><label class="govuk-label govuk-checkboxes__label" for="{0}-{1}">{2} <span class="lo-count">('
CHECKBOX_END = ")</span></label></div>"


@lru_cache(maxsize=4096)
def checkbox_parts(name, value, label):
    """The escaped markup of one filter choice around its tick and its count, made once per process."""
    return format_html(CHECKBOX_BEFORE_TICK, name, value), format_html(CHECKBOX_AFTER_TICK, name, value, label)


def count_shown(count):
    """A count as the page shows it: 1,234 (intcomma, which only numbers past 999 need)."""
    return str(count) if 0 <= count < 1000 else count_with_commas(count, get_language())


@lru_cache(maxsize=4096)
def count_with_commas(count, language):
    """intcomma in `language`, the page's (a large directory's filter panel shows a hundred such counts, many the
    same from one search to the next)."""
    return str(intcomma(count))


def checkbox_markup(name, option):
    """One filter choice's markup as a GOV.UK small checkbox with its count, as plain text: a panel of a hundred
    is marked safe once."""
    before, after = checkbox_parts(name, str(option.value), str(option.label))
    return f"{before}{' checked' if option.selected else ''}{after}{option.count}{CHECKBOX_END}"


@register.simple_tag
def facet_checkboxes(name, options, *, children=False):
    """Every choice of one filter as checkboxes; with `children`, a term's sub-terms under it when expanded."""
    parts = []
    for option in options:
        parts.append(checkbox_markup(name, option))
        if children and option.children and option.expanded:
            inner = "".join(checkbox_markup(name, child) for child in option.children)
            parts.append(f'<div class="lo-facet__children">{inner}</div>')
    return mark_safe("".join(parts))  # noqa: S308 - each part escaped by format_html


@register.filter
def wait_stale_message(wait):
    """What a wait older than WAIT_STALE_MONTHS says ("This wait was last updated in June; ask the service"), or ""."""
    today = timezone.localdate()
    if not wait.is_stale(today=today):
        return ""
    when = f"{wait.updated_on:%B}" if wait.updated_on.year == today.year else f"{wait.updated_on:%B %Y}"
    return f"This wait was last updated in {when}; ask the service"


FACET_DETAILS = """

<details class="govuk-details lo-facet"{open}>
  <summary class="govuk-details__summary"><span class="govuk-details__summary-text">{legend}</span></summary>
  <div class="govuk-details__text">
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset"{described}>
        <legend class="govuk-fieldset__legend govuk-visually-hidden">{legend}</legend>{hint}
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {checkboxes}
        </div>
      </fieldset>
    </div>
  </div>
</details>
"""


@register.simple_tag
def facet_details(name, legend, options, *, hint=None, children=False):
    """One filter in the panel: a GOV.UK details that opens when a choice is ticked, holding its choices as
    small checkboxes with counts (`facet_checkboxes`). A filter with sub-terms (`children`) has no hint; any
    other has a line for one, which may be empty."""
    name, legend = escape(name), escape(legend)
    if children:
        described, hint_line = "", ""
    else:
        described = f' aria-describedby="{name}-hint"' if hint else ""
        hint_line = "\n        " + (f'<div class="govuk-hint" id="{name}-hint">{escape(hint)}</div>' if hint else "")
    return mark_safe(  # noqa: S308 - every value escaped here or by facet_checkboxes
        FACET_DETAILS.format(
            open=" open" if any_selected(options) else "",
            legend=legend,
            described=described,
            hint=hint_line,
            checkboxes=facet_checkboxes(name, options, children=children),
        )
    )


AGE_OPTION = '<option value="{0}"{1}>{2} year{3} old ('


@lru_cache(maxsize=256)
def age_option_start(value, label, selected):
    """The escaped start of one age choice, up to its count, made once per process."""
    selected = mark_safe(" selected") if selected else ""
    return format_html(AGE_OPTION, value, selected, label, "" if value == "1" else "s")


@register.simple_tag
def age_options(options):
    """The age filter's choices with their counts (a tag, not a loop in the template: it is on every search)."""
    parts = (
        age_option_start(str(option.value), str(option.label), option.selected)
        + f"{count_shown(option.count)})</option>"
        for option in options
    )
    return mark_safe("".join(parts))  # noqa: S308 - each part escaped by format_html


QUICK_FILTER = (
    '\n      <li><a class="govuk-link lo-quick-filter{chosen}" href="{search_url}?{query}#results-heading">'
    "{tick}{label}{note}</a></li>\n    "
)
QUICK_AGE_FIELD = '<input type="hidden" name="{}" value="{}" form="quick-age">'


@register.simple_tag
def quick_filter_links(quick_filters, search_url):
    """The quick filters as list items: links that switch one filter on or off, a chosen one ticked."""
    search_url, note = escape(search_url), gettext("(chosen, remove)")
    parts = []
    for quick in quick_filters:
        chosen = quick.chosen
        parts.append(
            QUICK_FILTER.format(
                chosen=" lo-quick-filter--chosen" if chosen else "",
                search_url=search_url,
                query=escape(quick.query),
                tick='<span aria-hidden="true">✓ </span>' if chosen else "",
                label=escape(quick.label),
                note=f'<span class="govuk-visually-hidden"> {note}</span>' if chosen else "",
            )
        )
    return mark_safe("".join(parts))  # noqa: S308 - escaped here


@register.simple_tag
def quick_age_fields(pairs):
    """The search as hidden fields of the quick age form, which asks only for the age."""
    return mark_safe("".join(QUICK_AGE_FIELD.format(escape(name), escape(value)) for name, value in pairs))  # noqa: S308


@register.simple_tag
def quick_age_options(ages, chosen):
    """The quick age list's choices, `chosen` selected (the same few strings on every search, made once)."""
    return quick_age_list(ages, chosen)


@lru_cache(maxsize=64)
def quick_age_list(ages, chosen):
    return mark_safe(  # noqa: S308 - numbers only
        "".join(f'<option value="{age}"{" selected" if age == chosen else ""}>{age}</option>' for age in ages)
    )


RESULT_DISTANCE = """
                <li><strong>{}</strong></li>
              """


def result_distance(card):
    """How far away a result is, for a search near a postcode: "2.5 miles away", "Countywide"."""
    if card.distance is not None:
        return f"{floatformat(card.distance, 1)} miles away"
    if card.coverage == "area":
        return gettext("Countywide")
    if card.coverage == "online":
        return gettext("Online")
    return gettext("No address listed")


@register.simple_tag
def result_items(cards, *, place):
    """The results as list items: each kept card (services/search/cards.py), with its distance when `place` (a
    postcode) is given; its shortlist button's form (`shortlist_forms`) sits outside the search form."""
    if not place:
        return mark_safe("".join(f"{card.before}{card.after}" for card in cards))  # noqa: S308 - our own renderings
    return mark_safe(  # noqa: S308 - the cards are our own renderings; the distance is escaped here
        "".join(f"{card.before}{RESULT_DISTANCE.format(escape(result_distance(card)))}{card.after}" for card in cards)
    )


SHORTLIST_FORM = """
  <form id="shortlist-{id}" method="post" action="{action}" novalidate><!--csrf-->
    <input type="hidden" name="service" value="{id}">
    <input type="hidden" name="next" value="{next}#result-{id}">
  </form>
"""


@register.simple_tag
def shortlist_forms(cards, *, back_to):
    """Each result's form that adds it to the shortlist and comes `back_to` the page at the result (the
    visitor's form token goes where <!--csrf--> is)."""
    action, back_to = escape(address("services:shortlist_add")), escape(back_to)
    forms = (SHORTLIST_FORM.format(id=escape(card.id), action=action, next=back_to) for card in cards)
    return mark_safe("".join(forms))  # noqa: S308 - escaped here


SHORTLIST_BUTTON = """
<form method="post" action="{action}" class="lo-shortlist-form lo-no-print" data-module="lo-shortlist" \
data-add-url="{add}" data-remove-url="{remove}" data-name="{name}" novalidate>
  {token}
  <input type="hidden" name="service" value="{pk}">
  <input type="hidden" name="next" value="{next}">
  <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" \
data-module="govuk-button">{label}<span class="govuk-visually-hidden">: {name}</span></button>
  <p class="govuk-body-s lo-shortlist-status" role="status">{status}</p>
</form>
"""
FORM_TOKEN = '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'  # noqa: S105 (markup, not a secret)


@register.simple_tag(takes_context=True)
def shortlist_button(context, *, pk, name, on_shortlist, next):  # noqa: A002 (the form's own field name)
    """The button that adds one service to the shortlist, or takes it off, for this visitor: a plain form post
    that the page's script enhances, coming back to `next` (a tag, not an include: it is on every service page)."""
    add, remove = escape(address("services:shortlist_add")), escape(address("services:shortlist_remove"))
    token = context.get("csrf_token")
    token_field = ""
    if token and token != "NOTPROVIDED":  # noqa: S105 (as {% csrf_token %} puts it in)
        token_field = FORM_TOKEN.format(escape(token))
    status = ""
    if on_shortlist:
        shortlist = escape(address("services:shortlist"))
        status = f'{gettext("On")} <a class="govuk-link" href="{shortlist}">{gettext("your shortlist")}</a>'
    return mark_safe(  # noqa: S308 - escaped here
        SHORTLIST_BUTTON.format(
            action=remove if on_shortlist else add,
            add=add,
            remove=remove,
            name=escape(name),
            token=token_field,
            pk=escape(pk),
            next=escape(next),
            label=gettext("Remove from shortlist") if on_shortlist else gettext("Add to shortlist"),
            status=status,
        )
    )
