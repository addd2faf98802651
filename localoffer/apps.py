"""The project's own app: it owns the site's tables that have always been called `localoffer_*`.

The models themselves live with the part of the site they belong to (the email outbox in
`localoffer.core`, pages, glossary and news in `localoffer.content`), each with
`app_label = "localoffer"`; `localoffer/models.py` gathers them and `localoffer/migrations/`
holds their migrations, so existing databases, permissions and admin addresses are unchanged.
"""

from django.apps import AppConfig


class LocalOfferConfig(AppConfig):
    default = True
    default_auto_field = "django.db.models.BigAutoField"
    name = "localoffer"
    verbose_name = "Site"
