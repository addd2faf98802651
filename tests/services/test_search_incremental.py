"""The search index applies only the services changed since its version, and searches as a fresh build.

Random edits, deletes and status changes (published, unpublished, closed, archived, deleted; an
organisation renamed; a place moved; categories and needs changed; waits and answers; a category
renamed) are applied to the index one batch at a time; after each batch every search in a set of
queries, filters and sorts, with its filter counts, spelling correction and distances, is compared with
an index built afresh: the same services in the same order (by relevance, the same services: see
`everything_searched`).
"""

import random

import numpy as np
import pytest
from django.http import QueryDict

from services import taxonomy
from services.models import Category, Location, Need, Organisation, Service
from services.search import directory_search, engine, search_params_parse
from services.search import results as results_module
from services.search.engine import matched
from services.search.reference import reference_load, search_index
from tests.factories import make_answer, make_location, make_organisation, make_service, make_wait

WORDS_TEXT = """
autism swimming speech therapy sleep clinic club youth parents respite short breaks music art football sensory
play dyslexia counselling coffee mornings harbour seaside calm corner stars night owls chatterbox carers support
group drop-in advice transport holiday scheme playscheme ADHD anxiety hearing sight
"""
WORDS = WORDS_TEXT.split()
TOWNS = [Location.Town.BOURNEMOUTH, Location.Town.CHRISTCHURCH, Location.Town.POOLE]
SEARCHES = [
    "", "q=autism", "q=austim", "q=swimming+club", "q=speech+therapy", "q=sleep", "q=short+breaks",
    "q=music+for+my+10+year+old", "q=club+near+poole", "q=harbour&sort=name", "q=support&sort=updated",
    "q=art&town=christchurch", "age=7", "age=20&sort=wait", "town=bournemouth&town=area", "cost=free",
    "delivery=online", "referral=1", "wait=none", "wait=4-weeks", "sort=updated", "sort=wait",
    "category=clubs-and-youth-groups", "need=autism", "need=autism&category=clubs-and-youth-groups&age=9",
    "q=parents&need=autism", "q=seaside+calm", "q=carers+allowance", "q=playscheme&sort=name",
]  # fmt: skip
STATUSES = [
    Service.Status.PUBLISHED, Service.Status.PUBLISHED, Service.Status.TEMPORARILY_CLOSED,
    Service.Status.DRAFT, Service.Status.ARCHIVED,
]  # fmt: skip


def text(rng, count):
    return " ".join(rng.choice(WORDS) for _ in range(count)).capitalize() + "."


def service_add(rng, organisations):
    service = make_service(
        text(rng, 2)[:-1] + f" {rng.randrange(1000)}",
        organisation=rng.choice(organisations),
        summary=text(rng, 6),
        description=text(rng, 20),
        minimum_age=rng.randrange(0, 10),
        maximum_age=rng.randrange(10, 26),
        cost=rng.choice(list(Service.Cost.values)),
        online=rng.random() < 0.3,
        status=rng.choice(STATUSES[:3]),
        categories=rng.sample(list(Category.objects.all()), 2),
        needs=rng.sample(list(Need.objects.all()), 1),
    )
    make_location(
        service=service, town=rng.choice(TOWNS), latitude=50.7 + rng.random() / 10, longitude=-2 + rng.random() / 5
    )
    if rng.random() < 0.4:
        wait_add(rng, service)
    return service


def directory_made(rng, *, organisations=4, services=40):
    """The taxonomy and `services` random services of `organisations` random organisations (returned)."""
    taxonomy.taxonomy_load()
    made = [make_organisation() for _ in range(organisations)]
    for _ in range(services):
        service_add(rng, made)
    return made


def wait_add(rng, service):
    unit = rng.choice(["none", "weeks", "months"])
    make_wait(service=service, amount=rng.choice([2, 3]), unit=unit)


def edit_one(rng, organisations):
    """One random change, as staff make them in the admin."""
    services = list(Service.objects.order_by("pk"))
    service = rng.choice(services)
    kind = rng.randrange(10)
    if kind == 0:
        service.name = text(rng, 3)[:-1]
        service.save()
    elif kind == 1:
        service.summary, service.description = text(rng, 5), text(rng, 15)
        service.save()
    elif kind == 2:
        service.status = rng.choice(STATUSES)
        service.save()
    elif kind == 3:
        service.delete()
    elif kind == 4:
        service_add(rng, organisations)
    elif kind == 5:
        organisation = rng.choice(organisations)
        organisation.name = text(rng, 2)[:-1]
        organisation.save()
    elif kind == 6:
        for location in service.locations.all():
            location.town, location.latitude = rng.choice(TOWNS), 50.6 + rng.random() / 10
            location.save()
    elif kind == 7:
        service.categories.set(rng.sample(list(Category.objects.all()), rng.randrange(0, 3)))
        service.needs.add(rng.choice(list(Need.objects.all())))
    elif kind == 8:
        wait_add(rng, service)
        make_answer(service=service, answer=text(rng, 8))
    else:
        service.minimum_age, service.maximum_age, service.cost = 3, rng.randrange(3, 26), Service.Cost.FREE
        service.save()


def everything_searched():
    """Every search's total, services in order and filter counts, on this server's index as it is now."""
    found = {}
    for query in SEARCHES:
        results = directory_search(params=search_params_parse(data=QueryDict(query)), per_page=500)
        facets = {
            group: [(option.value, option.count, [(c.value, c.count) for c in option.children]) for option in options]
            for group, options in results.facets.items()
        }
        ids = [service.id for service in results.services]
        # Relevance scores weigh each word by how many documents have it, and the text index counts a
        # replaced document until it is built afresh: the same services are found, in nearly the same order.
        found[query] = (results.total, set(ids) if results.sort == "relevance" else ids, facets, results.corrected_from)
    return found


def distances_by_service(index):
    miles = index.distances(latitude=50.72, longitude=-1.88)
    return {row.id: round(float(miles[slot]), 9) for slot, row in enumerate(index.rows) if row}


def services_by_choice(index, choices=None):
    """{(filter, value): ids of the services with it}, from the filter bit rows the index keeps (search/facets.py),
    or for the filters and values of `choices` (the keys of another index's rows), from its masks."""
    found = {}
    for group, values in index.choice_bits if choices is None else choices:
        if choices is None:
            bits = index.choice_bits[group, values].view(np.uint8)  # kept as 64-bit words
            rows = np.unpackbits(bits, axis=1, count=index.slots).astype(bool)
        else:
            rows = [index.mask((group, value)) for value in values]
        for value, row in zip(values, rows, strict=False):
            found[group, value] = {index.rows[slot].id for slot in np.flatnonzero(row)}
    return found


def assert_same_as_a_fresh_build(monkeypatch):
    updated = search_index()
    kept = services_by_choice(updated)  # the filter bit rows kept from before the edits, before any search
    choices = list(updated.choice_bits)
    incremental = everything_searched()
    fresh = engine.DirectoryIndex(version=updated.version, reference=reference_load()).build()
    monkeypatch.setattr(engine, "_current", fresh)
    rebuilt = everything_searched()
    monkeypatch.setattr(engine, "_current", updated)
    for query in SEARCHES:
        assert incremental[query] == rebuilt[query], query
    assert updated.size == fresh.size == Service.objects.visible().count()
    assert updated.words == fresh.words
    assert distances_by_service(updated) == distances_by_service(fresh)
    assert kept == services_by_choice(fresh, choices)
    return kept


@pytest.mark.django_db
def test_an_index_updated_after_random_edits_searches_as_a_fresh_build(monkeypatch):
    rng = random.Random(26)
    organisations = directory_made(rng)
    first = search_index()
    kept = []
    for _ in range(12):
        for _ in range(rng.randrange(1, 6)):
            edit_one(rng, organisations)
        kept.append(assert_same_as_a_fresh_build(monkeypatch))
    assert all(kept[1:])  # the filter counts of the searches before each batch were kept across it
    assert search_index().index is first.index  # every change was applied to the index built at the start
    assert search_index().replaced > 0


@pytest.mark.django_db
def test_a_renamed_category_is_searched_at_once(monkeypatch):
    rng = random.Random(7)
    taxonomy.taxonomy_load()
    organisations = [make_organisation()]
    for _ in range(10):
        service_add(rng, organisations)
    search_index()
    category = Category.objects.filter(services__isnull=False).first()
    category.name = "Trampolining"
    category.save()
    assert_same_as_a_fresh_build(monkeypatch)
    results = directory_search(params=search_params_parse(data=QueryDict("q=trampolining")), per_page=50)
    found = {service.id for service in results.services}
    assert found >= set(category.services.visible().values_list("pk", flat=True)) and found


@pytest.mark.django_db
def test_a_search_between_two_edits_reads_one_version_throughout():
    """A search already running keeps the index it started with while the next one is made."""
    taxonomy.taxonomy_load()
    service = make_service(
        "Harbour Club", summary="Swimming on Saturdays.", description="Pool sessions.", towns=[Location.Town.POOLE]
    )
    before = search_index()
    Organisation.objects.filter(pk=service.organisation_id).update(name="Seaside Trust")
    service.name = "Seaside Club"
    service.save()
    after = search_index()
    assert after is not before and after.index is before.index

    def names(index, word):
        return [index.rows[slot].name for slot in np.flatnonzero(matched(index.search(index.phrase_query(word))))]

    assert names(before, "harbour") == ["Harbour Club"]
    assert names(before, "seaside") == []
    assert names(after, "seaside") == ["Seaside Club"]
    assert names(after, "harbour") == []


@pytest.mark.django_db
def test_a_misspelling_is_corrected_to_a_word_an_edit_brought_and_no_longer_to_one_it_took_away():
    taxonomy.taxonomy_load()
    service = make_service("Harbour Club", summary="Kayaking on Saturdays.", description="Paddle sessions.")
    make_service("Town Club", summary="Football on Sundays.", description="Pitch sessions.")

    def corrected(typed):
        return directory_search(params=search_params_parse(data=QueryDict(f"q={typed}"))).params.q

    assert corrected("kayakking") == "kayaking"
    first = search_index()
    service.summary = "Orienteering on Saturdays."
    service.save()
    assert corrected("orientearing") == "orienteering"
    assert corrected("kayakking") == "kayakking"  # no listing says it now
    assert search_index().index is first.index  # the edit was applied, not built afresh


@pytest.mark.django_db
def test_words_searched_again_on_the_same_index_give_what_a_first_search_gives_and_an_edit_is_seen_at_once():
    """The keyword matches a search made are kept with its index for the next search with the same words (the
    next page, a filter added): they give the same page as matching afresh, and an edit (a new index) is seen by
    the very next search with those words."""
    rng = random.Random(11)
    taxonomy.taxonomy_load()
    organisations = [make_organisation() for _ in range(2)]
    for _ in range(30):
        service_add(rng, organisations)
    queries = ["q=club", "q=club&page=2", "q=club&age=9", "q=club+near+poole", "q=clib", "q=club&sort=name"]

    def page(query):
        results = directory_search(params=search_params_parse(data=QueryDict(query)), per_page=5)
        return results.total, [service.id for service in results.services], results.corrected_from

    first = {query: page(query) for query in queries}
    again = {query: page(query) for query in queries}  # the matches of "club" and "clib" kept from the first
    results_module.matches_kept.clear()  # nothing kept: every search matches afresh
    assert first == again == {query: page(query) for query in queries}

    service = make_service("Kayak Crew", summary="A kayaking club on Saturdays.", organisation=organisations[0])
    assert page("q=club")[0] == first["q=club"][0] + 1
    assert service.id in page("q=club&sort=name&age=&town=")[1] or service.id in page("q=kayaking+club")[1]
    service.status = Service.Status.DRAFT
    service.save()
    assert page("q=club")[0] == first["q=club"][0]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["q=club", "q=support&postcode=BH1+1AA", "postcode=BH1+1AA", "sort=name", "q=art&sort=updated", "sort=wait"],
)
def test_every_page_of_a_search_holds_the_services_of_the_whole_order_worked_out_at_once(query):
    """A page's services are found by partition and only they sorted (`results.Ordered`): walking the pages
    of five gives the services of one page holding all, in the same order, ties included."""
    rng = random.Random(query)
    taxonomy.taxonomy_load()
    organisations = [make_organisation() for _ in range(3)]
    for number in range(45):
        service = service_add(rng, organisations)
        if number % 3 == 0:  # services alike in all but name, so that ties are broken by name
            service.summary, service.description = "A club for support with art.", "Art club support."
            service.save()
    whole = directory_search(params=search_params_parse(data=QueryDict(query)), per_page=500)
    assert whole.total > 10
    walked = []
    for page in range(1, whole.total // 5 + 2):
        results = directory_search(params=search_params_parse(data=QueryDict(f"{query}&page={page}")), per_page=5)
        walked += [service.id for service in results.services] if results.page.number == page else []
    assert walked == [service.id for service in whole.services]
