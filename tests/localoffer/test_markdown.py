"""Staff markdown is rendered safely: formatting kept, anything that could run script removed."""

from localoffer.markdown import markdown_to_html


def test_headings_lists_links_and_tables_are_kept_with_headings_below_the_page_title():
    html = markdown_to_html(
        "# Getting help\n\nSee [the SENCO guide](https://example.org/senco).\n\n- one\n- two\n\n"
        "| Age | Who |\n| --- | --- |\n| 0-5 | Health visitor |\n"
    )
    assert "<h2" in html and "Getting help</h2>" in html
    assert "<h1" not in html
    assert '<a href="https://example.org/senco">the SENCO guide</a>' in html
    assert "<li>one</li>" in html
    assert "<table>" in html and "<td>Health visitor</td>" in html


def test_script_tags_and_event_handlers_never_reach_the_page():
    html = markdown_to_html('Hello <script>alert("x")</script> <img src=x onerror="alert(1)"> <b onclick="x()">hi</b>')
    assert "<script" not in html
    assert "alert" not in html
    assert "onerror" not in html and "onclick" not in html
    assert "<img" not in html


def test_javascript_links_are_removed():
    html = markdown_to_html("[click](javascript:alert(1))")
    assert "javascript:" not in html


def test_empty_text_renders_nothing():
    assert markdown_to_html("") == ""
    assert markdown_to_html(None) == ""
