"""App config for information pages, the glossary and news."""

from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "localoffer.content"
    label = "localoffer_content"
    verbose_name = "Site content"

    def ready(self):
        from localoffer.content import glossary  # noqa: F401  (connects the signals that refresh the glossary)
