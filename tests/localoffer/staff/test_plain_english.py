"""Plain-English advice on staff writing: reading level and unexplained jargon."""

from localoffer.staff.plain_english import plain_english_advice, reading_ease, unexplained_jargon

PLAIN = (
    "If you think your child may need extra help, talk to their teacher first. The school will listen. "
    "They will plan support with you and check how it is going every term."
)
DENSE = (
    "Notwithstanding the aforementioned statutory obligations, multidisciplinary professionals shall "
    "collaboratively operationalise individualised interventions, ensuring comprehensive accountability "
    "and interdepartmental communication throughout implementation."
)


def test_plain_writing_scores_higher_than_dense_writing():
    assert reading_ease(PLAIN) > 70
    assert reading_ease(DENSE) < 30


def test_abbreviations_without_a_glossary_entry_are_listed_once_each():
    text = "Ask the SENCO about an EHCP. The SENCO will explain SALT and the EHCPs process. The NHS can help."
    assert unexplained_jargon(text, known_terms={"SENCO"}) == ["EHCP", "SALT"]


def test_advice_names_the_reading_level_and_the_jargon():
    advice = plain_english_advice(DENSE + " Contact SENDIASS.", known_terms=set())
    assert "Reading level: very hard to read" in advice
    assert "Jargon with no glossary entry: SENDIASS" in advice


def test_advice_reads_the_words_not_the_markdown():
    advice = plain_english_advice("## Help\n\n" + PLAIN + "\n\n- [Ask **now**](https://example.org)", known_terms=set())
    assert "plain English" in advice or "very easy" in advice
    assert "Jargon" not in advice


def test_short_texts_get_no_advice():
    assert plain_english_advice("Open Monday to Friday.", known_terms=set()) == ""
