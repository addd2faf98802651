"""What the Open Referral UK 3.0 standard fixes: its version, profile and schema addresses, the
taxonomies we publish, and how the ids of records that are not rows of their own are derived."""

import hashlib
import uuid
from dataclasses import dataclass

from services.models import Category, Need

VERSION = "HSDS-UK-3.0"
PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile"
SCHEMA_URL = "https://openreferraluk.org/specifications/3.0/schema/"
# Ids of records that are not rows of their own (contacts, phones, schedules, addresses...) are
# derived from their parent's UUID and this namespace, so they stay the same from one day to the next.
ID_NAMESPACE = uuid.UUID("dcd58f05-4195-4c8d-b303-82af06d92482")
NAMESPACE_BYTES = ID_NAMESPACE.bytes


@dataclass(frozen=True)
class Taxonomy:
    """One of our two vocabularies, published as an Open Referral taxonomy."""

    id: uuid.UUID
    model: type
    name: str
    description: str
    link_type: str  # what the term says about a service it is attached to


TAXONOMIES = (
    Taxonomy(
        id=uuid.UUID("5d5da495-ea1a-48aa-b1f7-37a1a13d2db0"),
        model=Category,
        name="SEND Local Offer categories",
        description="Kinds of provision in the SEND Local Offer (education, health, short breaks and so on), "
        "each with sub-categories.",
        link_type="service_type",
    ),
    Taxonomy(
        id=uuid.UUID("774fa90c-8d2c-4869-a3d2-1a72007b2d25"),
        model=Need,
        name="SEND areas of need",
        description="The four broad areas of need of the SEND Code of Practice (2015), with the specific needs "
        "under each. A service tagged with a need is for children and young people with that need.",
        link_type="eligibility",
    ),
)
TAXONOMY_FOR_MODEL = {taxonomy.model: taxonomy for taxonomy in TAXONOMIES}


def derived_id(parent_id, kind):
    """A stable UUID for a record that has no row of its own: `kind` of the record with `parent_id`."""
    return uuid.uuid5(ID_NAMESPACE, f"{parent_id}:{kind}")


def derived_id_text(parent_id, kind):
    """str(derived_id(parent_id, kind)), made straight from the name's SHA-1 (UUID version 5), as a page of
    records writes hundreds of them."""
    digest = bytearray(hashlib.sha1(NAMESPACE_BYTES + f"{parent_id}:{kind}".encode()).digest()[:16])  # noqa: S324
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
