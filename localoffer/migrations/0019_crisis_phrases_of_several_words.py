"""More words of crisis, and words of several in one phrase ("cutting my|her arm|leg"), added to the crisis panel's
words as staff keep them: self-harm, an overdose of a named medicine, a child missing or not come home, abuse told
or seen, sexual and criminal exploitation, sextortion, violence at home, a parent who fears what they may do,
nowhere to sleep tonight, and a medical emergency. Only these phrases are added, and only where the panel does not
have them already, so a word staff took out earlier stays out."""

from django.db import migrations, models

PHRASES_HELP = (
    "One word or phrase a line. A search containing any of them, anywhere in what was typed, shows the panel "
    "above everything else. Capitals and apostrophes do not matter, and simple word endings are matched too: "
    "“kill himself” also finds “killing himself” and “killed himself”. Three dots stand for up to three words "
    "of any kind: “took ... tablets” finds “took all her tablets”. A phrase ending with $ is found only at the "
    "end of what was typed: “son is missing $” finds “my son is missing” but not “my son is missing school”. A "
    'word in quotes is found only as it is written: “"rape"” does not find “rap”. A phrase of one word of seven '
    "letters or more is also found misspelt by one letter: “suicide” finds “sucide”. Words joined by | are "
    "one word of several: “cutting my|her arm|leg” finds “cutting her leg” and “cutting my arm”."
)

ADDED = """\
cutting my|his|her|their arm|arms|leg|legs|wrist|wrists|thigh|thighs|stomach|hips
cuts on my|his|her|their arm|arms|leg|legs|wrist|wrists|thigh|thighs|stomach|hips
cutting and hiding
been cutting again
cutting again $
cuts under ... sleeves
hiding ... cuts on|under
"burnt"|"burned"|burnd myself|himself|herself|themselves
burn|burning myself|himself|herself|themselves on purpose|purpus|again|with
myself on purpose|purpus
how many paracetamol|ibuprofen|painkillers ... too many
how many ... take to kill you|me|yourself|myself|someone|somebody
took|ate|eaten|"eatted"|taken all|loads|lots|most|load|handful|bunch|box|packet|bottle|strip|5|6|8|10|12|14|15|16|20|24|25|30|32|40|50 of ... tablets|tablits|pills|meds|medication|medicine|medicines|melatonin|sertraline|fluoxetine|citalopram|antidepressants|painkillers|codeine|paracetamol|ibuprofen|insulin|aspirin|tramadol
a whole load|lot|packet|box|bottle|strip of ... tablets|tablits|pills|meds|medication|medicine|medicines|melatonin|sertraline|fluoxetine|citalopram|antidepressants|painkillers|codeine|paracetamol|ibuprofen|insulin|aspirin|tramadol
ate|eaten|"eatted" all ... tablets|tablits|pills
tablets|tablits|pills all of them
took some pills|tablets and|now
drunk and took
gave him|her|them double
drowsy and being sick
cant wake him|her|them $
cant wake him|her|them up $
floppy and wont|cant wake
floppy and not waking|responding
floppy and unresponsive
he|she|baby|hes|shes|child|son|daughter is|gone unresponsive
ran away and not answering|picking|replying
lost my child|son|daughter|kid|boy|girl at|in the park|beach|shop|shops|supermarket|town|crowd|fair|zoo|woods|forest|centre|station
nobody knows where he|she|they is|are $
no one knows where he|she|they is|are $
son|daughter|grandson|granddaughter|child|kid|teen|teenager|he|she|hes|shes hasnt|not come|came home $
son|daughter|grandson|granddaughter|child|kid|teen|teenager|he|she|hes|shes hasnt|not|didnt come|came home last night|yet|since
son|daughter|grandson|granddaughter|child|kid|teen|teenager|he|she has not come home
son|daughter|grandson|granddaughter|child|kid|teen|teenager|sister|brother|girl|boy missing since
gone missing again ... tonight|overnight|police
placement gone missing
missing she|he|shes|hes is
stepdad|uncle|grandad|grandpa|lodger|cousin|neighbour touches|touched|touching|tuches her|him|me|them
a man touched|touches|touching her|him|me
touches|tuches|touched|touching me|her|him where|were
being hit at home
uncle|stepdad|stepmum|grandad|lodger|boyfriend|partner hurts|hurting|hits|hitting|beats|beating her|him|me|them|us
dont|doesnt|never feed us|me|them
left alone all night
left alone ... with no food
left on their own all night
bruises|brusies|bruise|bruising all over
bruises|brusies on my ... after
bruises|brusies|marks after contact|visiting|coming home
marks on him|her $
assistant|teacher|ta|carer|staff|worker|driver|escort hurting|hurts|hitting|hits|kicked|kicking|slapped|slapping|punched the|my|our|disabled|him|her|me
ta|teacher|carer|staff|worker|driver|escort kicked|slapped|punched her|him|my|me
showed her|him|me his|their private|privates|willy|penis
gifts from older|men|a man
presents from older|men|a man
older man|men|lads buying|giving
older man|men ... picking her|him up
new phone ... gifts|presents
parties with men|older
being pimped
pimped out by|to|for
pimping her|him|me out
makes|made|make|making me|her sleep with his|her|their mates|friends|men|him|them
sleep with older men|man|lads
used for sex
make|made|makes|making me do stuff|things with|to
adult|man|stranger|men on fortnite|roblox|minecraft|snapchat|tiktok|insta|instagram|discord|xbox|playstation
online boyfriend|boyfrend|girlfriend
year old boyfriend ... 11|12|13|14|15
messaging my ... late at night
messaging|messages|texting my daughter|son|child|kid ... night|snapchat|insta|instagram|tiktok|secret
grooming|gromming|groomin on tiktok|snapchat|insta|instagram|roblox|fortnite|discord|xbox|minecraft|youtube
pics|photos|photo|pictures|vid|video|videos|nudes ... want money
pics|photos|photo|pictures|vid|video|videos|nudes ... asking for money
share|post|send it|them ... unless he|she|i|you|we pays|pay
sextorshun
owes ... dealers
dealers ... threatening|threaten|threatened|after
hold|holding|carry|carrying|hide|hiding|stash knives|knife|drugs|weapons|guns|gun for them|him|older
coming|comes|came back|home with money|cash
ex ... outside the|my|our house|home|door
outside the|my|our house|door|home and wont leave
partner|husband|boyfriend|ex|wife|girlfriend is|being|gets violent
violent partner|husband|ex|boyfriend
attacked me|us
attacked ... with a knife|knives|weapon|bat|hammer
shake|shaking|shook my|the baby
feel like shaking
going to lose it with
scared|afraid|frightened|worried i|ill ... hurt|harm|hit|shake him|her|them
scared|afraid|frightened|worried i|ill ... hurt|harm|hit|shake my baby|son|daughter|child|kids|children|boy|girl
scared|afraid|frightened|worried i|ill ... lash out
nowhere ... tonight|tonite|nite
no where|were to sleep|stay
kicked out at 1am|2am|3am|4am|5am|midnight|night|10pm|11pm|12am
seizure|fit|fitting and it wont|isnt|hasnt stop|stopped|stopping
child|son|daughter|baby|kid|boy|girl cant breathe|breath
cant breathe|breath help|please|now
not breathing $
isnt breathing
has stopped breathing $
struggling to breathe $
going|gone into anaphylaxis|anaphylactic
having an anaphylactic
lips ... blue
hit|banged|bumped his|her|their head and ... sick
is choking $
choking and cant breathe|breath
rash ... doesnt|dont|wont fade
non blanching rash
throwd|threw|thrown|throws|throwing her|him|me at|against|into the wall
pushed|pushd|pushes|shoved|threw|throwd|kicked me|her|him down the stairs
cant find|fined|fine my way home
wana di
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
        ("localoffer", "0018_crisis_phrases_never_born_and_more"),
    ]

    operations = [
        migrations.AlterField(
            model_name="historicalcrisispanel",
            name="phrases",
            field=models.TextField(help_text=PHRASES_HELP),
        ),
        migrations.AlterField(
            model_name="crisispanel",
            name="phrases",
            field=models.TextField(help_text=PHRASES_HELP),
        ),
        migrations.RunPython(crisis_phrases_add, migrations.RunPython.noop),
    ]
