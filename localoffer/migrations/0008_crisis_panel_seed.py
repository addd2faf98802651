"""The crisis panel, with its first words and text, so that a new site shows urgent help from its first search.

The text is copied here as it was first written; staff keep it up to date in the admin.
"""

from django.db import migrations

HEADING = "Get help now if someone is in danger"
BODY = """\
If someone is in immediate danger, or has taken an overdose, **call [999](tel:999)** or go to A&E.

- **Mental health crisis line (NHS Dorset Connection)**, any time, day or night, for children, young people \
and adults: [0800 652 0190](tel:08006520190), or call [111](tel:111) and choose the mental health option
- **Children's First Response Hub**, if you are worried a child is being hurt or abused: \
[01202 123 789](tel:01202123789)
- **Samaritans**, to talk at any time: [116 123](tel:116123)
"""
PHRASES = """\
suicide
suicidal
kill himself
kill herself
kill myself
kill themselves
kill themself
kill yourself
want to die
wants to die
wish i was dead
wishes he was dead
wishes she was dead
end my life
end his life
end her life
end their life
take his own life
take her own life
take my own life
take their own life
not want to live
dont want to live
doesnt want to live
self harm
selfharm
harm himself
harm herself
harm myself
harm themselves
hurt himself
hurt herself
hurt myself
hurt themselves
cutting himself
cutting herself
cutting myself
cutting themselves
cut himself
cut herself
cut myself
cut themselves
overdose
not safe
unsafe at home
in danger
being hurt
hurting me
hurts me
hit me
hits me
being abused
abuse
abused
abusing
sexual abuse
domestic abuse
domestic violence
"""


def crisis_panel_seed(apps, schema_editor):
    CrisisPanel = apps.get_model("localoffer", "CrisisPanel")
    if not CrisisPanel.objects.exists():
        CrisisPanel.objects.create(heading=HEADING, body=BODY, phrases=PHRASES)


class Migration(migrations.Migration):
    dependencies = [("localoffer", "0007_crisis_panel")]

    operations = [migrations.RunPython(crisis_panel_seed, migrations.RunPython.noop)]
