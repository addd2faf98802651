"""The directory's standard vocabularies: categories, areas of need, accessibility features,
Local Offer questions and SEND search words. Staff change them in the admin afterwards;
`taxonomy_load` puts the standard set in place and never removes what staff added.
"""

import csv
from pathlib import Path

from services.models import AccessibilityFeature, Category, LocalOfferQuestion, Need, SearchTerm

CATEGORIES = [
    (
        "education",
        "Education",
        "Schools, colleges and the support children get to learn.",
        [
            ("school-support", "Support in mainstream schools"),
            ("special-schools", "Special schools and resource bases"),
            ("educational-psychology", "Educational psychology and advisory teachers"),
            ("post-16-education", "Colleges and post-16 education"),
            ("education-other-than-at-school", "Hospital and home education"),
        ],
    ),
    (
        "health",
        "Health",
        "NHS therapies, diagnosis, nursing and mental health support.",
        [
            ("speech-and-language-therapy", "Speech and language therapy"),
            ("occupational-therapy-and-physiotherapy", "Occupational therapy and physiotherapy"),
            ("mental-health", "Mental health and emotional wellbeing"),
            ("diagnosis-and-paediatrics", "Diagnosis and community paediatrics"),
            ("nursing-and-continence", "Children's nursing and continence"),
        ],
    ),
    (
        "social-care-and-short-breaks",
        "Social care and short breaks",
        "Short breaks, respite, support at home and help for carers.",
        [
            ("short-breaks", "Short breaks and respite"),
            ("social-care-assessments", "Social care assessment and support"),
            ("carers-support", "Support for parent carers and young carers"),
            ("direct-payments", "Direct payments and personal budgets"),
        ],
    ),
    (
        "leisure-and-activities",
        "Leisure and activities",
        "Clubs, sport, holiday schemes and things to do.",
        [
            ("sport-and-swimming", "Sport and swimming"),
            ("clubs-and-youth-groups", "Clubs and youth groups"),
            ("holiday-activities", "Holiday activities"),
            ("arts-and-music", "Arts, drama and music"),
        ],
    ),
    (
        "advice-and-support",
        "Advice and support",
        "Independent advice, parent groups, money and EHC plans.",
        [
            ("independent-advice", "Independent information and advice"),
            ("parent-support-groups", "Parent support groups"),
            ("benefits-and-money", "Benefits and money"),
            ("ehc-plans", "Education, health and care plans"),
        ],
    ),
    (
        "preparing-for-adulthood",
        "Preparing for adulthood",
        "Work, training, independent living and moving to adult services.",
        [
            ("employment-and-training", "Employment and training"),
            ("supported-internships", "Supported internships and apprenticeships"),
            ("independent-living", "Independent living and housing"),
            ("moving-to-adult-services", "Moving to adult services"),
        ],
    ),
    (
        "early-years",
        "Early years",
        "Support from birth to five: nurseries, portage and children's centres.",
        [
            ("nurseries-and-childminders", "Nurseries and childminders"),
            ("portage", "Portage and home learning"),
            ("family-hubs", "Family hubs and children's centres"),
        ],
    ),
    (
        "travel",
        "Travel",
        "Getting to school, college and out and about.",
        [
            ("school-transport", "Home to school transport"),
            ("travel-training", "Independent travel training"),
            ("badges-and-passes", "Blue badges and bus passes"),
        ],
    ),
]

NEEDS = [
    (
        "communication-and-interaction",
        "Communication and interaction",
        "Difficulty in talking, understanding others or the social rules of communication.",
        [
            ("autism", "Autism"),
            ("speech-language-and-communication", "Speech, language and communication needs"),
        ],
    ),
    (
        "cognition-and-learning",
        "Cognition and learning",
        "Learning at a slower pace than others of the same age, or difficulty with parts of learning.",
        [
            ("learning-difficulties", "Learning difficulties"),
            ("severe-and-profound-learning-difficulties", "Severe and profound learning difficulties"),
            ("dyslexia-and-specific-learning-difficulties", "Dyslexia, dyspraxia and specific learning difficulties"),
        ],
    ),
    (
        "social-emotional-and-mental-health",
        "Social, emotional and mental health",
        "Anxiety, low mood, attention difficulties and other needs that affect wellbeing and behaviour.",
        [
            ("adhd", "ADHD"),
            ("anxiety-and-mental-health", "Anxiety and mental health"),
            ("attachment-and-trauma", "Attachment and trauma"),
        ],
    ),
    (
        "sensory-and-physical",
        "Sensory and/or physical",
        "Hearing, vision or physical needs, and complex medical needs.",
        [
            ("hearing", "Hearing impairment"),
            ("vision", "Vision impairment"),
            ("multi-sensory-impairment", "Multi-sensory impairment"),
            ("physical-disability", "Physical disability"),
            ("complex-medical-needs", "Complex medical needs"),
        ],
    ),
]

FEATURES = [
    ("step-free-access", "Step-free access"),
    ("accessible-toilet", "Accessible toilet"),
    ("changing-places-toilet", "Changing Places toilet"),
    ("hearing-loop", "Hearing loop"),
    ("accessible-parking", "Accessible parking"),
    ("quiet-space", "Quiet space"),
    ("bsl", "British Sign Language (BSL) on request"),
]

QUESTIONS = [
    ("How does the service find out what my child needs?", "How needs are identified and assessed."),
    ("How will my child and our family be involved?", "How children, young people and parents take part."),
    ("How are staff trained to support children and young people with SEND?", ""),
    ("How accessible is the service?", "Buildings, information in other formats, equipment."),
    ("How does the service help with moving on to the next stage?", "Transitions between settings."),
    ("Who can I talk to if I am worried or want to complain?", ""),
]

# The starting SEND vocabulary: each formal term with the words families use for it. Data, not code.
VOCABULARY_FILE = Path(__file__).resolve().parent / "data" / "search_words.csv"


def vocabulary_rows():
    """(term, also known as, whether it names a kind of help, the terms of its related kinds of help) for each
    entry of the starting vocabulary."""
    with VOCABULARY_FILE.open(encoding="utf-8", newline="") as file:
        return [
            (
                row["term"].strip(),
                row["also_known_as"].strip(),
                row.get("kind_of_help", "").strip() == "yes",
                [kind.strip() for kind in (row.get("related_kinds") or "").split(";") if kind.strip()],
            )
            for row in csv.DictReader(file)
        ]


def taxonomy_load():
    """Create or update the standard categories, needs, features, questions and search words."""
    for model, tree in ((Category, CATEGORIES), (Need, NEEDS)):
        for order, (slug, name, description, children) in enumerate(tree):
            parent, _ = model.objects.update_or_create(
                slug=slug, defaults={"name": name, "description": description, "order": order, "parent": None}
            )
            for child_order, (child_slug, child_name) in enumerate(children):
                model.objects.update_or_create(
                    slug=child_slug, defaults={"name": child_name, "order": child_order, "parent": parent}
                )
    for order, (slug, name) in enumerate(FEATURES):
        AccessibilityFeature.objects.update_or_create(slug=slug, defaults={"name": name, "order": order})
    for order, (question, help_text) in enumerate(QUESTIONS):
        LocalOfferQuestion.objects.update_or_create(
            question=question, defaults={"help_text": help_text, "order": order}
        )
    rows = vocabulary_rows()
    for term, also_known_as, kind_of_help, _ in rows:
        SearchTerm.objects.update_or_create(
            term=term, defaults={"also_known_as": also_known_as, "kind_of_help": kind_of_help}
        )
    terms = {term.term: term for term in SearchTerm.objects.filter(term__in=[row[0] for row in rows])}
    for term, _, _, related in rows:
        if related:
            terms[term].related_kinds.add(*(terms[kind] for kind in related))
