"""What the centre gathers from the apps is a closed set, listed once in the code and once in the README."""

import re
from pathlib import Path

import pytest

from localoffer.core.discovery import CONVENTIONS, UnknownConvention, app_modules, declared

README = Path(__file__).resolve().parents[3] / "README.md"
ROW = re.compile(r"^\| `(\w+)(?:\.py)?`(?: or `\w+/`)? \| (.+?) \| .+ \|$")


def readme_conventions():
    """The discovery table in README "Layout": module name to the names it declares."""
    table = {}
    text = README.read_text()
    rows = text[text.index("| module in an app | declares |") :].split("\n\n")[0]
    for line in rows.splitlines():
        if match := ROW.match(line):
            table[match.group(1)] = set(re.findall(r"`(\w+)`", match.group(2)))
    return table


def test_the_readme_table_lists_exactly_the_conventions_in_the_code():
    table = readme_conventions()
    assert set(table) == set(CONVENTIONS)
    for module_name, names in CONVENTIONS.items():
        assert set(names) == table[module_name], module_name


def test_a_module_name_outside_the_conventions_is_refused():
    with pytest.raises(UnknownConvention):
        app_modules("helpers")
    with pytest.raises(UnknownConvention):
        declared("dashboard", "WIDGETS")
