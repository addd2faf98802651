"""The main content of a service's page, the same for everyone, joined from format strings.

Rendered once per version of the listing and kept (services/service_page.py), but at tens of thousands of
listings nearly every visit to a page is its first, and joining strings costs a small part of what the template
language did for the same markup (as for result cards, services/search/cards.py). Every value is escaped as
Django's templates escape one, and the site's own words go through gettext as {% translate %} puts them in,
so the markup is what the page's templates made (tests/services/test_service_detail.py holds it to that). The
visitor's own shortlist button goes where ACTIONS is; whether the service is open now goes where OPEN_NOW is.
"""

import functools

from django.template.defaultfilters import capfirst, date, linebreaksbr, truncatechars
from django.utils.safestring import mark_safe

from localoffer.content.markdown import markdown_to_html
from localoffer.core.addresses import address
from localoffer.core.translated import page_words
from services.models import Location, Service
from services.templatetags.directory import clock, escape, wait_stale_message

ACTIONS = "<!-- actions -->"
OPEN_NOW = "<!-- open-now -->"


@functools.cache
def choice_labels(choices):
    return dict(choices.choices)


def choice_label(choices, value):
    """What get_FOO_display() gives for `value` of a field with `choices` (a TextChoices or IntegerChoices),
    without making its choices hashable afresh on every call."""
    return str(choice_labels(choices).get(value, value))


def service_detail_html(*, service, listing, week):
    """The page's main content for `service`, with `listing` its related rows as lists (waits, locations,
    answers, steps, needs, opening_times, categories) and `week` its opening times in a few words."""
    words = page_words()
    parts = [
        '\n<div class="lo-service">\n  <div class="lo-service__header">\n    ',
        closed_banner(words, service) if service.is_temporarily_closed else "",
        "\n    ",
        review_warning(words, service) if service.needs_review else "",
        HEADING.format(
            organisation=escape(service.organisation.name), name=escape(service.name), summary=escape(service.summary)
        ),
        "    ",
        key_facts(words, service=service, listing=listing, week=week),
        f"\n{ACTIONS}\n    ",
        waits_and_while_you_wait(words, service),
        "\n\n  </div>\n",
        contents(words, listing),
        '  <div class="lo-service__body">\n',
        contact(words, service),
        how_to_get_it(words, service=service, listing=listing),
        who_it_is_for(words, service=service, listing=listing),
        f'\n    <h2 class="govuk-heading-m" id="what">{words("What it offers")}</h2>\n'
        f'    <div class="lo-prose">{escape(service.description_as_html)}</div>\n',
        when_it_is_open(words, service=service, listing=listing),
        where_it_is(words, listing),
        local_offer_answers(words, listing),
        categories(words, service=service, listing=listing),
    ]
    return mark_safe("".join(parts))  # noqa: S308 (every value escaped above)


def closed_banner(words, service):
    """The banner that says the service is temporarily closed, and why."""
    note = f'<p class="govuk-body">{escape(service.status_note)}</p>' if service.status_note else ""
    return (
        '\n      <div class="govuk-notification-banner" role="region" aria-labelledby="closed-title" '
        'data-module="govuk-notification-banner">\n'
        '        <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" '
        f'id="closed-title">{words("Important")}</h2></div>\n'
        '        <div class="govuk-notification-banner__content">\n'
        '          <p class="govuk-notification-banner__heading">'
        f"{words('This service is temporarily closed.')}</p>\n"
        f"          {note}\n        </div>\n      </div>\n    "
    )


def review_warning(words, service):
    """The warning that the listing is overdue for its check."""
    return (
        '\n      <div class="govuk-warning-text">\n'
        '        <span class="govuk-warning-text__icon" aria-hidden="true">!</span>\n'
        '        <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">'
        f"{words('Warning')}</span>This information was last checked on "
        f"{escape(date(service.last_reviewed, 'j F Y'))} and was due to be checked again by "
        f"{escape(date(service.review_due, 'j F Y'))}. Contact the service to check it is still right before you "
        "go.</strong>\n      </div>\n    "
    )


HEADING = """
    <span class="govuk-caption-m">{organisation}</span>
    <h1 class="govuk-heading-l">{name}</h1>
    <p class="govuk-body-l lo-service__summary">{summary}</p>
"""


def key_facts(words, *, service, listing, week):
    """The key facts, right under the name and summary: what a family needs to decide and act, on the first
    phone screen."""
    return KEY_FACTS.format(
        key_facts=words("Key facts"),
        contact=words("Contact"),
        contact_links=key_contact(words, service),
        for_=words("For"),
        ages=escape(service.age_range),
        needs=key_needs(words, listing["needs"]),
        cost_label=words("Cost"),
        cost=escape(choice_label(Service.Cost, service.cost)),
        fees=f": {escape(truncatechars(service.fees, 45))}" if service.fees else "",
        where=words("Where"),
        places=key_places(words, service=service, places=listing["locations"]),
        when=words("When"),
        now=f"<strong>{words('Temporarily closed')}</strong>" if service.is_temporarily_closed else OPEN_NOW,
        week=key_week(words, listing=listing, week=week),
        how=words("How"),
        access=key_access(words, service),
    )


ROW = '\n    <div class="lo-key-facts__row">\n      <dt>{}</dt>\n      <dd>{}</dd>\n    </div>'
KEY_FACTS = (
    '\n<section class="lo-key-facts" aria-labelledby="key-facts-title">\n'
    '  <h2 class="govuk-visually-hidden" id="key-facts-title">{key_facts}</h2>\n'
    '  <dl class="lo-key-facts__list">'
    + ROW.format("{contact}", "\n        {contact_links}\n      ")
    + ROW.format("{for_}", "{ages}{needs}")
    + ROW.format("{cost_label}", "{cost}{fees}")
    + ROW.format("{where}", "\n        {places}\n      ")
    + ROW.format("{when}", "\n        {now}\n        {week}\n      ")
    + "\n    \n"  # a blank line, as the page has always had here
    + ROW.format("{how}", "{access}")
    + "\n  </dl>\n</section>\n"
)


def key_contact(words, service):
    """How to get in touch: the service's phone and email, or its organisation's, or where to look."""
    phone = service.phone or service.organisation.phone
    email = service.email or service.organisation.email
    call = ""
    if phone:
        call = (
            f'<a class="govuk-link lo-key-facts__call" href="tel:{escape(phone.replace(" ", ""))}">'
            f"Call {escape(phone)}</a>"
        )
    mail = ""
    if email:
        mail = (
            f'<a class="govuk-link lo-key-facts__email" href="mailto:{escape(email)}">{words("Email")}'
            f'<span class="govuk-visually-hidden"> {escape(email)}</span></a>'
        )
    other = ""
    if not phone and not email:
        if service.website:
            website = escape(service.website)
            other = f'<a class="govuk-link" href="{website}" rel="noopener">{words("Their website")}</a>'
        else:
            other = f'<a class="govuk-link" href="#contact">{words("See how to contact them")}</a>'
    return f"\n          {call}\n          {mail}\n          {other}\n        "


def key_needs(words, needs):
    """The first two needs the service is for, and how many more."""
    if not needs:
        return words(", any need")
    named = ", ".join(escape(need.name.lower()) for need in needs[:2])
    more = ""
    if len(needs) > 2:
        more = (
            f' {words("and")} <a class="govuk-link" href="#who">{len(needs) - 2} more'
            f'<span class="govuk-visually-hidden"> {words("needs")}</span></a>'
        )
    return f": {named}{more}"


def key_places(words, *, service, places):
    """The first three places, each with directions, or where the service is offered."""
    if not places:
        if service.coverage == Service.Coverage.LOCATIONS:
            where = words("Ask the service")
        else:
            where = escape(choice_label(Service.Coverage, service.coverage))
        modes = service.delivery_modes
        if modes:
            where += f" ({', '.join(escape(mode) for mode in modes)})"
        return f"\n          \n            {where}\n          \n        "
    items = "".join(
        f'\n                <li>{escape(place_name(words, location))}<span class="lo-no-print">:</span> '
        f'<a class="govuk-link lo-no-print" href="{escape(location.directions_url)}" rel="noopener">'
        f'{words("Get directions")}<span class="govuk-visually-hidden"> to {escape(location.name)}</span></a></li>\n'
        "              "
        for location in places[:3]
    )
    more = ""
    if len(places) > 3:
        count = len(places) - 3
        more = f'<li><a class="govuk-link" href="#where">{count} more place{"s" if count != 1 else ""}</a></li>'
    return (
        f'\n          \n            <ul class="lo-key-facts__places">\n              {items}\n              {more}\n'
        "            </ul>\n          \n        "
    )


def place_name(words, location):
    """Where a place is, as the key facts name it: its town, or its postcode when it is outside the area."""
    return location.postcode if location.town == Location.Town.ELSEWHERE else choice_label(Location.Town, location.town)


def key_week(words, *, listing, week):
    """The week's opening times in a few words, or a link to them when they take more."""
    if not listing["opening_times"]:
        return f'<a class="govuk-link" href="#when">{words("Ask the service")}</a>'
    if len(week) <= 40:
        return f'<span class="lo-key-facts__week">{escape(week)}</span>'
    return f'<a class="govuk-link" href="#when">{words("All opening times")}</a>'


def key_access(words, service):
    """Whether a family can ask for the service themselves, in a few words."""
    if service.access == Service.Access.PROFESSIONAL_REFERRAL:
        return words("A professional must refer you")
    if service.access == Service.Access.BOTH:
        return words("Contact them yourself, or ask a professional to refer you")
    return words("No referral needed: contact them yourself")


def waits_and_while_you_wait(words, service):
    """The service's waits, each saying plainly when it is old, and what helps while families wait."""
    waits = service.waits.all()
    others = service.while_you_wait_services.all()
    pages = service.while_you_wait_pages.all()
    if not (waits or others or pages):
        return "\n"
    stated = ""
    if waits:
        rows = "".join(wait_row(words, wait) for wait in waits)
        stated = (
            f'\n  <h2 class="govuk-heading-m">{words("How long the wait is")}</h2>\n'
            f'  <dl class="govuk-summary-list">\n    {rows}\n  </dl>\n  '
        )
    helping = ""
    if others or pages:
        services_items = "".join(
            f'<li><a class="govuk-link" href="{escape(other.get_absolute_url())}">{escape(other.name)}</a>: '
            f"{escape(other.summary)}</li>"
            for other in others
        )
        pages_items = "".join(
            f'<li><a class="govuk-link" href="{escape(page.get_absolute_url())}">{escape(page.title)}</a>: '
            f"{escape(page.summary)}</li>"
            for page in pages
        )
        helping = (
            f'\n  <h2 class="govuk-heading-s" id="while-you-wait">{words("While you wait")}</h2>\n'
            f'  <p class="govuk-body">{words("These can help in the meantime:")}</p>\n'
            f'  <ul class="govuk-list govuk-list--bullet">\n    {services_items}\n    {pages_items}\n  </ul>\n  '
        )
    return f'\n<div class="lo-waits" id="wait">\n  {stated}\n  {helping}\n</div>\n\n'


def wait_row(words, wait):
    """One wait the service states, with when it was updated and by whom, saying plainly when it is old."""
    label = f" for {escape(wait.label)}" if wait.label else ""
    note = f'<p class="govuk-body govuk-!-margin-bottom-1">{escape(wait.note)}</p>' if wait.note else ""
    stale = wait_stale_message(wait)
    warning = ""
    if stale:
        warning = (
            '\n          <div class="govuk-warning-text govuk-!-margin-bottom-0">\n'
            '            <span class="govuk-warning-text__icon" aria-hidden="true">!</span>\n'
            '            <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">'
            f"{words('Warning')}</span>{escape(stale)}.</strong>\n          </div>\n          "
        )
    return (
        '\n      <div class="govuk-summary-list__row">\n'
        f'        <dt class="govuk-summary-list__key">{words("Wait")}{label}</dt>\n'
        '        <dd class="govuk-summary-list__value">\n'
        '          <p class="govuk-body govuk-!-margin-bottom-1">'
        f"<strong>{escape(capfirst(wait.text))}</strong>, updated {escape(date(wait.updated_on, 'j M Y'))} "
        f"by {escape(str(choice_label(type(wait).UpdatedBy, wait.updated_by)).lower())}</p>\n"
        f"          {note}\n          {warning}\n        </dd>\n      </div>\n    "
    )


LIST_ITEM_BREAK = "\n      "


def contents(words, listing):
    """ "On this page": a link to each section the page has."""
    link = '<li><a class="govuk-link" href="#{}">{}</a></li>'
    sections = [
        link.format("wait", words("How long the wait is")) if listing["waits"] else "",
        link.format("contact", words("Contact")),
        link.format("how", words("How to get it")),
        link.format("who", words("Who it is for")),
        link.format("what", words("What it offers")),
        link.format("when", words("When it is open")),
        link.format("where", words("Where it is")) if listing["locations"] else "",
        link.format("local-offer", words("Local Offer information")) if listing["answers"] else "",
    ]
    return (
        '  <nav class="lo-service__contents lo-no-print" aria-labelledby="on-this-page">\n'
        f'    <h2 class="govuk-heading-s" id="on-this-page">{words("On this page")}</h2>\n'
        f'    <ul class="govuk-list">\n      {LIST_ITEM_BREAK.join(sections)}\n    </ul>\n'
        f'    <p class="govuk-body"><a class="govuk-link" href="{escape(address("services:shortlist"))}">'
        f"{words('Your shortlist')}</a></p>\n  </nav>\n"
    )


def contact(words, service):
    """The service's contact details in full."""
    name = f"<li>{escape(service.contact_name)}</li>" if service.contact_name else ""
    phone = ""
    if service.phone:
        phone = (
            f'<li>{words("Phone:")} <a class="govuk-link" href="tel:{escape(service.phone.replace(" ", ""))}">'
            f"{escape(service.phone)}</a></li>"
        )
    email = ""
    if service.email:
        email = (
            f'<li>{words("Email:")} <a class="govuk-link" href="mailto:{escape(service.email)}">'
            f"{escape(service.email)}</a></li>"
        )
    website = ""
    if service.website:
        own = words("(opens the service's own website)")
        website = (
            f'<li><a class="govuk-link" href="{escape(service.website)}" rel="noopener">{escape(service.name)} '
            f'website<span class="govuk-visually-hidden"> {own}</span></a></li>'
        )
    return (
        f'    <h2 class="govuk-heading-m" id="contact">{words("Contact")}</h2>\n'
        f'    <ul class="govuk-list">\n      {name}\n      {phone}\n      {email}\n      {website}\n'
        f"      <li>Run by {escape(service.organisation.name)}</li>\n    </ul>\n\n"
    )


def how_to_get_it(words, *, service, listing):
    """The steps to getting the service, the referral it needs, its cost and how and where it is offered."""
    steps = ""
    if listing["steps"]:
        items = "".join(
            f"\n          <li><strong>{escape(step.title)}</strong>"
            + (f' <span class="govuk-body-s">({escape(step.how_long)})</span>' if step.how_long else "")
            + (f"<br>{linebreaksbr(step.detail)}" if step.detail else "")
            + "</li>\n        "
            for step in listing["steps"]
        )
        steps = f'\n      <ol class="govuk-list govuk-list--number lo-steps">\n        {items}\n      </ol>\n    '
    if service.access == Service.Access.PROFESSIONAL_REFERRAL:
        referral = words("You need a referral from a professional.")
    elif service.access == Service.Access.BOTH:
        referral = words("You can contact the service yourself, or a professional can refer you.")
    else:
        referral = words("No referral needed: you can contact the service yourself.")
    details = ""
    if service.referral_details:
        details = (
            '<p class="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">'
            f"{linebreaksbr(service.referral_details)}</p>"
        )
    fees = f": {escape(service.fees)}" if service.fees else ""
    modes = capfirst(", ".join(escape(mode) for mode in service.delivery_modes)) or "Contact the service"
    coverage = escape(choice_label(Service.Coverage, service.coverage))
    if service.coverage == Service.Coverage.LOCATIONS and listing["locations"]:
        coverage = f'<a class="govuk-link" href="#where">{coverage}</a>'
    return HOW.format(
        how=words("How to get it"),
        steps=steps,
        referral_label=words("Referral"),
        referral=referral,
        details=details,
        cost_label=words("Cost"),
        cost=escape(choice_label(Service.Cost, service.cost)),
        fees=fees,
        offered=words("How it is offered"),
        modes=modes,
        where=words("Where"),
        coverage=coverage,
    )


SUMMARY_ROW = '<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">'
SUMMARY_VALUE = '</dt><dd class="govuk-summary-list__value">'
HOW = f"""    <h2 class="govuk-heading-m" id="how">{{how}}</h2>
    {{steps}}
    <dl class="govuk-summary-list">
      {SUMMARY_ROW}{{referral_label}}{SUMMARY_VALUE}
        {{referral}}
        {{details}}
      </dd></div>
      {SUMMARY_ROW}{{cost_label}}{SUMMARY_VALUE}{{cost}}{{fees}}</dd></div>
      {SUMMARY_ROW}{{offered}}{SUMMARY_VALUE}{{modes}}</dd></div>
      {SUMMARY_ROW}{{where}}{SUMMARY_VALUE}{{coverage}}</dd></div>
    </dl>
"""


def who_it_is_for(words, *, service, listing):
    """The ages and needs the service is for, and who can use it."""
    needs = listing["needs"]
    if needs:
        items = "".join(
            f'<li><a class="govuk-link" href="{escape(need.get_absolute_url())}">{escape(need.name)}</a></li>'
            for need in needs
        )
        needs_shown = f'<ul class="govuk-list">{items}</ul>'
    else:
        needs_shown = words("Open to children and young people with any need")
    eligibility = ""
    if service.eligibility:
        eligibility = (
            f"{SUMMARY_ROW}{words('Who can use it')}{SUMMARY_VALUE}{linebreaksbr(service.eligibility)}</dd></div>"
        )
    return (
        f'\n    <h2 class="govuk-heading-m" id="who">{words("Who it is for")}</h2>\n'
        '    <dl class="govuk-summary-list">\n'
        f"      {SUMMARY_ROW}{words('Ages')}{SUMMARY_VALUE}{escape(service.age_range)}</dd></div>\n"
        f"      {SUMMARY_ROW}{words('Needs')}{SUMMARY_VALUE}\n        {needs_shown}\n      </dd></div>\n"
        f"      {eligibility}\n    </dl>\n"
    )


def when_it_is_open(words, *, service, listing):
    """The weekly opening times in a table, and any notes."""
    times = listing["opening_times"]
    if times:
        rows = "".join(
            '\n            <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">'
            f"{escape(choice_label(type(time).Weekday, time.weekday))}</th>"
            f'<td class="govuk-table__cell">{escape(clock(time.opens))} to '
            f"{escape(clock(time.closes))}{f' ({escape(time.note)})' if time.note else ''}</td></tr>\n          "
            for time in times
        )
        shown = (
            '\n      <table class="govuk-table">\n'
            '        <caption class="govuk-table__caption govuk-visually-hidden">'
            f"{words('Opening times')}</caption>\n"
            '        <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" '
            f'class="govuk-table__header">{words("Day")}</th><th scope="col" class="govuk-table__header">'
            f"{words('Times')}</th></tr></thead>\n"
            f'        <tbody class="govuk-table__body">\n          {rows}\n        </tbody>\n      </table>\n    '
        )
    else:
        ask = words("Contact the service to find out when it is available.")
        shown = f'\n      <p class="govuk-body">{ask}</p>\n    '
    notes = f'<p class="govuk-body">{escape(service.opening_notes)}</p>' if service.opening_notes else ""
    return f'\n    <h2 class="govuk-heading-m" id="when">{words("When it is open")}</h2>\n    {shown}\n    {notes}\n\n'


def where_it_is(words, listing):
    """Each place the service is offered, with its address and accessibility."""
    locations = listing["locations"]
    if not locations:
        return "    \n\n"
    places = "".join(location_shown(words, location) for location in locations)
    return f'    \n      <h2 class="govuk-heading-m" id="where">{words("Where it is")}</h2>\n      {places}\n    \n\n'


def location_shown(words, location):
    """One place: its name, address and accessibility features and notes."""
    lines = "<br>".join(escape(line) for line in location.full_address)
    features = location.accessibility.all()
    if features:
        items = "".join(f"<li>{escape(feature.name)}</li>" for feature in features)
        accessibility = f'\n            <ul class="govuk-list govuk-list--bullet">{items}</ul>\n          '
    else:
        accessibility = (
            '\n            <p class="govuk-body">'
            f"{words('No accessibility information yet. Contact the service to ask.')}</p>\n          "
        )
    notes = f'<p class="govuk-body">{escape(location.accessibility_notes)}</p>' if location.accessibility_notes else ""
    return (
        '\n        <div class="lo-location">\n'
        f'          <h3 class="govuk-heading-s">{escape(location.name)}</h3>\n'
        f'          <p class="govuk-body">{lines}</p>\n'
        '          <h4 class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">'
        f"{words('Accessibility')}</h4>\n"
        f"          {accessibility}\n          {notes}\n        </div>\n      "
    )


def local_offer_answers(words, listing):
    """The service's answers to the Local Offer questions."""
    answers = listing["answers"]
    if not answers:
        return "    \n\n"
    shown = "".join(
        f'\n        <h3 class="govuk-heading-s">{escape(answer.question.question)}</h3>\n'
        f'        <div class="lo-prose">{escape(markdown_to_html(answer.answer))}</div>\n      '
        for answer in answers
    )
    return (
        f'    \n      <h2 class="govuk-heading-m" id="local-offer">{words("Local Offer information")}</h2>\n'
        f"      {shown}\n    \n\n"
    )


def categories(words, *, service, listing):
    """The service's categories, when it was last checked, and the link to report a problem."""
    items = "".join(
        f'<li><a class="govuk-link" href="{escape(category.get_absolute_url())}">'
        f"{f'{escape(category.parent.name)}: ' if category.parent else ''}{escape(category.name)}</a></li>"
        for category in listing["categories"]
    )
    return (
        f'    <h2 class="govuk-heading-m" id="categories">{words("Categories")}</h2>\n'
        f'    <ul class="govuk-list">\n      {items}\n    </ul>\n\n'
        f'    <p class="govuk-body lo-last-checked">Last checked: {escape(date(service.last_reviewed, "j F Y"))}</p>\n'
        f'    <p class="govuk-body lo-no-print"><a class="govuk-link" href="{escape(service.get_absolute_url())}'
        f'report-a-problem/">{words("Report a problem with this listing")}</a></p>\n  </div>\n</div>\n'
    )
