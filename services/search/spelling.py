"""Misspelt words corrected against the directory's own words, one word at a time.

A word the directory uses in any form, or any English word (pyspellchecker's dictionary, which
ships with the package), is never changed: "grooming" is not a misspelling of "growing". Words
typed without their apostrophe are English words too: "arent" is "aren't", never "parent". Any other
word of four letters or more is replaced by the closest word the directory uses (at most one edit
for short words, two for longer ones, a swap of neighbouring letters counting as one), the more
common one when two are as close.
"""

from dataclasses import dataclass
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spellchecker import SpellChecker

from services.search.vocabulary import STOP_WORDS

MIN_LENGTH = 4
# Contractions as families type them on a phone, without the apostrophe; the dictionary's own
# (every "aren't" read as "arent") are added to these.
CONTRACTIONS_TEXT = """
arent isnt wont doesnt cant hasnt im didnt dont wasnt hes shes theyre ive couldnt wouldnt shouldnt havent
werent hadnt mustnt shant neednt aint youre were weve youve theyve ill youll theyll itll hed shed wed youd
theyd thats whats theres heres wheres whos hows lets id mightnt cannot
"""
CONTRACTIONS = frozenset(CONTRACTIONS_TEXT.split())


@dataclass(frozen=True)
class Correction:
    """The words as typed and as corrected; `changed` when at least one word was replaced."""

    typed: tuple
    corrected: tuple

    @property
    def changed(self):
        return self.typed != self.corrected

    @property
    def text(self):
        return " ".join(self.corrected)


@cache
def english_words():
    """Every word in the English dictionary, with and without its apostrophe, read once per process."""
    dictionary = SpellChecker(language="en", distance=1).word_frequency.dictionary
    return frozenset(dictionary) | {word.replace("'", "") for word in dictionary} | CONTRACTIONS


def allowed_edits(word):
    return 1 if len(word) <= 5 else 2


def word_correct(word, *, index):
    """The closest known word to an unknown `word`, or `word` itself."""
    if len(word) < MIN_LENGTH or not word.isalpha() or word in STOP_WORDS or index.knows(word):
        return word
    if word in english_words():
        return word
    limit = allowed_edits(word)
    # A word more than `limit` letters longer or shorter is more than `limit` edits away.
    lengths = range(len(word) - limit, len(word) + limit + 1)
    choices = [known for length in lengths for known in index.words_by_length.get(length, ())]
    candidates = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=8)
    if not candidates:
        return word
    best = min(candidates, key=lambda found: (found[1], -index.words[found[0]], found[0]))
    return best[0]


def spelling_correct(*, words, index):
    """Each unknown word replaced by its closest known word."""
    return Correction(typed=tuple(words), corrected=tuple(word_correct(word, index=index) for word in words))
