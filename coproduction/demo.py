"""Demo data for the coproduction app, loaded by `manage.py seed_demo`. Idempotent: safe to run again."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from coproduction.models import Event, Pledge, PledgeLevel, Theme, YouSaidWeDid
from localoffer.content.models import Topic
from localoffer.content.topics import topics_ensure

EVENTS = [
    (
        "parent-carer-forum-spring",
        "Parent carer forum: transport to school",
        "Tell us what works and what does not about home to school transport.",
        "Officers from the school transport team will listen to what has gone well and what has not, and "
        "answer questions about applying, appeals and travel training.\n\n"
        "Tea, coffee and a quiet room are available. Children are welcome, and there is a play corner.",
        14,
        False,
        "Poole Central Library, Dolphin Centre, Poole BH15 1QE",
        Event.Audience.PARENTS,
        30,
    ),
    (
        "young-peoples-voice-online",
        "Young people's voice: online meet-up",
        "Young people aged 16 to 25 help shape preparing-for-adulthood support.",
        "We meet on Microsoft Teams and email you the joining link the day before. You can keep your "
        "camera off and type in the chat instead of speaking.\n\n"
        "A youth worker is there for the whole meeting if you want to talk to someone afterwards.",
        21,
        True,
        "",
        Event.Audience.YOUNG_PEOPLE,
        2,
    ),
    (
        "partners-and-schools-briefing",
        "Partners and schools briefing: the SEND Improvement Plan",
        "An update for schools and partners on the SEND Improvement Plan.",
        "Come in person or join online. We will go through what has changed this term and what comes next, "
        "with time for questions from SENCOs and health colleagues.",
        35,
        True,
        "Bournemouth Library, 22 The Triangle, Bournemouth BH2 5RQ",
        Event.Audience.PARTNERS,
        None,
    ),
]

ENTRIES = [
    (
        "transport",
        "Transport",
        "Families said the home to school transport application was hard to find and hard to follow.",
        "We listed school transport and independent travel training in the directory under Travel, and "
        "the school transport team now answers applications within 10 working days.",
        60,
    ),
    (
        "the-website",
        "The Local Offer website",
        "Families said they could not tell which services were for older young people.",
        "Every service now shows the ages it is for, and you can search by age.",
        30,
    ),
]

PLEDGES = [
    ("Amira Hussain", "demo.parent@example.org", "parent-carer", ["individual", "service"]),
    ("Jordan Ellis", "demo.young@example.org", "young-person", ["strategic"]),
    ("Priya Shah", "demo.professional@example.org", "professional", ["individual", "service", "strategic"]),
]


# The topics of each demo event (from localoffer/content/topics.py).
EVENT_TOPICS = {
    "parent-carer-forum-spring": ["forums-and-co-production", "education-and-ehc-plans"],
    "young-peoples-voice-online": ["forums-and-co-production", "preparing-for-adulthood"],
    "partners-and-schools-briefing": ["education-and-ehc-plans", "training", "cognition-and-learning"],
}


def loaded():
    """True when the demo events are in the database."""
    return Event.objects.exists()


def load(*, stdout, options):
    """Create or update this app's demo records; report what was done on stdout."""
    today = timezone.localdate()
    topics_ensure()
    for slug, title, summary, description, days, online, place, audience, capacity in EVENTS:
        starts = timezone.make_aware(datetime.combine(today + timedelta(days=days), time(10, 0)))
        event, _ = Event.objects.update_or_create(
            slug=slug,
            defaults={
                "title": title,
                "summary": summary,
                "description": description,
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=2),
                "online": online,
                "place": place,
                "audience": audience,
                "capacity": capacity,
            },
        )
        event.topics.set(Topic.objects.filter(slug__in=EVENT_TOPICS.get(slug, [])))
    for slug, name, said, did, days_ago in ENTRIES:
        theme, _ = Theme.objects.update_or_create(slug=slug, defaults={"name": name})
        YouSaidWeDid.objects.update_or_create(
            theme=theme,
            you_said=said,
            defaults={"we_did": did, "date": today - timedelta(days=days_ago), "published": True},
        )
    for name, email, who, levels in PLEDGES:
        pledge, _ = Pledge.objects.update_or_create(
            email=email,
            defaults={
                "name": name,
                "who": who,
                "status": Pledge.Status.CONFIRMED,
                "confirmed_at": timezone.now(),
                "show_on_wall": True,
            },
        )
        pledge.levels.set(PledgeLevel.objects.filter(slug__in=levels))
    stdout.write(
        f"Co-production: {len(PLEDGES)} pledges, {len(EVENTS)} events, {len(ENTRIES)} You said, we did entries."
    )
