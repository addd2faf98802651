"""More words of crisis added to the crisis panel's words as staff keep them, as families write in a second language
and young people write in a hurry: a goodbye note, a plan to jump or to take all the pills, someone else's medicine
or a household poison swallowed, a child not come home or run away, abuse a child tells of, photos and a demand for
money, county lines, violence at home now, sleeping rough tonight, and a seizure or allergy that will not stop. Only
these phrases are added, and only where the panel does not have them already, so a word staff took out earlier
stays out."""

from django.db import migrations

ADDED = """\
letter|note goodbye to family|mum|mama|mummy|dad|everyone
saying sorry goodbye
goodbye mama|mummy|mum $
life no point
no point in life|living
better he|she|i is|am dead
better if i|he|she ... dead
how to hang myself|yourself|himself|herself|themselves
how do u end it
going to end it
gonna end it
google|googled|search|searched|searching ... how to die
will jump from|off window|bridge|roof|balcony|pier|cliff
to jump off|from ... bridge|pier|cliff|roof|balcony|window
to bridge and jump
do something bad to
plan|plans|planning to take all ... pills|tablets|meds|medication
plan|plans|planning to kill
plans|planning to end his|her|my|their life
carved|carving ... into her|his|my arm|arms|leg|legs|skin|wrist|thigh
found blades
take|eat many paracetamol|ibuprofen|painkillers
took 10|12|14|15|16|20|24|25|30|32|40|50 pills|tablets|paracetamol|ibuprofen|painkillers
took my mums|dads|nans|grandmas tablets|tablet|tablits|pills|pill|meds|medication|medicine|paracetamol|ibuprofen|painkillers|insulin
eat|drink|swallow mums|dads|nans|grandmas tablets|tablet|tablits|pills|pill|meds|medication|medicine|paracetamol|ibuprofen|painkillers|insulin
eat|drink|swallow my diabetes|heart|insulin|blood ... tablets|tablet|tablits|pills|pill|meds|medication|medicine|paracetamol|ibuprofen|painkillers|insulin
drink|eat|swallow|bite|lick ... bleach|screenwash|antifreeze|detergent|weedkiller|poison|batteries|battery|magnets
washing liquid capsule|capsules|pod|pods
laundry capsule|capsules|pod|pods
"foaming" at|in ... mouth
foam in|at mouth
swallow a|whole bottle|box|packet|strip of
not come home ... dark|night|nights|police|phone
ran away from home|foster|care
ran away from my|the|our foster|home|house|care
cant|cannot find him|her 1|2|3|4|5|an hour|hours
cant|cannot find him|her for an|1|2|3|4 hour|hours
been looking for him|her for an|1|2|3|4 hour|hours
touch|touched|touches|touching her|my private|privates
dad|father|stepfather|stepdad hurt|hurts|hurting her|him|me|them|us
dad|mum|father|mother|stepfather|stepmother|stepdad|stepmum beat|beats|beating her|him|me|them|us
lock|locks|locked them|him|her|me|us in ... room
make|made|makes him|her|me do sex|sexual things
hit|hits|hitting|beat|beats|beating ... with ... belt|cable|wire
parents|mum|dad|mother|father ... not|dont|doesnt|never feed
"left" them|him|her|us|me alone all night|overnight
"rapes"
mummy|daddy did it
bruise|bruises|mark|marks shaped like a hand
hand shaped bruise|bruises|mark|marks
show|shows|showed her|him|me rude|porn
boyfriend|stepdad|uncle|man comes|came|coming in|into my room
says dont tell
keep secret from
keep it|this|our secret from
send|sent picture|pictures|photo|photos|pic|pics with no clothes|without clothes
naked picture|pictures|photo|photos|pics|pic
online if he|she|i|you|we not|dont|doesnt pay
or hell|hes share|post
or hell|hes send it|them|pics|photos|video
or he|they|she will share|post
or he|they|she will send it|them|pics|photos|the video
gave me a vape
give|giving|gave her|him|me alcohol|vodka|weed
much older men|man|guy|guys
stays|staying|stayed out all night
"carry"|"carries" knife|knives|blade|blades|machete
run|running|carry|carrying packages|parcels|drugs for
or they|he|she hurt|kill my brother|sister|mum|family|little|baby
ex|partner|husband|boyfriend ... break|broke|kick|kicked ... door
child|son|daughter|kids|baby by force
hitting|beating her|him|mum|mummy now
hitting|beating|hurting my mum|mummy
turned|turn up with a knife|knives|weapon
sleep|sleeping in|on ... car|park|street|streets|doorway|bench tonight
cannot|can not breath|breathe after|and|help|now
face swell and|cannot|cant
throat|tongue swelling|swollen up|and
cant breathe|breath chest
having a fit|seizure and wont|not|cant
rescue meds|medication|medicine not|isnt|arent|didnt working|work
going blue and limp
limp and wont|not|isnt respond|responding
will batter him|her|me
from a bottle of screenwash|bleach|antifreeze|detergent
boyfriend takes her|his|my money
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
        ("localoffer", "0019_crisis_phrases_of_several_words"),
    ]

    operations = [
        migrations.RunPython(crisis_phrases_add, migrations.RunPython.noop),
    ]
