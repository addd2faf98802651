"""A problem told in everyday words ("he covers his ears", "she cant dress herself", "since her dad died she
wont talk") finds the help for it: the vocabulary's phrases are found whoever they are said of, and the kinds
of help staff relate to a problem stand for the kind asked for when the question names none."""

from urllib.parse import urlencode

import pytest

from services import taxonomy
from services.models import SearchTerm
from tests.factories import make_service
from tests.services.search_directory import names, search

pytestmark = pytest.mark.django_db


def found(text):
    return names(search(urlencode({"q": text})))


def test_a_phrase_is_found_with_a_word_for_whose_it_is_put_inside_it():
    """The vocabulary says "covers ears"; a parent types "covers his ears"."""
    SearchTerm.objects.create(term="sensory processing", also_known_as="sensory needs, covers ears")
    make_service("Sensory Clinic", summary="Assessments for children with sensory needs.")
    make_service("Ear Care Clinic", summary="Ears checked and cleaned; the clinic covers every town.")

    assert found("he covers his ears when the hand dryer goes")[0] == "Sensory Clinic"
    assert found("she covers her ears")[0] == "Sensory Clinic"


def test_a_phrase_is_found_whoever_it_is_said_of_himself_or_herself():
    """The vocabulary says "dress themselves"; a parent types "dress herself"."""
    SearchTerm.objects.create(term="self-care skills", also_known_as="dress themselves, getting dressed")
    make_service("Getting Ready Group", summary="Helping children learn self-care skills at home.")
    make_service("Dress Up Drama", summary="Dress up, drama and games for children.")

    assert found("shes 7 and still cant dress herself")[0] == "Getting Ready Group"
    assert found("he cant dress himself")[0] == "Getting Ready Group"


@pytest.fixture
def bereavement():
    """A problem staff relate to a kind of help: bereavement to counselling."""
    counselling = SearchTerm.objects.create(
        term="counselling", also_known_as="counsellor, someone to talk to", kind_of_help=True
    )
    grief = SearchTerm.objects.create(term="bereavement", also_known_as="grief, died, passed away")
    grief.related_kinds.add(counselling)
    make_service("Talk Space", summary="Free counselling for young people aged 11 to 25.")
    make_service(
        "Family Fun Days",
        summary="Days out at the beach and the zoo for families.",
        description="Our charity was started by a family whose grandad died, to give families happy days together.",
    )
    make_service("Homework Club", summary="Help with homework after school.")


def test_a_problem_with_no_kind_of_help_named_finds_the_kind_staff_relate_to_it_first(bereavement):
    """A listing that only mentions the problem in passing comes after the help for it."""
    result = found("since her dad died she wont come out of her room")

    assert result[0] == "Talk Space"
    assert "Family Fun Days" in result  # still found, after


def test_a_listing_saying_it_helps_with_the_problem_comes_before_a_related_kind(bereavement):
    make_service("Grief Support Group", summary="A group for children and teenagers coping with grief.")

    assert found("her grandad died last month")[:2] == ["Grief Support Group", "Talk Space"]


def test_a_kind_of_help_named_still_comes_before_the_kinds_related_to_a_problem(bereavement):
    make_service("Homework Help Line", summary="Help with homework by phone.")

    result = found("homework club for my son since his dad died")

    assert result[0] == "Homework Club"


def test_with_a_need_named_beside_a_problem_the_needs_own_services_still_come_first():
    counselling = SearchTerm.objects.create(term="counselling", also_known_as="counsellor", kind_of_help=True)
    refusal = SearchTerm.objects.create(term="school avoidance", also_known_as="wont go to school")
    refusal.related_kinds.add(counselling)
    SearchTerm.objects.create(term="autism", also_known_as="autistic")
    make_service("Autism Parents Group", summary="Parents of autistic children meet monthly.")
    make_service("Talk Space", summary="Free counselling for young people aged 11 to 25.")

    assert found("my autistic son wont go to school")[:2] == ["Autism Parents Group", "Talk Space"]
    assert found("my son wont go to school")[0] == "Talk Space"


def test_a_problem_no_listing_words_finds_the_kinds_of_help_staff_relate_to_it():
    breaks = SearchTerm.objects.create(term="short breaks", also_known_as="respite", kind_of_help=True)
    tired = SearchTerm.objects.create(term="carer exhaustion", also_known_as="exhausted, worn out")
    tired.related_kinds.add(breaks)
    make_service("Time Out", summary="Respite for parent carers of disabled children.")
    make_service("Swim Club", summary="Swimming lessons.")

    assert found("im exhausted") == ["Time Out"]


@pytest.fixture
def listings():
    """Listings in their providers' words, and the starting vocabulary."""
    taxonomy.taxonomy_load()
    rows = [
        ("Sleep Service", "Help for families of children with long-standing sleep difficulties."),
        ("Feeding Clinic", "Assessment for children with restricted eating and food refusal."),
        ("Eating and Drinking Team", "Speech and language therapists for children with swallowing difficulties."),
        ("Children's Occupational Therapy", "Occupational therapy for children whose coordination affects daily life."),
        ("Speech and Language Therapy", "NHS speech and language therapy for children."),
        ("Talk It Through", "Counselling for young people aged 11 to 25."),
        ("Hearing Clinic", "Hearing tests and hearing aids for children."),
        ("Special Care Dental Service", "Dental care for children who cannot see a high-street dentist."),
        ("Equipment Loans", "Hoists, bath seats and specialist beds on loan for disabled children."),
        ("Short Breaks", "Respite and short breaks so parent carers can have a rest."),
        ("Family Days Out", "Days out at the beach and the zoo."),
        ("Youth Theatre", "Drama for children who love to be on stage, with a show in the summer."),
    ]
    for name, summary in rows:
        make_service(name, summary=summary)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("wont go to sleep till 2am", "Sleep Service"),
        ("she will only eat plain pasta", "Feeding Clinic"),
        ("he gags on anything lumpy", "Eating and Drinking Team"),
        ("he still cant do his buttons or tie his laces", "Children's Occupational Therapy"),
        ("she cant hold a pencil properly", "Children's Occupational Therapy"),
        ("nobody can understand what hes saying", "Speech and Language Therapy"),
        ("kids at school keep picking on him", "Talk It Through"),
        ("she says she doesnt want to be here anymore", "Talk It Through"),
        ("he doesnt answer when we call and turns the telly up", "Hearing Clinic"),
        ("the dentist couldnt even look in his mouth", "Special Care Dental Service"),
        ("my back is going from lifting him", "Equipment Loans"),
        ("im exhausted and falling apart", "Short Breaks"),
    ],
)
def test_a_problem_in_everyday_words_finds_the_help_for_it(listings, typed, expected):
    assert found(typed)[0] == expected
