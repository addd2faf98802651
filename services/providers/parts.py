"""The parts of a listing a provider changes one at a time, each saved into the listing's one waiting change.

A part is some of the service's own fieldsets (see `forms.LISTING_FIELDSETS`), some of its rows
(places, opening times, steps) and perhaps the Local Offer answers. Saving a part replaces just
those in the change's proposed snapshot, so staff still review the whole listing in one change.
"""

from dataclasses import dataclass

from services.providers.forms import fieldset_names

ROW_KEYS = {"places": "locations", "times": "opening_times", "steps": "steps"}
OWN_KEYS = ("organisation", "categories", "needs")  # a snapshot's own keys, not under "service"


@dataclass(frozen=True)
class ListingPart:
    slug: str
    title: str
    hint: str
    fieldsets: tuple = ()
    rows: tuple = ()  # of ROW_KEYS
    answers: bool = False

    @property
    def keys(self):
        """The parts of a snapshot this part sets: "service.phone", "needs", "locations", "answers"."""
        names = [name for key in self.fieldsets for name in fieldset_names(key)]
        keys = [name if name in OWN_KEYS else f"service.{name}" for name in names]
        keys += [ROW_KEYS[row] for row in self.rows]
        return keys + (["answers"] if self.answers else [])


LISTING_PARTS = (
    ListingPart("about", "About the service", "Its name, summary, description and whether it is running", ("about",)),
    ListingPart("contact", "Contact details", "Who to contact, phone, email and website", ("contact",)),
    ListingPart("who", "Who it is for", "Ages, categories, needs and who can use it", ("who",)),
    ListingPart(
        "places-and-times",
        "Places and times",
        "Where it happens, how it is delivered, its places and opening times",
        ("where",),
        ("places", "times"),
    ),
    ListingPart("how-to-get-it", "How to get it", "Referral, cost and the steps to get it", ("how",), ("steps",)),
    ListingPart("answers", "Local Offer answers", "The questions the law asks every service", answers=True),
)

# The whole listing on one page: a new service, which has nothing to start from.
WHOLE_LISTING = ListingPart(
    "all",
    "The whole listing",
    "",
    tuple(key for part in LISTING_PARTS for key in part.fieldsets),
    tuple(row for part in LISTING_PARTS for row in part.rows),
    answers=True,
)


def part_by_slug(slug):
    """The part with this slug, or None."""
    return next((part for part in LISTING_PARTS if part.slug == slug), None)


def snapshot_value(snapshot, key):
    """One part of a snapshot dict by its key ("service.phone", "locations"); None when it is not there."""
    kind, _, name = key.partition(".")
    return (snapshot or {}).get(kind, {}).get(name) if name else (snapshot or {}).get(kind)


def part_changed(change, part):
    """True when the waiting change (if any) changes this part of the listing from where the provider began."""
    if change is None:
        return False
    return any(snapshot_value(change.original, key) != snapshot_value(change.proposed, key) for key in part.keys)
