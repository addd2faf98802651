"""Crisis told in people's own words, the way they type it, brings the crisis panel; harmless searches that
use the same words do not.

The sentences (`localoffer/content/crisis_sentences.json`) were written by people who had not seen the panel's
words: parents, carers, young people and professionals, misspelt, without apostrophes, in slang, or with the
crisis at the end of an ordinary question. The few the words do not yet get right are kept apart in it ("crisis_missed",
"not_crisis_shown") and counted by `bench/crisis.py`, which counts the same on a held-out set.
"""

import importlib
import json

import pytest
from django.apps import apps

from localoffer.content.crisis import DEFAULT_CRISIS, crisis_in, crisis_phrases_in
from localoffer.content.crisis_reading import SENTENCES_FILE
from localoffer.content.models import CrisisPanel
from tests.factories import crisis_panel_seed

pytestmark = pytest.mark.django_db

SENTENCES = json.loads(SENTENCES_FILE.read_text())
SEARCH_BOXES = ["/services/?q=", "/search/?q="]


@pytest.fixture(autouse=True)
def crisis_panel():
    crisis_panel_seed()


def phrases_added(migration, saved):
    """The panel's words after `migration` (a module name in localoffer.migrations) adds its words, twice over, to
    a panel saved with `saved` (one a line)."""
    panel = CrisisPanel.objects.get()
    panel.phrases = saved
    panel.save()
    add = importlib.import_module(f"localoffer.migrations.{migration}").crisis_phrases_add
    add(apps, None)
    add(apps, None)
    return CrisisPanel.objects.get().phrases.splitlines()


@pytest.fixture
def words_alone():
    """The panel's words alone, without the reading of whole sentences (test_crisis_reading.py): these sentences
    were written to sit near the words, and the reading brings the panel for a few of them (bench/crisis.py
    counts how many ordinary searches it brings it for)."""
    panel = CrisisPanel.objects.get()
    panel.read_sentences = False
    panel.save()


def shows_panel(client, address, text):
    response = client.get(address, {"q": text})
    assert response.status_code == 200
    return 'id="crisis-panel"' in response.content.decode()


@pytest.mark.parametrize("sentence", SENTENCES["crisis"])
def test_a_crisis_in_a_persons_own_words_shows_the_panel_in_both_search_boxes(client, sentence):
    assert shows_panel(client, "/services/", sentence)
    assert shows_panel(client, "/search/", sentence)


@pytest.mark.parametrize("sentence", SENTENCES["not_crisis"])
def test_a_harmless_search_with_the_same_words_shows_no_panel(client, sentence):
    assert not shows_panel(client, "/services/", sentence)


PHRASES = ["took ... tablets", "suicide", "overdose", "abuse", "self harm", '"raped"', "son is missing $"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("she took all her tablets", True),  # "..." stands for up to three words
        ("he took tablets", True),  # or none
        ("he took one two three four tablets", False),  # not four
        ("tablets took", False),  # in order
        ("sucide", True),  # a long word with a letter missing
        ("suiccide", True),  # added
        ("suicidr", True),  # changed
        ("suicdie", True),  # two swapped
        ("sucidie", False),  # two letters wrong is another word
        ("overdoes what do i do", True),
        ("amuse", False),  # a short word is only ever found as it is written
        ("self harmin", True),  # the g dropped
        ("rap music club", False),  # a word in quotes is found only as it is written
        ("help my son is missing", True),  # "$": only at the end of what was typed
        ("my son is missing school", False),
        ("she was raped", True),
    ],
)
def test_gaps_quoted_words_and_long_words_misspelt(text, found):
    assert crisis_in(text=text, phrases=PHRASES) is found


@pytest.mark.parametrize(
    "sentence",
    [
        "he cant swallow pills",  # "swallowed" and "swallow" are one word once endings are off
        "kicked out of school again",
        "hearing aid has gone missing",
        "he throws himself on the floor in a meltdown",
        "knife and fork skills",
        "scared the injection will hurt her",
        "he doesnt want to go home from nursery",
        "what is missing from his ehcp",
        "roller blades club",
        "this ehcp process is killing me",
        "my son cant say the sh sound",
        "how many weeks does it take to get an ehcp",
        "cant find her a school place",
        "hearing aid missing since friday",
        "he never wakes up for school",
        "dont know what ill do after college",
        "ive got nowhere with the council",
        "ate a whole packet of biscuits",
        "stabbing pain in his tummy after eating",
        "cooking with a knife for teens with autism",
        "handprint painting sensory session",
        "he only sleeps in the car",
        "my brother always beats me at fifa",
        "nude tights for school uniform",
        "i hate people touching me",
        "what age for sex education",
        "he cant go on the trampoline",
        "teens with nowhere to go in the evenings",
        "v necked school jumper",
        "kicked out by the school",
        "my teen missing school again",
        "he likes being smothered in blankets",
        "absconding from school autism strategies",
    ],
)
def test_everyday_sentences_near_the_new_words_show_no_panel(client, words_alone, sentence):
    assert not shows_panel(client, "/services/", sentence)


def test_the_new_words_join_a_saved_panel_without_bringing_back_a_word_staff_took_out():
    # staff took "abuse" out, and wrote one in capitals
    phrases = phrases_added("0016_crisis_phrases_in_families_words", "suicide\nKMS\nour own words\n")
    assert phrases[:3] == ["suicide", "KMS", "our own words"]
    assert "kms" not in phrases
    assert "abuse" not in phrases
    assert phrases.count("took way too many") == 1
    assert "sextortion" in phrases


def test_the_words_staff_are_shown_as_matching_are_those_that_bring_the_panel():
    texts = SENTENCES["crisis"][::8] + SENTENCES["not_crisis"][::8] + SENTENCES["not_crisis_shown"]
    for text in texts:
        found = crisis_phrases_in(text=text, phrases=DEFAULT_CRISIS.phrases)
        assert bool(found) == crisis_in(text=text, phrases=DEFAULT_CRISIS.phrases), text
        assert all(crisis_in(text=text, phrases=[phrase]) for phrase in found), text


@pytest.mark.parametrize(
    "sentence",
    [
        "he wishes he was never born",
        "she said she wished she had never been born",
        "my son says life is pointless",
        "she says there is no point living",
        "she says she cant go on",
        "found a noose in his room",
        "her step dad hits her",
        "my mum hits us when she is drunk",
        "we are being evicted tomorrow and have nowhere to go",
    ],
)
def test_a_child_who_wishes_they_were_never_born_or_is_hit_at_home_brings_the_panel(client, sentence):
    assert shows_panel(client, "/services/", sentence)
    assert shows_panel(client, "/search/", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "my son was born early and is behind",
        "he cant go on the bus on his own",
        "she cant go on school trips without a 1 to 1",
        "what is the point of an ehcp",
        "my son hits his sister",
        "dads group saturday",
        "evicted from the council flat what help is there",
    ],
)
def test_everyday_sentences_near_the_latest_words_show_no_panel(client, words_alone, sentence):
    assert not shows_panel(client, "/services/", sentence)


def test_the_latest_words_join_a_saved_panel_without_bringing_back_a_word_staff_took_out():
    # staff wrote their own, and had one already
    phrases = phrases_added("0018_crisis_phrases_never_born_and_more", "suicide\nour own words\ncant go on $\n")
    assert phrases[:3] == ["suicide", "our own words", "cant go on $"]
    assert phrases.count("cant go on $") == 1
    assert phrases.count("wish ... never born") == 1
    assert "dad hits her" in phrases


def test_staff_write_one_word_of_several_and_each_brings_the_panel(client):
    panel = CrisisPanel.objects.get()
    panel.phrases = 'cutting my|her|his arm|leg\n"burnt"|burnd herself\n'
    panel.save()
    for sentence in ("she keeps cutting her leg", "is he cutting his arms", "i burnt herself", "she burnd herself"):
        assert shows_panel(client, "/services/", sentence), sentence
        assert shows_panel(client, "/search/", sentence), sentence
    for sentence in ("cutting her hair", "cutting my nails", "cutting leg of lamb", "burning herself out"):
        assert not shows_panel(client, "/services/", sentence), sentence
    assert crisis_phrases_in(text="cutting her legs again", phrases=panel.phrase_list) == ["cutting my|her|his arm|leg"]


def test_one_long_word_of_several_is_found_misspelt_as_one_long_word_is(client):
    panel = CrisisPanel.objects.get()
    panel.phrases = "suicide|suicidal\n"
    panel.save()
    for sentence in ("sucide", "he is suicdal", "suicidal"):
        assert shows_panel(client, "/services/", sentence), sentence
    assert crisis_phrases_in(text="sucidal thoughts", phrases=panel.phrase_list) == ["suicide|suicidal"]
    assert not shows_panel(client, "/services/", "suit sizes")


def test_a_word_of_several_may_be_a_hyphenated_word_and_stands_for_it_whole(client):
    panel = CrisisPanel.objects.get()
    panel.phrases = "self-harm|selfharm\n"
    panel.save()
    for sentence in ("she is self-harming", "selfharm", "is my son self harming"):
        assert shows_panel(client, "/services/", sentence), sentence
    for sentence in ("can i self refer to camhs", "self care skills for teenagers", "harm reduction"):
        assert not shows_panel(client, "/services/", sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "son took a whole load of his melatonin",
        "she took 20 of her sertraline",
        "my daughter was cutting her thighs",
        "grandson not come home from school and nobody knows where he is",
        "my son sent a photo and now they say they will share it unless he pays",
        "lads making my brother hold knives for them",
        "feel like shaking my baby",
        "son having a seizure and it wont stop",
    ],
)
def test_an_overdose_a_child_not_come_home_exploitation_or_a_seizure_that_wont_stop_brings_the_panel(client, sentence):
    assert shows_panel(client, "/services/", sentence)
    assert shows_panel(client, "/search/", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "can i double his melatonin dose",
        "daughter has taken sertraline for a year camhs review",
        "older boys picking on him on the school bus",
        "alarm clock for teenager who wont wake up",
        "hearing aids gone missing again at school",
        "reading book hasnt come home this week",
        "pimped out wheelchair wheel covers",
        "school wants to meet up with me about his behaviour",
        "baby floppy and not sitting up yet",
        "support for parent carers burning themselves out",
        "how long does it take to kill head lice",
        "prader willi ate a whole packet of biscuits",
    ],
)
def test_everyday_sentences_near_the_words_of_several_show_no_panel(client, words_alone, sentence):
    assert not shows_panel(client, "/services/", sentence)


def test_the_words_of_several_join_a_saved_panel_without_bringing_back_a_word_staff_took_out():
    phrases = phrases_added("0019_crisis_phrases_of_several_words", "suicide\nour own words\nbeing pimped\n")
    assert phrases[:3] == ["suicide", "our own words", "being pimped"]
    assert phrases.count("being pimped") == 1
    assert phrases.count("gave him|her|them double") == 1
    assert "abuse" not in phrases
    migration = importlib.import_module("localoffer.migrations.0019_crisis_phrases_of_several_words")
    assert CrisisPanel._meta.get_field("phrases").help_text == migration.PHRASES_HELP


def test_the_words_of_a_seventh_set_join_a_saved_panel_without_bringing_back_a_word_staff_took_out():
    phrases = phrases_added("0021_crisis_phrases_of_a_seventh_set", "suicide\nour own words\ngone floppy\n")
    assert phrases[:3] == ["suicide", "our own words", "gone floppy"]
    assert phrases.count("gone floppy") == 1
    assert phrases.count("cant|cannot keep myself safe") == 1
    assert "abuse" not in phrases
    panel = CrisisPanel.objects.get()
    assert crisis_in(text="my 2yr old drank a whole bottle of calpol", phrases=panel.phrases.splitlines())
    assert not crisis_in(text="she took a whole box of tissues to school", phrases=panel.phrases.splitlines())


def test_the_words_in_a_second_language_join_a_saved_panel_without_bringing_back_a_word_staff_took_out():
    phrases = phrases_added("0020_crisis_phrases_in_a_second_language", "suicide\nour own words\nsays dont tell\n")
    assert phrases[:3] == ["suicide", "our own words", "says dont tell"]
    assert phrases.count("says dont tell") == 1
    assert phrases.count("life no point") == 1
    assert "abuse" not in phrases


@pytest.mark.parametrize(
    "sentence",
    [
        "my son he say life no point, better he is dead",
        "my son eat my diabetes medicine, many tablets",
        "she tell me her stepfather touch her private place",
        "daughter 16 text me she go to bridge and jump, goodbye mama",
        "somebody threaten put my son video online if he not pay 500 pound",
        "mother with 3 children sleeping in car tonight, no house",
        "my son allergic, face swell, cannot breath after eat nut",
    ],
)
def test_crisis_written_in_a_second_language_brings_the_panel(client, sentence):
    assert shows_panel(client, "/services/", sentence)
    assert shows_panel(client, "/search/", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "can i take paracetamol and ibuprofen together",
        "son has to take 5 tablets every morning pill organiser",
        "how to teach a child to swallow capsules",
        "sensory swing how to hang",
        "council plans to end free school transport for post 16",
        "child comes into my room at night every night sleep clinic",
        "is it safe to leave her alone all night with epilepsy seizure alarm",
        "how to stop him run away from the house",
        # A second reader's, each once set off by a word of several or by a verb read in its plain form.
        "my son wont eat his tablets",
        "can he drink alcohol while taking methadone",
        "tell him not to tell lies",
        "he wont get in his car seat",
        "my autistic son will jump off anything",
        "son didnt come home with his reading book",
        "he ran away from the teacher at the park",
        "teacher said he kicked her",
        "can he swallow half of a melatonin tablet",
        "does he need to eat lots of food with his medication",
        "he sits in the car outside school and wont leave",
        "how many treatments does it take to kill head lice",
        "his hearing aid has gone missing again for the third time",
        "i searched online how to hang a sensory swing",
    ],
)
def test_everyday_sentences_near_the_words_in_a_second_language_show_no_panel(client, words_alone, sentence):
    assert not shows_panel(client, "/services/", sentence)
