"""How the site's centre finds what each app declares, the way the admin finds each app's admin.py.

An app that adds something site-wide (dashboard panels, retention rules, site search sections,
staff roles, demo data, admin additions) does so in a module of its own with a conventional name
(`dashboard.py`, `retention.py`, `site_search.py`, `roles.py`, `demo.py` or `demo/`,
`admin_additions.py`); the part of the site that gathers them asks for that module name here.
Nothing here, nor in the centre, names an app: what is installed decides.

The set of conventions is closed: `CONVENTIONS` lists every module name the centre gathers and what
each declares, README "Layout" has the same table (a test keeps them equal), and asking for any other
name is an error, so a new convention is added here, in the README and in one place only.
"""

import sys

from django.apps import apps
from django.utils.module_loading import autodiscover_modules

# module name in an app: what it may declare
CONVENTIONS = {
    "dashboard": ("PANELS",),
    "retention": ("RULES",),
    "site_search": ("RESULT_GROUPS", "QUERY_EXPANDERS", "SPELLING_SUGGESTERS", "VOCABULARY"),
    "roles": ("ROLES",),
    "demo": ("load", "loaded"),
    "admin_additions": ("INLINES",),
    "provider_reports": ("OPEN_REPORT_SOURCES",),
    "alert_sources": ("SOURCES",),
}


class UnknownConvention(LookupError):
    """A module name or declaration that is not in CONVENTIONS."""


def app_modules(module_name):
    """Each installed app's `<app>.<module_name>` module, in INSTALLED_APPS order (imported if need be)."""
    if module_name not in CONVENTIONS:
        raise UnknownConvention(f"{module_name!r} is not one of the discovery conventions: {sorted(CONVENTIONS)}")
    autodiscover_modules(module_name)
    found = []
    for app_config in apps.get_app_configs():
        module = sys.modules.get(f"{app_config.name}.{module_name}")
        if module is not None:
            found.append(module)
    return found


def declared(module_name, attribute):
    """Everything the installed apps list under `attribute` in their `module_name` modules, in app order."""
    if attribute not in CONVENTIONS.get(module_name, ()):
        raise UnknownConvention(f"{module_name}.py declares {CONVENTIONS.get(module_name)}, not {attribute!r}")
    items = []
    for module in app_modules(module_name):
        items.extend(getattr(module, attribute, ()))
    return items
