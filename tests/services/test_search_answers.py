"""The text index's answers to a search's queries are kept across edits: after an edit, a query asked before is
asked again of the services changed only (search/answers.py), and answers as asking the whole index does."""

import gc
import random
import re
import weakref

import numpy as np
import pytest
import tantivy

from services import taxonomy
from services.search import answers, engine, ranking
from services.search.engine import matched
from services.search.reference import search_index
from tests.factories import make_service
from tests.services.test_search_incremental import directory_made, edit_one

pytestmark = pytest.mark.django_db


@pytest.fixture
def carried(monkeypatch):
    """Answers carried across edits in a directory of a few services, whatever share of them an edit changes."""
    monkeypatch.setattr(answers, "CHANGED_SHARE", 1.0)
    monkeypatch.setattr(answers, "CARRIED_FROM_SIZE", 0)


def asked_of_the_text_index(monkeypatch):
    """The queries each search asks of the text index itself (not answered from those kept), as a list."""
    asked = []
    hits = engine.DirectoryIndex.hits

    def counted(self, query, *, scored):
        asked.append(repr(query))
        return hits(self, query, scored=scored)

    monkeypatch.setattr(engine.DirectoryIndex, "hits", counted)
    return asked


RESTRICTED = "Const(score=0"  # a query asked of the services changed only (`DirectoryIndex.among`)


def changed_only(query, slot):
    """Whether a query written out was asked of the one service in `slot` only."""
    return RESTRICTED in query and re.findall(r"type=U64, (\d+)", query) == [str(slot)]


def names(index, word, *, scored=True):
    found = index.search(index.phrase_query(word)) if scored else index.matching(index.phrase_query(word))
    positions = np.flatnonzero(matched(found) if scored else found)
    return sorted(index.rows[slot].name for slot in positions)


def fresh_answer(index, word):
    """The scores a query's services have when it is asked of the whole text index, with nothing kept."""
    index.answered.clear()
    found = index.search(index.phrase_query(word))
    return {index.rows[slot].id: float(found[slot]) for slot in np.flatnonzero(matched(found))}


def test_a_query_asked_before_an_edit_finds_the_services_the_edit_brought_in_and_took_out(monkeypatch, carried):
    taxonomy.taxonomy_load()
    harbour = make_service("Harbour Club", summary="Kayaking on Saturdays.", description="Sessions on the water.")
    make_service("Town Team", summary="Football on Sundays.", description="Sessions on the pitch.")
    before = search_index()
    assert names(before, "kayaking") == ["Harbour Club"]
    assert names(before, "football") == ["Town Team"]
    assert names(before, "football", scored=False) == ["Town Team"]

    harbour.summary = "Football and kayaking on Saturdays."
    harbour.save()
    asked = asked_of_the_text_index(monkeypatch)
    after = search_index()
    assert after.index is before.index  # the edit was applied to the same text index
    assert names(after, "football") == ["Harbour Club", "Town Team"]
    assert names(after, "football", scored=False) == ["Harbour Club", "Town Team"]
    assert len(asked) == 1  # "football" scored, of the one changed service only; which match is read from it
    assert all(changed_only(query, after.slot_of[harbour.id]) for query in asked), asked
    carried = {after.rows[slot].name: score for slot, score in enumerate(after.search(after.phrase_query("football")))}
    fresh = fresh_answer(after, "football")
    assert carried["Harbour Club"] == fresh[harbour.id]  # the changed service's score is a fresh search's

    harbour.summary = "Canoeing on Saturdays."
    harbour.save()
    assert names(search_index(), "kayaking") == []
    assert names(search_index(), "football") == ["Town Team"]
    assert names(before, "kayaking") == ["Harbour Club"]  # an earlier snapshot still answers as it was


@pytest.mark.parametrize("size", [0, 10_000])
def test_a_small_directory_asks_the_whole_index_again_after_an_edit(monkeypatch, size):
    """An answer carried is scored with the index's statistics as they were: only while few of the services
    changed (one of one is all of them), and only in a large directory, where asking the whole index costs more."""
    monkeypatch.setattr(answers, "CARRIED_FROM_SIZE", size)
    taxonomy.taxonomy_load()
    harbour = make_service("Harbour Club", summary="Kayaking on Saturdays.", description="Sessions on the water.")
    assert names(search_index(), "kayaking") == ["Harbour Club"]
    harbour.summary = "Kayaking on Saturdays and Sundays."
    harbour.save()
    asked = asked_of_the_text_index(monkeypatch)
    assert names(search_index(), "kayaking") == ["Harbour Club"]
    assert len(asked) == 1 and RESTRICTED not in asked[0]


@pytest.mark.parametrize(
    "case",
    [
        ("kayaking", "Kayaking on Saturdays.", "Football on Sundays and Wednesdays.", "Football and kayaking."),
        # A phrase is asked again of a changed service only when it says every word of it.
        (
            "learning disabilities",
            "Support for learning disabilities.",
            "Football on Sundays, and learning new skills.",
            "Football on Sundays for young people with learning disabilities.",
        ),
    ],
)
def test_a_query_none_of_whose_words_an_edited_service_says_is_not_asked_again_at_all(monkeypatch, carried, case):
    searched, says, edited_without, edited_with = case
    taxonomy.taxonomy_load()
    make_service("Harbour Club", summary=says, description="Sessions on the water.")
    team = make_service("Town Team", summary="Football on Sundays.", description="Sessions on the pitch.")
    assert names(search_index(), searched) == ["Harbour Club"]
    team.summary = edited_without
    team.save()
    asked = asked_of_the_text_index(monkeypatch)
    assert names(search_index(), searched) == ["Harbour Club"]
    assert asked == []
    team.summary = edited_with
    team.save()
    assert names(search_index(), searched) == ["Harbour Club", "Town Team"]
    assert len(asked) == 1


def test_answers_carried_across_random_edits_find_what_asking_the_whole_index_finds(monkeypatch, carried):
    rng = random.Random(5)
    organisations = directory_made(rng, organisations=3)
    words = ["autism", "swimming", "club", "support", "parents", "speech therapy", "seaside", "calm corner"]
    for word in words:
        names(search_index(), word)
        names(search_index(), word, scored=False)
    asked = asked_of_the_text_index(monkeypatch)
    for _ in range(12):
        for _ in range(rng.randrange(1, 6)):
            edit_one(rng, organisations)
        index = search_index()
        carried = {word: (names(index, word), names(index, word, scored=False)) for word in words}
        index.answered.clear()
        assert carried == {word: (names(index, word), names(index, word, scored=False)) for word in words}
    assert any(RESTRICTED in query for query in asked)  # some were carried (and asked of those changed)


def test_the_words_searched_are_not_kept_with_the_answers(client):
    make_service("Harbour Club", summary="Kayaking on Saturdays.", description="Sessions on the water.")
    client.get("/services/", {"q": "kayaking for tom jones bh15 1aa"})
    kept = search_index().answered.entries
    assert kept  # answers were kept ...
    held = repr(list(kept.items())).lower()
    for word in ["kayak", "tom", "jones", "bh15"]:
        assert word not in held  # ... by a digest of each query, and as slots and scores only


def test_the_words_by_length_spelling_corrects_to_follow_an_edit_without_being_grouped_afresh():
    taxonomy.taxonomy_load()
    service = make_service("Harbour Club", summary="Coasteering on Saturdays.", description="Paddle sessions.")
    index = search_index()
    before = index.words_by_length
    service.summary = "Orienteering on Saturdays."
    service.save()
    after = search_index()
    assert "words_by_length" in after.__dict__  # carried from the snapshot before, not made again when asked
    grouped = {length: sorted(words) for length, words in after.words_by_length.items() if words}
    after.__dict__.pop("words_by_length")
    assert grouped == {length: sorted(words) for length, words in after.words_by_length.items()}
    assert "orienteering" in grouped[12] and "coasteering" not in grouped[11]
    assert "coasteering" in before[11]  # the snapshot before is left as it was


def test_an_answer_is_asked_of_the_whole_index_again_once_more_services_changed_since_than_the_share(monkeypatch):
    """The share is counted since the whole index was asked, not since the answer was last brought up to date: many
    small edits do not keep unchanged services' scores from statistics long gone."""
    monkeypatch.setattr(answers, "CARRIED_FROM_SIZE", 0)
    monkeypatch.setattr(answers, "CHANGED_SHARE", 0.2)  # one service of six
    taxonomy.taxonomy_load()
    services = [make_service(f"Club {number}", summary="Sessions on Saturdays.") for number in range(5)]
    make_service("Town Team", summary="Football on Sundays.")
    assert names(search_index(), "football") == ["Town Team"]
    asked = asked_of_the_text_index(monkeypatch)
    for number, service in enumerate(services[:3]):
        service.summary = "Football on Saturdays."
        service.save()
        assert names(search_index(), "football") == sorted([*(f"Club {n}" for n in range(number + 1)), "Town Team"])
    carried = [RESTRICTED in query for query in asked]
    assert carried == [True, False, True]  # the second edit made two changed since the whole index was asked


def test_a_query_that_may_match_without_a_word_is_always_asked_of_the_services_changed():
    football = 'TermQuery(Term(field=1, type=Str, "footbal"))'
    assert answers.may_match(football, {"1:footbal", "1:club"})
    assert not answers.may_match(football, {"1:swim"})
    assert not answers.may_match(football, {"2:footbal"})  # said in another field than the one asked
    assert answers.may_match(f"BooleanQuery {{ subqueries: [(Should, {football}), (Should, AllQuery)] }}", {"1:swim"})
    assert answers.may_match(f"BooleanQuery {{ subqueries: [(MustNot, {football})] }}", {"1:swim"})
    assert answers.may_match("TermQuery(Term(field=0, type=U64, 7))", {"1:swim"})
    assert answers.may_match('TermQuery(Term(field=1, type=Str, "caf\\u{301}"))', {"1:swim"})


def test_a_worker_keeps_the_result_cards_of_a_bounded_number_of_services(client, monkeypatch):
    """Searches over a large directory come to show most of it: the cards kept are bounded, and a card made again
    after they are let go is the same card."""
    from services.search import cards

    monkeypatch.setattr(cards, "CARDS_KEPT", 3)
    for number in range(4):
        make_service(f"Harbour Club {number}", summary="Kayaking on Saturdays.")
        make_service(f"Town Team {number}", summary="Football on Sundays.")

    def page(text):  # the page without its form token, which is new on every page
        html = client.get("/services/", {"q": text}).content.decode()
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)

    def kept_names():
        index = search_index()
        return {index.rows[position].name.split(" ")[0] for position in index.cards}

    first = page("kayaking")
    assert len(search_index().cards) <= 3  # four shown, those shown longest ago let go
    assert page("football").count("Town Team") >= 4
    assert len(search_index().cards) <= 3
    assert kept_names() == {"Town"}  # the kayaking clubs' cards, shown longest ago, let go first
    again = page("kayaking")
    assert first == again and again.count("Harbour Club") >= 4


def test_a_worker_hands_back_the_memory_freed_each_time_it_applies_an_edit(monkeypatch):
    """glibc keeps the memory freed by the snapshot before for the process unless asked to give it back."""
    trimmed = []
    monkeypatch.setattr(engine, "_malloc_trim", trimmed.append)
    harbour = make_service("Harbour Club", summary="Kayaking on Saturdays.")
    search_index()
    for day in ("Sundays", "Mondays"):
        harbour.summary = f"Kayaking on {day}."
        harbour.save()
        assert names(search_index(), day.lower()) == ["Harbour Club"]
    assert trimmed == [0, 0]
    engine.memory_returned()  # and on this machine's C library, it runs


def test_a_fresh_index_is_set_aside_from_the_garbage_collector_and_holds_no_cycles_it_would_need():
    """The collector's full collections walk every object it tracks; a fresh index is set aside from them
    (`collector_settled`), which is safe only while reference counting alone frees an index let go."""
    rng = random.Random(9)
    organisations = directory_made(rng, organisations=2, services=12)
    fresh = search_index()
    assert gc.get_freeze_count() > 0
    assert not any(found is fresh for found in gc.get_objects())  # not walked by a collection
    edit_one(rng, organisations)
    edited = search_index()
    assert edited.index is fresh.index
    assert any(found is edited for found in gc.get_objects())  # an edit applied sets nothing more aside

    gc.disable()
    try:
        built = engine.DirectoryIndex(version=edited.version, reference=edited.reference).build()
        kept = weakref.ref(built)
        del built
        assert kept() is None  # freed at once, without a collection
    finally:
        gc.enable()


def test_a_question_scored_from_its_parts_answers_has_the_scores_tantivy_gives_the_whole_question():
    """`search_any` sums each part's answer as tantivy sums a boolean query's clauses: the same services, the
    same scores to the last bit (so no two services change places), with parts that only add to the score."""
    rng = random.Random(22)
    directory_made(rng, organisations=3)
    index = search_index()
    words = ["autism", "swimming", "club", "support", "parents", "speech therapy", "seaside", "calm corner", "sundays"]
    parts = {word: ranking.group_query(index, [word]) for word in words}
    for _ in range(60):
        asked = [parts[word] for word in rng.sample(words, rng.randrange(1, 5))]
        also = [parts[word] for word in rng.sample(words, rng.randrange(0, 3))]
        whole = tantivy.Query.boolean_query([(tantivy.Occur.Should, query) for query in asked])
        if also:
            whole = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, whole), *((tantivy.Occur.Should, query) for query in also)]
            )
        index.answered.clear()
        expected = index.search(whole)
        index.answered.clear()
        summed = index.search_any(asked, also=also)
        assert np.array_equal(summed, expected, equal_nan=True)
        assert np.array_equal(index.search_any(asked, also=also), expected, equal_nan=True)  # from answers kept


def test_a_new_question_asks_the_text_index_only_for_the_parts_no_question_asked_before(client, monkeypatch):
    make_service("Harbour Club", summary="Kayaking for autistic children.", description="Sessions on the water.")
    make_service("Town Team", summary="Football on Sundays.", description="Sessions on the pitch.")
    assert client.get("/services/?q=kayaking").status_code == 200
    asked = asked_of_the_text_index(monkeypatch)
    response = client.get("/services/?q=kayaking+for+my+autistic+son")
    assert "Harbour Club" in response.text
    assert any(re.search(r'TermQuery\(Term\(field=\d+, type=Str, "autist"\)\)', query) for query in asked)
    # "kayaking" was answered for the first question: the second asks the index for its other parts only
    assert not any(re.search(r'TermQuery\(Term\(field=\d+, type=Str, "kayak"\)\)', query) for query in asked)
