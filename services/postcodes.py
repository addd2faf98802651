"""UK postcodes: tidy what people type, and find where a postcode is to measure distances.

Outward codes (BH23) come from `services/data/postcode_districts.csv`, approximate district
centroids for BCP and its neighbours that ship with the site. Full postcodes (BH23 1AA) come
from the PostcodeCentroid table when a council has loaded the ONS Postcode Directory
(`manage.py load_postcodes`); otherwise the postcode's district stands in for it.
"""

import csv
import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

DISTRICTS_FILE = Path(__file__).resolve().parent / "data" / "postcode_districts.csv"
OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
INWARD = r"[0-9][A-Z]{2}"
FULL_RE = re.compile(rf"^({OUTWARD}) ?({INWARD})$")
OUTWARD_RE = re.compile(rf"^({OUTWARD})$")
EARTH_RADIUS_MILES = 3958.8


class PostcodeError(ValueError):
    """A postcode that is malformed or that we cannot place; the message is for the person who typed it."""


@dataclass(frozen=True)
class Place:
    """Where a postcode is; `label` is what to show ("BH23 1AA", or "BH23" for a district)."""

    label: str
    latitude: float
    longitude: float
    exact: bool


def postcode_normalise(text):
    """The postcode in its standard form ("bh231aa" -> "BH23 1AA", " bh23 " -> "BH23"), or PostcodeError."""
    compact = re.sub(r"\s+", "", str(text or "")).upper()
    if match := FULL_RE.match(compact):
        return f"{match.group(1)} {match.group(2)}"
    if OUTWARD_RE.match(compact):
        return compact
    raise PostcodeError("Enter a full postcode, like BH23 1AA, or the first half of one, like BH23.")


@functools.cache
def districts():
    """Outward code -> (latitude, longitude), read once from the file that ships with the site."""
    with DISTRICTS_FILE.open(newline="", encoding="utf-8") as handle:
        return {row["district"]: (float(row["latitude"]), float(row["longitude"])) for row in csv.DictReader(handle)}


def postcode_locate(*, text, quiet=False):
    """Where a typed postcode is, as a Place; PostcodeError when malformed or unknown (None if quiet)."""
    from services.models import PostcodeCentroid

    try:
        postcode = postcode_normalise(text)
        outward = postcode.split(" ")[0]
        if " " in postcode:
            found = PostcodeCentroid.objects.filter(postcode=postcode).values_list("latitude", "longitude").first()
            if found:
                return Place(label=postcode, latitude=found[0], longitude=found[1], exact=True)
        if outward in districts():
            latitude, longitude = districts()[outward]
            return Place(label=outward, latitude=latitude, longitude=longitude, exact=" " not in postcode)
        raise PostcodeError(
            f"We could not find {postcode}. Check it, or try the first half of a postcode in or near "
            "Bournemouth, Christchurch or Poole, like BH23."
        )
    except PostcodeError:
        if quiet:
            return None
        raise


def distance_miles(latitude1, longitude1, latitude2, longitude2):
    """Straight-line (great-circle) distance between two points, in miles."""
    phi1, phi2 = math.radians(latitude1), math.radians(latitude2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(longitude2 - longitude1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(a)))


def postcodes_save(*, rows):
    """Create or update full postcodes from (postcode, latitude, longitude) rows; returns how many were given."""
    from services.models import PostcodeCentroid

    PostcodeCentroid.objects.bulk_create(
        [PostcodeCentroid(postcode=postcode, latitude=lat, longitude=lon) for postcode, lat, lon in rows],
        update_conflicts=True,
        unique_fields=["postcode"],
        update_fields=["latitude", "longitude"],
    )
    return len(rows)
