"""Phone numbers and email addresses staff write in advice pages become links a phone can tap."""

import pytest

from localoffer.content.markdown import markdown_render


def html_of(text):
    return markdown_render(text).html


def test_phone_numbers_as_people_write_them_become_tel_links():
    html = html_of("Call 01202 123 456, (01202) 123456 or +44 1202 123456. Text 07700 900123.")
    assert '<a href="tel:01202123456">01202 123 456</a>' in html
    assert '<a href="tel:01202123456">(01202) 123456</a>' in html
    assert '<a href="tel:01202123456">+44 1202 123456</a>' in html
    assert '<a href="tel:07700900123">07700 900123</a>' in html


def test_email_addresses_become_mailto_links():
    html = html_of("Email send.team@bcp.example.org today.")
    assert '<a href="mailto:send.team@bcp.example.org">send.team@bcp.example.org</a> today' in html


@pytest.mark.parametrize(
    "text",
    ["In 2024 we saw 12345 families.", "Call 999 in an emergency.", "`01202 123456`",
     "[Call 01202 123456](tel:01202123456) or see [01202 654321](https://example.org)"],
)  # fmt: skip
def test_years_short_numbers_code_and_existing_links_are_left_alone(text):
    html = html_of(text)
    assert html.count("<a ") == text.count("](")


def test_a_number_in_a_heading_is_linked_but_never_inside_another_link():
    html = html_of("## Call 01202 123456\n\n<a href='tel:1'>01202 123456</a>")
    assert 'href="tel:01202123456"' in html
    assert "<a <a" not in html
