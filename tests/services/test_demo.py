"""The demo data: enough realistic, fictional services to try every search and filter."""

import pytest
from django.core.management import call_command

from services.models import Category, Location, Need, Service

pytestmark = pytest.mark.django_db


def test_demo_covers_every_category_need_and_town_and_is_idempotent():
    call_command("seed_demo", verbosity=0)
    published = Service.objects.filter(status__in=Service.VISIBLE_STATUSES)
    first_count = published.count()
    assert first_count >= 150
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


def test_seed_demo_adds_synthetic_services_for_benchmarks():
    call_command("seed_demo", services=40, verbosity=0)
    assert Service.objects.filter(slug__startswith="synthetic-service-").count() == 40
    call_command("seed_demo", services=50, verbosity=0)
    assert Service.objects.filter(slug__startswith="synthetic-service-").count() == 50
