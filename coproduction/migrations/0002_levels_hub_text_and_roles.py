"""The pledge levels and the hub's first text.

It once also copied the staff roles; they are now kept in step after every migrate by
localoffer.staff.roles, from the apps' roles.py files.
"""

from django.db import migrations

LEVELS = [
    (
        "individual",
        "Individual",
        "You know and understand your child the best.",
        "Families and professionals (case officers, housing, health and others) make decisions about a child "
        "or young person together, because you know and understand your child the best.",
    ),
    (
        "service",
        "Service",
        "Families and the council shape SEND support together.",
        "Families and the council co-produce SEND support and shape services around the people who need them.",
    ),
    (
        "strategic",
        "Strategic",
        "Shaping the local area's SEND work.",
        "Parents, carers and young people with SEND shape the area's SEND strategy, including sitting on "
        "interview panels for new council staff.",
    ),
]

INTRODUCTION = """Co-production means **everyone works together on an equal basis**: parents and carers, children
and young people with special educational needs and disabilities (SEND), BCP Council, NHS Dorset,
schools and other services.

It means we plan, design and review SEND support with families from the start, not after decisions
have been made."""

COMMITMENT = """BCP Council and NHS Dorset commit to co-production at every level: in decisions about each child,
in the services we run and in the area's SEND strategy.

We know this has not always been the case. The 2021 Ofsted and CQC inspection of SEND services in
Bournemouth, Christchurch and Poole found that families had not always been listened to or involved
as equal partners. Our SEND Improvement Plan sets out what we are doing about it, and this pledge is
one part of that."""

TRANSCRIPT = """Parents, carers, young people and staff talk about what working together means to them: being
listened to, being honest with each other, sharing decisions, and valuing what every person brings.

The full transcript will be published here with the video."""


def forwards(apps, schema_editor):
    PledgeLevel = apps.get_model("coproduction", "PledgeLevel")
    HubPage = apps.get_model("coproduction", "HubPage")
    for order, (slug, name, summary, description) in enumerate(LEVELS):
        PledgeLevel.objects.get_or_create(
            slug=slug, defaults={"name": name, "summary": summary, "description": description, "order": order}
        )
    HubPage.objects.get_or_create(
        singleton=True,
        defaults={
            "introduction": INTRODUCTION,
            "commitment": COMMITMENT,
            "video_title": "Our co-production values",
            "video_url": "",
            "video_transcript": TRANSCRIPT,
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("coproduction", "0001_pledges_panels_events_feedback"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
