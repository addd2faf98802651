"""What every search reads besides the listings: categories, needs, accessibility features, the search
vocabulary and the crisis panel, in one query, and this server's index of the directory built with them."""

from dataclasses import dataclass, field

from django.db.models import Case, F, IntegerField, Value, When
from django.db.models.functions import Cast

from localoffer.content.crisis import DEFAULT_CRISIS, crisis_panel_from
from localoffer.content.models import CrisisPanel
from services.models import AccessibilityFeature, Category, Need, SearchTerm
from services.search.engine import directory_index
from services.search.vocabulary import term_phrases

# A search word's "names a kind of help", carried in the order column of the one query.
KIND_OF_HELP = Case(When(kind_of_help=True, then=Value(1)), default=Value(0), output_field=IntegerField())
KINDS = {
    1: "categories", 2: "needs", 3: "features", 4: "vocabulary", 5: "crisis words", 6: "crisis text", 7: "related",
    8: "searches the crisis reading must not bring the panel for",
}  # fmt: skip


@dataclass
class Term:
    """A category, need or accessibility feature as the search page shows it."""

    id: int
    slug: str
    name: str
    parent_id: int | None
    order: int
    children: list = field(default_factory=list)


@dataclass
class Reference:
    """The vocabularies a search needs, and the crisis panel, read in one query."""

    categories: dict
    needs: dict
    features: dict
    vocabulary: list
    crisis: object = DEFAULT_CRISIS
    help_kinds: set = field(default_factory=set)  # the vocabulary's terms (tidied) that name a kind of help
    related: dict = field(default_factory=dict)  # a term (tidied): the phrase lists of its related kinds of help

    def by_slug(self, kind):
        return {term.slug: term for term in getattr(self, kind).values()}


def related_by_term(*, vocabulary, pairs):
    """{a term, tidied: the phrase lists of its related kinds of help}, from (term, related term) pairs."""
    entries = {entry[0]: entry for entry in vocabulary if entry}
    related = {}
    for term, kind in sorted(pairs):
        entry = entries.get(term_phrases(kind, "")[0])
        if entry:
            related.setdefault(term_phrases(term, "")[0], []).append(entry)
    return related


def reference_load():
    """Categories, needs, features, the search vocabulary and the crisis panel, in one database query."""

    def part(model, kind, *, slug="slug", name="name", parent=None, order="order"):
        return model.objects.annotate(
            k=Value(kind, output_field=IntegerField()),
            i=F("id"),
            s=F(slug),
            n=F(name),
            p=F(parent) if parent else Value(None, output_field=IntegerField()),
            o=F(order) if isinstance(order, str) else Value(0, output_field=IntegerField()) if order is None else order,
        ).values_list("k", "i", "s", "n", "p", "o")

    rows = (
        part(Category, 1, parent="parent_id")
        .order_by()
        .union(
            part(Need, 2, parent="parent_id").order_by(),
            part(AccessibilityFeature, 3).order_by(),
            part(SearchTerm, 4, slug="term", name="also_known_as", order=KIND_OF_HELP).order_by(),
            part(
                CrisisPanel, 5, slug="heading", name="phrases", order=Cast("read_sentences", IntegerField())
            ).order_by(),
            part(CrisisPanel, 6, slug="heading", name="body", order=None).order_by(),
            part(CrisisPanel, 8, slug="heading", name="read_never", order=None).order_by(),
            part(
                SearchTerm.related_kinds.through,
                7,
                slug="from_searchterm__term",
                name="to_searchterm__term",
                order=None,
            ).order_by(),
            all=True,
        )
    )
    reference = Reference(categories={}, needs={}, features={}, vocabulary=[])
    crisis, related = {}, []
    for kind, pk, slug, name, parent_id, order in rows:
        if kind == 4:
            reference.vocabulary.append(term_phrases(slug, name))
            if order:
                reference.help_kinds.add(reference.vocabulary[-1][0])
        elif kind == 5:
            crisis.setdefault(pk, {}).update(heading=slug, phrases=name, read_sentences=bool(order))
        elif kind == 6:
            crisis.setdefault(pk, {})["body"] = name
        elif kind == 8:
            crisis.setdefault(pk, {})["read_never"] = name
        elif kind == 7:
            related.append((slug, name))
        else:
            getattr(reference, KINDS[kind])[pk] = Term(pk, slug, name, parent_id, order)
    reference.related = related_by_term(vocabulary=reference.vocabulary, pairs=related)
    if crisis:
        reference.crisis = crisis_panel_from(**crisis[min(crisis)])
    for kind in ("categories", "needs", "features"):
        terms = getattr(reference, kind)
        ordered = sorted(terms.values(), key=lambda term: (term.order, term.name))
        setattr(reference, kind, {term.id: term for term in ordered})
        for term in ordered:
            if term.parent_id in terms:
                terms[term.parent_id].children.append(term)
    return reference


def search_index(*, version=None):
    """This server's index of the directory, as committed now (or at `version`, just read)."""
    from services.search.ready import index_prepared  # it reads this module's index

    return directory_index(reference_load=reference_load, version=version, prepare=index_prepared)
