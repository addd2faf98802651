"""The results page's main content (search form, filter panel, results), joined from format strings.

A search is rendered once per directory version and kept, but families' searches are nearly all different,
so most are rendered for the first time; joining strings costs a small part of what the template language
did for the same markup (as for result cards, services/search/cards.py, and the service page,
services/service_detail.py). Every value is escaped as Django's templates escape one, and the site's own
words go through gettext as {% translate %} put them in; tests/services/test_results_html.py holds the
markup to what the template made. The visitor's form token goes where <!--csrf--> is (services/views.py).
"""

from django.contrib.humanize.templatetags.humanize import intcomma
from django.template.defaultfilters import urlencode
from django.urls import reverse
from django.utils.safestring import mark_safe

from localoffer.content.markdown import render_markdown
from localoffer.content.templatetags.localoffer import pagination
from localoffer.core.addresses import address
from localoffer.core.translated import page_words
from services.service_detail import escape  # as the template language put a value in
from services.templatetags.directory import (
    age_options,
    facet_details,
    quick_age_fields,
    quick_age_options,
    quick_filter_links,
    result_items,
    shortlist_forms,
)

EXACT = '<input type="hidden" name="spelling" value="exact">'
AGE_LABEL = "Child or young person's age"
FEATURE_HINT = "Venues with every feature you choose"


def plural(count):
    return "" if count == 1 else "s"


def results_html(
    *,
    results,
    params,
    term,
    field,
    term_children,
    clear_query,
    exact_query,
    page_query,
    quick_filters,
    quick_age_pairs,
    quick_ages,
    shortlist_next,
):
    """The results page's main content for `results` (services/search/results.py) read as `params`, on a
    category's or need's own page when `term` (of `field`) is given."""
    search_url, words = escape(address("services:search")), page_words()
    parts = [
        crisis_panel(words, results.crisis),
        error_summary(words, results.errors) if results.errors else "",
        heading(words, term=term, field=field, children=term_children),
        search_fields(words, results=results, params=params, search_url=search_url),
        filter_panel(words, results=results, params=params, search_url=search_url),
        '\n    <div class="govuk-grid-column-two-thirds">\n      ',
        quick_filter_list(
            words,
            quick_filters=quick_filters,
            pairs=quick_age_pairs,
            ages=quick_ages,
            age=params.age,
            search_url=search_url,
        ),
        results_heading(words, results=results, params=params, search_url=search_url, exact_query=exact_query),
        reading(words, results=results, params=params),
        active_filters(words, results=results, params=params, search_url=search_url, clear_query=clear_query),
        sort_choice(words, results.sorts, search_url=search_url) if len(results.sorts) > 1 and results.services else "",
        (
            result_list(words, results=results, page_query=page_query)
            if results.services
            else nothing_found(
                words,
                results=results,
                params=params,
                search_url=search_url,
                page_query=page_query,
                clear_query=clear_query,
            )
        ),
        "\n    </div>\n  </div>\n</form>\n",
        f'<form id="quick-age" action="{search_url}#results-heading" method="get" novalidate></form>\n',
        shortlist_forms(results.services, back_to=shortlist_next),
        "\n",
    ]
    return mark_safe("".join(parts))  # noqa: S308 (every value escaped above)


def crisis_panel(words, crisis):
    """The crisis line, 999 and where to go now, above everything else when the words are of a crisis."""
    if not crisis:
        return "\n"
    body = render_markdown(crisis.body, glossary=False).html
    return (
        '\n<div class="govuk-notification-banner lo-crisis-panel" role="region" aria-labelledby="crisis-panel-title" '
        'data-module="govuk-notification-banner" id="crisis-panel">\n'
        '  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" '
        f'id="crisis-panel-title">{words("Urgent help")}</h2></div>\n'
        '  <div class="govuk-notification-banner__content">\n'
        f'    <p class="govuk-notification-banner__heading">{escape(crisis.heading)}</p>\n'
        f'    <div class="lo-prose">{escape(body)}</div>\n'
        "  </div>\n</div>\n"
    )


def error_summary(words, errors):
    """GOV.UK's error summary: each field typed wrongly, linked to the field."""
    items = "".join(f'<li><a href="#{escape(name)}">{escape(message)}</a></li>' for name, message in errors.items())
    return (
        '\n  <div class="govuk-error-summary" data-module="govuk-error-summary">\n    <div role="alert">\n'
        f'      <h2 class="govuk-error-summary__title">{words("There is a problem")}</h2>\n'
        '      <div class="govuk-error-summary__body">\n'
        f'        <ul class="govuk-list govuk-error-summary__list">\n          {items}\n        </ul>\n'
        "      </div>\n    </div>\n  </div>\n"
    )


def heading(words, *, term, field, children):
    """The page's heading: the category's or need's name, what it is and its sub-terms; else "Find services"."""
    if not term:
        return f'\n\n  <h1 class="govuk-heading-l">{words("Find services")}</h1>\n\n\n'
    if term.parent:
        caption = escape(term.parent.name)
    else:
        caption = words("Area of need") if field == "need" else words("Category")
    parts = [
        f'\n\n  <span class="govuk-caption-l">{caption}</span>\n',
        f'  <h1 class="govuk-heading-xl">{escape(term.name)}</h1>\n',
        f'  <p class="govuk-body-l">{escape(term.description)}</p>\n' if term.description else "",
    ]
    if children:
        name = "services:need" if field == "need" else "services:category"
        title = words("Specific needs") if field == "need" else f"Kinds of {escape(term.name.lower())} service"
        items = "".join(
            f'\n        <li><a class="govuk-link" href="{escape(reverse(name, args=[child.value]))}">'
            f'{escape(child.label)}</a> <span class="lo-count">({escape(child.count)} '
            f"service{plural(child.count)})</span></li>\n      "
            for child in children
        )
        parts.append(
            f'    <h2 class="govuk-heading-m">{title}</h2>\n'
            f'    <ul class="govuk-list lo-term-children">\n      {items}\n    </ul>\n'
        )
    parts.append("\n\n")
    return "".join(parts)


def field_error(words, name, message, *, control):
    """A field typed wrongly, as GOV.UK shows it: (its message line, the group's, the control's (an "input" or
    "select") and the aria-describedby's extra classes or ids), all empty when `message` is."""
    if not message:
        return "", "", "", ""
    line = (
        f'<p id="{name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">{words("Error:")}'
        f"</span> {escape(message)}</p>"
    )
    return line, " govuk-form-group--error", f" govuk-{control}--error", f" {name}-error"


def search_fields(words, *, results, params, search_url):
    """The search form's opening and its keyword and postcode fields."""
    error_line, error_group, error_input, error_described = field_error(
        words, "postcode", results.errors.get("postcode"), control="input"
    )
    hidden = "".join(f'<input type="hidden" name="near" value="{escape(town)}">' for town in params.near)
    return (
        f'<form action="{search_url}" method="get" class="lo-directory" id="search-form" novalidate>\n'
        '  <div class="govuk-grid-row">\n    <div class="govuk-grid-column-full">\n'
        '      <div class="lo-search-fields">\n        <div class="govuk-form-group">\n'
        f'          <label class="govuk-label govuk-label--s" for="q">{words("Search by keyword")}</label>\n'
        f'          <div class="govuk-hint" id="q-hint">{words("For example: autism or short breaks")}</div>\n'
        f'          <input class="govuk-input" id="q" name="q" type="search" value="{escape(params.q)}" '
        'aria-describedby="q-hint" spellcheck="true">\n'
        "        </div>\n"
        f'        <div class="govuk-form-group{error_group}">\n'
        '          <label class="govuk-label govuk-label--s" for="postcode">'
        f"{words('Near a postcode (optional)')}</label>\n"
        f'          <div class="govuk-hint" id="postcode-hint">{words("Like BH23 1AA, or just BH23")}</div>\n'
        f"          {error_line}\n"
        f'          <input class="govuk-input govuk-input--width-10{error_input}" id="postcode" name="postcode" '
        f'type="text" value="{escape(params.postcode)}" autocomplete="postal-code" spellcheck="false" '
        f'aria-describedby="postcode-hint{error_described}">\n'
        "        </div>\n"
        f"        {EXACT if params.exact else ''}\n"
        f"        {hidden}\n"
        '        <button type="submit" class="govuk-button" data-module="govuk-button">'
        f"{words('Search')}</button>\n"
        "      </div>\n    </div>\n  </div>\n\n"
    )


def filter_panel(words, *, results, params, search_url):
    """The filter panel: every filter with its counts, open when the age was typed wrongly."""
    facets = results.facets
    age_error = results.errors.get("age")
    error_line, error_group, error_select, error_described = field_error(words, "age", age_error, control="select")
    age_to = f'<input type="hidden" name="age_to" value="{escape(params.age_to)}">' if params.age_to is not None else ""
    chosen = f'<span class="govuk-visually-hidden">{words(": some filters are chosen")}</span>'
    return (
        '  <div class="govuk-grid-row">\n    <div class="govuk-grid-column-one-third lo-filters">\n'
        '      <a href="#results-heading" class="govuk-skip-link lo-skip-to-results" data-module="govuk-skip-link">'
        f"{words('Skip to results')}</a>\n"
        '      <details class="lo-filter-panel" id="filters" data-module="lo-filter-panel"'
        f"{' open' if age_error else ''}>\n"
        f"        <summary>{words('Filter results')}{chosen if params.has_filters else ''}</summary>\n"
        f"        {facet_details('category', 'Category', facets['category'], children=True)}\n"
        f"        {facet_details('need', 'Area of need', facets['need'], children=True)}\n"
        f'        <div class="govuk-form-group{error_group}">\n'
        f'          <label class="govuk-label govuk-label--s" for="age">{words(AGE_LABEL)}'
        "</label>\n"
        f'          <div class="govuk-hint" id="age-hint">{words("Shows services open to this age")}</div>\n'
        f"          {error_line}\n"
        f"          {age_to}\n"
        f'          <select class="govuk-select{error_select}" id="age" name="age" '
        f'aria-describedby="age-hint{error_described}">\n'
        f'            <option value="">{words("Any age")}</option>\n'
        f"            {age_options(facets['age'])}\n"
        "          </select>\n        </div>\n"
        f"        {facet_details('cost', 'Cost', facets['cost'])}\n"
        f"        {facet_details('town', 'Where', facets['town'])}\n"
        f"        {facet_details('delivery', 'How it is offered', facets['delivery'])}\n"
        f"        {facet_details('feature', 'Accessibility', facets['feature'], hint=FEATURE_HINT)}\n"
        f"        {facet_details('wait', 'Waiting time', facets['wait'], hint='As the services state it')}\n"
        f"        {facet_details('referral', 'Referral', facets['referral'])}\n"
        '        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" '
        f'formaction="{search_url}#results-heading">{words("Apply filters")}</button>\n'
        "      </details>\n    </div>\n"
    )


def quick_filter_list(words, *, quick_filters, pairs, ages, age, search_url):
    """The filters families use most, one tap each on a phone (services/search/quick.py)."""
    return (
        '\n<div class="lo-quick-filters">\n'
        f'  <h2 class="govuk-visually-hidden">{words("Quick filters")}</h2>\n'
        '  <ul class="lo-quick-filters__list">\n'
        f"    {quick_filter_links(quick_filters, search_url)}\n"
        '    <li class="lo-quick-age" data-module="lo-quick-age">\n'
        f"      {quick_age_fields(pairs)}\n"
        f'      <label class="govuk-label" for="quick-age-select">{words("Age")}</label>\n'
        '      <select class="govuk-select" id="quick-age-select" name="age" form="quick-age">\n'
        f'        <option value="">{words("Any")}</option>\n'
        f"        {quick_age_options(ages, age)}\n"
        "      </select>\n"
        '      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" '
        f'form="quick-age">{words("Show")}</button>\n'
        "    </li>\n  </ul>\n</div>\n\n"
    )


def results_heading(words, *, results, params, search_url, exact_query):
    """How many services were found, and the search instead for what was typed when its spelling was corrected."""
    matching = f" matching “{escape(params.q)}”" if params.q else ""
    parts = [
        f'      <h2 class="govuk-heading-m" id="results-heading" tabindex="-1">{escape(intcomma(results.total))} '
        f"service{plural(results.total)}{matching}</h2>\n      ",
    ]
    if results.corrected_from:
        parts.append(
            f'\n        <p class="govuk-body-l lo-suggestion">{words("Showing results for")} <strong>'
            f"{escape(params.q)}</strong>{words('. Search instead for')} "
            f'<a class="govuk-link" href="{search_url}?{escape(exact_query)}">{escape(results.corrected_from)}</a></p>'
            "\n      "
        )
    parts.append("\n      ")
    if results.age_beyond is not None:
        parts.append(
            '\n        <div class="govuk-inset-text lo-age-beyond">The Local Offer covers children and young people '
            f"aged 0 to 25, so we cannot show services only for someone aged {escape(results.age_beyond)}. These "
            "are the services for young adults up to 25 that match; some also help older adults. For adult social "
            "care, contact the council.</div>\n      "
        )
    return "".join(parts)


def reading(words, *, results, params):
    """What the search read from the words, each part removable; and the closest categories when it read no
    kind of help."""
    parts = ["\n      "]
    if results.understood_line:
        parts.append(
            f'\n        <p class="govuk-body lo-understood">{words("We read your search as:")} '
            f"<strong>{escape(results.understood_line)}</strong>{words('. Remove any part you do not want.')}</p>"
            "\n      "
        )
    elif results.understood:
        parts.append(
            '\n        <p class="govuk-body">'
            f"{words('We have read the place or age in your search as filters. Remove any you do not want.')}</p>"
            "\n      "
        )
    parts.append("\n      ")
    if results.suggestions:
        options = "".join(
            f'<li><a class="govuk-link" href="{escape(reverse("services:category", args=[option.value]))}">'
            f"{escape(option.label)}</a> ({escape(intcomma(option.count))} service{plural(option.count)} here)</li>"
            for option in results.suggestions
        )
        parts.append(
            '\n        <div class="govuk-inset-text lo-suggestions">\n          <p class="govuk-body">'
            + words(
                "We could not tell what kind of help you are looking for, so these services share words with "
                "your search. You could also look at:"
            )
            + '</p>\n          <ul class="govuk-list govuk-list--bullet">\n            '
            + options
            + f'\n            <li><a class="govuk-link" href="{escape(address("information"))}">'
            f"{words('information and advice')}</a> {words('for families, or')} "
            f'<a class="govuk-link" href="{escape(address("search"))}?q={escape(urlencode(params.q))}">'
            f"{words('the whole website')}</a> {words('for your words')}</li>\n"
            "          </ul>\n        </div>\n      "
        )
    parts.append("\n      ")
    if results.place:
        if results.sort == "relevance":
            sorted_by = words("Sorted by how well services match and how near they are to")
        else:
            sorted_by = words("Sorted by distance from")
        if results.place.exact:
            place = escape(results.place.label)
        else:
            place = f"the middle of the {escape(results.place.label)} postcode area"
        parts.append(
            f'\n        <p class="govuk-body">{sorted_by} {place}'
            f"{words('. Services offered across the whole area or online are listed too.')}</p>\n      "
        )
    parts.append("\n      ")
    return "".join(parts)


def active_filters(words, *, results, params, search_url, clear_query):
    """ "Your search": each filter chosen or read from the words, with a link that removes it."""
    if not results.active:
        return "\n      "
    remove = words("Remove")
    items = "".join(
        f"\n              <li>{escape(heading)}: <strong>{escape(label)}</strong> "
        f'<a class="govuk-link" href="{search_url}?{escape(query)}">{remove}<span class="govuk-visually-hidden"> '
        f"{escape(heading.lower())}: {escape(label)}</span></a></li>\n            "
        for heading, label, query in results.active
    )
    clear = (
        f'<p class="govuk-body"><a class="govuk-link" href="{search_url}?{escape(clear_query)}">'
        f"{words('Clear all filters')}</a></p>"
        if params.has_filters
        else ""
    )
    return (
        '\n        <div class="lo-active-filters">\n'
        '          <h3 class="govuk-heading-s govuk-!-margin-bottom-2">'
        f"{words('Your search')}</h3>\n"
        f'          <ul class="govuk-list">\n            {items}\n          </ul>\n'
        f"          {clear}\n        </div>\n      \n      "
    )


def sort_choice(words, sorts, *, search_url):
    """The sort list, when there is more than one way to sort the results."""
    options = "".join(
        f'<option value="{escape(value)}"{" selected" if selected else ""}>{escape(label)}</option>'
        for value, label, selected in sorts
    )
    return (
        '\n        <div class="govuk-form-group lo-sort">\n'
        f'          <label class="govuk-label" for="sort">{words("Sort by")}</label>\n'
        f'          <select class="govuk-select" id="sort" name="sort">\n            {options}\n          </select>\n'
        '          <button type="submit" class="govuk-button govuk-button--secondary lo-sort__button" '
        f'data-module="govuk-button" formaction="{search_url}#results-heading">{words("Sort")}</button>\n'
        "        </div>\n      "
    )


def result_list(words, *, results, page_query):
    """The results, the pages of them, and the links to an email alert and a booklet of them."""
    booklet = escape(address("printed:choose")) + (f"?search={escape(urlencode(page_query))}" if page_query else "")
    return (
        '\n        <ol class="govuk-list lo-results" aria-labelledby="results-heading">\n          '
        f"{result_items(results.services, place=results.place)}\n        </ol>\n        "
        f"{pagination(results.page, page_query)}\n"
        f'        <p class="govuk-body lo-no-print"><a class="govuk-link" href="{escape(address("alerts:new"))}?'
        f'{escape(page_query)}">{words("Email me when services like these are added or change")}</a></p>\n'
        f'        <p class="govuk-body lo-no-print"><a class="govuk-link" href="{booklet}">'
        f"{words('Print or download these results as a booklet')}</a></p>\n      "
    )


def nothing_found(words, *, results, params, search_url, page_query, clear_query):
    """What to do when no service matches: other words, fewer filters, the advice pages, the team, categories."""
    spelling = f"<li>{words('check the spelling or use fewer or different words')}</li>" if params.q else ""
    filters = (
        f'<li><a class="govuk-link" href="{search_url}?{escape(clear_query)}">{words("remove the filters")}</a></li>'
        if params.has_filters
        else ""
    )
    categories = ""
    if params.q and results.facets["category"]:
        links = "".join(
            f'<li><a class="govuk-link" href="{escape(reverse("services:category", args=[option.value]))}">'
            f"{escape(option.label)}</a></li>"
            for option in results.facets["category"]
        )
        categories = (
            f'\n          <h3 class="govuk-heading-s">{words("Or browse services by kind of help")}</h3>\n'
            f'          <ul class="govuk-list lo-browse-categories">\n            {links}\n          </ul>\n        '
        )
    return (
        f'\n        <p class="govuk-body">{words("No services match your search.")}</p>\n'
        f'        <p class="govuk-body">{words("You could:")}</p>\n'
        '        <ul class="govuk-list govuk-list--bullet">\n'
        f"          {spelling}\n"
        f"          {filters}\n"
        f'          <li>{words("read")} <a class="govuk-link" href="{escape(address("information"))}">'
        f"{words('information and advice')}</a> {words('about SEND, or')} "
        f'<a class="govuk-link" href="{escape(address("search"))}?q={escape(urlencode(params.q))}">'
        f"{words('search the whole website')}</a></li>\n"
        f'          <li><a class="govuk-link" href="{escape(address("contact"))}">'
        f"{words('contact the SEND Local Offer team')}</a>{words(', who can help you find support')}</li>\n"
        f"          <li>{words('browse the categories or read the advice below')}</li>\n"
        f'          <li><a class="govuk-link" href="{escape(address("alerts:new"))}?{escape(page_query)}">'
        f"{words('ask us to email you when services like these are added')}</a></li>\n"
        "        </ul>\n        "
        f"{categories}\n      "
    )
