"""More words of crisis added to the crisis panel's words as staff keep them: a child who wishes they had never been
born, who says life is pointless or they cannot go on, a noose, a parent who hits a child, and a family evicted with
nowhere to go. Only these phrases are added, and only where the panel does not have them already, so a word staff
took out earlier stays out."""

from django.db import migrations

ADDED = """\
wish ... never born
wish ... never been born
life is pointless
no point living
no point in being alive
cant go on $
noose
dad hits her
dad hits him
dad hits them
dad hits us
mum hits her
mum hits him
mum hits them
mum hits us
evicted ... nowhere to go
"""


def crisis_phrases_add(apps, schema_editor):
    CrisisPanel = apps.get_model("localoffer", "CrisisPanel")
    for panel in CrisisPanel.objects.all():
        kept = {line.strip().lower() for line in panel.phrases.splitlines()}
        missing = [phrase for phrase in ADDED.splitlines() if phrase not in kept]
        if missing:
            panel.phrases = panel.phrases.rstrip("\n") + "\n" + "\n".join(missing) + "\n"
            panel.save(update_fields=["phrases"])


class Migration(migrations.Migration):
    dependencies = [
        ("localoffer", "0017_glossary_version"),
    ]

    operations = [
        migrations.RunPython(crisis_phrases_add, migrations.RunPython.noop),
    ]
