"""The site's own words go through Django's translation files, so a translator needs no template."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.functional import Promise

from coproduction import forms as coproduction_forms
from coproduction.forms import PledgeForm
from localoffer.content.models import PageTranslation
from localoffer.core import forms as core_forms
from tests.factories import make_information_page

# Every template's fixed words go through {% translate %} but these: staff's admin pages (in English), the
# directory's pages (still to do) and the packages' overrides.
NOT_YET_TRANSLATED = ("admin/", "coproduction/admin/", "services/", "simple_history/")


def test_footer_words_come_from_the_polish_translation_file_when_polish_is_active():
    with translation.override("pl"):
        footer = render_to_string("includes/footer.html")
    assert "Deklaracja dostępności" in footer
    assert "Accessibility statement" not in footer


def test_footer_stays_in_english_by_default():
    footer = render_to_string("includes/footer.html")
    assert "Accessibility statement" in footer
    assert "Deklaracja" not in footer


@pytest.mark.django_db
def test_a_polish_page_shows_the_sites_buttons_menus_and_questions_in_polish(client):
    page = make_information_page(title="Short breaks", slug="short-breaks", summary="Time away.", body="Clubs.")
    PageTranslation.objects.create(
        page=page, language="pl", title="Krótkie przerwy", summary="Czas poza domem.", body="Kluby.",
        made_by_person=True,
    )  # fmt: skip
    polish = client.get("/information/short-breaks/?lang=pl").content.decode()
    for words in ("Przejdź do głównej treści", "Znajdź usługi", "Informacje i porady", "Czy ta strona jest przydatna?"):
        assert words in polish
    assert ">Szukaj</button>" in polish and ">Wyślij</button>" in polish
    assert "Is this page useful?" not in polish and ">Search</button>" not in polish

    english = client.get("/information/short-breaks/").content.decode()
    assert "Is this page useful?" in english and ">Search</button>" in english
    assert "Czy ta strona" not in english


@pytest.mark.django_db
def test_a_forms_labels_and_error_messages_come_from_the_translation_file():
    with translation.override("pl"):
        form = PledgeForm(data={})
        assert not form.is_valid()
        assert form.errors["name"] == ["Wpisz swoje imię i nazwisko"]
        assert str(form.fields["email"].label) == "Adres e-mail"
        assert str(form.submit_text) == "Podpisz zobowiązanie"
    assert PledgeForm(data={}).errors["name"] == ["Enter your full name"]


def words_outside_translation(markup):
    """The letters a template would show that are not inside {% translate %} or {% blocktranslate %}."""
    markup = re.sub(r"\{% blocktranslate\b.*?%\}.*?\{% endblocktranslate %\}", "", markup, flags=re.S)
    markup = re.sub(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}|<[^>]+>", "", markup, flags=re.S)
    return markup.strip()


def test_every_button_in_the_translated_templates_has_its_words_in_the_translation_machinery():
    root = Path(settings.BASE_DIR) / "templates"
    paths = [p for p in sorted(root.glob("**/*.html")) if not str(p.relative_to(root)).startswith(NOT_YET_TRANSLATED)]
    assert len(paths) > 50
    untranslated = [
        (str(path.relative_to(root)), words_outside_translation(button))
        for path in paths
        for button in re.findall(r"<button\b[^>]*>(.*?)</button>", path.read_text(), flags=re.S)
        if words_outside_translation(button)
    ]
    assert untranslated == []


def test_every_public_forms_submit_button_is_translatable():
    forms = [
        form
        for module in (coproduction_forms, core_forms)
        for form in vars(module).values()
        if isinstance(form, type) and "submit_text" in vars(form)
    ]
    assert forms
    assert all(isinstance(form.submit_text, Promise) for form in forms)
