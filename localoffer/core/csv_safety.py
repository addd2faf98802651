"""CSV cells a spreadsheet shows as typed: the one rule for formulas, both ways.

A spreadsheet runs a cell that starts with one of `FORMULA_START` as a formula, so every CSV the
site writes puts a ' before such text (`cell_escape`), and an import takes it off again
(`cell_unescape`), so that a file exported and imported unchanged changes nothing.
"""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell_escape(value):
    """The text of a cell: empty for None, and a ' before text a spreadsheet would run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def cell_unescape(text):
    """A cell as it was before `cell_escape`: the ' before a formula's first character taken off."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text
