"""The demo information pages, read from data/pages.toml: (path, title, summary, body) for each.

A page's parent is the path above it. PHONE and EMAIL are replaced with the Local Offer team's contact
details when the pages are loaded.
"""

import tomllib
from pathlib import Path

with (Path(__file__).resolve().parent / "data" / "pages.toml").open("rb") as data:
    PAGES = [(page["path"], page["title"], page["summary"], page["body"]) for page in tomllib.load(data)["page"]]
