"""CSV cells: text a spreadsheet would run as a formula is written with a ' before it, and read back as typed."""

import pytest

from localoffer.core.csv_safety import cell_escape, cell_unescape


@pytest.mark.parametrize("text", ["=HYPERLINK(1)", "+44 1202", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_text_a_spreadsheet_would_run_gets_a_quote_and_comes_back_as_typed(text):
    assert cell_escape(text) == "'" + text
    assert cell_unescape(cell_escape(text)) == text


@pytest.mark.parametrize("value", ["Swim club", "'quoted'", "", 7])
def test_other_text_is_written_and_read_unchanged(value):
    assert cell_escape(value) == str(value)
    assert cell_unescape(str(value)) == str(value)


def test_an_empty_value_is_an_empty_cell():
    assert cell_escape(None) == ""
