"""The pledge levels, the hub's first text, and the staff roles with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from localoffer.staff.roles import roles_sync

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

# The roles as they stood when this migration was written (see localoffer/roles.py).
ROLES = {
    "Co-production officer": {
        "hubpage": ("change", "view"),
        "pledgelevel": ("add", "change", "delete", "view"),
        "pledge": ("change", "view", "personal"),
        "panelvolunteer": ("add", "change", "delete", "view", "personal"),
        "event": ("add", "change", "delete", "view"),
        "booking": ("add", "change", "delete", "view", "personal"),
        "theme": ("view",),
        "yousaidwedid": ("view",),
    },
    "Feedback officer": {
        "feedback": ("change", "view", "personal"),
        "pagevote": ("view", "delete"),
        "theme": ("add", "change", "delete", "view"),
        "yousaidwedid": ("add", "change", "delete", "view"),
    },
}


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
    app_config = apps.get_app_config("coproduction")
    app_config.models_module = True  # historical app configs have none; create_permissions needs one
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    roles_sync(
        group_model=apps.get_model("auth", "Group"),
        permission_model=apps.get_model("auth", "Permission"),
        roles={role: {"coproduction": models} for role, models in ROLES.items()},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("coproduction", "0001_pledges_panels_events_feedback"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
