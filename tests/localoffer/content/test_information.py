"""Information and advice pages: the tree, drafts, breadcrumbs, contents lists and staff previews."""

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from tests.factories import make_glossary_term, make_information_page, staff_sign_in

pytestmark = pytest.mark.django_db

LONG_BODY = "Intro.\n\n# First part\n\ntext\n\n# Second part\n\ntext\n\n# Third part\n\ntext"


def test_information_index_lists_published_top_sections_in_order(client):
    make_information_page(title="Short breaks", slug="short-breaks", order=2)
    make_information_page(title="I am concerned about my child", slug="concerned-about-my-child", order=1)
    make_information_page(title="Secret draft", slug="draft", published=False)
    child_parent = make_information_page(title="Parent", slug="parent", order=3)
    make_information_page(title="Not a top section", parent=child_parent)
    html = client.get("/information/").content.decode()
    assert html.index("I am concerned about my child") < html.index("Short breaks")
    assert "Secret draft" not in html
    assert "Not a top section" not in html
    assert 'href="/information/short-breaks/"' in html


def test_page_shows_breadcrumbs_body_children_and_last_updated(client):
    section = make_information_page(title="Education, health and care plans", slug="education-health-and-care-plans")
    page = make_information_page(
        title="Annual reviews", slug="annual-reviews", parent=section, body="Every plan is **reviewed**."
    )
    make_information_page(title="After the meeting", slug="after", parent=page)
    make_information_page(title="Hidden child", slug="hidden", parent=page, published=False)

    response = client.get("/information/education-health-and-care-plans/annual-reviews/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="govuk-heading-xl">Annual reviews</h1>' in html
    assert '<a class="govuk-breadcrumbs__link" href="/information/education-health-and-care-plans/">' in html
    assert "<strong>reviewed</strong>" in html
    assert "In this section" in html and "After the meeting" in html
    assert "Hidden child" not in html
    assert "Last updated" in html
    assert f'<meta name="description" content="{page.summary}">' in html
    assert '<meta property="og:title" content="Annual reviews">' in html


def test_long_page_gets_a_contents_list_and_short_page_does_not(client):
    make_information_page(slug="long", body=LONG_BODY)
    make_information_page(slug="short", body="# Only part\n\ntext")
    long_html = client.get("/information/long/").content.decode()
    assert '<a class="govuk-link" href="#section-second-part">Second part</a>' in long_html
    assert "Contents" not in client.get("/information/short/").content.decode()


def test_draft_pages_and_pages_inside_draft_sections_are_hidden_from_the_public(client):
    draft_section = make_information_page(slug="coming-soon", published=False)
    make_information_page(slug="inside", parent=draft_section)
    make_information_page(slug="draft-page", published=False)
    assert client.get("/information/coming-soon/").status_code == 404
    assert client.get("/information/coming-soon/inside/").status_code == 404
    assert client.get("/information/draft-page/").status_code == 404
    assert client.get("/information/no-such-page/").status_code == 404
    assert client.get("/information/a%00b/").status_code == 404


def test_staff_preview_drafts_with_a_banner(client):
    make_information_page(title="Not ready yet", slug="draft-page", published=False)
    staff = User.objects.create_user("editor", password="a-long-password-1234", is_staff=True)
    client.force_login(staff)
    assert client.get("/information/draft-page/").status_code == 404  # a password alone is not enough
    staff_sign_in(client, staff)
    response = client.get("/information/draft-page/")
    assert response.status_code == 200
    assert "This is a draft. Only staff can see it" in response.content.decode()


def test_glossary_terms_are_explained_in_information_pages(client):
    make_glossary_term(term="Special educational needs co-ordinator", abbreviation="SENCO", slug="senco")
    make_information_page(slug="school", body="# Ask the SENCO\n\nTalk to the SENCO at school.")
    html = client.get("/information/school/").content.decode()
    assert 'href="/glossary/#senco"' in html
    assert '<h2 id="section-ask-the-senco">Ask the SENCO</h2>' in html


def test_moving_a_section_moves_the_addresses_of_the_pages_inside_it(client):
    section = make_information_page(slug="old-name")
    child = make_information_page(slug="child", parent=section)
    grandchild = make_information_page(slug="grandchild", parent=child)
    section.slug = "new-name"
    section.save()
    grandchild.refresh_from_db()
    assert grandchild.get_absolute_url() == "/information/new-name/child/grandchild/"
    assert client.get("/information/new-name/child/grandchild/").status_code == 200
    assert client.get("/information/old-name/child/grandchild/").status_code == 404


def test_two_pages_in_one_section_cannot_share_a_slug():
    make_information_page(slug="same")
    with pytest.raises(IntegrityError):
        make_information_page(slug="same")


def test_a_page_cannot_be_placed_inside_its_own_child():
    section = make_information_page(slug="section")
    child = make_information_page(slug="child", parent=section)
    section.parent = child
    with pytest.raises(ValidationError):
        section.full_clean()


def test_page_view_uses_a_handful_of_queries(client, django_assert_max_num_queries):
    section = make_information_page(slug="section", body=LONG_BODY)
    for number in range(5):
        make_information_page(slug=f"child-{number}", parent=section)
    client.get("/information/section/")
    with django_assert_max_num_queries(6):
        assert client.get("/information/section/").status_code == 200


def test_glossary_page_lists_every_term_with_an_anchor(client):
    make_glossary_term(term="Annual review", definition="A yearly check of an EHC plan.")
    make_glossary_term(term="Education, health and care plan", abbreviation="EHC plan", aliases="EHCP, EHC plans")
    html = client.get("/glossary/").content.decode()
    assert 'id="annual-review"' in html
    assert "A yearly check of an EHC plan." in html
    assert "Education, health and care plan (EHC plan)" in html
    assert "Also called: EHCP<" in html  # "EHC plans" is a form of the abbreviation, listed only for marking text
    assert 'href="#letter-A"' in html and 'href="#letter-E"' in html
    assert 'href="#letter-Z"' not in html


def test_glossary_page_reads_the_terms_in_one_query(client, django_assert_max_num_queries):
    for number in range(30):
        make_glossary_term(term=f"Term {number}")
    with django_assert_max_num_queries(1):
        assert client.get("/glossary/").status_code == 200


def test_a_kept_page_reads_only_its_versions_and_any_page_or_glossary_edit_shows_at_once(
    client, django_assert_max_num_queries
):
    section = make_information_page(slug="section", title="Getting help", body="Ask about short breaks.")
    client.get("/information/section/")
    with django_assert_max_num_queries(1):  # its two versions, read together from the shared cache
        assert "Ask about short breaks." in client.get("/information/section/").content.decode()

    make_information_page(slug="child", parent=section, title="Short breaks near you")
    section.body = "Ask the council about short breaks."
    section.save()
    make_glossary_term(term="Short breaks", definition="Time off for carers.")
    html = client.get("/information/section/").content.decode()
    assert "Ask the council about" in html
    assert "Short breaks near you" in html
    assert "Time off for carers." in html


def test_the_kept_information_index_reads_only_its_version_and_a_new_section_shows_at_once(
    client, django_assert_max_num_queries
):
    make_information_page(slug="getting-help", title="Getting help", summary="Who to ask.")
    client.get("/information/")
    with django_assert_max_num_queries(1):  # its version, from the shared cache
        assert "Getting help" in client.get("/information/").content.decode()

    make_information_page(slug="short-breaks", title="Short breaks", summary="Time away.")
    html = client.get("/information/").content.decode()
    assert "Getting help" in html and "Short breaks" in html
