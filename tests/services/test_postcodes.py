"""Postcodes: what people type is tidied, placed, and a council's full postcode file can be loaded."""

import pytest
from django.core.management import CommandError, call_command

from services import postcodes
from services.models import PostcodeCentroid


@pytest.mark.parametrize(
    ("typed", "tidy"), [("bh231aa", "BH23 1AA"), (" BH23  1AA ", "BH23 1AA"), ("bh23", "BH23"), ("SO41", "SO41")]
)
def test_postcodes_are_tidied(typed, tidy):
    assert postcodes.postcode_normalise(typed) == tidy


@pytest.mark.parametrize("typed", ["", "BH", "12345", "BH23 1A", "poole", "BH23 1AAA"])
def test_malformed_postcodes_are_explained(typed):
    with pytest.raises(postcodes.PostcodeError, match="Enter a full postcode"):
        postcodes.postcode_normalise(typed)


@pytest.mark.django_db
def test_every_bcp_postcode_district_has_a_centroid():
    for district in [f"BH{number}" for number in range(1, 26)]:
        assert postcodes.postcode_locate(text=district).label == district


@pytest.mark.django_db
def test_unknown_district_is_explained():
    with pytest.raises(postcodes.PostcodeError, match="We could not find ZZ9"):
        postcodes.postcode_locate(text="ZZ9")


@pytest.mark.django_db
def test_load_postcodes_reads_an_onspd_csv(tmp_path):
    csv = tmp_path / "onspd.csv"
    csv.write_text(
        "pcd,pcds,doterm,lat,long\n"
        "BH231AA,BH23 1AA,,50.7350,-1.7780\n"
        "BH231AB,BH23 1AB,201001,50.7360,-1.7790\n"
        "DT1 1AA,DT1 1AA,,50.7150,-2.4370\n"
        "BH999ZZ,BH99 9ZZ,,99.999999,0.000000\n"
        "junk,junk,,x,y\n"
    )
    call_command("load_postcodes", str(csv), "--area", "BH", verbosity=0)
    assert list(PostcodeCentroid.objects.values_list("postcode", flat=True)) == ["BH23 1AA"]
    call_command("load_postcodes", str(csv), verbosity=0)  # again, all areas: updates, adds, never duplicates
    assert PostcodeCentroid.objects.count() == 2
    place = postcodes.postcode_locate(text="bh231aa")
    assert (place.latitude, place.longitude, place.exact) == (50.735, -1.778, True)


@pytest.mark.django_db
def test_load_postcodes_refuses_a_file_without_the_columns(tmp_path):
    csv = tmp_path / "other.csv"
    csv.write_text("postcode,x\nBH23 1AA,1\n")
    with pytest.raises(CommandError, match="pcds"):
        call_command("load_postcodes", str(csv))
