"""URLs of the Open Referral UK 3.0 API, under /api/oruk/. A trailing slash is optional."""

from django.urls import re_path

from services import api

app_name = "oruk"

urlpatterns = [
    re_path(r"^$", api.root, name="root"),
    re_path(r"^openapi\.json$", api.openapi, name="openapi"),
    re_path(r"^services/?$", api.service_list, name="services"),
    re_path(r"^services/(?P<id>[^/]+)/?$", api.service_detail, name="service"),
    re_path(r"^taxonomies/?$", api.taxonomy_list, name="taxonomies"),
    re_path(r"^taxonomies/(?P<id>[^/]+)/?$", api.taxonomy_detail, name="taxonomy"),
    re_path(r"^taxonomy_terms/?$", api.taxonomy_term_list, name="taxonomy_terms"),
    re_path(r"^taxonomy_terms/(?P<id>[^/]+)/?$", api.taxonomy_term_detail, name="taxonomy_term"),
    re_path(r"^organizations/?$", api.organisation_list, name="organizations"),
    re_path(r"^organizations/(?P<id>[^/]+)/?$", api.organisation_detail, name="organization"),
    re_path(r"^service_at_locations/?$", api.service_at_location_list, name="service_at_locations"),
    re_path(r"^service_at_locations/(?P<id>[^/]+)/?$", api.service_at_location_detail, name="service_at_location"),
    re_path(r"^[\s\S]*$", api.not_found, name="not_found"),
]
