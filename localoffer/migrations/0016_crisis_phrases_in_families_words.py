"""Crisis in the words people really type, added to the crisis panel's words as staff keep them: slang ("kms"),
hints ("doesnt want to wake up", "this is goodbye"), self-injury, tablets taken, a child missing or not safe at
home, grooming and sextortion, criminal exploitation, violence at home, a parent who fears what they may do, and
nowhere to sleep tonight. Only these phrases are added, and only where the panel does not have them already, so
a word staff took out earlier stays out. The help text of the words' box says how gaps ("...") and quoted words
work."""

from django.db import migrations, models

ADDED = """\
kys
kill urself
about not being around
not being around anymore
not be around anymore
not be here anymore
dont want to be alive
doesnt want to be alive
not want to be alive
dont want to exist
doesnt want to exist
wish i didnt exist
wish i was never born
should never have been born
how to end it
plan to end it
planning to end it
giving ... stuff away
giving ... things away
giving away ... things
jump off ... bridge
jump off ... roof
jump off ... cliff
jump in front of
in front of a train
drive ... into ... wall
crash the car on purpose
slef harm
self injury
self injure
self injuring
burning himself
burning herself
burning myself
burn himself
burn herself
burn myself
till ... bleed
until ... bleed
punches himself
punches herself
punching himself
punching herself
punch myself
hits himself
hits herself
hitting himself
hitting herself
hit myself
bites himself
bites herself
biting himself
biting herself
starving herself
starving himself
starving myself
marks on ... arm
marks on ... wrist
cuts on ... arm
cuts on ... leg
cuts on ... wrist
scars on ... arm
cutting ... arm
cutting ... wrist
too many paracetamol
too much paracetamol
took ... paracetamol
took ... ibuprofen
taken ... paracetamol
took all ... tablets
took all ... pills
took all ... medication
took all ... medicine
took all ... at once
took a load of
took loads of
took a bunch of
took a handful of
swallowed ... bleach
swallowed ... battery
swallowed something
drank ... bleach
od
has run away
has ran away
have run away
run away from home
ran away from home
running away from home
going to run away
want to run away
wants to run away
he has gone missing
she has gone missing
hes gone missing
shes gone missing
son has gone missing
daughter has gone missing
child has gone missing
son gone missing
daughter gone missing
going missing overnight
goes missing overnight
missing overnight
missing for days
missing child
missing person
dont feel safe
doesnt feel safe
not feel safe
scared to go home
afraid to go home
frightened to go home
dont want to go back home
kicked me out
kicked out of home
kicked out of the house
threw me out
thrown out of home
nowhere to sleep
nowhere to stay
sleeping rough
locks me in
locked me in
locks him in
locks her in
hurt her down there
hurt him down there
does stuff to me
does things to me
"rape"
"raped"
"raping"
"rapist"
rape crisis
assaulted
molested
found bruises
unexplained bruises
bruises after
neglected
neglect
"groomed"
being groomed
been groomed
grooming online
online grooming
grooming gang
asking my ... for pictures
asking my ... for photos
asking my ... for pics
asking me for pictures
asking me for photos
asking me for pics
asking her for pictures
asking him for pictures
asking for nudes
asking for pics
sextortion
threatening to share
threatening to post
post my pics
share my pics
keep it secret
she met online
he met online
met him online
met her online
not tell my parents
dont tell your parents
county lines
cuckooed
cuckooing
carry drugs
carrying drugs
deliver drugs
delivering drugs
selling drugs
owes them money
threatened to stab
criminal exploitation
exploitation
exploited
drug dealer
debt to a dealer
hurt my family
threatening to hurt
threatened to hurt
threatening to kill
threatened to kill
dv
threw ... at me
hurts my mum
hurts my mom
hits my mum
hits my mom
beats my mum
beats my mom
strangled
strangling
choked me
choking me
abusive
scared of him
scared of my dad
scared of my husband
scared of my partner
stepdad scares me
dad scares me
husband scares me
partner scares me
hiding from him
smashing the house
im going to hurt
i am going to hurt
want to hurt my
scared ill hurt
afraid ill hurt
ill hurt him
ill hurt her
ill hurt my
shook my baby
shook the baby
shaking the baby
i hit my son
i hit my daughter
i hit my child
i hit my baby
dont trust myself
kms
unalive
unaliving
hang yourself
want die
wants die
to not wake up
and not wake up
nobody would ... notice
no one would ... notice
nobody would miss me
no one would miss me
nobody will miss me
no one will miss me
ligature
deserve the pain
deserves the pain
deserve to die
deserves to die
deserve to be hurt
cuts all over
cuts on ... thigh
cuts on ... stomach
cuts on ... body
marks on ... thigh
burning ... arm
burning ... leg
cut too deep
wont stop bleeding
self harmin
used a blade
with a blade
pulled a blade
razor blade
sharpener blade
swallowed a load
empty blister
blister packs under
washing capsule
washing pod
washing tablet
dishwasher tablet
antifreeze
poisoned himself
poisoned herself
poisoned myself
drunk ... bleach
how many ... to die
how many ... to kill
ran away last night
ran away again
ran away ... police
run away ... police
missing ... police
call the police
ring the police
phone the police
call police
ring police
do i call 999
should i call 999
cant find him anywhere
dont know where he is
dont know where she is
no food in the house
no food at home
been gone ... days
says he fell
says she fell
sex stuff
sexual stuff
sexual things
"privates"
no clothes on
rude pics
rude pictures
rude photos
photos of her body
photos of his body
send pics
send pictures of himself
send pictures of herself
send some back
blackmailed
blackmail
or we post
or we share
grown man
not to tell my parents
not to tell anyone
told me not to tell
told her not to tell
told him not to tell
meet ... from snapchat
meet ... from instagram
meet ... from discord
meet ... from roblox
meet ... from tiktok
meet ... from online
meeting ... from snapchat
meeting ... from instagram
meeting ... from discord
meeting ... from roblox
meeting ... from tiktok
meeting ... from online
carrying a knife
carries a knife
got a knife
has a knife
pulled a knife
taking packages
deliver packages
delivering packages
carrying packages
the opps
know where i live
know where we live
know where my family live
in a gang
gang members
dealers have moved
dealers moved
taken over ... flat
two phones
burner phone
disappearing for days
disappears for days
disappeared for days
threw me against
pushed me against
pinned me
by the throat
i will hurt
i might hurt
i could hurt
nearly hit him
nearly hit her
almost hit him
almost hit her
thoughts of harming
thoughts of hurting
harming my
hurting my kids
hurting my child
grabbed ... too hard
left bruises
sleeping in the park
nowhere to go tonight
nobody will have me
no one will have me
he gone missing
he went missing
he gone missing again
she gone missing
she went missing
she gone missing again
son went missing
son gone missing again
daughter went missing
daughter gone missing again
child gone missing
child went missing
child gone missing again
sister has gone missing
sister gone missing
sister went missing
sister gone missing again
brother has gone missing
brother gone missing
brother went missing
brother gone missing again
boy has gone missing
boy gone missing
boy went missing
boy gone missing again
girl has gone missing
girl gone missing
girl went missing
girl gone missing again
teenager has gone missing
teenager gone missing
teenager went missing
teenager gone missing again
wana die
wanna die
stop existing
this is goodbye
goodbye note
goodbye notes
goodbye letter
goodbye letters
given away his
given away her
giving away his
giving away her
so you dont wake up
so i dont wake up
standing on the bridge
on the edge of the bridge
on the ledge
jump of ... bridge
jump of ... roof
jump of the
burns on ... wrist
burns on ... arm
burns on ... leg
to feel something
scratching my legs
scratching my arms
cuts all up
ate ... tablets
ate ... pills
eaten ... tablets
eaten ... pills
tablets all of them
whole strip
and some pills
barely breathing
not breathing
stopped breathing
unconscious
unresponsive
swallowed ... magnet
swallowed ... coin
walked out ... ago
never arrived home
not arrived home
hasnt arrived home
never came home
ran off from home
cant find my way home
missing from placement
missing from home
missing from care
dont look for me
never find me
gone since
been gone ... hours
makes her do things
makes me do things
makes him do things
do things in bed
special secret
our secret
shaped bruises
finger marks
fingertip bruises
burn mark on
burn marks on
not allowed to talk about
not allowed to tell
locked in my room
locked in his room
locked in her room
locked in the shed
locked the child
locked him in
locked her in
comes into her room at night
comes into his room at night
pushed me down
pushed her down
pushed him down
threw her at
threw him at
no grown up at home
no adult at home
nobody at home at night
in your underwear
not tell mum
not to tell mum
not tell your mum
not tell dad
online boyfriend
online girlfriend
want more or
or theyll post
or they will post
theyll post it
cant do this anymore
older boyfriend
men in cars
getting into a car with
says i am mature
mature for my age
delete our chats
delete the chats
delete our messages
zombie knife
brought a knife
knife in his
knife in her
machete
white powder
trap house
carry bags to
carry bags for
beaten up
shank
jumped my
gang money
owes a gang
owes ... gang
threatened to burn
burn ... house
hitting mum
hitting my mum
hitting mummy
hurt mummy
hurts mummy
smashing up the house
controls all the money
held a pillow
driving ... into the sea
drive ... into the sea
cant take any more
couldnt take any more
no where to sleep
have to leave today
cant go home
cant go back home
sitting outside with my bags
no bed tonight
nowhere else to go
sleeping outside tonight
has wandered off
going to kill me
tried to kill me
wants to kill me
cant find her anywhere
cant find them anywhere
cant find my son
cant find my daughter
cant find my child
cannot find my son
cannot find my daughter
no one can find him
no one can find her
nobody can find him
nobody can find her
son missing since
daughter missing since
child missing since
he has been missing since
she has been missing since
he didnt come home
she didnt come home
he hasnt come home
she hasnt come home
son hasnt come home
daughter hasnt come home
hasnt come home last night
not come home last night
hasnt come home yet
hope i never wake up
wish i could never wake up
and never wake up
go to sleep and never wake
dont want to wake up ... anymore
doesnt want to wake up ... anymore
not want to wake up ... anymore
dont want to wake up ... again
doesnt want to wake up ... again
not want to wake up ... again
dont want to wake up ever
doesnt want to wake up ever
want to go to sleep and not wake up
scared of what ill do
afraid of what ill do
frightened of what ill do
scared of what i might do
afraid of what i might do
frightened of what i might do
scared of what i will do
of what hell do to
of what shell do to
what hell do to them
what ill do to
frightened of what shell do
frightened of what hell do
doesnt know what hell do to
dont know what ill do to
parents fighting at home
parents are fighting at home
parents fighting really bad
whole packet of tablets
whole packet of pills
whole packet of paracetamol
whole box of tablets
whole bottle of pills
swallowed all ... tablets
swallowed all ... pills
nothing to eat at home
no food for days
took too many tablets
took too many pills
taken too many tablets
taken too many pills
took way too many
stockpiled my tablets
stockpiled ... tablets
stockpiling tablets
stockpiling pills
"stabbed"
stab him
stab me
stab you
came at me with a knife
holding a knife to
threatened ... with a knife
top of the multi storey
off the multi storey
of the multy story
handprint bruise
handprint bruises
handprint mark
hand print bruises
cant talk hes here
because hes listening
pillow over his face
pillow over her face
pillow over my face
pillow over their face
getting into different cars
picked up in different cars
getting into strangers cars
getting into cars with
sleeping in our car
sleeping in her car
sleeping in his car
sleeping in my car
throw himself off ... bridge
throw herself off ... bridge
throw myself off ... bridge
throw himself off ... roof
throw herself off ... roof
throw myself off ... roof
step in front of a
beats me up
beat me up
beating me up
beats him up
beats her up
dad beats him
dad beats her
dad beats me
kicked the door down
kicked the door in
pictures in her underwear
photos in her underwear
pictures in his underwear
photos in his underwear
tying ... tight round ... neck
cord round ... neck
rope round ... neck
belt round ... neck
burning her skin with
burning his skin with
"burns" her
"burns" him
"burns" me
left marks on him
left marks on her
cut marks on
slap marks
blood on the floor
blood on the walls
blood on her sheets
blood on his sheets
asking for sex
pressured for sex
sold for sex
for sex online
sexually abused
sexually touched
naked pictures
naked photos
naked pics
"touched" me
"touches" me
"touched" her
"touched" him
"nudes"
send nudes
adult man messaging
adult man talking to
scratching ... with a compass
secret phone
and we cant find him
and we cant find her
and we cant find them
naked on camera
on camera naked
dad holding a knife
holding a knife and
he will kill me
hell kill me
and kill me
sh again
sh tonight
gonna wet me
hasnt come home and
year old hasnt come home
"touched" ... private parts
"touching" her private parts
"touching" his private parts
pictures of her body
pictures of his body
pictures of your body
photos of your body
"touches" ... private parts
son is missing $
daughter is missing $
child is missing $
he is missing $
she is missing $
sister is missing $
brother is missing $
teenager is missing $
teen is missing $
boy is missing $
girl is missing $
nobody would miss
no one would miss
if she was gone
if he was gone
if i was gone
point in living
no point in living
ways to die
how to die
slicing her
slicing his
slicing my
took to many
empty packets of
swallowed washing
washing liquid and
whole box of sertraline
whole box of paracetamol
ran away lastnight
ran away $
run away $
hes wandered off
shes wandered off
wont tell us where she is
wont tell us where he is
missing since last night
missing since yesterday
missing since this morning
didnt come back from
beats me with
punched me
bruises after contact
mum chucks things at me
dad chucks things at me
mum throws things at me
dad throws things at me
batter me
battered me
batters me
split lip
slaps me
slapped me
comes in her room at night
comes in his room at night
never feeds us
doesnt feed us
left on their own for days
left on my own all weekend
by myself all weekend
leave me by myself
left alone for days
filthy and starving
no electric or food
mum is never home
left outside crying
not giving him his meds
no ones at home
man on snapchat
man on discord
man on instagram
man on roblox
man on tiktok
send my pictures
send my pics
unless i pay
unless we pay
tricked into a video call
private photos
private pictures
boyfriend online
send photos and meet
drug debt
run drugs
running drugs
hold drugs
kept at a flat
coming back with cash
coming after him
coming after me
hurting mum
keeps hurting mum
laying into
smashing the windows
partner attacks me
partner hits me
husband hits me
boyfriend hits me
snap and hit
want it all to end
do something to him
do something to her
do something to myself
thoughts of smothering
kicked out by my parents
im homeless
and homeless
homeless tonight
no bed for tonight
"absconded"
i cant go on
cant go on like this
cant go on anymore
smothering him
smothering her
smother him
smother her
necked her
necked his
necked my
necked a
necked the
ate ... methadone
took ... methadone
drank ... methadone
swallowed ... methadone
with nowhere to go $
kicked out by mum
kicked out by dad
isnt giving him his meds
isnt giving him his medication
isnt giving her her meds
isnt giving her her medication
teen missing $
teen missing since
teenager missing $
teenager missing since
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
        ("localoffer", "0015_crisis_phrases_more"),
    ]

    operations = [
        migrations.RunPython(crisis_phrases_add, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="crisispanel",
            name="phrases",
            field=models.TextField(
                help_text='One word or phrase a line. A search containing any of them, anywhere in what was typed, shows the panel above everything else. Capitals and apostrophes do not matter, and simple word endings are matched too: “kill himself” also finds “killing himself” and “killed himself”. Three dots stand for up to three words of any kind: “took ... tablets” finds “took all her tablets”. A phrase ending with $ is found only at the end of what was typed: “son is missing $” finds “my son is missing” but not “my son is missing school”. A word in quotes is found only as it is written: “"rape"” does not find “rap”. A phrase of one word of seven letters or more is also found misspelt by one letter: “suicide” finds “sucide”.'
            ),
        ),
        migrations.AlterField(
            model_name="historicalcrisispanel",
            name="phrases",
            field=models.TextField(
                help_text='One word or phrase a line. A search containing any of them, anywhere in what was typed, shows the panel above everything else. Capitals and apostrophes do not matter, and simple word endings are matched too: “kill himself” also finds “killing himself” and “killed himself”. Three dots stand for up to three words of any kind: “took ... tablets” finds “took all her tablets”. A phrase ending with $ is found only at the end of what was typed: “son is missing $” finds “my son is missing” but not “my son is missing school”. A word in quotes is found only as it is written: “"rape"” does not find “rap”. A phrase of one word of seven letters or more is also found misspelt by one letter: “suicide” finds “sucide”.'
            ),
        ),
    ]
