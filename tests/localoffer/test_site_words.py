"""The site's own words go through Django's translation files, so a translator needs no template."""

import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.functional import Promise

from coproduction import forms as coproduction_forms
from coproduction.forms import PledgeForm
from localoffer.content.models import PageTranslation
from localoffer.core import forms as core_forms
from services.printed.forms import PrintedCopyForm
from tests.factories import make_category, make_information_page, make_service

# Every template's fixed words go through {% translate %} but these: staff's admin pages (in English) and the
# packages' overrides.
NOT_YET_TRANSLATED = ("admin/", "coproduction/admin/", "simple_history/")


def test_footer_words_come_from_the_polish_translation_file_when_polish_is_active():
    with translation.override("pl"):
        footer = render_to_string("includes/footer.html")
    assert "Deklaracja dostępności" in footer
    assert "Accessibility statement" not in footer


def test_every_word_translated_into_polish_is_written_as_itself_in_the_english_catalogue():
    # English pages look each of the site's words up in locale/en_GB first; a word missing there is still
    # shown as written, but only after a search through every installed app's English catalogue.
    locale = Path(settings.BASE_DIR) / "locale"
    english = gettext.GNUTranslations((locale / "en_GB/LC_MESSAGES/django.mo").open("rb"))
    polish = gettext.GNUTranslations((locale / "pl/LC_MESSAGES/django.mo").open("rb"))
    words = [key for key in polish._catalog if key and not isinstance(key, tuple)]
    assert len(words) > 150
    assert [word for word in words if english.gettext(word) != word] == []
    with translation.override("en-gb"):
        assert translation.ngettext("entry", "entries", 1) == "entry"
        assert translation.ngettext("entry", "entries", 3) == "entries"


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
    return "".join(re.findall(r"[^\W\d_]+", markup))


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


@pytest.mark.django_db
def test_the_directory_search_pages_buttons_and_filters_come_from_the_translation_file(client):
    make_service("Poole Play Club", categories=[make_category("Play and leisure")], coverage="area")
    with translation.override("pl"):
        polish = client.get("/services/").content.decode()
    assert ">Szukaj</button>" in polish and ">Zastosuj filtry</button>" in polish
    assert "Wiek dziecka lub młodej osoby</label>" in polish and "<summary>Filtruj wyniki" in polish
    assert "Dodaj do listy wybranych<span" in polish and "Dostępne w całym Bournemouth" in polish
    assert "Apply filters" not in polish and "Add to shortlist" not in polish

    # The same results in English straight after: a rendering kept for one language is not shown in another.
    english = client.get("/services/").content.decode()
    assert ">Apply filters</button>" in english and "Add to shortlist<span" in english
    assert "Child or young person&#x27;s age</label>" in english or "Child or young person's age</label>" in english
    assert "Available across Bournemouth, Christchurch and Poole" in english
    assert "Zastosuj" not in english and "Dodaj do listy" not in english and "Dostępne" not in english


@pytest.mark.django_db
def test_the_directorys_form_errors_come_from_the_translation_file():
    with translation.override("pl"):
        form = PrintedCopyForm(data={})
        assert not form.is_valid()
        assert form.errors["name"] == ["Wpisz imię i nazwisko"]
        assert form.errors["postcode"] == ["Wpisz kod pocztowy"]
        assert str(form.fields["postcode"].label) == "Kod pocztowy"
    assert PrintedCopyForm(data={}).errors["postcode"] == ["Enter your postcode"]


def test_the_same_words_rendered_again_follow_the_language_and_escaping_of_each_rendering():
    # A template's {% translate %} keeps its words once rendered; each language keeps its own.
    template = Template(
        '{% load i18n %}{% translate "On this page" %}|{% translate "Important" as label %}{{ label }}|'
        '{% translate "Contact"|upper %}|{% translate "(opens the service\'s own website)" %}'
    )
    english = "On this page|Important|CONTACT|(opens the service's own website)"
    assert template.render(Context()) == english
    with translation.override("pl"):
        polish = template.render(Context())
    assert polish.startswith("Na tej stronie|Ważne|KONTAKT|")
    assert template.render(Context()) == english


def test_words_inside_and_after_a_language_block_are_in_that_blocks_language_and_then_the_pages():
    template = Template(
        '{% load i18n %}{% translate "Important" %}|{% language other %}{% translate "Important" %}|'
        '{% include "includes/footer.html" %}{% endlanguage %}|{% translate "Important" %}'
    )
    words = template.render(Context({"other": "pl"})).split("|")
    assert [words[0], words[1], words[3]] == ["Important", "Ważne", "Important"]
    assert "Deklaracja dostępności" in words[2]
    words = template.render(Context({"other": "en-gb"})).split("|")
    assert [words[0], words[1], words[3]] == ["Important", "Important", "Important"]
    assert "Accessibility statement" in words[2]
