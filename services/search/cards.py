"""Result cards: each service on a page of search results as the list shows it, made from the search index's
snapshot (no query) and kept per listing version, day and language.

A card is joined from format strings rather than rendered from a template: most of a search's results are
cards not yet made, and joining strings costs a small part of what the template language does. A card is the
whole list item, its shortlist button too, but for its distance from a postcode, which each search adds.
"""

import html
from dataclasses import dataclass, replace
from itertools import islice

import numpy as np
from django.template.defaultfilters import date
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from localoffer.core.addresses import address
from localoffer.core.translated import page_words
from services.models import Service
from services.models.service import ages_in_words
from services.search.params import TOWNS
from services.templatetags.directory import wait_stale_message

COSTS = dict(Service.Cost.choices)
PLACES = {town: label for town, label in TOWNS.items() if town not in ("area", "online")}  # a town's own name
CARDS_KEPT = 5000  # services whose result cards a worker keeps, at most (`page_services`)
# The card up to where its distance goes (for a search near a postcode), and after it; {waits} are CARD_WAIT.
CARD_TOP = """
<h3 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link" href="{url}">{name}</a></h3>
{closed}
<p class="govuk-body govuk-!-margin-bottom-2">{summary}</p>
<ul class="govuk-list govuk-body-s lo-result__facts">
  <li>Ages {ages}</li>
  <li>{cost}</li>
  <li>{where}</li>
  {waits}


  """
CARD_BOTTOM = """
</ul>
<p class="govuk-body-s lo-result__provider">Run by {organisation}</p>
"""
CARD_CLOSED = '<strong class="govuk-tag govuk-tag--yellow">{}</strong>'
# The list item around a card, up to where its distance goes and after it.
ITEM_BEFORE = """
            <li class="lo-result" id="result-{id}">
              {top}
              """
ITEM_AFTER = """
              {bottom}
              <div class="lo-result__shortlist lo-no-print">
                <button type="submit" form="shortlist-{id}" class="govuk-button govuk-button--secondary \
govuk-!-margin-bottom-0" data-module="govuk-button">{add}<span class="govuk-visually-hidden">: {name}</span></button>
                <!--on-shortlist:{id}-->
              </div>
            </li>
          """
CARD_WAIT = '\n  <li class="lo-wait">{wait}{label}: {text}, updated {day}{stale}</li>'


@dataclass
class ResultCard:
    """One result as the page lists it: the service's list item before and after its distance, made once per
    listing version, and its distance."""

    id: object
    name: str
    slug: str
    coverage: str
    before: str
    after: str
    distance: float | None = None


def page_services(*, index, positions, distances):
    """The cards for the services on this page, in order. Each worker makes a card on its first showing and
    keeps it with the index until its listing changes (`DirectoryIndex.updated` lets it go), the day ends or it
    is among those shown longest ago when the worker holds more than CARDS_KEPT: a card is joined from strings in
    a few hundredths of a millisecond, less than fetching it from the shared cache and storing it there would
    cost."""
    today = timezone.localdate()
    if index.cards_day != today:  # a card says when its wait has grown old
        index.cards, index.cards_day = {}, today
    kept = index.cards
    for position in positions:  # the cards shown last are kept longest; those shown longest ago go first (below)
        shown = kept.pop(position, None)
        if shown is not None:
            kept[position] = shown
    language = translation.get_language()  # a card holds the site's own words in the page's language
    missing = [position for position in positions if language not in kept.get(position, {})]
    if missing:
        for position, card in cards_make(index=index, positions=missing).items():
            kept.setdefault(position, {})[language] = card
    cards = []
    for position in positions:
        card = index.cards[position][language]
        distance = None if distances is None or np.isnan(distances[position]) else float(distances[position])
        cards.append(card if distance is None else replace(card, distance=distance))  # kept cards have none
    # A worker keeps the cards of at most CARDS_KEPT services, as searches over a large directory come to show
    # most of it (at 50,158 services, 20,403 cards after 2,500 searches, about 40 MB): those shown longest ago go.
    if len(kept) > CARDS_KEPT:
        for position in list(islice(kept, len(kept) - CARDS_KEPT * 3 // 4)):
            del kept[position]
    return cards


def escaped(value):
    """`value` as text for HTML, as Django's `escape` makes it, without its wrapping for lazy text: a card
    escapes a dozen values, and the wrapping costs more than the escaping."""
    return html.escape(str(value))


def cards_make(*, index, positions):
    """{slot: its card} for these slots of the index. A service page's address is reversed once for all of
    them: a slug is letters, digits, hyphens and underscores, which an address takes as they are."""
    before, _, after = address("services:detail", slug="slug").rpartition("slug")
    words = page_words()
    return {
        position: card_make(index=index, position=position, around=(before, after), words=words)
        for position in positions
    }


def card_make(*, index, position, around, words):
    """The card of the service in one slot of the index, from what the index read with it; `around` is what
    comes before and after a slug in a service page's address, `words` gettext (localoffer/core/translated.py)."""
    row = index.rows[position]
    if row.coverage == Service.Coverage.AREA_WIDE:
        where = escaped(words("Available across Bournemouth, Christchurch and Poole"))
    elif row.coverage == Service.Coverage.ONLINE:
        where = escaped(words("Online or by phone: available wherever you live"))
    else:
        where = ", ".join(escaped(label) for town, label in PLACES.items() if index.mask(("town", town))[position])
    top = CARD_TOP.format(
        url=escaped(f"{around[0]}{row.slug}{around[1]}"),
        name=escaped(row.name),
        closed=CARD_CLOSED.format(escaped(words("Temporarily closed"))) if row.closed else "",
        summary=escaped(row.summary),
        ages=escaped(ages_in_words(row.minimum_age, row.maximum_age)),
        cost=escaped(COSTS.get(row.cost, row.cost)),
        where=where,
        waits="".join(card_wait(wait, words=words) for wait in index.waits.get(position, ())),
    )
    bottom = CARD_BOTTOM.format(organisation=escaped(row.organisation))
    before = ITEM_BEFORE.format(id=escaped(row.id), top=top)
    after = ITEM_AFTER.format(
        bottom=bottom, id=escaped(row.id), add=escaped(words("Add to shortlist")), name=escaped(row.name)
    )
    return ResultCard(
        id=row.id, name=row.name, slug=row.slug, coverage=row.coverage,
        before=mark_safe(before), after=mark_safe(after),  # noqa: S308 - every value escaped above
    )  # fmt: skip


def card_wait(wait, *, words):
    """One of a card's facts: a wait the service states, with its date, saying plainly when it is old."""
    stale = wait_stale_message(wait)
    return CARD_WAIT.format(
        wait=escaped(words("Wait")),
        label=f" ({escaped(wait.label)})" if wait.label else "",
        text=escaped(wait.text),
        day=escaped(date(wait.updated_on, "j M Y")),
        stale=f". <strong>{escaped(stale)}</strong>" if stale else "",
    )
