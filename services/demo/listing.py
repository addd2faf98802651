"""The shapes of the demo directory: an organisation, a place and a listing, written as plain records.

The records themselves are data, in `data/*.toml` beside this file, read into these shapes.
"""

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def demo_records(*, file, table, shape):
    """Every `[[table]]` in data/<file>.toml as a `shape`; lists become tuples, as the shapes hold them."""
    with (DATA / f"{file}.toml").open("rb") as data:
        rows = tomllib.load(data)[table]
    return [
        shape(**{key: tuple(value) if isinstance(value, list) else value for key, value in row.items()}) for row in rows
    ]


@dataclass(frozen=True)
class Provider:
    """An organisation that runs services; its `answers` stand for each of its listings unless one says otherwise.

    `answers` are keyed by the short names in `services.demo.QUESTION_KEYS`.
    """

    key: str
    name: str
    description: str
    answers: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Venue:
    """A place where services happen; several listings may share one (a family hub, a clinic)."""

    key: str
    name: str
    address: str
    town: str
    postcode: str
    latitude: float
    longitude: float
    features: tuple = ()
    notes: str = ""


@dataclass(frozen=True)
class Listing:
    """One service as a family would read it.

    `delivery` names the ways it is offered ("in person, online, phone, home visits"); `times` is the weekly
    timetable ("Mon-Fri 09:00-17:00; Sat 10:00-12:00 (drop-in)"); `closed` is the notice of a temporarily
    closed service; `reviewed_days_ago` pins when it was last checked (otherwise some time this year).
    """

    name: str
    organisation: str
    summary: str
    description: str
    categories: tuple
    needs: tuple = ()
    ages: tuple = (0, 25)
    cost: str = "free"
    fees: str = ""
    access: str = "self"
    referral: str = ""
    eligibility: str = ""
    coverage: str = "locations"
    delivery: str = "in person"
    places: tuple = ()
    times: str = ""
    opening_notes: str = ""
    answers: dict = field(default_factory=dict)
    contact: str = ""
    reviewed_days_ago: int | None = None
    closed: str = ""
