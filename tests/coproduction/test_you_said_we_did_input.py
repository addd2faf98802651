"""Odd input on the public "You said, we did" page gets a clear answer, never a 500."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("theme", ["a\x00b", "../etc", "x" * 300, "'; drop table"])
def test_a_malformed_theme_is_a_page_not_found(client, theme):
    assert client.get("/co-production/you-said-we-did/", {"theme": theme}).status_code == 404
