"""Staff screens for the directory, one module per part; importing them registers their admin classes.

`directory.py`: organisations, services with their places, times, answers, waits and steps, and the
taxonomies; `providers.py`: provider accounts and their changes waiting for approval; `reviews.py`,
`imports.py`, `searches.py`, `waits.py`, `printed.py`, `translations.py`: the rest.
"""

from services.admin import directory, printed, providers, searches, translations, waits  # noqa: F401
