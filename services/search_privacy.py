"""What of a search may be kept: only words that cannot identify anyone.

A search box is where a parent types "my son Tom Jones BH15 1AA autism". Before a search is counted,
its text keeps only words the directory, the search vocabulary or an English dictionary knows; a
full postcode becomes its district (BH15); an email address, a phone number, a date, an NHS
number and any other run of digits become nothing; a common first name or surname is dropped
unless the vocabulary uses it or it is an everyday English word ("young", "hope"); any other word
(a rare name, a misspelt name) is dropped. A search that keeps nothing is counted as
`NOT_KEPT`.

Pure functions of text and word lists, with no database and no site code, so that the data
migration that cleans the searches already stored applies the very same rule.
"""

import re
import unicodedata
from functools import cache

NOT_KEPT = "(a search we do not keep)"
MAX_QUERY = 200
# A first name or surname is kept only when it is at least this common as an English word ("may",
# "hope", "young", "summer"): pyspellchecker's frequency count, where "tom" is about 7,000 and
# "jones" 800.
EVERYDAY_WORD_FREQUENCY = 50_000

EMAIL_RE = re.compile(r"\S+@\S+")
WEB_RE = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "3rd of March 2015", "March 3, 2015", "3 mar": the month goes with the numbers that make it a date.
DATE_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\b(?:,?\s+\d{{2,4}}\b)?"
    rf"|\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{2,4}}\b)?"
    rf"|\b{MONTHS}\s+\d{{4}}\b",
    re.IGNORECASE,
)
OUTWARD = r"[a-z]{1,2}[0-9][a-z0-9]?"
FULL_POSTCODE_RE = re.compile(rf"\b({OUTWARD})\s*[0-9][a-z]{{2}}\b", re.IGNORECASE)
OUTWARD_RE = re.compile(rf"^{OUTWARD}$")
# What is left of an email or web address once its punctuation has gone ("jane doe gmail com").
ADDRESS_WORDS = frozenset(["com", "gmail", "googlemail", "hotmail", "yahoo", "icloud", "btinternet", "www", "http"])
WORD_RE = re.compile(r"[\w'+]+", re.UNICODE)
POSSESSIVE_RE = re.compile(r"(\w)['\u2019]s\b")  # "Tom's" is read as "Tom"


@cache
def english_words():
    """The English dictionary that ships with pyspellchecker: {word: how common it is}."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency.dictionary


@cache
def personal_names():
    """Common first names and surnames in the UK and the US (Faker's lists), lower-case."""
    from faker.providers.person.en_GB import Provider as British
    from faker.providers.person.en_US import Provider as American

    names = [
        *British.first_names_male,
        *British.first_names_female,
        *British.last_names,
        *American.first_names,
        *American.last_names,
    ]
    return frozenset(name.lower() for name in names)


def query_words(text):
    """The words of a search, lower-cased, without punctuation, as the search itself reads them."""
    return [word.replace("'", "") for word in WORD_RE.findall(str(text or "").lower().replace("\u2019", "'"))]


def word_kept(word, *, always, known):
    """Whether one lower-case word may be kept: `always` is the vocabulary's words and the names of
    categories, needs and towns; `known(word)` says whether the directory's listings use it."""
    if word in always:
        return True
    if word in ADDRESS_WORDS or any(character.isdigit() for character in word):
        return False
    if word in personal_names():
        return english_words().get(word, 0) >= EVERYDAY_WORD_FREQUENCY
    return known(word) or word in english_words()


def query_scrub(*, text, always=frozenset(), known=lambda word: False):
    """The words of a search that cannot identify anyone, joined by spaces; `NOT_KEPT` when none are left.

    `always`: words kept whatever they are (the search vocabulary, category, need and town names);
    `known`: whether the directory uses a word (its listings' own words).
    """
    text = unicodedata.normalize("NFKC", str(text or ""))[: MAX_QUERY * 4]
    text = EMAIL_RE.sub(" ", text)
    text = WEB_RE.sub(" ", text)
    text = DATE_RE.sub(" ", text)
    text = POSSESSIVE_RE.sub(r"\1", text)
    text = FULL_POSTCODE_RE.sub(lambda match: f" {match.group(1)} ", text)
    kept = []
    for word in query_words(text):
        if OUTWARD_RE.match(word) or word_kept(word, always=always, known=known):
            kept.append(word)
    return " ".join(kept)[:MAX_QUERY].strip() or NOT_KEPT
