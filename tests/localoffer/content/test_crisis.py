"""Words of crisis in any search box bring the crisis panel to the top of the page, above any results."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from localoffer.content.models import CrisisPanel
from tests.factories import crisis_panel_seed, make_information_page, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def crisis_panel():
    crisis_panel_seed()


CRISIS_PHRASES = [
    "suicide",
    "suicidal",
    "wants to die",
    "want to die",
    "kill himself",
    "kill herself",
    "kill myself",
    "kill themselves",
    "self-harm",
    "self harm",
    "self harming",
    "cutting herself",
    "overdose",
    "not safe",
    "being hurt",
    "abused",
    "abuse",
    "doesn't want to be here",
    "wants to end it all",
    "better off dead",
    "wants to disappear",
    "nothing to live for",
    "hang himself",
]
SEARCH_BOXES = ["/services/?q=", "/search/?q="]


def page(client, address, text):
    response = client.get(address + text)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("phrase", CRISIS_PHRASES)
@pytest.mark.parametrize("address", SEARCH_BOXES)
def test_every_crisis_phrase_shows_the_crisis_panel(client, address, phrase):
    html = page(client, address, phrase)
    assert 'id="crisis-panel"' in html
    assert "999" in html
    assert "0800 652 0190" in html  # NHS Dorset Connection, the mental health crisis line
    assert "First Response Hub" in html


@pytest.mark.parametrize(
    "sentence",
    [
        "my teenager wants to kill himself",
        "My Daughter Is Cutting Herself Again",
        "he doesn't want to live anymore",
        "she took an overdose last night",
        "I think my son is being abused at school",
        "my child isnt safe at home because she's not safe with him",
        "help, my 15 year old keeps self-harming",
        "she's been killing herself slowly",
        "he said he wanted to die",
        "my son’s suicidal",
        "my 14 year old says he doesnt want to be here anymore",
        "my daughter hasnt left her room in weeks and says she wants to disappear",
        "he told his teacher we would all be better off without him",
        "she keeps saying she wants to end it all",
    ],
)
@pytest.mark.parametrize("address", SEARCH_BOXES)
def test_a_crisis_word_inside_a_longer_sentence_still_shows_the_panel(client, address, sentence):
    assert 'id="crisis-panel"' in page(client, address, sentence)


@pytest.mark.parametrize("text", ["autism", "swimming for my son", "help with forms", "hurtle", "dying hair"])
@pytest.mark.parametrize("address", SEARCH_BOXES)
def test_ordinary_searches_show_no_crisis_panel(client, address, text):
    assert 'id="crisis-panel"' not in page(client, address, text)


def test_the_panel_comes_before_the_directory_results_and_the_page_heading(client):
    make_service("Self Harm Support Group", summary="A group for young people who self-harm.")
    html = page(client, "/services/?q=", "self harm support")
    assert "Self Harm Support Group" in html
    panel = html.index('id="crisis-panel"')
    assert panel < html.index("<h1")
    assert panel < html.index("Self Harm Support Group")
    assert panel < html.index('id="q"')  # above the search box and every filter too


def test_the_panel_comes_before_the_site_search_results(client):
    make_information_page(title="Worried about self-harm", summary="Signs of self-harm and who can help.")
    make_service("Self Harm Support Group", summary="A group for young people who self-harm.")
    html = page(client, "/search/?q=", "self harm")
    panel = html.index('id="crisis-panel"')
    assert panel < html.index("<h1")
    assert panel < html.index("Worried about self-harm")
    assert panel < html.index("Self Harm Support Group")


@pytest.mark.parametrize("address", SEARCH_BOXES)
def test_a_crisis_search_is_never_corrected_to_other_words(client, address):
    make_service("Suicide Bereavement Support", summary="For families after a suicide.")
    html = page(client, address, "sucide overdos suicidal")
    assert 'id="crisis-panel"' in html
    assert "Showing results for" not in html
    assert "Did you mean" not in html


def test_staff_edit_the_words_and_the_panel_in_the_admin(client):
    panel = CrisisPanel.objects.get()
    panel.phrases += "\nrunning away from home"
    panel.body = "Call the out of hours team on [01632 960000](tel:01632960000)."
    panel.save()
    html = page(client, "/services/?q=", "my daughter keeps Running Away From Home")
    assert 'id="crisis-panel"' in html
    assert "01632 960000" in html
    assert 'href="tel:01632960000"' in html


def test_the_panel_is_seeded_so_a_new_site_has_it():
    CrisisPanel.objects.all().delete()
    crisis_panel_seed()
    panel = CrisisPanel.objects.get()
    assert "suicide" in panel.phrase_list
    assert "999" in panel.body


def test_without_a_saved_panel_the_built_in_help_is_still_shown(client):
    CrisisPanel.objects.all().delete()
    assert 'id="crisis-panel"' in page(client, "/search/?q=", "suicidal thoughts")


def test_the_crisis_check_adds_no_query_to_the_directory_search(client, django_assert_max_num_queries):
    make_service("Open Door Counselling", summary="Counselling for young people who self-harm.")
    page(client, "/services/?q=", "counselling")  # this server's index is built on its first search
    with CaptureQueriesContext(connection) as ordinary:
        assert 'id="crisis-panel"' not in page(client, "/services/?q=", "youth counselling")
    with django_assert_max_num_queries(len(ordinary.captured_queries)):
        assert 'id="crisis-panel"' in page(client, "/services/?q=", "self harm counselling")


def test_the_words_added_later_join_a_saved_panel_without_bringing_back_a_word_staff_took_out():
    import importlib

    from django.apps import apps

    add = importlib.import_module("localoffer.migrations.0015_crisis_phrases_more").crisis_phrases_add
    panel = CrisisPanel.objects.get()
    panel.phrases = "suicide\nwants to die\nWants To End It\nour own words\n"  # staff took "abuse" out
    panel.save()
    add(apps, None)
    add(apps, None)
    phrases = CrisisPanel.objects.get().phrases.splitlines()
    assert "abuse" not in phrases
    assert phrases[:4] == ["suicide", "wants to die", "Wants To End It", "our own words"]
    assert phrases.count("doesnt want to be here") == 1
    assert "wants to end it" not in phrases  # kept already, in the staff's capitals
    assert "wants to disappear" in phrases


def test_words_of_crisis_found_once_a_misspelling_is_corrected_bring_the_panel(client):
    panel = CrisisPanel.objects.get()
    panel.read_sentences = False  # the words alone: the reading finds it as typed
    panel.save()
    make_service("Medicines Advice", summary="Help with tablets and medicines for disabled children.")
    html = page(client, "/services/?q=", "i took all my tablits")
    assert "Showing results for" in html  # the search corrected "tablits"
    assert 'id="crisis-panel"' in html
    assert 'id="crisis-panel"' not in page(client, "/services/?q=", "help with tablits")


def test_staff_try_a_search_against_the_words_and_see_which_bring_the_panel(client):
    from tests import factories

    panel = CrisisPanel.objects.get()
    factories.staff_sign_in(client, factories.staff(superuser=True))
    address = f"/admin/localoffer/crisispanel/{panel.pk}/change/"
    html = client.get(address, {"try": "my son wants to kill himself"}).content.decode()
    result = html.split('id="crisis-try-result"')[1].split("</p>")[0]
    assert "brings the panel, for:" in result and "“kill himself”" in result
    assert "“suicide”" not in result  # only the words that matched
    html = client.get(address, {"try": "this ehcp process is killing me"}).content.decode()
    assert "does not bring the panel" in html.split('id="crisis-try-result"')[1].split("</p>")[0]
    assert "crisis-try-result" not in client.get(address).content.decode()
    assert CrisisPanel.objects.get().phrases == panel.phrases  # trying changes nothing
