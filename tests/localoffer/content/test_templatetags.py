"""The template tags every app uses."""

from django.core.paginator import Paginator
from django.template import engines

PAGINATION = engines["django"].from_string("{% load localoffer %}{% pagination page_obj query %}")


def test_pagination_links_each_page_keeping_the_search_and_marks_the_current_one():
    page = Paginator(range(200), 10).page(7)
    html = PAGINATION.render({"page_obj": page, "query": "q=speech & language"})
    assert 'href="?q=speech &amp; language&amp;page=6" rel="prev">' in html
    assert 'href="?q=speech &amp; language&amp;page=8" rel="next">' in html
    assert 'href="?q=speech &amp; language&amp;page=7" aria-label="Page 7" aria-current="page">7</a>' in html
    assert html.count("&ctdot;") == 2
    assert 'aria-label="Page 1">1</a>' in html and 'aria-label="Page 20">20</a>' in html
    assert 'aria-label="Page 3"' not in html


def test_pagination_on_the_first_page_has_no_previous_link_and_no_query_when_there_is_none():
    html = PAGINATION.render({"page_obj": Paginator(range(30), 10).page(1), "query": ""})
    assert "Previous" not in html and 'href="?page=2" rel="next">' in html


def test_pagination_is_left_out_when_everything_fits_on_one_page():
    assert "<nav" not in PAGINATION.render({"page_obj": Paginator(range(5), 10).page(1), "query": ""})
