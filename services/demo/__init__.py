"""Demo data for the services app, loaded by `manage.py seed_demo`: the listings, organisations and
places are data (`data/*.toml`), read into the shapes in `listing.py` and saved by `load.py`."""

from services.demo.load import DEMO_PROVIDER_EMAIL, QUESTION_KEYS, load, loaded

__all__ = ["DEMO_PROVIDER_EMAIL", "QUESTION_KEYS", "load", "loaded"]
