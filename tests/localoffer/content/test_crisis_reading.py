"""A search read as a whole sentence for danger (`crisis_reading.py`): the crisis panel comes for a sentence
that none of the panel's words finds but that reads like someone in danger, in both search boxes, unless staff
turn the reading off; forms never use it; and the weights the site reads are those the sentences give."""

import json
import math
import random

import pytest
from django.core.management import call_command

from localoffer.content.crisis import DEFAULT_CRISIS, crisis_in
from localoffer.content.crisis_reading import (
    MODEL_FILE,
    SENTENCES_FILE,
    character_grams,
    crisis_likelihood,
    crisis_model,
    crisis_model_made,
    crisis_read,
    model_ready,
    pipeline,
    prepared,
    sentences_learned,
    word_grams,
)
from localoffer.content.management.commands.crisis_model import models_equal
from localoffer.content.models import CrisisPanel
from tests.factories import crisis_panel_seed

SEARCH_BOXES = ["/services/", "/search/"]

# Sentences of crisis that none of the panel's built-in words finds, written for these tests (not learned from).
READ_ONLY = [
    "my daughter keeps saying she wont be around much longer and gave away her favourite things",
    "she wrote letters to all of us and put them under her pillow",
    "my daughter says she is a burden and we would be happier if she wasnt here",
    "he sold his xbox and gave his brother his phone and said he wont need it",
]
# Ordinary searches, long and full of feeling, that bring no panel either way.
ORDINARY = [
    "a break from looking after my daughter, even just a few hours",
    "im so tired of fighting the council for his ehcp",
    "swimming lessons for my autistic son hes 9 and scared of water",
]


def shows_panel(client, address, text):
    response = client.get(address, {"q": text})
    assert response.status_code == 200
    return 'id="crisis-panel"' in response.content.decode()


def test_the_sentences_here_are_found_by_the_reading_and_not_by_the_words():
    for sentence in READ_ONLY:
        assert not crisis_in(text=sentence, phrases=DEFAULT_CRISIS.phrases), sentence
        assert crisis_read(sentence), sentence
    for sentence in ORDINARY:
        assert not crisis_in(text=sentence, phrases=DEFAULT_CRISIS.phrases), sentence
        assert not crisis_read(sentence), sentence


@pytest.mark.django_db
@pytest.mark.parametrize("sentence", READ_ONLY)
def test_a_sentence_that_reads_like_danger_brings_the_panel_in_both_search_boxes(client, sentence):
    crisis_panel_seed()
    for address in SEARCH_BOXES:
        assert shows_panel(client, address, sentence), address


@pytest.mark.django_db
@pytest.mark.parametrize("sentence", ORDINARY)
def test_an_ordinary_sentence_brings_no_panel(client, sentence):
    crisis_panel_seed()
    for address in SEARCH_BOXES:
        assert not shows_panel(client, address, sentence), address


@pytest.mark.django_db
def test_staff_turn_the_reading_off_and_the_words_alone_decide(client):
    crisis_panel_seed()
    panel = CrisisPanel.objects.get()
    panel.read_sentences = False
    panel.save()  # as the admin saves it
    for address in SEARCH_BOXES:
        assert not shows_panel(client, address, READ_ONLY[0]), address
        assert shows_panel(client, address, "he wants to kill himself"), address
    panel.read_sentences = True
    panel.save()
    for address in SEARCH_BOXES:
        assert shows_panel(client, address, READ_ONLY[0]), address


FALSE_ALARM = "a night off from looking after him"  # an ordinary search the reading brings the panel for


@pytest.mark.django_db
def test_staff_stop_a_false_alarm_of_the_reading_and_the_words_still_bring_the_panel(client, admin_client):
    crisis_panel_seed()
    assert not crisis_in(text=FALSE_ALARM, phrases=DEFAULT_CRISIS.phrases) and crisis_read(FALSE_ALARM)
    for address in SEARCH_BOXES:
        assert shows_panel(client, address, FALSE_ALARM), address
    panel = CrisisPanel.objects.get()
    panel.read_never = "squinting at ... telly\nnight off\n"
    panel.save()
    for address in SEARCH_BOXES:
        assert not shows_panel(client, address, FALSE_ALARM), address
        assert not shows_panel(client, address, "need a night off"), address
        assert shows_panel(client, address, f"{FALSE_ALARM}, he says he wants to kill himself"), address  # the words
        assert shows_panel(client, address, READ_ONLY[1]), address  # the reading, where no such phrase is
    page = admin_client.get(f"/admin/localoffer/crisispanel/{panel.pk}/change/", {"try": FALSE_ALARM}).content.decode()
    assert "does not bring the panel" in page
    assert "it has “night off” from the searches the reading must not bring the panel for" in page


@pytest.mark.django_db
def test_the_admins_try_box_says_when_the_reading_brings_the_panel(admin_client):
    crisis_panel_seed()
    panel = CrisisPanel.objects.get()
    address = f"/admin/localoffer/crisispanel/{panel.pk}/change/"
    page = admin_client.get(address, {"try": READ_ONLY[0]}).content.decode()
    assert "brings the panel: none of the words is in it, but read as a whole sentence it reads like someone" in page
    page = admin_client.get(address, {"try": ORDINARY[0]}).content.decode()
    assert "does not bring the panel: none of the words is in it, nor does it read like someone in danger" in page
    CrisisPanel.objects.update(read_sentences=False)
    page = admin_client.get(address, {"try": READ_ONLY[0]}).content.decode()
    assert "does not bring the panel" in page
    assert "Read as a whole sentence it would bring the panel, if that reading were on." in page
    page = admin_client.get(address, {"try": f"{READ_ONLY[0]} and wants to kill herself"}).content.decode()
    assert "brings the panel, for:" in page and "if that reading were on" not in page  # the words said it


@pytest.mark.django_db
def test_the_admins_try_box_reads_as_much_as_a_search_box(admin_client, client):
    """A search box reads the first 200 characters of what was typed; so does the try box, so that it says what
    the search boxes do with a long search whose crisis comes after them."""
    crisis_panel_seed()
    panel = CrisisPanel.objects.get()
    long = "we are at breaking point with the ehcp and the waiting lists and the school transport " * 3
    text = f"{long[:200]} my son wants to kill himself"
    for address in SEARCH_BOXES:
        assert not shows_panel(client, address, text), address
    page = admin_client.get(f"/admin/localoffer/crisispanel/{panel.pk}/change/", {"try": text}).content.decode()
    assert "does not bring the panel" in page


@pytest.mark.django_db
def test_a_feedback_message_is_marked_urgent_by_the_words_alone(client):
    from coproduction.feedback import feedback_submit

    crisis_panel_seed()
    read = feedback_submit(kind="question", about="website", message=READ_ONLY[0])
    said = feedback_submit(kind="question", about="website", message="my son has been talking about suicide")
    assert (read.urgent, said.urgent) == (False, True)


def test_the_grams_are_those_scikit_learn_makes():
    union = pipeline().steps[0][1]
    characters, words = (vectoriser for _, vectoriser in union.transformer_list)
    texts = ["", "a", "ab", "it's  the\tend", "Don’t   leave me", "ok ok ok", "x" * 9, "héllo wörld 123"]
    for typed in texts + sentences_learned()[0][::40]:
        text = prepared(typed)
        assert character_grams(text) == characters.build_analyzer()(text), text
        assert word_grams(text) == words.build_analyzer()(text), text


def test_the_likelihood_read_without_scikit_learn_is_scikit_learns():
    texts, labels = sentences_learned()
    texts = [prepared(text) for text in texts]
    fitted = pipeline().fit(texts, labels)
    model = model_ready(crisis_model_made())
    sample = random.Random(22).sample(texts, 200) + ["", "zzzz qqqq", "she wants to disappear"]
    expected = fitted.predict_proba(sample)[:, 1]
    for text, probability in zip(sample, expected, strict=True):
        assert math.isclose(crisis_likelihood(text, model), probability, abs_tol=1e-9), text


def test_the_kept_weights_are_those_the_sentences_give():
    """After sentences are added to crisis_sentences.json, `manage.py crisis_model` must be run: this fails until
    it is."""
    kept = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert models_equal(kept, crisis_model_made())
    assert kept == crisis_model()


def test_the_command_checks_and_writes_the_weights(tmp_path, monkeypatch, capsys):
    call_command("crisis_model", "--check")
    assert "up to date" in capsys.readouterr().out
    written = tmp_path / "crisis_model.json"
    monkeypatch.setattr("localoffer.content.management.commands.crisis_model.MODEL_FILE", written)
    call_command("crisis_model")
    assert "sentences of crisis" in capsys.readouterr().out
    assert models_equal(json.loads(written.read_text(encoding="utf-8")), crisis_model())


def test_the_threshold_lets_few_ordinary_searches_bring_the_panel():
    """Chosen from the sentences learned from: at most 2 in 100 of their ordinary searches, each scored by a model
    that had not learned from it, are read as crisis; read by the kept model, barely any."""
    sentences = json.loads(SENTENCES_FILE.read_text(encoding="utf-8"))
    ordinary = sentences["not_crisis"] + sentences["ordinary"]
    shown = sum(crisis_read(text) for text in ordinary)
    assert shown <= len(ordinary) * 0.01
    crisis = sentences["crisis"]
    assert sum(crisis_read(text) for text in crisis) >= len(crisis) * 0.9


@pytest.mark.django_db
def test_weights_that_cannot_be_read_leave_the_words_to_decide(client, monkeypatch, tmp_path, caplog):
    from localoffer.content import crisis_reading

    crisis_panel_seed()
    goodbye = "hes been saying goodbye to everyone today"
    assert crisis_read(goodbye) and not crisis_in(text=goodbye, phrases=DEFAULT_CRISIS.phrases)
    monkeypatch.setattr(crisis_reading, "MODEL_FILE", tmp_path / "missing.json")
    crisis_reading.model_read.cache_clear()
    try:
        for address in SEARCH_BOXES:
            # 200, and no panel from the reading (a sentence no other test searches: result pages are kept)
            assert not shows_panel(client, address, goodbye), address
            assert shows_panel(client, address, "he wants to kill himself"), address
        assert "could not be read" in caplog.text
    finally:
        crisis_reading.model_read.cache_clear()
