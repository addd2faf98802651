"""Demo waits, steps and "while you wait" links, on the services where waits are real: assessments,
therapies and CAMHS. Some are dated long enough ago that the page says they are old.

Each entry: the service's name, its waits as (label, amount, unit, days since updated, by, note),
its steps as (title, detail, how long), and what helps while waiting (service names, page paths).
"""

import io

from django.utils import timezone
from django.utils.text import slugify

from services.models import AccessStep, Service, Wait

WAITS = {
    "Neurodevelopmental Assessment Service (Autism and ADHD)": {
        "waits": [
            ("Autism assessment", 18, "months", 35, "team", "Children with the most urgent needs are seen sooner."),
            ("ADHD assessment", 14, "months", 35, "team", ""),
        ],
        "steps": [
            ("Your GP, school SENCO or health visitor refers your child", "Ask them to send the referral form.", ""),
            (
                "Fill in the family questionnaire we post to you",
                "Have school reports and any letters ready.",
                "2 weeks",
            ),
            ("We look at the referral with school information", "We may ask school for more.", "about 6 weeks"),
            ("Your child is placed on the waiting list for assessment", "", "see the wait above"),
            ("Assessment appointments and a feedback meeting", "You get a written report.", "2 to 3 appointments"),
        ],
        "while": (
            [
                "Autism and Communication Outreach",
                "Parent Carer Wellbeing Programme",
                "Psychology Phone Line for Parents",
            ],
            ["concerned-about-my-child"],
        ),
    },
    "CAMHS Assessment and Treatment": {
        "waits": [
            ("Assessment", 12, "weeks", 150, "provider", "Urgent referrals are seen within a week."),
            ("Treatment after assessment", 9, "months", 150, "provider", ""),
        ],
        "steps": [
            ("A GP, school or other professional refers", "Young people over 16 can also refer themselves.", ""),
            ("We phone you to talk about the referral", "", "within 2 weeks"),
            ("A first assessment appointment", "Bring a list of questions and any medicines.", "see the wait above"),
        ],
        "while": (
            [
                "Children and Young People's Mental Health Crisis Line",
                "Open Door Counselling",
                "Mental Health Support Teams in Schools",
            ],
            [],
        ),  # fmt: skip
    },
    "Learning Disability CAMHS": {"waits": [("", 20, "weeks", 200, "team", "")]},
    "Children's Eating Disorders Service": {
        "waits": [("", 4, "weeks", 20, "provider", "Urgent cases are seen within a week.")]
    },
    "Children's Speech and Language Therapy": {
        "waits": [("First assessment", 16, "weeks", 60, "provider", ""), ("Therapy", 6, "months", 60, "provider", "")],
        "steps": [
            ("Contact us yourself, or ask your health visitor, GP or school", "", ""),
            ("A first assessment", "Bring anything that helps us understand how your child talks.", "about 1 hour"),
            ("A plan agreed with you", "Therapy in clinic, at school or ideas to use at home.", "blocks of 6 weeks"),
        ],
        "while": (["Talking Together Drop-ins"], []),
    },
    "Children's Occupational Therapy": {"waits": [("", 40, "weeks", 190, "team", "")]},
    "Children's Physiotherapy": {"waits": [("", 8, "weeks", 30, "provider", "")]},
    "Educational Psychology Assessment and Consultation": {"waits": [("", 10, "weeks", 100, "team", "")]},
    "Dyslexia Diagnostic Assessments": {"waits": [("", 3, "weeks", 10, "provider", "")]},
    "Talking Together Drop-ins": {"waits": [("", None, "none", 15, "provider", "Just come along.")]},
    "Open Door Counselling": {"waits": [("", 2, "weeks", 25, "provider", "")]},
    "Parent Carer Needs Assessment": {"waits": [("", 6, "weeks", 120, "team", "")]},
    "Independent Speech and Language Therapy": {"waits": [("", None, "none", 40, "provider", "")]},
}


def _pages(paths):
    from localoffer.content.demo import load as content_load
    from localoffer.content.models import InformationPage

    found = list(InformationPage.objects.filter(path__in=paths))
    if len(found) < len(set(paths)):  # the advice pages load after the directory on a fresh database
        content_load(stdout=io.StringIO(), options={})
        found = list(InformationPage.objects.filter(path__in=paths))
    return found


def waits_load():
    """Put the demo waits, steps and links on their services, replacing any there."""
    today = timezone.localdate()
    services = {service.name: service for service in Service.objects.filter(slug__in=map(slugify, WAITS))}
    for name, entry in WAITS.items():
        service = services.get(name)
        if service is None:
            continue
        service.waits.all().delete()
        Wait.objects.bulk_create(
            Wait(
                service=service,
                label=label,
                amount=amount,
                unit=unit,
                order=number,
                note=note,
                updated_on=today - timezone.timedelta(days=days),
                updated_by=by,
            )  # fmt: skip
            for number, (label, amount, unit, days, by, note) in enumerate(entry["waits"])
        )
        service.steps.all().delete()
        AccessStep.objects.bulk_create(
            AccessStep(service=service, order=number, title=title, detail=detail, how_long=how_long)
            for number, (title, detail, how_long) in enumerate(entry.get("steps", ()))
        )
        names, paths = entry.get("while", ((), ()))
        service.while_you_wait_services.set(Service.objects.filter(slug__in=map(slugify, names)))
        service.while_you_wait_pages.set(_pages(paths) if paths else [])
    return len(services)
