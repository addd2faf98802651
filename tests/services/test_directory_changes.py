"""Every change to a listing records which services it touched, in order, for each server's search index."""

import pytest

from localoffer.content.models import GlossaryTerm
from services.directory_version import (
    directory_changes_deferred,
    directory_changes_prune,
    directory_changes_since,
    directory_version,
    version_number,
)
from services.models import Location
from tests.factories import make_category, make_location, make_organisation, make_service, make_wait


def changes_after(version):
    return directory_changes_since(number=version_number(version))


@pytest.mark.django_db
def test_an_edit_records_the_services_it_touched_and_nothing_else():
    harbour_trust = make_organisation(name="Harbour Trust")
    swim = make_service("Harbour Swim", organisation=harbour_trust)
    club = make_service("Harbour Club", organisation=harbour_trust)
    other = make_service("Chatterbox")
    location = make_location(service=other)
    before = directory_version()
    swim.summary = "Lessons on Saturdays."
    swim.save()
    assert changes_after(before) == {swim.pk}
    before = directory_version()
    harbour_trust.name = "Seaside Trust"
    harbour_trust.save()
    assert changes_after(before) == {swim.pk, club.pk}
    before = directory_version()
    location.town = Location.Town.CHRISTCHURCH
    location.save()
    make_wait(service=club, unit="weeks", amount=3)
    assert changes_after(before) == {other.pk, club.pk}
    before, other_id = directory_version(), other.pk
    other.delete()
    assert changes_after(before) == {other_id}
    before = directory_version()
    GlossaryTerm.objects.create(term="Respite", definition="A break for carers.")
    assert directory_version() != before and changes_after(before) == set()


@pytest.mark.django_db
def test_a_change_to_a_category_or_links_says_which_services_or_everything():
    category = make_category("Swimming")
    swim = make_service("Harbour Swim")
    before = directory_version()
    swim.categories.add(category)
    assert changes_after(before) == {swim.pk}
    before = directory_version()
    category.name = "Swimming and water play"
    category.save()
    assert changes_after(before) is None  # the whole directory: every search of the category changes


@pytest.mark.django_db
def test_an_import_records_its_services_once_at_the_end():
    before = directory_version()
    with directory_changes_deferred():
        first = make_service("Harbour Swim")
        second = make_service("Harbour Club")
        assert directory_version() == before
    assert changes_after(before) == {first.pk, second.pk}


@pytest.mark.django_db
def test_a_server_behind_the_pruned_log_is_told_to_build_afresh():
    make_service("Harbour Swim")
    old = directory_version()
    for _ in range(3):
        make_service()
    directory_changes_prune(number=version_number(directory_version()), keep=1)
    assert changes_after(old) is None
    assert changes_after(directory_version()) == set()
