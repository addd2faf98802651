"""The OpenAPI 3.1 description of our Open Referral UK API: what we serve, with our parameters and limits.

Response bodies refer to the standard's published JSON Schemas rather than copying them.
"""

from services.oruk.queries import DEFAULT_PER_PAGE, MAX_AGE, MAX_PER_PAGE, MAX_PROXIMITY_METRES
from services.oruk.standard import SCHEMA_URL, VERSION

ERROR = {"$ref": "#/components/schemas/Error"}


def parameter(name, description, schema, where="query"):
    """An OpenAPI parameter; path parameters are required."""
    return {"name": name, "in": where, "required": where == "path", "description": description, "schema": schema}


UUID = {"type": "string", "format": "uuid"}
PAGING = [
    parameter("page", "Page number, from 1. A page past the last is empty.", {"type": "integer", "minimum": 1}),
    parameter(
        "per_page",
        f"Results per page (default {DEFAULT_PER_PAGE}; more than {MAX_PER_PAGE} is served as {MAX_PER_PAGE}).",
        {"type": "integer", "minimum": 1},
    ),
    parameter("format", "Only `json` is served.", {"type": "string", "enum": ["json"]}),
]
SEARCH = parameter(
    "search",
    "Words to look for in the name, summary and description, as on the website: every word must match, "
    "and SEND terms match their other names (ASD finds autism).",
    {"type": "string", "maxLength": 200},
)
SERVICE_FILTERS = [
    SEARCH,
    parameter("taxonomy_term_id", "Services with this category or need (or one under it, for a top-level term).", UUID),
    parameter("taxonomy_id", "Services with any term from this taxonomy (categories or areas of need).", UUID),
    parameter("organization_id", "Services run by this organisation.", UUID),
    parameter(
        "modified_after",
        "Services changed on or after this ISO 8601 date or date-time (UK time when no zone is given).",
        {"type": "string", "format": "date-time"},
    ),
    parameter(
        "minimum_age",
        "Services for anyone this age or older (the service's maximum age is at least this).",
        {"type": "integer", "minimum": 0, "maximum": MAX_AGE},
    ),
    parameter(
        "maximum_age",
        "Services for anyone this age or younger (the service's minimum age is at most this).",
        {"type": "integer", "minimum": 0, "maximum": MAX_AGE},
    ),
    parameter(
        "postcode", "With `proximity`: services with a place near this full or partial UK postcode.", {"type": "string"}
    ),
    parameter(
        "proximity",
        "With `postcode`: the greatest straight-line distance in metres.",
        {"type": "number", "exclusiveMinimum": 0, "maximum": MAX_PROXIMITY_METRES},
    ),
]


def schema_response(description, schema_file):
    """A 200 whose body is described by one of the standard's schemas."""
    return {"description": description, "content": {"application/json": {"schema": {"$ref": SCHEMA_URL + schema_file}}}}


def operation(operation_id, summary, schema_file, *, parameters=(), not_found=False):
    """A GET operation with its 200, 400 and (for one record) 404 answers."""
    responses = {
        "200": schema_response(summary, schema_file),
        "400": {"description": "A parameter is malformed.", "content": {"application/json": {"schema": ERROR}}},
    }
    if not_found:
        responses["404"] = {
            "description": "No record has this id.",
            "content": {"application/json": {"schema": ERROR}},
        }
    get = {"operationId": operation_id, "summary": summary, "parameters": list(parameters), "responses": responses}
    return {"get": get}


def by_id(what):
    """The path parameter of an endpoint that fetches one record."""
    return [parameter("id", f"The {what}'s UUID.", UUID, where="path")]


def openapi_document(*, server_url, site_url):
    """The description, with `server_url` the API's base (ending /api/oruk) and `site_url` the website."""
    full = parameter("full", "true (the default) for fully nested services; false for one-to-one fields only.",
                     {"type": "boolean", "default": True})  # fmt: skip
    minimal = parameter("minimal", "true for just each service's id and last_modified.", {"type": "boolean"})
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": "SEND Local Offer: Open Referral UK API",
            "version": VERSION,
            "summary": "The Bournemouth, Christchurch and Poole SEND Local Offer directory as Open Referral UK 3.0.",
            "description": "Read-only and open: no key is needed. Drafts are never shown; archived services are "
            'shown as inactive and temporarily closed ones as "temporarily closed". Categories and areas of '
            "need are the two taxonomies. Empty optional fields are left out. Responses may be cached for "
            f"five minutes. About this data: {site_url}/open-data/\n\n"
            "Extension: a fully nested service may carry `x_waits`, the waiting times it states (see the "
            "`ServiceWaits` schema). Open Referral UK 3.0 has no field for them; the schemas allow extra "
            "properties, so records still validate, and a consumer that does not know it can ignore it.",
            "contact": {"name": "SEND Local Offer team", "url": f"{site_url}/contact/"},
            "license": {
                "name": "Open Government Licence v3.0",
                "url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
            },
        },  # fmt: skip
        "servers": [{"url": server_url}],
        "paths": {
            "/": operation("getAPIMetaInformation", "The version and profile of this API.", "api_details.json"),
            "/services": operation(
                "getPaginatedListOfServices",
                "A page of services, fully nested unless full=false.",
                "service_list.json",
                parameters=[*SERVICE_FILTERS, *PAGING, full, minimal],
            ),
            "/services/{id}": operation(
                "getFullyNestedServiceById",
                "One fully nested service.",
                "service.json",
                parameters=by_id("service"),
                not_found=True,
            ),
            "/taxonomies": operation(
                "getPaginatedListOfTaxonomies", "Our two taxonomies.", "taxonomy_list.json", parameters=PAGING
            ),
            "/taxonomies/{id}": operation(
                "getTaxonomyById",
                "One taxonomy, with its terms.",
                "taxonomy.json",
                parameters=by_id("taxonomy"),
                not_found=True,
            ),
            "/taxonomy_terms": operation(
                "getPaginatedListOfTaxonomyTerms",
                "A page of categories and areas of need.",
                "taxonomy_term_list.json",
                parameters=[
                    SEARCH,
                    parameter("taxonomy_id", "Terms of this taxonomy.", UUID),
                    parameter("parent_id", "Terms directly under this term.", UUID),
                    parameter("top_only", "true for top-level terms only.", {"type": "boolean"}),
                    *PAGING,
                ],
            ),
            "/taxonomy_terms/{id}": operation(
                "getTaxonomyTermById",
                "One taxonomy term.",
                "taxonomy_term.json",
                parameters=by_id("taxonomy term"),
                not_found=True,
            ),
            "/organizations": operation(
                "getPaginatedListOfOrganizations",
                "A page of the organisations that run the services.",
                "organization_list.json",
                parameters=[SEARCH, *PAGING],
            ),
            "/organizations/{id}": operation(
                "getOrganizationById",
                "One organisation, with the id, name and status of each of its services.",
                "organization.json",
                parameters=by_id("organisation"),
                not_found=True,
            ),
            "/service_at_locations": operation(
                "getPaginatedListOfServiceAtLocation",
                "A page of the places where services happen; filters apply to their services.",
                "service_at_location_list.json",
                parameters=[*SERVICE_FILTERS, *PAGING],
            ),
            "/service_at_locations/{id}": operation(
                "getServiceAtLocationWithNestedDataById",
                "One service at a location, with its service's one-to-one fields.",
                "service_at_location.json",
                parameters=by_id("service at location"),
                not_found=True,
            ),
        },
        "components": {
            "schemas": {
                "ServiceWaits": {
                    "description": "Extension field `x_waits` of a fully nested service: the typical time from "
                    "referral (or first contact) to first appointment, one entry per wait the service states.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["typical_wait", "unit", "typical_wait_days", "updated", "updated_by"],
                        "properties": {
                            "label": {"type": "string", "description": "What the wait is for, when several."},
                            "typical_wait": {"type": "string", "description": "In words: about 18 months."},
                            "amount": {"type": "integer", "minimum": 1, "description": "Left out for none."},
                            "unit": {"type": "string", "enum": ["weeks", "months", "none"]},
                            "typical_wait_days": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "Roughly, in days (a month is 30); 0 for no waiting list.",
                            },
                            "updated": {"type": "string", "format": "date"},
                            "updated_by": {"type": "string", "enum": ["team", "provider"]},
                            "note": {"type": "string"},
                        },
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["status", "message"],
                    "properties": {
                        "status": {"type": "integer"},
                        "message": {"type": "string"},
                        "parameter": {"type": "string", "description": "The parameter at fault, for a 400."},
                    },
                },
            }
        },
    }
