"""Search test helpers, and a small directory with the searches run over it, for tests that compare two
servers or databases."""

import re
from urllib.parse import urlencode

from services import taxonomy
from services.models import Category, Location, Need, Service
from tests.factories import make_location, make_service

QUERIES = [
    "autism", "austim", "ASD swimming", "help with meltdowns", "my son can't sleep", "speach therapy",
    "swimming near Christchurch", "clubs for my 10 year old", "short breaks", "dog grooming", "time for me",
]  # fmt: skip


def directory_build():
    """Eight services across needs, towns and ages, with the standard vocabulary."""
    taxonomy.taxonomy_load()
    autism = Need.objects.get(slug="autism")
    clubs = Category.objects.get(slug="clubs-and-youth-groups")
    rows = [
        ("Harbour Autism Swim", "Relaxed swimming for autistic children.", Location.Town.CHRISTCHURCH, 4, 16, [autism]),
        ("Seafront Swimming Club", "Lessons for all ages.", Location.Town.POOLE, 5, 25, []),
        ("Calm Corner", "Help with emotional regulation for children and parents.", Location.Town.POOLE, 5, 18, []),
        ("Night Owls", "A sleep clinic for children with additional needs.", Location.Town.BOURNEMOUTH, 2, 18, []),
        ("Chatterbox", "Speech and language therapy drop-in.", Location.Town.BOURNEMOUTH, 0, 11, []),
        ("Saturday Stars", "A youth club for disabled young people.", Location.Town.CHRISTCHURCH, 8, 19, []),
        ("Time for Me", "Short breaks and respite for families.", Location.Town.POOLE, 0, 18, []),
        ("Autism Parents Network", "Coffee mornings for parents.", Location.Town.BOURNEMOUTH, 0, 25, [autism]),
    ]
    for name, summary, town, minimum, maximum, needs in rows:
        service = make_service(name, summary=summary, minimum_age=minimum, maximum_age=maximum, needs=needs,
                               categories=[clubs])  # fmt: skip
        make_location(service=service, town=town, postcode="BH15 1AA")
    make_service("Draft Autism Service", summary="Not yet published.", status=Service.Status.DRAFT)


def searches_run():
    """{query: [names in order]} for every query, as the search page shows them."""
    from django.http import QueryDict

    from services.search import directory_search, search_params_parse

    found = {}
    for query in QUERIES:
        results = directory_search(params=search_params_parse(data=QueryDict.fromkeys(["q"], query)))
        found[query] = [service.name for service in results.services]
    return found


def search(query=""):
    """The directory search for a query string, as the search page runs it."""
    from django.http import QueryDict

    from services.search import directory_search, search_params_parse

    return directory_search(params=search_params_parse(data=QueryDict(query)))


def names(results):
    return [service.name for service in results.services]


def found_for(typed):
    """The names of the services a search for these words finds, in their order."""
    return names(search(urlencode({"q": typed})))


def page_text(client, url):
    """A page's HTML with runs of white space made one space, after checking it answered 200."""
    response = client.get(url)
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())
