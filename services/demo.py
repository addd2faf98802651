"""Demo data for the services app, loaded by `manage.py seed_demo`. Idempotent: safe to run again.

Every organisation, service, address, phone number and email here is fictional: phone numbers
are in Ofcom's range for drama (01632 960xxx), emails and websites use example.org, and street
names are invented. Postcode districts are real so that distances work.
"""

import datetime
import random

from django.utils import timezone
from django.utils.text import slugify

from services import taxonomy
from services.models import (
    AccessibilityFeature,
    Category,
    LocalOfferAnswer,
    LocalOfferQuestion,
    Location,
    Need,
    OpeningTime,
    Organisation,
    Service,
)
from services.postcodes import districts
from services.search.cache import directory_changed

TOWN_DISTRICTS = {
    Location.Town.BOURNEMOUTH: ["BH1", "BH2", "BH3", "BH4", "BH5", "BH6", "BH7", "BH8", "BH9", "BH10", "BH11"],
    Location.Town.CHRISTCHURCH: ["BH23"],
    Location.Town.POOLE: ["BH12", "BH13", "BH14", "BH15", "BH16", "BH17", "BH18"],
}
TOWN_NAMES = {
    Location.Town.BOURNEMOUTH: "Bournemouth",
    Location.Town.CHRISTCHURCH: "Christchurch",
    Location.Town.POOLE: "Poole",
}
STREETS = [
    "Kittiwake Road",
    "Samphire Lane",
    "Gorse Hill Avenue",
    "Heron Quay",
    "Lantern Street",
    "Pinecone Way",
    "Sandpiper Close",
    "Marram Grove",
    "Shingle Row",
    "Bramblewood Drive",
    "Otter Walk",
    "Lighthouse Parade",
]
VENUES = [
    "Kingfisher Centre",
    "Driftwood Hall",
    "Seahorse House",
    "Lookout Community Rooms",
    "Harbour Light Hub",
    "Heathland Pavilion",
    "Sandbar Youth Centre",
    "Chine Gardens Centre",
]

ORGANISATIONS = [
    ("Puffin Bay Children's Therapies (NHS, fictional)", "NHS therapy teams for children and young people."),
    ("Harbourside Family Trust", "A fictional local charity supporting families of disabled children."),
    ("Heathland Learning Partnership", "A fictional group of schools with specialist SEND teams."),
    ("Saltmarsh Youth and Play", "Fictional inclusive youth clubs, play and holiday schemes."),
    ("Lantern Parent Carer Forum", "A fictional parent carer forum run by and for families."),
    ("BCP Example Council SEND Team", "Fictional council teams for SEND, short breaks and transport."),
    ("Chine Valley College", "A fictional further education college with a supported learning department."),
    ("Tidewater Independent Advice", "A fictional independent information, advice and support service."),
]

# name, summary, sub-categories, needs, (min age, max age), cost, access, delivery, org index, opening kind
LOCAL_SERVICES = [
    (
        "Little Waves Autism Playgroup",
        "A weekly playgroup for autistic children under five and their parents.",
        ["nurseries-and-childminders", "family-hubs"],
        ["autism"],
        (0, 4),
        "free",
        "self",
        "p",
        1,
        "morning",
    ),
    (
        "Chatterbox Speech and Language Drop-in",
        "Advice from speech and language therapists on talking and understanding.",
        ["speech-and-language-therapy"],
        ["speech-language-and-communication", "autism"],
        (0, 11),
        "free",
        "self",
        "p",
        0,
        "day",
    ),
    (
        "Stepping Stones Occupational Therapy",
        "Occupational therapy for children who find everyday tasks hard.",
        ["occupational-therapy-and-physiotherapy"],
        ["physical-disability", "dyslexia-and-specific-learning-difficulties"],
        (2, 18),
        "free",
        "professional",
        "ph",
        0,
        "day",
    ),
    (
        "Bright Minds Mental Health Support Team",
        "Help in schools for young people with anxiety and low mood.",
        ["mental-health", "school-support"],
        ["anxiety-and-mental-health"],
        (11, 18),
        "free",
        "both",
        "po",
        0,
        "day",
    ),
    (
        "Waymarker ADHD Parent Workshops",
        "Six evening workshops for parents of children with ADHD.",
        ["parent-support-groups"],
        ["adhd"],
        (5, 16),
        "free",
        "self",
        "po",
        4,
        "evening",
    ),
    (
        "Shell Cove Sensory Swim",
        "Quiet, relaxed swimming sessions with warm water and fewer people.",
        ["sport-and-swimming"],
        ["autism", "multi-sensory-impairment", "physical-disability"],
        (0, 25),
        "paid",
        "self",
        "p",
        3,
        "weekend",
    ),
    (
        "Lighthouse Youth Club",
        "An inclusive youth club with games, cooking and trips.",
        ["clubs-and-youth-groups"],
        [],
        (11, 19),
        "some_free",
        "self",
        "p",
        3,
        "evening",
    ),
    (
        "Holiday Harbour Play Scheme",
        "Supported holiday activities with a high staff-to-child ratio.",
        ["holiday-activities", "short-breaks"],
        ["severe-and-profound-learning-difficulties", "autism", "complex-medical-needs"],
        (5, 17),
        "some_free",
        "both",
        "p",
        3,
        "holiday",
    ),
    (
        "Seaside Short Breaks Saturday Club",
        "Saturday short breaks so children have fun and parent carers get a rest.",
        ["short-breaks"],
        ["learning-difficulties", "autism", "physical-disability"],
        (5, 18),
        "free",
        "professional",
        "p",
        5,
        "weekend",
    ),
    (
        "Driftwood Drama Group",
        "Drama and music for young people who learn differently.",
        ["arts-and-music"],
        ["learning-difficulties", "speech-language-and-communication"],
        (8, 25),
        "paid",
        "self",
        "p",
        3,
        "evening",
    ),
    (
        "Sandcastle Portage Service",
        "Home visits that help babies and young children learn through play.",
        ["portage"],
        ["learning-difficulties", "severe-and-profound-learning-difficulties", "complex-medical-needs"],
        (0, 4),
        "free",
        "both",
        "h",
        5,
        "day",
    ),
    (
        "Compass Dyslexia Support",
        "Assessment advice and study skills for children with dyslexia.",
        ["school-support", "educational-psychology"],
        ["dyslexia-and-specific-learning-difficulties"],
        (7, 16),
        "some_free",
        "self",
        "po",
        2,
        "afterschool",
    ),
    (
        "Harbour Hearing Support Service",
        "Teachers of the deaf supporting children at home, nursery and school.",
        ["school-support", "nurseries-and-childminders"],
        ["hearing"],
        (0, 19),
        "free",
        "professional",
        "ph",
        2,
        "day",
    ),
    (
        "Beacon Vision Support",
        "Help for children with sight loss: mobility, braille and equipment.",
        ["school-support"],
        ["vision", "multi-sensory-impairment"],
        (0, 19),
        "free",
        "professional",
        "ph",
        2,
        "day",
    ),
    (
        "Anchor Resource Base",
        "A small specialist class within a mainstream primary school.",
        ["special-schools"],
        ["autism", "speech-language-and-communication"],
        (4, 11),
        "free",
        "professional",
        "p",
        2,
        "school",
    ),
    (
        "Cliffside Special School",
        "A fictional special school for pupils with severe and complex needs.",
        ["special-schools"],
        ["severe-and-profound-learning-difficulties", "complex-medical-needs", "physical-disability"],
        (3, 19),
        "free",
        "professional",
        "p",
        2,
        "school",
    ),
    (
        "Nest Family Hub",
        "Stay and play, health visitor clinics and parenting support for families with young children.",
        ["family-hubs"],
        [],
        (0, 5),
        "free",
        "self",
        "p",
        5,
        "day",
    ),
    (
        "Tidepool Continence Clinic",
        "Nurses helping children and young people with bladder and bowel needs.",
        ["nursing-and-continence"],
        ["complex-medical-needs", "physical-disability"],
        (4, 19),
        "free",
        "professional",
        "p",
        0,
        "day",
    ),
    (
        "Moorings Child Development Clinic",
        "Community paediatricians who assess and diagnose developmental needs.",
        ["diagnosis-and-paediatrics"],
        ["autism", "adhd", "learning-difficulties"],
        (0, 18),
        "free",
        "professional",
        "p",
        0,
        "day",
    ),
    (
        "Gulls Wheelchair Sports Club",
        "Wheelchair basketball, boccia and racing for all abilities.",
        ["sport-and-swimming"],
        ["physical-disability"],
        (6, 25),
        "paid",
        "self",
        "p",
        3,
        "weekend",
    ),
    (
        "Firefly Sensory Play Sessions",
        "Sensory room sessions for children with complex needs and their families.",
        ["clubs-and-youth-groups", "family-hubs"],
        ["multi-sensory-impairment", "severe-and-profound-learning-difficulties"],
        (0, 11),
        "free",
        "self",
        "p",
        1,
        "morning",
    ),
    (
        "Pathway Supported Internships",
        "A year of work placements with a job coach, leading to paid work.",
        ["supported-internships", "employment-and-training"],
        ["learning-difficulties", "autism"],
        (16, 24),
        "free",
        "both",
        "p",
        6,
        "day",
    ),
    (
        "Launchpad Independent Living Skills",
        "Cooking, budgeting and travel skills for young adults.",
        ["independent-living"],
        ["learning-difficulties", "autism"],
        (16, 25),
        "free",
        "both",
        "p",
        1,
        "day",
    ),
    (
        "Coastal College Supported Learning",
        "Foundation courses in a supported learning department at college.",
        ["post-16-education"],
        ["learning-difficulties", "severe-and-profound-learning-difficulties"],
        (16, 25),
        "free",
        "self",
        "p",
        6,
        "school",
    ),
    (
        "Kelp Forest Attachment Support",
        "Therapeutic parenting courses for families of adopted and kinship children.",
        ["carers-support", "mental-health"],
        ["attachment-and-trauma"],
        (2, 18),
        "free",
        "both",
        "po",
        1,
        "evening",
    ),
    (
        "Seagrass Young Carers Group",
        "Fun, friendship and support for young carers of disabled brothers and sisters.",
        ["carers-support", "clubs-and-youth-groups"],
        [],
        (8, 18),
        "free",
        "self",
        "p",
        1,
        "afterschool",
    ),
    (
        "Rockpool Physiotherapy Service",
        "Physiotherapists helping children move, sit and walk.",
        ["occupational-therapy-and-physiotherapy"],
        ["physical-disability", "complex-medical-needs"],
        (0, 19),
        "free",
        "professional",
        "ph",
        0,
        "day",
    ),
    (
        "Breakwater Behaviour Support",
        "Advice for families and schools on behaviour that challenges.",
        ["educational-psychology", "school-support"],
        ["adhd", "autism", "attachment-and-trauma"],
        (4, 16),
        "free",
        "professional",
        "po",
        2,
        "day",
    ),
    (
        "Starfish Social Communication Group",
        "Small groups to practise friendships and conversation skills.",
        ["speech-and-language-therapy", "clubs-and-youth-groups"],
        ["autism", "speech-language-and-communication"],
        (7, 14),
        "paid",
        "self",
        "p",
        3,
        "afterschool",
    ),
    (
        "Trailhead Travel Training",
        "One-to-one training to travel independently by bus and train.",
        ["travel-training"],
        ["learning-difficulties", "autism"],
        (14, 25),
        "free",
        "both",
        "p",
        5,
        "day",
    ),
    (
        "Wavelength Deaf Youth Group",
        "A youth group in BSL and spoken English for deaf young people.",
        ["clubs-and-youth-groups"],
        ["hearing"],
        (10, 21),
        "free",
        "self",
        "p",
        3,
        "evening",
    ),
    (
        "Quay Wellbeing Cafe",
        "A relaxed drop-in for young people feeling anxious or low.",
        ["mental-health"],
        ["anxiety-and-mental-health"],
        (14, 25),
        "free",
        "self",
        "p",
        1,
        "afternoon",
    ),
    (
        "Tiny Tides Nursery Inclusion Support",
        "Area SENCOs helping nurseries and childminders include every child.",
        ["nurseries-and-childminders"],
        ["speech-language-and-communication", "learning-difficulties"],
        (0, 5),
        "free",
        "professional",
        "p",
        5,
        "day",
    ),
    (
        "Bay Arts Inclusive Music",
        "Music-making sessions with adapted instruments and music technology.",
        ["arts-and-music"],
        ["physical-disability", "severe-and-profound-learning-difficulties"],
        (5, 25),
        "some_free",
        "self",
        "p",
        3,
        "weekend",
    ),
    (
        "Heath Cycling for All",
        "Adapted bikes, trikes and tandems for families to ride together.",
        ["sport-and-swimming"],
        ["physical-disability", "learning-difficulties", "vision"],
        (3, 25),
        "paid",
        "self",
        "p",
        3,
        "weekend",
    ),
    (
        "Marina Money Advice Clinic",
        "Help with DLA, PIP, carer's allowance and other benefits.",
        ["benefits-and-money"],
        [],
        (0, 25),
        "free",
        "self",
        "pt",
        1,
        "day",
    ),
    (
        "Headland Transition Team",
        "Support for young people moving from children's to adult services.",
        ["moving-to-adult-services"],
        ["complex-medical-needs", "severe-and-profound-learning-difficulties"],
        (14, 25),
        "free",
        "professional",
        "ph",
        5,
        "day",
    ),
    (
        "Oystercatcher Early Talk Groups",
        "Small groups for toddlers who are late to talk, led by early years practitioners.",
        ["family-hubs", "speech-and-language-therapy"],
        ["speech-language-and-communication"],
        (1, 4),
        "free",
        "self",
        "p",
        5,
        "morning",
    ),
    (
        "Ripple Autism Teen Social",
        "A Friday social for autistic teenagers: gaming, board games and pizza.",
        ["clubs-and-youth-groups"],
        ["autism", "anxiety-and-mental-health"],
        (12, 19),
        "some_free",
        "self",
        "p",
        3,
        "evening",
    ),
    (
        "Saltwater SENCO Network Advice Line",
        "Advice for families from experienced SENCOs about support in school.",
        ["school-support", "independent-advice"],
        [],
        (4, 16),
        "free",
        "self",
        "pt",
        2,
        "afternoon",
    ),
    (
        "Dune Grass Learning Disability Nurses",
        "Nurses supporting health, sleep and behaviour for children with learning disabilities.",
        ["nursing-and-continence", "diagnosis-and-paediatrics"],
        ["learning-difficulties", "severe-and-profound-learning-difficulties"],
        (0, 18),
        "free",
        "professional",
        "ph",
        0,
        "day",
    ),
    (
        "Jetty Junior Football for All",
        "Inclusive football training for children of every ability.",
        ["sport-and-swimming"],
        ["learning-difficulties", "adhd", "autism"],
        (5, 16),
        "paid",
        "self",
        "p",
        3,
        "weekend",
    ),
    (
        "Coral Reef Sensory Cinema",
        "Relaxed film screenings with the lights up and the sound down.",
        ["clubs-and-youth-groups", "arts-and-music"],
        ["autism", "multi-sensory-impairment"],
        (3, 25),
        "paid",
        "self",
        "p",
        3,
        "weekend",
    ),
    (
        "Pebble Beach Parent Carer Coffee Morning",
        "Meet other parent carers for a chat, a cuppa and advice.",
        ["parent-support-groups", "carers-support"],
        [],
        (0, 25),
        "free",
        "self",
        "p",
        4,
        "morning",
    ),
    (
        "Estuary Young Adults Work Club",
        "Help with CVs, volunteering and job applications for young adults.",
        ["employment-and-training"],
        ["learning-difficulties", "anxiety-and-mental-health"],
        (16, 25),
        "free",
        "self",
        "p",
        6,
        "afternoon",
    ),
    (
        "Windbreak Sleep Support Clinic",
        "Practical help for families of children who do not sleep well.",
        ["diagnosis-and-paediatrics", "parent-support-groups"],
        ["autism", "adhd"],
        (2, 16),
        "free",
        "both",
        "po",
        0,
        "day",
    ),
]

AREA_WIDE_SERVICES = [
    (
        "Tidewater SENDIASS",
        "Free, impartial advice about SEND, EHC plans, school and appeals.",
        ["independent-advice", "ehc-plans"],
        [],
        (0, 25),
        "free",
        "self",
        "to",
        7,
        "day",
        "area",
    ),
    (
        "BCP Example EHC Needs Assessment Team",
        "Requests for education, health and care needs assessments and plans.",
        ["ehc-plans"],
        [],
        (0, 25),
        "free",
        "both",
        "to",
        5,
        "day",
        "area",
    ),
    (
        "Home to School Transport Team",
        "Transport to school or college for eligible children and young people.",
        ["school-transport"],
        [],
        (4, 25),
        "free",
        "self",
        "t",
        5,
        "day",
        "area",
    ),
    (
        "Blue Badge and Bus Pass Service",
        "Apply for a Blue Badge or a disabled person's bus pass.",
        ["badges-and-passes"],
        ["physical-disability", "vision", "complex-medical-needs"],
        (0, 25),
        "free",
        "self",
        "ot",
        5,
        "day",
        "area",
    ),
    (
        "Direct Payments Support Service",
        "Help to use direct payments and personal budgets to arrange support.",
        ["direct-payments"],
        [],
        (0, 25),
        "free",
        "professional",
        "th",
        5,
        "day",
        "area",
    ),
    (
        "Disabled Children's Social Work Team",
        "Social care assessments and support for disabled children and their families.",
        ["social-care-assessments", "short-breaks"],
        ["severe-and-profound-learning-difficulties", "complex-medical-needs"],
        (0, 17),
        "free",
        "both",
        "th",
        5,
        "day",
        "area",
    ),
    (
        "Hospital and Home Education Service",
        "Teaching for pupils too unwell to attend school.",
        ["education-other-than-at-school"],
        ["complex-medical-needs", "anxiety-and-mental-health"],
        (5, 16),
        "free",
        "professional",
        "ho",
        2,
        "day",
        "area",
    ),
    (
        "Children's Community Nursing Team",
        "Nursing care at home for children with complex health needs.",
        ["nursing-and-continence"],
        ["complex-medical-needs"],
        (0, 19),
        "free",
        "professional",
        "h",
        0,
        "day",
        "area",
    ),
    (
        "Employment Support for Young Disabled People",
        "Job coaching, work experience and help with applications.",
        ["employment-and-training"],
        [],
        (16, 25),
        "free",
        "self",
        "pto",
        6,
        "day",
        "area",
    ),
    (
        "Lantern Parent Carer Forum",
        "Parent carers working with the council and NHS to improve SEND services.",
        ["parent-support-groups"],
        [],
        (0, 25),
        "free",
        "self",
        "o",
        4,
        "evening",
        "area",
    ),
    (
        "Calm Harbour Online Counselling",
        "Free online counselling and chat for young people.",
        ["mental-health"],
        ["anxiety-and-mental-health"],
        (11, 25),
        "free",
        "self",
        "o",
        1,
        "evening",
        "online",
    ),
    (
        "Sign Along Online BSL Classes",
        "Online British Sign Language classes for families of deaf children.",
        ["arts-and-music", "carers-support"],
        ["hearing"],
        (0, 25),
        "paid",
        "self",
        "o",
        3,
        "evening",
        "online",
    ),
    (
        "Pocket Speech Therapy Videos",
        "Short videos and activities from speech and language therapists.",
        ["speech-and-language-therapy"],
        ["speech-language-and-communication"],
        (0, 11),
        "free",
        "self",
        "o",
        0,
        "online",
        "online",
    ),
    (
        "ADHD Sleep and Routines Helpline",
        "A phone and online helpline for families about sleep, routines and ADHD.",
        ["parent-support-groups", "mental-health"],
        ["adhd", "autism"],
        (3, 18),
        "free",
        "self",
        "to",
        1,
        "day",
        "online",
    ),
    (
        "Dyslexia Online Study Skills",
        "Online courses on reading, spelling and study tools for older students.",
        ["post-16-education"],
        ["dyslexia-and-specific-learning-difficulties"],
        (14, 25),
        "paid",
        "self",
        "o",
        6,
        "online",
        "online",
    ),
]

DELIVERY = {"p": "in_person", "o": "online", "t": "by_phone", "h": "home_visits"}
OPENING = {
    "day": [(day, "09:00", "17:00") for day in range(5)],
    "morning": [(1, "09:30", "11:30"), (3, "09:30", "11:30")],
    "afternoon": [(2, "13:00", "16:00"), (4, "13:00", "16:00")],
    "afterschool": [(1, "15:30", "17:30"), (3, "15:30", "17:30")],
    "evening": [(1, "18:00", "20:00")],
    "weekend": [(5, "10:00", "13:00")],
    "holiday": [(day, "09:30", "15:00") for day in range(5)],
    "school": [(day, "08:45", "15:15") for day in range(5)],
    "online": [],
}
NOTES = {"holiday": "School holidays only", "school": "Term time only", "afterschool": "Term time only"}
ANSWERS = [
    "We talk with you and your child first, and read any reports you are happy to share. "
    "Then we agree together what would help most.",
    "Families help plan every session. Young people can join our **young people's panel** and tell us what to change.",
    "All staff complete autism awareness and safeguarding training every year, and our leads hold "
    "specialist qualifications.",
    "Our rooms are on the ground floor with step-free access. We can send information in easy read, "
    "large print or another language.",
    "We meet the next school, college or service with you and share a one-page profile, so nobody has to start again.",
    "Talk to the person who runs your group first. If you are not happy, contact our manager or use the "
    "council's complaints process.",
]


def rng_for(key):
    return random.Random(key)  # deterministic per record, so reloading changes nothing


def description_for(name, summary, towns_text, minimum, maximum):
    return (
        f"{summary}\n\n"
        f"{name} is a fictional service made up for this demonstration site. It is for children and young "
        f"people aged {minimum} to {maximum} and their families, {towns_text}.\n\n"
        "## What happens\n\n"
        "- a friendly first conversation about what you and your child need\n"
        "- sessions planned around your child's interests and strengths\n"
        "- a short written summary you can share with school or your GP\n\n"
        "## What to bring\n\n"
        "Any letters or reports you would like us to see. You do not need a diagnosis."
    )


def load(*, stdout, options):
    """Create or update this app's demo records; report what was done on stdout."""
    taxonomy.taxonomy_load()
    categories = {category.slug: category for category in Category.objects.all()}
    needs = {need.slug: need for need in Need.objects.all()}
    features = list(AccessibilityFeature.objects.all())
    questions = list(LocalOfferQuestion.objects.filter(is_active=True))
    organisations = []
    for index, (name, description) in enumerate(ORGANISATIONS):
        organisation, _ = Organisation.objects.update_or_create(
            slug=slugify(name),
            defaults={
                "name": name,
                "description": description,
                "website": f"https://example.org/{slugify(name)}",
                "email": f"hello@{slugify(name)}.example.org",
                "phone": f"01632 960{index:03d}",
            },
        )
        organisations.append(organisation)

    count = 0
    for number, row in enumerate(LOCAL_SERVICES):
        for town_index, town in enumerate(TOWN_DISTRICTS):
            name = f"{row[0]} {TOWN_NAMES[town]}"
            service_save(
                row=row,
                name=name,
                number=number * 3 + town_index,
                town=town,
                coverage="locations",
                organisations=organisations,
                categories=categories,
                needs=needs,
                features=features,
                questions=questions,
            )
            count += 1
    for number, row in enumerate(AREA_WIDE_SERVICES):
        service_save(
            row=row[:10],
            name=row[0],
            number=500 + number,
            town=None,
            coverage=row[10],
            organisations=organisations,
            categories=categories,
            needs=needs,
            features=features,
            questions=questions,
        )
        count += 1
    hidden_save(organisation=organisations[2], categories=categories)
    stdout.write(f"Directory: {count} demo services across {len(categories)} categories and {len(needs)} needs.")
    if options.get("services"):
        made = synthetic_load(
            total=options["services"],
            organisations=organisations,
            categories=categories,
            needs=needs,
            features=features,
        )
        stdout.write(f"Directory: {made} synthetic services added ({options['services']} wanted in all).")
    directory_changed()


def service_save(*, row, name, number, town, coverage, organisations, categories, needs, features, questions):
    """Create or update one demo service with its locations, opening times and answers."""
    title, summary, category_slugs, need_slugs, (minimum, maximum), cost, access, delivery, org, opening = row
    slug = slugify(name)
    rng = rng_for(slug)
    today = timezone.localdate()
    reviewed = today - datetime.timedelta(days=rng.choice([10, 40, 90, 150, 200, 300, 330, 420, 500]))
    towns_text = f"in and around {TOWN_NAMES[town]}" if town else "across Bournemouth, Christchurch and Poole"
    if coverage == "online":
        towns_text = "wherever they live: it is online or by phone"
    status = Service.Status.PUBLISHED
    if number % 37 == 5:
        status = Service.Status.TEMPORARILY_CLOSED
    service, _ = Service.objects.update_or_create(
        slug=slug,
        defaults={
            "name": name,
            "organisation": organisations[org],
            "summary": summary,
            "description": description_for(name, summary, towns_text, minimum, maximum),
            "status": status,
            "status_note": "Closed while the building is repaired; we expect to reopen next month."
            if status == Service.Status.TEMPORARILY_CLOSED
            else "",
            "minimum_age": minimum,
            "maximum_age": maximum,
            "cost": cost,
            "fees": {
                "free": "",
                "paid": "£6 a session",
                "some_free": "Free for families on a low income; otherwise £4 a session",
            }[cost],
            "access": access,
            "referral_details": "Ask your GP, health visitor, school SENCO or social worker to refer you."
            if access != Service.Access.SELF_REFERRAL
            else "",
            "eligibility": f"Children and young people aged {minimum} to {maximum} living in the BCP area.",
            "coverage": coverage,
            "in_person": "p" in delivery,
            "online": "o" in delivery,
            "by_phone": "t" in delivery,
            "home_visits": "h" in delivery,
            "opening_notes": NOTES.get(opening, ""),
            "contact_name": rng.choice(["Sam Example", "Alex Sample", "Jo Placeholder", "Chris Demo"]),
            "phone": f"01632 960{number % 1000:03d}",
            "email": f"{slug[:40]}@example.org",
            "website": f"https://example.org/services/{slug}",
            "last_reviewed": reviewed,
            "review_due": reviewed + datetime.timedelta(days=365),
        },
    )
    service.categories.set([categories[slug] for slug in category_slugs])
    service.needs.set([needs[slug] for slug in need_slugs])
    # Recreated each time, but keeping their open data ids so that reloading the demo changes none.
    kept = service.locations.order_by("pk").values("open_referral_id", "open_referral_service_at_location_id")
    kept = list(kept)
    service.locations.all().delete()
    location_towns = [town] if town else []
    if coverage == "area" and "p" in delivery:
        location_towns = [Location.Town.BOURNEMOUTH, Location.Town.POOLE]
    for index, location_town in enumerate(location_towns):
        district = rng.choice(TOWN_DISTRICTS[location_town])
        latitude, longitude = districts()[district]
        location = Location.objects.create(
            service=service,
            **(kept[index] if index < len(kept) else {}),
            name=rng.choice(VENUES),
            address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
            town=location_town,
            postcode=f"{district} {rng.randint(1, 9)}{''.join(rng.choices('ABDEFGHJLNPQRSTUWXYZ', k=2))}",
            latitude=round(latitude + rng.uniform(-0.006, 0.006), 5),
            longitude=round(longitude + rng.uniform(-0.009, 0.009), 5),
            accessibility_notes="Ring the bell at the side door for the lift."
            if index == 0 and rng.random() < 0.3
            else "",
        )
        location.accessibility.set(rng.sample(features, rng.randint(1, len(features))))
    service.opening_times.all().delete()
    for weekday, opens, closes in OPENING[opening]:
        OpeningTime.objects.create(service=service, weekday=weekday, opens=opens, closes=closes)
    service.answers.all().delete()
    for question, answer in zip(questions, ANSWERS, strict=False):
        if rng.random() < 0.85:
            LocalOfferAnswer.objects.create(service=service, question=question, answer=answer)
    return service


def hidden_save(*, organisation, categories):
    """A draft and an archived listing, which the public never sees."""
    for status, name in (
        (Service.Status.DRAFT, "Seashell Nurture Group (draft)"),
        (Service.Status.ARCHIVED, "Old Pier Holiday Club (archived)"),
    ):
        service, _ = Service.objects.update_or_create(
            slug=slugify(name),
            defaults={
                "name": name,
                "organisation": organisation,
                "status": status,
                "summary": "A fictional listing that is not shown to the public.",
                "description": "Not shown to the public.",
            },
        )
        service.categories.set([categories["holiday-activities"]])


def synthetic_load(*, total, organisations, categories, needs, features):
    """Add services named "Synthetic service NNNNN" until there are `total` of them; returns how many were made."""
    existing = set(Service.objects.filter(slug__startswith="synthetic-service-").values_list("slug", flat=True))
    templates = LOCAL_SERVICES
    sub_categories = [category for category in categories.values() if category.parent_id]
    specific_needs = [need for need in needs.values() if need.parent_id]
    towns = list(TOWN_DISTRICTS)
    today = timezone.localdate()
    services, category_links, need_links, locations, times = [], [], [], [], []
    for number in range(1, total + 1):
        slug = f"synthetic-service-{number:05d}"
        if slug in existing:
            continue
        rng = rng_for(slug)
        row = rng.choice(templates)
        minimum = rng.randint(0, 20)
        maximum = rng.randint(minimum, 25)
        coverage = rng.choices(["locations", "area", "online"], weights=[85, 10, 5])[0]
        service = Service(
            slug=slug,
            name=f"Synthetic service {number:05d}: {row[0]}",
            organisation=rng.choice(organisations),
            summary=row[1],
            description=description_for(row[0], row[1], "in the BCP area", minimum, maximum),
            status=Service.Status.PUBLISHED,
            minimum_age=minimum,
            maximum_age=maximum,
            cost=rng.choice(Service.Cost.values),
            access=rng.choice(Service.Access.values),
            coverage=coverage,
            in_person=coverage != "online",
            online=coverage == "online" or rng.random() < 0.3,
            by_phone=rng.random() < 0.3,
            home_visits=rng.random() < 0.1,
            phone="01632 960999",
            email="synthetic@example.org",
            last_reviewed=today - datetime.timedelta(days=rng.randint(0, 500)),
        )
        service.review_due = service.last_reviewed + datetime.timedelta(days=365)
        services.append(service)
        own = [categories[slug] for slug in row[2]]
        for category in {*own, rng.choice(sub_categories)}:
            category_links.append(Service.categories.through(service=service, category=category))
        own_needs = [needs[slug] for slug in row[3]] or [rng.choice(specific_needs)]
        for need in set(own_needs):
            need_links.append(Service.needs.through(service=service, need=need))
        if coverage == "locations":
            town = rng.choice(towns)
            district = rng.choice(TOWN_DISTRICTS[town])
            latitude, longitude = districts()[district]
            locations.append(
                (
                    Location(
                        service=service,
                        name=rng.choice(VENUES),
                        address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
                        town=town,
                        postcode=f"{district} {rng.randint(1, 9)}AB",
                        latitude=latitude + rng.uniform(-0.01, 0.01),
                        longitude=longitude + rng.uniform(-0.015, 0.015),
                    ),
                    rng.sample(features, rng.randint(0, 4)),
                )
            )
        for weekday, opens, closes in OPENING[row[9]]:
            times.append(OpeningTime(service=service, weekday=weekday, opens=opens, closes=closes))
    Service.objects.bulk_create(services, batch_size=500)
    Service.categories.through.objects.bulk_create(category_links, batch_size=2000)
    Service.needs.through.objects.bulk_create(need_links, batch_size=2000)
    Location.objects.bulk_create([location for location, _ in locations], batch_size=1000)
    Location.accessibility.through.objects.bulk_create(
        [
            Location.accessibility.through(location=location, accessibilityfeature=feature)
            for location, chosen in locations
            for feature in chosen
        ],
        batch_size=2000,
    )
    OpeningTime.objects.bulk_create(times, batch_size=2000)
    return len(services)
