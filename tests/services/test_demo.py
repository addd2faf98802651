"""The demo data: enough realistic, fictional services to try every search and filter."""

import re

import pytest
from django.core.management import call_command

from services import reviews
from services.models import Category, LocalOfferAnswer, Location, Need, Organisation, Service
from tests.factories import make_organisation, make_service

pytestmark = pytest.mark.django_db
TOWN_WORDS = re.compile(r"\b(bournemouth|christchurch|poole)\b", re.IGNORECASE)


def test_demo_covers_every_category_need_and_town_and_is_idempotent():
    call_command("seed_demo", verbosity=0)
    published = Service.objects.filter(status__in=Service.VISIBLE_STATUSES)
    first_count = published.count()
    assert 140 <= first_count <= 170
    for category in Category.objects.filter(parent__isnull=False):
        assert published.filter(categories=category).exists(), category
    for need in Need.objects.filter(parent__isnull=False):
        assert published.filter(needs=need).exists(), need
    for town in ("bournemouth", "christchurch", "poole"):
        assert published.filter(locations__town=town).exists()
    assert published.filter(coverage=Service.Coverage.AREA_WIDE).exists()
    assert published.filter(coverage=Service.Coverage.ONLINE).exists()
    for age in range(26):
        assert published.filter(minimum_age__lte=age, maximum_age__gte=age).exists()
    assert all(location.postcode.startswith("BH") for location in Location.objects.all())
    assert not published.exclude(phone__startswith="01632 960").exists()

    call_command("seed_demo", verbosity=0)
    assert published.count() == first_count


def test_demo_services_are_distinct_listings_not_one_copy_per_town():
    call_command("seed_demo", verbosity=0)
    published = Service.objects.filter(status__in=Service.VISIBLE_STATUSES)
    names = [" ".join(TOWN_WORDS.sub(" ", name).lower().split()) for name in published.values_list("name", flat=True)]
    assert len(names) == len(set(names))
    descriptions = list(published.values_list("description", flat=True))
    assert len(descriptions) == len(set(descriptions))
    assert not published.filter(description__icontains="fictional").exists()
    assert Organisation.objects.filter(services__in=published).distinct().count() >= 35
    answer_sets = {
        tuple(LocalOfferAnswer.objects.filter(service=service).values_list("answer", flat=True))
        for service in published
    }
    assert len(answer_sets) > published.count() * 0.9


def test_demo_review_dates_agree_and_only_a_handful_are_overdue():
    call_command("seed_demo", verbosity=0)
    services = Service.objects.exclude(slug__startswith="synthetic-service-")
    assert all(service.review_due == reviews.review_due_after(service.last_reviewed) for service in services)
    assert 1 <= reviews.services_overdue().count() < 10
    assert services.filter(status=Service.Status.TEMPORARILY_CLOSED).exclude(status_note="").count() >= 2
    assert services.filter(status=Service.Status.DRAFT).exists()
    assert services.filter(status=Service.Status.ARCHIVED).exists()


def test_reloading_removes_the_templated_copies_an_earlier_demo_made_and_nothing_else():
    old = make_organisation(name="BCP Example Council SEND Team", slug="bcp-example-council-send-team")
    make_service(
        "Little Waves Autism Playgroup Poole",
        organisation=old,
        description="Little Waves Autism Playgroup Poole is a fictional service made up for this demonstration site.",
    )
    kept = make_service("A service staff added", description="A real listing.")
    call_command("seed_demo", verbosity=0)
    assert not Service.objects.filter(slug="little-waves-autism-playgroup-poole").exists()
    assert not Organisation.objects.filter(slug="bcp-example-council-send-team").exists()
    assert Service.objects.filter(pk=kept.pk).exists()


def test_seed_demo_adds_synthetic_services_for_benchmarks():
    call_command("seed_demo", services=40, verbosity=0)
    assert Service.objects.filter(slug__startswith="synthetic-service-").count() == 40
    call_command("seed_demo", services=50, verbosity=0)
    assert Service.objects.filter(slug__startswith="synthetic-service-").count() == 50


def test_demo_opening_times_answers_and_synthetic_listings_have_history():
    """A restore takes rows without history to be unknown; the demo's own rows are recorded like any edit."""
    from services.models import OpeningTime

    call_command("seed_demo", services=20, verbosity=0)
    for model in (OpeningTime, LocalOfferAnswer, Location, Service):
        rows = set(model.objects.values_list("pk", flat=True))
        assert rows
        assert rows <= set(model.history.values_list("id", flat=True)), model
