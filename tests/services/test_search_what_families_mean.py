"""What a family's words ask for when they name a problem rather than a service: a child with no friends wants
somewhere to make some, a council saying no is a disagreement to take further, a house that no longer suits a
wheelchair is a house to adapt."""

import pytest

from tests.factories import make_service
from tests.services.search_directory import found_for

pytestmark = pytest.mark.django_db


def test_a_child_with_no_friends_finds_a_social_group_before_services_for_the_needs_alone(vocabulary):
    make_service("Autism and Anxiety Clinic", summary="Assessment and therapy for autistic children with anxiety.")
    make_service("Meet Up Social Group", summary="A weekly social group for autistic young people to meet others.")
    found = found_for("my son is autistic and anxious and has no friends")
    assert found[0] == "Meet Up Social Group"


def test_a_council_refusing_an_assessment_finds_help_to_challenge_the_decision(vocabulary):
    make_service("SEND Casework Team", summary="The council team that carries out EHC needs assessments.")
    make_service("SEND Mediation", summary="Independent mediation for parents who disagree with a decision about "
                 "an EHC needs assessment.")  # fmt: skip
    found = found_for("what can I do if the council refuses an EHC assessment")
    assert found[0] == "SEND Mediation"


def test_a_house_no_longer_suitable_for_a_wheelchair_finds_home_adaptations(vocabulary):
    make_service("Wheelchair Basketball", summary="Basketball for wheelchair users of every age.")
    make_service("Home Adaptations Team", summary="Disabled facilities grants for home adaptations: ramps, "
                 "stairlifts and wet rooms.")  # fmt: skip
    found = found_for("our house isnt suitable for his wheelchair anymore")
    assert found[0] == "Home Adaptations Team"


def test_a_child_struggling_at_school_with_two_needs_finds_sen_support_first(vocabulary):
    make_service("ADHD Family Network", summary="Meet other families of children with ADHD.")
    make_service("Dyslexia Drop-in", summary="A drop-in after school for dyslexic children.")
    make_service("Learning Support Advisers", summary="Advice on SEN support and the graduated approach for pupils "
                 "with dyslexia.")  # fmt: skip
    found = found_for("daughter has adhd and dyslexia struggling at school")
    assert found[0] == "Learning Support Advisers"


def test_self_harm_finds_counselling_and_mental_health_services_as_well(vocabulary):
    make_service("Self Harm Support Line", summary="Support for young people who self harm.")
    make_service("Youth Counselling", summary="Free counselling for young people who want someone to talk to.")
    make_service("Chess Club", summary="Chess for young people.")
    found = found_for("my son is self harming")
    assert found[:2] == ["Self Harm Support Line", "Youth Counselling"]
    assert "Chess Club" not in found


def test_somewhere_to_meet_others_is_a_social_group(vocabulary):
    make_service("Autism Diagnosis Clinic", summary="Assessment for children who may be autistic.")
    make_service("Friday Social Group", summary="A weekly social group for young people with additional needs.")
    found = found_for("is there anywhere my autistic son can meet other teenagers")
    assert found[0] == "Friday Social Group"


def test_meeting_other_families_is_a_parent_support_group_not_a_social_group_for_children(vocabulary):
    make_service("Friday Social Group", summary="A weekly social group for young people with additional needs.")
    make_service("Parents Coffee Morning", summary="A parent support group with coffee and cake.")
    found = found_for("where can we meet other families")
    assert found[0] == "Parents Coffee Morning"


def test_home_adaptations_are_not_a_sport_adapted_for_wheelchair_users(vocabulary):
    make_service("Adaptive Surfing", summary="Adaptive surf lessons for wheelchair users on adapted boards.")
    make_service("Housing Options", summary="Advice on moving, or on adaptations to the home, for disabled families.")
    found = found_for("our house isnt suitable for his wheelchair anymore")
    assert found[0] == "Housing Options"


@pytest.mark.parametrize("typed", ["PIP", "DLA for my son"])
def test_a_disability_benefit_named_finds_benefits_advice_too(vocabulary, typed):
    make_service("Disability Benefit Forms", summary="Help to fill in claim forms for DLA and PIP.")
    make_service("Welfare Rights", summary="Benefits checks and welfare rights advice for families.")
    make_service("Chess Club", summary="Chess for children and adults.")
    found = found_for(typed)
    assert found == ["Disability Benefit Forms", "Welfare Rights"]


def test_getting_paid_for_caring_is_carers_allowance_and_benefits_advice(vocabulary):
    make_service("Parent Carers Group", summary="A group for parents caring for a disabled child.")
    make_service("Welfare Rights", summary="Benefits checks and welfare rights advice for families.")
    make_service("Carer's Allowance Advice", summary="Help to claim Carer's Allowance.")
    found = found_for("can I get paid for caring for my disabled child")
    assert found[:2] == ["Carer's Allowance Advice", "Welfare Rights"]


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("can we get a parking badge my boy bolts into the road", "Blue Badge Scheme"),
        ("my sons wheelchair is broken and hes grown out of it anyway who do i ring", "Children's Wheelchair Service"),
        ("special bed for my son, he keeps falling out at night", "Community Equipment Loans"),
    ],
)
def test_everyday_names_for_a_badge_a_wheelchair_repair_or_a_special_bed_find_the_service(vocabulary, typed, wanted):
    make_service("Blue Badge Scheme", summary="Apply for a Blue Badge for disabled parking.")
    make_service("Children's Wheelchair Service", summary="Assessment and provision of wheelchairs for children.")
    make_service("Wheelchair Basketball", summary="Basketball for wheelchair users on Saturdays.")
    make_service("Community Equipment Loans", summary="Loan of specialist equipment for home after an OT assessment.")
    make_service("Safer Roads Parenting", summary="Parenting support for children who run into the road.")
    assert found_for(typed)[0] == wanted


def test_childcare_finds_childminders_and_nurseries_that_take_additional_needs(vocabulary):
    make_service("Inclusive Childminder Network", summary="Registered childminders trained in additional needs.")
    make_service("Little Acorns Nursery", summary="A nursery place for children with additional needs.")
    make_service("Benefits Advice", summary="Help with disability benefits for families.")
    found = found_for("childcare for my 2 year old so i can go back to work")
    assert sorted(found[:2]) == ["Inclusive Childminder Network", "Little Acorns Nursery"]


@pytest.mark.parametrize(
    "typed",
    [
        "the school keeps sending him home early because of his behaviour",
        "they keep sending him home",
        "school keeps sending my son home",
        "school keeps excluding her",
    ],
)
def test_a_school_sending_a_child_home_is_exclusion_not_send(vocabulary, typed):
    make_service("SEND Home to School Travel", summary="Transport to school for children with SEND.")
    make_service("School Exclusion Project", summary="Advice for families when a child is excluded from school.")
    assert found_for(typed)[0] == "School Exclusion Project"


def test_send_home_to_school_transport_is_not_read_as_exclusion(vocabulary):
    make_service("SEND Home to School Travel", summary="Transport to school for children with SEND.")
    make_service("School Exclusion Project", summary="Advice for families when a child is excluded from school.")
    found = found_for("SEND home to school transport")
    assert found[0] == "SEND Home to School Travel"
    assert "School Exclusion Project" not in found


def test_a_child_doing_the_cooking_because_a_parent_is_ill_finds_young_carers(vocabulary):
    make_service("Medical Needs Teaching", summary="Teaching at home for pupils too ill to attend school.")
    make_service("Young Carers Service", summary="Support and breaks for young carers who look after someone.")
    found = found_for("my 12 year old does most of the cooking and shopping because im ill")
    assert found[0] == "Young Carers Service"


def test_a_young_person_too_ill_for_school_finds_teaching_at_home_not_young_carers(vocabulary):
    make_service("Medical Needs Teaching", summary="Teaching at home for pupils too ill to attend school.")
    make_service("Young Carers Service", summary="Support and breaks for young carers who look after someone.")
    assert found_for("i cant go to school because im ill")[0] == "Medical Needs Teaching"


def test_a_young_person_who_has_not_slept_for_weeks_finds_the_sleep_clinic(vocabulary):
    make_service("Children's Sleep Clinic", summary="Sleep advice for children and young people who cannot sleep.")
    make_service("Parent Carer Breaks", summary="Short breaks and carer stress support for parent carers.")
    found = found_for("im 16 and i havent slept properly in weeks")
    assert found[0] == "Children's Sleep Clinic"


def test_a_parent_who_has_not_slept_in_years_finds_a_break_not_a_sleep_clinic(vocabulary):
    make_service("Children's Sleep Clinic", summary="Sleep advice for children who wake in the night.")
    make_service("Parent Carer Breaks", summary="Short breaks and carer stress support for parent carers.")
    found = found_for("im falling apart and i havent slept properly in years")
    assert found[0] == "Parent Carer Breaks"


def test_a_child_who_wont_talk_to_anyone_finds_help_for_low_mood_not_speech_therapy(vocabulary):
    make_service("Speech and Language Therapy", summary="For children who cannot talk yet or find talking hard.")
    make_service("Young People's Counselling", summary="Counselling for young people who are withdrawn or low.")
    assert found_for("my daughter wont talk to anyone anymore")[0] == "Young People's Counselling"
    assert found_for("since her dad died she wont talk to anyone")[0] == "Young People's Counselling"


@pytest.mark.parametrize(
    "typed",
    [
        "he refuses to wear anything but one pair of joggers and screams when i brush his hair",
        "he covers his ears and screams at hand dryers",
    ],
)
def test_screaming_at_what_the_senses_cannot_bear_finds_sensory_help_before_behaviour_courses(vocabulary, typed):
    make_service(
        "Calmer Homes", summary="A parenting course for children with challenging behaviour: screaming, hitting."
    )
    make_service("Sensory Steps OT", summary="Occupational therapy for children with sensory needs: noise, "
                 "clothes, hair brushing.")  # fmt: skip
    assert found_for(typed)[0] == "Sensory Steps OT"


def test_activities_for_a_blind_child_find_the_sight_loss_charity_before_a_social_group_for_another_need(vocabulary):
    make_service("Aspire Social Group", summary="A weekly social group for autistic teenagers to meet others.")
    make_service("Sight Support", summary="Emotional support, activities and equipment advice for families of "
                 "children with sight loss.")  # fmt: skip
    found = found_for("activities for a blind 13 year old to meet other kids")
    assert found[0] == "Sight Support"


@pytest.mark.parametrize(
    "typed",
    [
        "somewhere my teenage son can make friends, hes autistic and hates loud busy places",
        "my autistic son wants to make friends but hates loud places",
        "where can my deaf and autistic daughter make friends",
    ],
)
def test_somewhere_to_make_friends_is_a_social_group_not_a_quiet_place(vocabulary, typed):
    make_service("Autism Advice Line", summary="Advice by phone for families of autistic and deaf children.")
    make_service("Quiet Swim", summary="A quiet, less busy swim session for autistic or deaf children who find "
                 "loud pools hard.")  # fmt: skip
    make_service("Aspire Social Group", summary="A calm weekly social group for autistic teenagers.")
    assert found_for(typed)[0] == "Aspire Social Group"


def test_the_help_for_a_problem_comes_before_a_listing_that_only_mentions_it(vocabulary):
    make_service("Baby Sensory Class", summary="Sensory play for babies who love loud noise and textures: lights, "
                 "music, noise, bubbles, textures.")  # fmt: skip
    make_service("Sensory Steps OT", summary="Private occupational therapy clinic offering sensory integration "
                 "assessments, therapy and handwriting programmes.")  # fmt: skip
    assert found_for("he covers his ears and screams at hand dryers and anywhere loud")[0] == "Sensory Steps OT"


def test_anger_and_temper_are_emotional_regulation_and_an_angry_parent_is_not_aggression(vocabulary):
    make_service("Emotional Regulation Workshops", summary="Workshops for parents on meltdowns, anger and big "
                 "feelings.")  # fmt: skip
    make_service("Calmer Homes", summary="Non-violent resistance group for parents of children who are violent or "
                 "aggressive at home.")  # fmt: skip
    make_service("EHC Needs Assessments", summary="How the council assesses a child for an EHC plan.")
    for typed in ("angry outbursts", "rages", "he loses his temper", "anger issues", "temper tantrums"):
        assert found_for(typed)[0] == "Emotional Regulation Workshops", typed
    assert found_for("i am angry about his ehcp")[0] == "EHC Needs Assessments"


def test_a_child_who_wont_talk_to_anyone_at_school_finds_speech_therapy_for_selective_mutism(vocabulary):
    make_service("Speech and Language Therapy", summary="For children who find talking hard, including selective "
                 "mutism.")  # fmt: skip
    make_service("Young People's Counselling", summary="Counselling for young people who are withdrawn or low.")
    for typed in ("my 8 year old wont talk to anyone at school", "she wont talk to anyone outside the family"):
        assert found_for(typed)[0] == "Speech and Language Therapy", typed


def test_a_child_who_cannot_make_friends_finds_help_with_social_skills_before_a_club(vocabulary):
    make_service("Friday Social Club", summary="A social club for young people to meet others.")
    make_service("Social Communication Outreach", summary="Social skills groups for children who find friendships "
                 "hard.")  # fmt: skip
    for typed in ("my 9 year old cant make friends", "my autistic son has trouble making friends"):
        assert found_for(typed)[0] == "Social Communication Outreach", typed


def test_whats_on_finds_things_to_do(vocabulary):
    make_service("Holiday Activities", summary="Activities for disabled children in every school holiday.")
    assert found_for("whats on") == ["Holiday Activities"]
    assert found_for("what's on near me")[0] == "Holiday Activities"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("school keep phoning me to pick him up at lunchtime, now he can only come in mornings", "SEND Advice Line"),
        ("who do i ask about getting my son a taxi or bus to his special school", "School Transport"),
        ("does his carer get in free at the swimming pool", "Leisure Access Card"),
        ("can we get the disabled sticker for the car", "Blue Badges"),
        ("who pays for a ramp at the front door", "Home Adaptations"),
        ("my son just turned 2 and only says mama and dada", "Speech and Language Therapy"),
        ("some lads at the bus stop keep taking her money and laughing at her", "Bullying and Hate Crime Advice"),
        ("got a letter saying we could be fined because hes missed so much school", "Attendance Support"),
        ("i work nights and there is no family to help, im running on empty", "Carers Breaks"),
        ("what can my kids do over the summer", "Holiday Playscheme"),
        ("my teenage daughter hasnt left her room in weeks", "Young People's Counselling"),
        ("where can i change my 15 year old when we are out, hes too big for the baby changing", "Changing Places"),
        ("is there anything just for my other child, her brother is disabled", "Sibs Together"),
        ("the form for disability money is 40 pages, can someone help me fill it in", "Welfare Rights"),
    ],
)
def test_everyday_words_for_a_problem_find_the_help_for_it(vocabulary, typed, expected):
    for name, summary in [
        ("SEND Advice Line", "Advice for parents when a school uses a reduced timetable or excludes a child."),
        ("School Transport", "Home to school transport for children with SEND."),
        ("Leisure Access Card", "Carer goes free at leisure centres and attractions."),
        ("Blue Badges", "Disabled parking badges for people who find walking hard."),
        ("Home Adaptations", "Disabled facilities grants for adaptations to the home."),
        ("Speech and Language Therapy", "For children with speech delay or language delay."),
        ("Bullying and Hate Crime Advice", "Advice for disabled young people who are bullied or targeted."),
        ("Attendance Support", "Help for families when school attendance is low."),
        ("Carers Breaks", "Short breaks and support for parent carers at breaking point."),
        ("Holiday Playscheme", "A holiday club for disabled children."),
        ("Summer Fair", "The summer fair on the green: stalls, music and a summer raffle."),
        ("Changing Places", "Changing Places toilets with a hoist and a changing bench, across the county."),
        ("Sibs Together", "Groups and days out for brothers and sisters of disabled children."),
        ("Welfare Rights", "Benefits advice and help filling in forms."),
        ("Baby and Toddler Group", "Baby changing, toys and a warm welcome for every family, disabled or not."),
        ("Baby Changing Rooms", "Baby changing rooms in every library, to change your baby when you are out."),
        ("Saturday Club", "A Saturday club for a disabled child: her brother is welcome, as is any other child."),
        ("Young People's Counselling", "Counselling for young people with low mood or depression."),
        ("Bus Stop Cafe", "A cafe by the bus stop with money off for families at lunchtime on Saturdays."),
        ("Front Door Club", "A club for children who love swimming, with family nights and days out."),
    ]:
        make_service(name, summary=summary)
    assert found_for(typed)[0] == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("something after school for my son with adhd so he can burn off energy", "Trampoline Club"),
        ("our car is too small for his wheelchair now, is there help with a bigger car", "Motability Advice"),
        ("my son uses a wheelchair and loves the sea", "Accessible Sailing"),
        ("somewhere she can go in the evenings to be with other kids", "Friday Social"),
        ("is there anything for fathers, my husband is struggling since the diagnosis", "Dads Group"),
        ("something creative for my 6 year old, she loves getting mucky", "Messy Makers"),
    ],
)
def test_the_thing_wanted_in_a_familys_words_comes_before_help_for_the_need_alone(vocabulary, typed, expected):
    for name, summary in [
        ("ADHD Nurse Clinic", "Medication reviews for children with ADHD, after school hours."),
        ("Trampoline Club", "Inclusive sport: trampolining for disabled children."),
        ("Wheelchair Service", "Wheelchairs assessed, supplied and repaired for children who use one."),
        ("Motability Advice", "Advice on the Motability scheme and adapted cars."),
        ("Accessible Sailing", "Sailing for disabled young people."),
        ("Evening Respite", "Overnight short breaks in the evenings for children with complex needs."),
        ("Friday Social", "A social group for young people with additional needs."),
        ("Parenting Course", "A course for mums and dads whose child has just been diagnosed: dads welcome."),
        ("Dads Group", "A group for dads of disabled children."),
        ("Sensory Processing Clinic", "Occupational therapy for a 6 year old with sensory needs."),
        ("Messy Makers", "Messy play for young children with sensory needs."),
    ]:
        make_service(name, summary=summary)
    assert found_for(typed)[0] == expected


def test_a_parents_meet_up_is_not_a_social_club_for_their_child_and_a_youth_club_is(vocabulary):
    make_service("Parents Meet-up", summary="Monthly meet-up for parents of autistic kids, with coffee.",
                 minimum_age=0, maximum_age=25)  # fmt: skip
    make_service("Friday Youth Club", summary="Youth club for 11 to 19s with additional needs: games, music, trips.",
                 minimum_age=11, maximum_age=19)  # fmt: skip
    found = found_for("somewhere my 13 year old can go in the evenings to be with other kids")
    assert found[0] == "Friday Youth Club"


def test_other_kids_said_last_with_an_age_are_the_company_wanted_not_who_the_search_is_for(vocabulary):
    make_service("Friday Youth Club", summary="Youth club for 11 to 19s with additional needs: games, music, trips.",
                 minimum_age=11, maximum_age=19)  # fmt: skip
    make_service("Swim School", summary="Swimming lessons for kids.", minimum_age=4, maximum_age=16)
    assert found_for("my 13 year old wants to be with other kids") == ["Friday Youth Club"]
    assert found_for("is there anywhere my son can meet other teenagers") == ["Friday Youth Club"]
    assert found_for("swimming for my 10 year old son") == ["Swim School"]
