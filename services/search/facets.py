"""Filtering and counting in one pass over the services a keyword matched.

Within a filter, choices combine with OR (autism or ADHD); across filters with AND. Accessibility
features are the exception: a family needing step-free access and a Changing Places toilet needs
both, so they combine with AND. Each choice's count is how many results there would be with that
choice ticked and every other filter as it is.
"""

from collections import Counter
from dataclasses import dataclass, field

from services.models.service import MAX_AGE

GROUPS = ("category", "need", "age", "cost", "town", "delivery", "feature", "referral")


@dataclass
class Row:
    """What filtering needs to know about one service."""

    id: object
    minimum_age: int
    maximum_age: int
    cost: str
    self_referral: bool
    coverage: str
    modes: frozenset
    rank: float
    name: str
    updated: object
    categories: set = field(default_factory=set)
    needs: set = field(default_factory=set)
    towns: set = field(default_factory=set)
    features: set = field(default_factory=set)
    distance: float | None = None
    points: list = field(default_factory=list)


@dataclass(frozen=True)
class Selection:
    """The chosen filters, as database ids and values; a top-level term stands for itself and its children."""

    category: frozenset = frozenset()
    need: frozenset = frozenset()
    age: int | None = None
    cost: frozenset = frozenset()
    town: frozenset = frozenset()
    delivery: frozenset = frozenset()
    feature: frozenset = frozenset()
    referral: bool = False


CHECKS = {
    "category": lambda row, chosen: bool(row.categories & chosen),
    "need": lambda row, chosen: bool(row.needs & chosen),
    "cost": lambda row, chosen: row.cost in chosen,
    "town": lambda row, chosen: bool(row.towns & chosen),
    "delivery": lambda row, chosen: bool(row.modes & chosen),
    "feature": lambda row, chosen: chosen <= row.features,  # every chosen feature
}


def passes(row, group, selection):
    """Whether a service meets one filter (always, when nothing is chosen in it)."""
    chosen = getattr(selection, group)
    if group == "age":
        return chosen is None or row.minimum_age <= chosen <= row.maximum_age
    if group == "referral":
        return not chosen or row.self_referral
    return not chosen or CHECKS[group](row, chosen)


def facet_filter(*, rows, selection):
    """The rows meeting every filter, and for each filter the count each of its choices would give."""
    matches = []
    counts = {group: Counter() for group in GROUPS if group != "age"}
    age_steps = [0] * (MAX_AGE + 2)
    for row in rows:
        failing = [group for group in GROUPS if not passes(row, group, selection)]
        if len(failing) > 1:
            continue
        if not failing:
            matches.append(row)
            counts["feature"].update(row.features)
        for group in failing or GROUPS:
            if group == "category":
                counts["category"].update(row.categories)
            elif group == "need":
                counts["need"].update(row.needs)
            elif group == "age":
                age_steps[row.minimum_age] += 1
                age_steps[row.maximum_age + 1] -= 1
            elif group == "cost":
                counts["cost"][row.cost] += 1
            elif group == "town":
                counts["town"].update(row.towns)
            elif group == "delivery":
                counts["delivery"].update(row.modes)
            elif group == "referral" and row.self_referral:
                counts["referral"][True] += 1
    running, ages = 0, Counter()
    for age in range(MAX_AGE + 1):
        running += age_steps[age]
        ages[age] = running
    counts["age"] = ages
    return matches, counts
