"""The site's own words go through Django's translation files, so a translator needs no template."""

from django.template.loader import render_to_string
from django.utils import translation


def test_footer_words_come_from_the_polish_translation_file_when_polish_is_active():
    with translation.override("pl"):
        footer = render_to_string("includes/footer.html")
    assert "Deklaracja dostępności" in footer
    assert "Accessibility statement" not in footer


def test_footer_stays_in_english_by_default():
    footer = render_to_string("includes/footer.html")
    assert "Accessibility statement" in footer
    assert "Deklaracja" not in footer
