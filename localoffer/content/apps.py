"""App config for information pages, the glossary and news."""

from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "localoffer.content"
    label = "localoffer_content"
    verbose_name = "Site content"

    def ready(self):
        from localoffer.content import (  # noqa: F401  (each connects its signals)
            easy_read,  # renew kept full pages that link to their easy-read versions
            glossary,  # refresh the glossary's matcher
            information,  # renew kept information pages
            news,  # renew kept news items
            translations,  # renew kept full pages that list their languages
        )
