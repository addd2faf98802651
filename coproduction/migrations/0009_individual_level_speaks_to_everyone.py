"""The individual pledge level's text speaks to young people and carers too, not only to parents.

Only text that staff have not changed since it was first written is replaced.
"""

from django.db import migrations

OLD = (
    "You know and understand your child the best.",
    "Families and professionals (case officers, housing, health and others) make decisions about a child "
    "or young person together, because you know and understand your child the best.",
)
NEW = (
    "Decisions about a child or young person are made with them and their family.",
    "Children, young people, their parents and carers, and professionals (case officers, housing, health "
    "and others) make decisions about a child or young person together, because the child or young person "
    "and their family know their life best.",
)


def replace(apps, old, new):
    PledgeLevel = apps.get_model("coproduction", "PledgeLevel")
    PledgeLevel.objects.filter(slug="individual", summary=old[0]).update(summary=new[0])
    PledgeLevel.objects.filter(slug="individual", description=old[1]).update(description=new[1])


class Migration(migrations.Migration):
    dependencies = [("coproduction", "0008_listing_report_wants_reply")]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: replace(apps, OLD, NEW),
            lambda apps, schema_editor: replace(apps, NEW, OLD),
        )
    ]
