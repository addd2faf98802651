"""The demo easy-read pages, read from data/easy_read.toml: a full page's path, a title, an introduction, points."""

import tomllib
from pathlib import Path

with (Path(__file__).resolve().parent / "data" / "easy_read.toml").open("rb") as data:
    EASY_READ = tomllib.load(data)["easy_read"]
