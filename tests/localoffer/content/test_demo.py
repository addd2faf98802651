"""The demo data: the advice pages other pages link to, a full glossary, and the inspection news."""

import io
import re

import pytest
from django.core.management import call_command

from localoffer.content import demo as localoffer_demo
from localoffer.content.models import GlossaryTerm, InformationPage, NewsItem

pytestmark = pytest.mark.django_db

LINKED_SLUGS = [
    "concerned-about-my-child",
    "working-together",
    "send-improvement-plan",
    "education-health-and-care-plans",
    "preparing-for-adulthood",
    "short-breaks",
    "complaints-and-disagreements",
    "another-way",
]


@pytest.fixture
def demo():
    """The site's own demo content (pages, glossary, news), loaded twice to prove it is idempotent."""
    for _ in range(2):
        localoffer_demo.load(stdout=io.StringIO(), options={})


def test_demo_data_loads_twice_without_duplicates(demo):
    assert InformationPage.objects.filter(parent=None).count() == len(LINKED_SLUGS)
    assert GlossaryTerm.objects.count() >= 40
    assert NewsItem.objects.filter(slug="ofsted-and-cqc-inspection-2025").count() == 1


def test_every_linked_advice_page_exists(client, demo):
    assert {slug: client.get(f"/information/{slug}/").status_code for slug in LINKED_SLUGS} == dict.fromkeys(
        LINKED_SLUGS, 200
    )


def test_seed_demo_command_loads_every_part_of_the_site_and_can_run_again():
    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())
    assert InformationPage.objects.filter(parent=None).count() == len(LINKED_SLUGS)


def test_demo_glossary_has_the_terms_families_meet_most(demo):
    names = set(GlossaryTerm.objects.values_list("term", flat=True)) | set(
        GlossaryTerm.objects.values_list("abbreviation", flat=True)
    )
    for name in ["Local Offer", "Ofsted", "CQC", "SENCO", "EHC plan", "EHC needs assessment", "SEN support",
                 "Graduated response", "SEMH", "SLCN", "ASD", "ADHD", "CAMHS", "SENDIASS", "PfA", "Annual review",
                 "Tribunal", "Short breaks", "Personal budget", "Co-production"]:  # fmt: skip
        assert name in names


def test_every_internal_link_in_the_demo_pages_leads_somewhere_or_to_another_part_of_the_site(client, demo):
    own_prefixes = ("/information/", "/news/", "/glossary/", "/contact/", "/accessibility/")
    for page in InformationPage.objects.all():
        for href in re.findall(r"\]\((/[^)]*)\)", page.body):
            if href.startswith(own_prefixes):
                assert client.get(href).status_code == 200, (page.path, href)


def test_inspection_news_covers_what_was_praised_and_what_must_improve(client, demo):
    html = client.get("/news/ofsted-and-cqc-inspection-2025/").content.decode()
    for phrase in ["2021", "multi-agency", "on time", "neurodevelopmental assessments", "co-production forums"]:
        assert phrase in html
