"""App config for the shared base: its management commands and what it gathers from the other apps."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "localoffer.core"
    label = "localoffer_core"
    verbose_name = "Site core"

    def ready(self):
        from localoffer.core.single_line import single_line_validators_install

        single_line_validators_install()
