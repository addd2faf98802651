"""More of the ways families say someone may end their life ("doesn't want to be here anymore", "wants to end it
all", "wants to disappear"), added to the crisis panel's words as staff keep them. Only these phrases are added, and
only where the panel does not have them already, so a word staff took out earlier stays out."""

from django.db import migrations

ADDED = """\
dont want to be here
doesnt want to be here
does not want to be here
do not want to be here
want to end it
wants to end it
end it all
better off dead
better off without me
better off without him
better off without her
better off without them
want to disappear
wants to disappear
wish i could disappear
want to be dead
wants to be dead
wish i were dead
wish they were dead
wishes they were dead
no reason to live
nothing to live for
hang himself
hang herself
hang myself
hang themselves
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
    dependencies = [("localoffer", "0014_merge_topics_and_news_translations")]

    operations = [migrations.RunPython(crisis_phrases_add, migrations.RunPython.noop)]
