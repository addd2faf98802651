"""Quick filters: the ones families use most (cost, place, age), each one tap away above the results on a phone.

The full filter panel still holds every filter; these are links (and one small age form) that add or
take away a single filter, so they work without JavaScript and need no "Apply".
"""

from dataclasses import dataclass

from services.models import Location, Service

QUICK_TOWNS = (Location.Town.BOURNEMOUTH, Location.Town.CHRISTCHURCH, Location.Town.POOLE)


@dataclass(frozen=True)
class QuickFilter:
    label: str
    query: str
    chosen: bool


def _toggled(values, value):
    return tuple(v for v in values if v != value) if value in values else (*values, value)


def quick_filters(*, params):
    """Links that switch "Free" and each town on or off, keeping the rest of the search."""
    links = [
        QuickFilter(
            "Free", params.query_string(cost=_toggled(params.cost, Service.Cost.FREE.value)), "free" in params.cost
        )
    ]
    for town in QUICK_TOWNS:
        links.append(
            QuickFilter(
                town.label, params.query_string(town=_toggled(params.town, town.value)), town.value in params.town
            )
        )
    return links


def quick_age_pairs(*, params):
    """The search as hidden fields for the quick age form: everything but the age, which the form asks for."""
    return [(name, value) for name, value in params.query_pairs() if name != "age"]
