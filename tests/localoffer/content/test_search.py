"""Site search: pages and news grouped by kind, SEND abbreviations finding formal terms, drafts never shown."""

import pytest

from localoffer.content import search
from localoffer.content.models import NewsTranslation, PageTranslation
from localoffer.content.search import GroupResults, Result, ResultGroup, expand_query, site_search
from tests.factories import make_glossary_term, make_information_page, make_news_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def ehc_glossary():
    make_glossary_term(term="Education, health and care plan", abbreviation="EHC plan", aliases="EHCP, EHC plans")


def group(groups, key):
    return next(found for found in groups if found.key == key)


def test_search_finds_pages_and_news_in_separate_groups(client):
    make_information_page(title="Short breaks", summary="Activities and rest for families.", body="Clubs.")
    make_news_item(title="New short breaks clubs", body="More clubs this summer.")
    make_information_page(title="Unrelated", body="Nothing to see.")
    html = client.get("/search/?q=short+breaks").content.decode()
    assert "2 results for ‘short breaks’" in html
    information = html.index('id="results-information"')
    news = html.index('id="results-news"')
    assert information < html.index(">Short breaks</a>") < news < html.index(">New short breaks clubs</a>")
    assert "Unrelated" not in html


def test_an_abbreviation_finds_pages_that_use_the_full_term(client, ehc_glossary):
    make_information_page(title="Plans", body="An education, health and care plan sets out support.")
    html = client.get("/search/?q=ehcp").content.decode()
    assert ">Plans</a>" in html
    assert "We also searched for" not in html  # the other names are used, not listed


def test_the_full_term_finds_pages_that_use_the_abbreviation(ehc_glossary):
    make_information_page(title="Reviews", body="Your EHC plan is checked each year.")
    _terms, groups = site_search(text="education health and care plan")
    assert [result.title for result in group(groups, "information").results] == ["Reviews"]


def test_search_never_shows_drafts_or_pages_in_draft_sections():
    section = make_information_page(title="Draft section about autism", published=False)
    make_information_page(title="Autism inside a draft section", parent=section)
    make_information_page(title="Draft autism page", published=False)
    make_news_item(title="Draft autism news", published=False)
    make_information_page(title="Autism advice")
    _terms, groups = site_search(text="autism")
    titles = [result.title for group in groups for result in group.results]
    assert titles == ["Autism advice"]


def test_title_matches_rank_above_body_matches():
    make_information_page(title="General advice", body="Something about tribunals and tribunal appeals.")
    make_information_page(title="The tribunal", body="How to appeal.")
    _terms, groups = site_search(text="tribunal")
    assert [result.title for result in group(groups, "information").results] == ["The tribunal", "General advice"]


def test_empty_and_odd_queries_never_fail(client):
    assert "Search this website" in client.get("/search/").content.decode()
    for query in ["", "   ", "'", '"unclosed', "a & b | !c", "<script>", "x" * 1000, "-", "()", "a\x00b", "\t"]:
        response = client.get("/search/", {"q": query})
        assert response.status_code == 200
        assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_no_results_page_suggests_other_ways_to_find_help(client):
    html = client.get("/search/?q=zzzzqqq").content.decode()
    assert "0 results for ‘zzzzqqq’" in html
    assert "If you cannot find what you need" in html


def test_search_page_is_kept_out_of_search_engines_and_the_header_search_is_not_repeated(client):
    html = client.get("/search/?q=x").content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert 'id="header-search"' not in html
    assert 'id="header-search"' in client.get("/contact/").content.decode()


def test_another_kind_of_result_is_one_more_group(monkeypatch):
    def search_events(*, terms, limit, offset):
        return [Result(title=f"Event for {terms.text}", url="/co-production/forums/x/", summary="")], 1

    groups = [*search.result_groups(), ResultGroup(key="events", title="Events", search=search_events)]
    monkeypatch.setattr(search, "result_groups", lambda: groups)
    _terms, results = site_search(text="autism")
    assert [found.key for found in results] == [
        "information",
        "easy-read",
        "services",
        "news",
        "other-languages",
        "events",
    ]
    assert results[-1] == GroupResults(
        key="events",
        title="Events",
        results=[Result(title="Event for autism", url="/co-production/forums/x/", summary="")],
        total=1,
    )


def test_another_vocabulary_can_expand_the_query(monkeypatch):
    expanders = [*search.query_expanders(), lambda *, text: ["speech therapy"]]
    monkeypatch.setattr(search, "query_expanders", lambda: expanders)
    assert expand_query(text="SALT").expansions == ("speech therapy",)


def test_search_uses_a_fixed_number_of_queries(client, django_assert_max_num_queries, ehc_glossary):
    for number in range(15):
        make_information_page(title=f"EHC plan advice {number}")
        make_news_item(title=f"EHC plan news {number}")
    client.get("/search/?q=ehcp")
    # The crisis panel's words, and the easy-read pages' count and results, are one query each on top; the
    # pages and news in other languages are three (the hidden sections, and a count of each).
    with django_assert_max_num_queries(16):
        assert client.get("/search/?q=ehcp").status_code == 200


def test_a_kind_with_more_results_than_shown_links_to_all_of_them_a_page_at_a_time(client):
    for number in range(23):
        make_information_page(title=f"Autism advice {number:02d}")
    html = client.get("/search/?q=autism").content.decode()
    assert html.count("lo-search-results__item") == 10
    assert 'href="?q=autism&amp;group=information"' in html
    assert "See all 23 results in information and advice" in html

    page_three = client.get("/search/?q=autism&group=information&page=3").content.decode()
    assert "23 results for ‘autism’ in information and advice (page 3 of 3)" in page_three
    assert page_three.count("lo-search-results__item") == 3
    assert 'href="?q=autism&amp;group=information&amp;page=2"' in page_three
    assert 'id="results-news"' not in page_three
    assert client.get("/search/?q=autism&group=information&page=99").status_code == 200
    assert client.get("/search/?q=autism&group=nonsense").status_code == 200


def test_odd_glossary_entries_do_not_spoil_search_or_pages(client):
    make_glossary_term(term="(SEN)", aliases="(), C++, .*")
    make_information_page(title="Clubs", body="Clubs for everyone. (SEN) support.")
    assert client.get("/search/?q=clubs").status_code == 200
    _terms, groups = site_search(text="clubs")
    assert [result.title for result in group(groups, "information").results] == ["Clubs"]
    assert client.get(group(groups, "information").results[0].url).status_code == 200


def test_site_search_finds_services_with_the_directorys_send_vocabulary(client):
    from tests.factories import make_search_term, make_service

    make_search_term("autism", "ASD, autistic")
    make_service("Harbour Autism Group", summary="Weekly sessions for autistic teenagers.")
    make_service("Swimming for all", summary="Lessons at the leisure centre.")
    make_information_page(title="Autism advice", body="Where to start.")
    terms, groups = site_search(text="ASD")
    assert "autism" in terms.expansions
    assert [result.title for result in group(groups, "services").results] == ["Harbour Autism Group"]
    assert [result.title for result in group(groups, "information").results] == ["Autism advice"]
    html = client.get("/search/?q=ASD").content.decode()
    assert ">Harbour Autism Group</a>" in html
    assert html.index('id="results-information"') < html.index('id="results-services"')  # advice first


def test_pages_and_news_in_other_languages_are_found_by_their_own_words(client):
    page = make_information_page(title="Short breaks", slug="short-breaks", summary="Time away.", body="Clubs.")
    item = make_news_item(title="New clubs", slug="new-clubs", summary="More clubs.", body="Clubs.")
    draft = make_information_page(title="Draft", slug="draft", published=False)
    words = {"made_by_person": True, "body": "Kluby sportowe dla dzieci."}
    PageTranslation.objects.create(page=page, language="pl", title="Krótkie przerwy", summary="Czas wolny.", **words)
    NewsTranslation.objects.create(item=item, language="pl", title="Nowe kluby", summary="Więcej klubów.", **words)
    PageTranslation.objects.create(page=draft, language="pl", title="Szkic", summary="Ukryty.", **words)
    PageTranslation.objects.create(
        page=page, language="ar", title="استراحات", summary="وقت.", body="Kluby", made_by_person=False
    )
    html = client.get("/search/?q=kluby").content.decode()
    assert 'id="results-other-languages"' in html
    assert 'href="/information/short-breaks/?lang=pl" lang="pl" dir="ltr" hreflang="pl">Krótkie przerwy</a>' in html
    assert 'href="/news/new-clubs/?lang=pl" lang="pl" dir="ltr" hreflang="pl">Nowe kluby</a>' in html
    assert html.index("Krótkie przerwy") < html.index("Nowe kluby")
    assert "Szkic" not in html and "استراحات" not in html
    assert "2 results for ‘kluby’" in html
