"""More words of crisis added to the crisis panel's words as staff keep them, as a seventh set of sentences said it:
a young person giving their things away or tired of living, a ligature or a rope in a bedroom, a whole box of
someone's tablets, a seizure that goes on or comes one after another, a baby gone floppy after being shaken, a
child missing for days and back with bruises, older men with presents and cash, a stranger met online asking to
meet, and violence at home now. A second reader's harmless searches narrowed them. Only these phrases are added,
and only where the panel does not have them already, so a word staff took out earlier stays out."""

from django.db import migrations

ADDED = """\
stuff|things|belongings away to his|her|my|their mates|friends
to kill my self
kill|killing myslef|mysef|myslf|meself|mysefl
dont|doesnt wanna be here anymore
dont|doesnt wanna be here $
dont|doesnt wanna live|exist
how many paracetamol|paracetemol|paracetomol|painkillers|ibuprofen would it take
how many paracetamol|paracetemol|paracetomol|painkillers|ibuprofen|pills|tablets to die|overdose
split|gash|cut|wound and|with blood everywhere
shes|hes|is|now bleeding from her|his|the ear|ears|head|eye|eyes
belt|scarf|ligature|cord tied|tie|hanging to|round|around|from the|a|her|his|my door|wardrobe|neck|bannister|banister|banisters|loft|rail|top
rope|noose in her|his|their|my room|bedroom|bag
seizure|seizures|fit|fits been going|goin|lasting ... mins|minutes|min
having one seizure|fit after another
having seizures|fits back to back
seizure|seizures|fit|fits ... not waking|wakin up in between|between
turning|turned|gone|going blue|grey|gray|purple during|and|while
lips|face|baby|skin turning|turned|gone|going blue|grey|gray|purple
older men|man|guys|blokes keep|keeps picking|buying|giving|messaging|texting her|him|my
buying her|him vapes
wad|wads of cash|money
disappearing|disappears|disappeared to other|another town|towns|city|cities
making|made|forcing|forced|makes|make her|him send|sending pictures|photos|pics|nudes|videos
making|made|forcing|forced|makes|make my daughter|son|child send|sending pictures|photos|pics|nudes|videos
her|his heart is going|racing|beating really|so|very fast
just fainted
daughter|son|child|baby|she|he just collapsed
anything|anythin to eat or drink for|in ... days
hasnt|havent|not eaten|drunk|drank for|in a|2|3|4|5|6|7|three|four|five|six|seven week|weeks|days
drink|drank|ate|"swallowed" many|lots|loads|handful ... pills|tablets|meds|medicine|paracetamol
still swelling up
epipen used|given ... ago
epipen isnt|hasnt|didnt working|worked|work|helped|helping
hit|banged his|her head ... being sick
hit|banged his|her head ... confused|drowsy|unconscious|vomiting
collapsed and|now wont|not|isnt|cant wake|waking|breathe|breathing
note|letter saying sorry for everything
gone and left a note
he|she|i|hes|shes|im might as well be dead
makes|made|making her|him sit on his lap and
hes|shes|im gonna|going to jump $
on the roof|ledge and wont|refuses|refusing ... come down
glass stuck in her|his arm|arms|leg|wrist|neck
fist through a|the window|glass|door
took|taken|swallowed a whole|hole|full box|packet|pack|bottle|strip|tub of ... tramadol|paracetamol|ibuprofen|pills|tablets|painkillers|codeine|sertraline|fluoxetine|melatonin|medicine|meds|calpol|nurofen|cocodamol|diazepam
drank|drunk|swallowed a whole|hole|full bottle of calpol|medicine|nurofen|paracetamol|ibuprofen|cough|piriton|vodka|bleach|antifreeze|mouthwash
man|men|guy|adult|stranger she|he met on|online ... wants|asked|asking|trying to meet
year old man|men asking|wants|trying|asked to meet her|him|my|and
calling her|him babe|sexy
someone is|keeps hurting|hitting him|her|my
someone has been hurting|hitting|touching him|her
throat closing|closed|closes
gone floppy
now hes|shes floppy
shook|shaken the|my|our baby
dad|mum|mam|partner|boyfriend|girlfriend|stepdad|he|she shook him|her|the baby
take us all with her|him|them $
grabbed|grabbing|grab him|her|them|me by the neck|throat
took|"swallowed" all ur|your|my|his|her|the sleeping tablets|pills
if u|you take all ur|your sleeping tablets|pills
about stepping|jumping off the|a edge|cliff|bridge|roof|ledge
about stepping|jumping in front of a|the train|car|bus|lorry|traffic
stand|standing|sat|sitting|im|is|hes|shes on the edge of the|a cliff|bridge|roof|platform
kicked|punched|stamped her|him|me in the stomach|belly|head
written|wrote letters|notes to everyone|everybody and
written|wrote goodbye letters|notes
and got the tablets|pills|rope ready
cant|cannot keep myself safe
throwing|coughing|vomiting up blood
vomiting|vomit blood
smells|smell|smelling like|of pear drops
inhaler not|isnt|wont wrking|workin|working
has gone|went missing from the|a seafront|pier|fair|zoo|shops|shopping|town
bf|boyfriend|partner|husband|stepdad ... gonna|will|threatened kill me|us|her
bf|boyfriend|partner|husband|stepdad ... going to kill me|us|her
says|said|threatens|threatened she|he will|wants|gonna kill
hitting|beating|attacking|strangling|choking her|him|me|us|mum right now
came|come|comes back ... days missing
come|go to his|their flat|house|place|car alone
bringing|brought a knife|knives|blade in|into|to school
bringing|brought a knife|knives|blade in tomorrow|today|monday
stab someone|somebody|me|people|them|us
swallowed some|a|two|2|3|three ... screws|screw|nails|nail|pins|pin|glass|needle|needles|blade|blades
ate|eaten|swallowed|took some of his|her|my nans|mums|dads|grandmas|grandads|brothers|sisters heart|blood|diabetes|sleeping|pain tablets|tablet|pills|pill|meds|medication
choking and|but cant|cannot cough|breathe|talk
telling him|her|me to kill|hurt|stab people|someone|somebody|us|me|mum|dad|himself|herself|myself
keep|keeps|always thinking|thinkin about dying|dieing every|everyday|evryday|all
do something stupid|silly to myself|himself|herself|themselves
tired of living|livin $
tired of living|livin tbh|anymore|honestly|now
tired of being alive
and|to be with her|his|my ... in heaven
hes|shes|he|she|son|daughter|nephew|niece|brother|sister|child|is|and been missing since
got in|into a car with some|older men|man|lads|guys
make|makes|made|making her|him|me do stuff|things to them|him for
fitting|seizing|shaking and "foaming"
locked herself|himself|themselves|themself in ... with ... razor|razors|knife|knives|blade|blades|rope
pushed ... deep into his|her|my arm|leg|hand|skin|wrist
is|hes|shes|sitting|standing on the window ledge
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
        ("localoffer", "0020_crisis_phrases_in_a_second_language"),
    ]

    operations = [
        migrations.RunPython(crisis_phrases_add, migrations.RunPython.noop),
    ]
