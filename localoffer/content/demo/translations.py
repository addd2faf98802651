"""The demo translations, read from data/translations.toml: a page's path, a language, title, summary, body."""

import tomllib
from pathlib import Path

with (Path(__file__).resolve().parent / "data" / "translations.toml").open("rb") as data:
    TRANSLATIONS = tomllib.load(data)["translation"]
