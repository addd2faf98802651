"""Demo data for the content app, loaded by `manage.py seed_demo`: the pages, easy-read versions and
translations are data (`data/*.toml`), saved by `load.py` with the glossary, news and crisis panel."""

from localoffer.content.demo.load import load, loaded

__all__ = ["load", "loaded"]
