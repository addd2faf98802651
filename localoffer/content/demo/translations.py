"""The demo translations, read from data/translations.toml: a page's path (or a news item's slug), a language,
title, summary, body."""

import tomllib
from pathlib import Path

with (Path(__file__).resolve().parent / "data" / "translations.toml").open("rb") as data:
    _DATA = tomllib.load(data)
TRANSLATIONS = _DATA["translation"]
NEWS_TRANSLATIONS = _DATA["news_translation"]
