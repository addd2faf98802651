"""Plain-English advice for staff: how easy a text is to read, and jargon it leaves unexplained.

Shown in the admin when a service description, information page or news item is saved, as
advice, never a block. Families' reading ages vary; the aim is about age 11 (Flesch 60+).
"""

import re
import warnings

import markdown as markdown_lib
from django.utils.html import strip_tags

from localoffer.core.discovery import declared

with warnings.catch_warnings():  # textstat imports setuptools' pkg_resources, which warns that it is old
    warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
    import textstat

ABBREVIATION = re.compile(r"\b[A-Z][A-Z&]{1,7}s?\b")
# Capitalised words that are not jargon to a family reading the Local Offer.
EVERYDAY_CAPITALS = {"I", "OK", "UK", "BCP", "NHS", "GP", "TV", "BBC", "AM", "PM", "A", "FAQ", "PDF", "URL"}


def plain_text(markdown_text):
    """The words of a markdown text, without its markup."""
    return strip_tags(markdown_lib.markdown(markdown_text or "")).strip()


def reading_ease(text):
    """Flesch reading ease of the text (higher is easier; 60 to 70 is plain English)."""
    return textstat.flesch_reading_ease(text)


def reading_ease_in_words(score):
    """What a Flesch score means for a family reading it."""
    if score >= 80:
        return "very easy to read (about age 9 to 11)"
    if score >= 60:
        return "plain English (about age 11 to 14)"
    if score >= 50:
        return "fairly hard to read (about age 15 to 17)"
    if score >= 30:
        return "hard to read (about university level)"
    return "very hard to read (graduate level)"


def unexplained_jargon(text, *, known_terms):
    """Abbreviations in the text that have no glossary entry, in order of first use."""
    known = set(known_terms) | EVERYDAY_CAPITALS
    found = []
    for match in ABBREVIATION.finditer(text):
        word = match.group(0)
        singular = word[:-1] if word.endswith("s") else word
        if word not in known and singular not in known and singular not in found:
            found.append(singular)
    return found


def plain_english_advice(markdown_text, *, known_terms):
    """One or two sentences of advice on a text, or "" when it is too short to judge."""
    text = plain_text(markdown_text)
    if len(text.split()) < 20:
        return ""
    score = reading_ease(text)
    advice = f"Reading level: {reading_ease_in_words(score)} (Flesch reading ease {score:.0f}; aim for 60 or more)."
    jargon = unexplained_jargon(text, known_terms=known_terms)
    if jargon:
        advice += " Jargon with no glossary entry: " + ", ".join(jargon) + ". Explain it or add it to the glossary."
    return advice


def known_terms():
    """Abbreviations families can find explained on the site: each app's `VOCABULARY` in its site_search.py
    (the glossary, the directory's search words)."""
    phrases = [phrase for source in declared("site_search", "VOCABULARY") for phrase in source()]
    return {phrase.strip() for phrase in phrases if ABBREVIATION.fullmatch(phrase.strip())}
