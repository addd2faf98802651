"""The directory as Open Referral UK 3.0 open data (https://openreferraluk.org).

`standard` holds what the standard fixes, `records` turns our models into the standard's JSON,
`queries` reads an API request's parameters and finds the records, `openapi` describes what we
serve. The views are in `services/api.py`.
"""

from services.oruk.standard import (
    ID_NAMESPACE,
    PROFILE_URL,
    SCHEMA_URL,
    TAXONOMIES,
    TAXONOMY_FOR_MODEL,
    VERSION,
    Taxonomy,
    derived_id,
)

__all__ = [
    "ID_NAMESPACE",
    "PROFILE_URL",
    "SCHEMA_URL",
    "TAXONOMIES",
    "TAXONOMY_FOR_MODEL",
    "Taxonomy",
    "VERSION",
    "derived_id",
]
