"""The glossary as a matcher: finds SEND terms in text, whole words, abbreviations case-sensitively.

Every app server keeps the compiled matcher in memory and checks one shared version number
(in the cache) per use, so a term saved on one server is used by all of them at once.
"""

import contextvars
import hashlib
import logging
import re
import uuid
from dataclasses import dataclass

from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from localoffer.core.rendered import shared_version_changed, shared_versions, version_key

logger = logging.getLogger(__name__)

VERSION = "glossary"
VERSION_KEY = version_key(VERSION)
# A word character, or a hyphen joining words: "ASD" must not match in "non-ASD" or "ASDs".
WORD_BEFORE = r"(?<![\w-])"
WORD_AFTER = r"(?![\w-])"


@dataclass(frozen=True)
class Entry:
    """One glossary term as the matcher and the inline markup need it."""

    slug: str
    term: str
    abbreviation: str
    definition: str


def is_case_sensitive(variant):
    """Abbreviations, and names with capitals inside a word (SENCO, EHC plan, PfA), must match exactly;
    ordinary words ("short breaks", "Local Offer", "Ofsted") match whatever their case."""
    return any(any(char.isupper() for char in word[1:]) for word in variant.split())


def loose(text):
    """Text as someone might type it in a search box: lower case, no commas or brackets, single spaces."""
    return " ".join(re.sub(r"[,;:.()]", " ", text).split()).lower()


def variant_key(text, *, case_sensitive):
    """The lookup key for matched text: spaces squeezed, and lower case unless case matters."""
    text = " ".join(text.split())
    return text if case_sensitive else text.lower()


class Glossary:
    """A compiled matcher over every term, abbreviation and alias, longest first. `digest` names what it was
    built from; `token` is the glossary's version in the database it was read with."""

    def __init__(self, entries_with_variants, *, digest="", token=None):
        self.digest = digest
        self.token = token
        self.exact = {}
        self.folded = {}
        self.any_case = {}
        alternatives = []
        for entry, variants in entries_with_variants:
            for raw_variant in variants:
                variant = " ".join(raw_variant.split())
                if not variant:
                    continue
                sensitive = is_case_sensitive(variant)
                table = self.exact if sensitive else self.folded
                table.setdefault(variant_key(variant, case_sensitive=sensitive), entry)
                if loose(variant):
                    self.any_case.setdefault(loose(variant), entry)
                body = r"\s+".join(re.escape(word) for word in variant.split(" "))
                alternatives.append((len(variant), body if sensitive else f"(?i:{body})"))
        alternatives.sort(key=lambda item: -item[0])
        either = "|".join(body for _, body in alternatives)
        self.pattern = re.compile(f"{WORD_BEFORE}(?:{either}){WORD_AFTER}") if alternatives else None
        loose_variants = sorted(self.any_case, key=len, reverse=True)
        self.any_case_pattern = (
            re.compile(f"{WORD_BEFORE}(?:{'|'.join(map(re.escape, loose_variants))}){WORD_AFTER}")
            if loose_variants
            else None
        )

    def entry_for(self, matched):
        """The term a piece of matched text stands for."""
        return self.exact.get(variant_key(matched, case_sensitive=True)) or self.folded.get(
            variant_key(matched, case_sensitive=False)
        )

    def find(self, text):
        """Yield (start, end, entry) for each glossary word in the text, in order."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            entry = self.entry_for(match.group(0))
            if entry is not None:
                yield match.start(), match.end(), entry

    def find_any_case(self, text):
        """Yield the entry for each glossary word in the text, whatever its case (for search boxes)."""
        if self.any_case_pattern is None:
            return
        for match in self.any_case_pattern.finditer(loose(text)):
            yield self.any_case[match.group(0)]


_loaded = {"version": None, "glossary": None}
# The shared version as read during the current request, so a page that renders many pieces of markdown
# (a service's answers, say) and keys its own rendering on the glossary reads the cache only once.
_version_this_request = contextvars.ContextVar("glossary_version_this_request", default=None)


def glossary_from_database():
    """Build a matcher from every glossary term and the glossary's version in the database (`token`), read in one
    statement so the one is the other's (one query)."""
    from django.db import connection

    from localoffer.content.models import GlossaryTerm, GlossaryVersion

    columns = ("slug", "term", "abbreviation", "definition", "aliases")
    terms, version = (connection.ops.quote_name(model._meta.db_table) for model in (GlossaryTerm, GlossaryVersion))
    names = ", ".join(f"t.{connection.ops.quote_name(column)}" for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT v.token, {names} FROM {version} v LEFT JOIN {terms} t ON 1 = 1 WHERE v.id = 1"  # noqa: S608
        )
        rows = cursor.fetchall()
    token = rows[0][0] if rows else None
    if rows:
        rows = [row[1:] for row in rows if row[1] is not None]
    else:  # no version row (a table emptied by hand): the terms alone
        rows = list(GlossaryTerm.objects.order_by().values_list(*columns))
    return Glossary(
        (
            (
                Entry(slug=slug, term=term, abbreviation=abbreviation, definition=definition),
                [term, abbreviation, *aliases.split(",")],
            )
            for slug, term, abbreviation, definition, aliases in rows
        ),
        digest=hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()[:16],
        token=as_uuid(token),
    )


def as_uuid(value):
    """A version token as read from the database (a UUID, or its text in JSON or on SQLite) as a UUID, or None."""
    return None if value is None else uuid.UUID(str(value))


def glossary_token():
    """The glossary's version in the database (one small query), or None when it has no version row."""
    from localoffer.content.models import GlossaryVersion

    return as_uuid(GlossaryVersion.objects.filter(pk=1).values_list("token", flat=True).first())


def glossary_at_least(token):
    """Make sure the matcher this server holds is no older than the glossary at `token` (its version in the
    database, read with what is about to be rendered): if it was built before, build it again now. Whatever then
    renders with `current_glossary` uses a glossary at least that new."""
    if _loaded["glossary"] is None or _loaded["glossary"].token != token:
        _loaded["glossary"] = glossary_from_database()
        _loaded["version"] = glossary_version()


def shared_version():
    """The glossary's version in the shared cache (a new one if it has gone), or None when the cache is down."""
    versions = shared_versions(VERSION_KEY)
    if versions is None:
        logger.warning("Glossary: the cache did not answer; reading the glossary from the database")
        return None
    return versions[0]


def glossary_version():
    """The glossary's version in the shared cache, read at most once a request; None when the cache is down."""
    version = _version_this_request.get()
    if version is None:
        version = shared_version()
        _version_this_request.set(version)
    return version


def current_glossary():
    """The matcher for the glossary as it is now: one cache read a request, and a query only after a change."""
    version = glossary_version()
    if version is None or _loaded["version"] != version or _loaded["glossary"] is None:
        _loaded["glossary"] = glossary_from_database()
        _loaded["version"] = version
    return _loaded["glossary"]


def loaded_version():
    """The shared version of the matcher `current_glossary` last returned (None: the cache was down)."""
    return _loaded["version"]


def glossary_changed():
    """Tell every app server to rebuild its matcher before the next use, and move the glossary's version in the
    database on in the same transaction as the change."""
    from localoffer.content.models import GlossaryVersion

    _loaded["version"] = None
    _version_this_request.set(None)
    GlossaryVersion.objects.update_or_create(pk=1, defaults={"token": uuid.uuid4()})
    shared_version_changed(VERSION)


@receiver(request_started)
def _new_request(**kwargs):
    _version_this_request.set(None)


@receiver(post_save, sender="localoffer.GlossaryTerm")
@receiver(post_delete, sender="localoffer.GlossaryTerm")
def _glossary_term_saved(sender, **kwargs):
    glossary_changed()
