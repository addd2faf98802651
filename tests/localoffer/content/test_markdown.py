"""Staff markdown is rendered safely: formatting kept, anything that could run script removed."""

import re

import pytest
from django.template import Context, Template

from localoffer.content.markdown import markdown_to_html, render_markdown
from tests.factories import make_glossary_term

pytestmark = pytest.mark.django_db  # the glossary is read from the database


def test_script_tags_and_event_handlers_never_reach_the_page():
    html = markdown_to_html('Hello <script>alert("x")</script> <img src=x onerror="alert(1)"> <b onclick="x()">hi</b>')
    assert "<script" not in html
    assert "alert" not in html
    assert "onerror" not in html and "onclick" not in html
    assert "<img" not in html


def test_empty_text_renders_nothing():
    assert markdown_to_html("") == ""
    assert markdown_to_html(None) == ""


def marked_terms(html):
    """The words the glossary markup wraps, in order."""
    return re.findall(r'class="govuk-link lo-term__link"[^>]*>([^<]+)</a>', html)


def test_script_typed_by_staff_never_reaches_the_page():
    html = markdown_to_html("Hello <script>alert('x')</script> there\n\n<img src=x onerror=alert(1)>")
    assert "<script" not in html
    assert "onerror" not in html
    assert "<img" not in html
    assert "Hello" in html


def test_javascript_links_are_removed_but_ordinary_links_kept():
    html = markdown_to_html("[bad](javascript:alert(1)) and [good](https://example.org)")
    assert "javascript:" not in html
    assert '<a href="https://example.org">good</a>' in html


def test_headings_start_at_level_two_with_ids_for_a_contents_list():
    rendered = render_markdown("# What to do first\n\ntext\n\n## Smaller\n\nmore")
    assert '<h2 id="section-what-to-do-first">What to do first</h2>' in rendered.html
    assert "<h3" in rendered.html
    assert "<h1" not in rendered.html
    assert rendered.headings == [("section-what-to-do-first", "What to do first")]


def test_tables_and_lists_survive_sanitising():
    html = markdown_to_html("| step | time |\n| --- | --- |\n| assess | 6 weeks |\n\n- one\n- two")
    assert "<table>" in html and "<td>6 weeks</td>" in html
    assert "<li>one</li>" in html


def test_the_markdown_filter_explains_a_glossary_term_with_its_definition():
    make_glossary_term(term="Special educational needs co-ordinator", abbreviation="SENCO", slug="senco")
    html = Template("{% load localoffer %}{{ text|markdown }}").render(Context({"text": "Ask the SENCO."}))
    assert marked_terms(html) == ["SENCO"]
    assert 'href="/glossary/#senco"' in html
    definition_id = re.search(r'aria-describedby="([^"]+)"', html).group(1)
    assert f'id="{definition_id}"' in html
    assert "Special educational needs co-ordinator (SENCO): What Special educational needs co-ordinator means." in html


def test_only_the_first_occurrence_of_each_term_is_explained():
    make_glossary_term(term="Education, health and care plan", abbreviation="EHC plan", aliases="EHCP")
    html = markdown_to_html("An EHCP is a plan.\n\nYour EHC plan says what help you get. EHCP again.")
    assert marked_terms(html) == ["EHCP"]


def test_abbreviations_match_whole_words_with_their_capitals_only():
    make_glossary_term(term="Autism spectrum disorder", abbreviation="ASD")
    assert marked_terms(markdown_to_html("The word asd, the word ASDA and non-ASD are not the term.")) == []
    assert marked_terms(markdown_to_html("A diagnosis of ASD.")) == ["ASD"]


def test_ordinary_words_match_whatever_their_case_and_across_line_breaks():
    make_glossary_term(term="Short breaks")
    assert marked_terms(markdown_to_html("Ask about short\nbreaks for your family.")) == ["short\nbreaks"]


def test_the_longest_term_wins_where_terms_overlap():
    make_glossary_term(term="Special educational needs", abbreviation="SEN")
    make_glossary_term(term="SEN support")
    assert marked_terms(markdown_to_html("Your child gets SEN support.")) == ["SEN support"]


def test_terms_are_never_explained_inside_links_headings_or_code():
    make_glossary_term(term="Special educational needs co-ordinator", abbreviation="SENCO")
    html = markdown_to_html(
        "# Talk to the SENCO\n\n[Email the SENCO](mailto:a@example.org)\n\n`SENCO`\n\nThe SENCO helps."
    )
    assert marked_terms(html) == ["SENCO"]
    assert '<h2 id="section-talk-to-the-senco">Talk to the SENCO</h2>' in html
    assert '<a href="mailto:a@example.org">Email the SENCO</a>' in html
    assert "<code>SENCO</code>" in html
    assert '<p>The <span class="lo-term">' in html


def test_glossary_markup_stays_sanitised_when_a_definition_holds_html():
    make_glossary_term(term="Tribunal", definition='<script>alert("x")</script> & an "appeal" court')
    html = markdown_to_html("Go to the tribunal.")
    assert "<script" not in html
    assert "&lt;script&gt;" in html


def test_escaped_text_stays_escaped_after_glossary_marking():
    make_glossary_term(term="Tribunal")
    html = markdown_to_html("Type `<b>` or 5 &lt; 6 near the tribunal.")
    assert "<b>" not in html.replace("<code>&lt;b&gt;</code>", "")
    assert "5 &lt; 6" in html


def test_rendering_reads_the_glossary_at_most_once(django_assert_max_num_queries):
    make_glossary_term(term="Short breaks")
    markdown_to_html("Warm the cache with short breaks.")
    with django_assert_max_num_queries(1):
        html = markdown_to_html("Short breaks for everyone.")
    assert marked_terms(html) == ["Short breaks"]


def test_a_new_glossary_term_is_used_at_once():
    make_glossary_term(term="Short breaks")
    assert marked_terms(markdown_to_html("Portage and short breaks.")) == ["short breaks"]
    make_glossary_term(term="Portage")
    assert marked_terms(markdown_to_html("Portage and short breaks.")) == ["Portage", "short breaks"]


def test_a_term_whose_words_a_non_breaking_space_joins_is_still_explained():
    make_glossary_term(term="Short breaks")
    html = markdown_to_html("Ask about short\u00a0breaks.")
    assert marked_terms(html) == ["short&nbsp;breaks"]


def test_text_with_no_glossary_term_in_it_is_shown_as_written():
    make_glossary_term(term="Short breaks")
    text = "Call 01202 123456.\n\n- *Clubs* on `Saturdays`\n- [Swimming](https://example.org/swim 'Pool')"
    assert markdown_to_html(text) == render_markdown(text, glossary=False).html


def test_text_without_any_glossary_is_rendered_plainly():
    assert markdown_to_html("Plain words.") == "<p>Plain words.</p>"


def test_glossary_still_works_when_the_shared_cache_is_down(settings):
    make_glossary_term(term="Short breaks")
    nothing_listens = "redis://127.0.0.1:1/0"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": nothing_listens}
    }
    assert marked_terms(markdown_to_html("Short breaks help.")) == ["Short breaks"]
    make_glossary_term(term="Portage")
    assert marked_terms(markdown_to_html("Portage helps.")) == ["Portage"]


def test_staff_headings_never_take_the_pages_own_ids():
    html = markdown_to_html("## Main content\n\nText.\n\n## Navigation\n\nMore.")
    assert 'id="main-content"' not in html and 'id="navigation"' not in html
    assert 'id="section-main-content"' in html
