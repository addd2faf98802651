"""Words of crisis in a search, and the panel of urgent help shown first when they are there.

A parent who types "my teenager wants to kill himself" must see the crisis line, 999 and the First
Response Hub before anything else, whatever else the words match, in every search box. Staff keep
the words and the panel in the admin (`CrisisPanel`); until a panel is saved, the defaults below
are used, so the help is never missing.

Matching is on words, not letters: capitals and apostrophes are ignored ("Doesn't" is "doesnt"),
hyphens split words ("self-harm" is "self harm"), and simple endings are taken off both sides
("killing", "killed" and "kills" are "kill"), so a phrase is found anywhere inside a longer sentence.
"..." in a phrase stands for up to three words of any kind ("took ... tablets" finds "took all her tablets"),
a phrase ending with "$" is found only at the end of what was typed ("my son is missing", not "is missing school"),
words joined by "|" are one word of several ("cutting my|her arm|leg" finds "cutting her leg"; "self-harm|selfharm"
finds either),
and a phrase of one long word (seven letters or more, such as "suicide") also finds it spelt with one letter
missing, added, changed or two swapped ("sucide", "suicdie"), because people in distress type fast.
"""

import html
import re
from dataclasses import dataclass
from functools import lru_cache

import markdown
from django.utils.html import strip_tags

from localoffer.content.crisis_reading import crisis_read
from localoffer.content.models import CrisisPanel

DEFAULT_HEADING = "Get help now if someone is in danger"
DEFAULT_BODY = """\
If someone is in immediate danger, or has taken an overdose, **call [999](tel:999)** or go to A&E.

- **Mental health crisis line (NHS Dorset Connection)**, any time, day or night, for children, young people \
and adults: [0800 652 0190](tel:08006520190), or call [111](tel:111) and choose the mental health option
- **Children's First Response Hub**, if you are worried a child is being hurt or abused: \
[01202 123 789](tel:01202123789)
- **Samaritans**, to talk at any time: [116 123](tel:116123)
"""
DEFAULT_PHRASES = """\
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

WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Crisis:
    """The panel: its heading, its markdown body, the words that bring it, and whether a search box also reads
    what was typed as a whole sentence (`crisis_reading.py`)."""

    heading: str
    body: str
    phrases: tuple = ()
    read_sentences: bool = True
    read_never: tuple = ()  # phrases: a search with one of them is not read as a whole sentence


DEFAULT_CRISIS = Crisis(heading=DEFAULT_HEADING, body=DEFAULT_BODY, phrases=tuple(DEFAULT_PHRASES.splitlines()))


def word_stem(word):
    """A word without the simple endings that do not change what it means here ("killing" -> "kill")."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 4 and word.endswith("in"):
        word += "g"  # "cuttin", "harmin": the g dropped as it is said
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "cutting" -> "cutt" -> "cut"
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def text_words(text):
    """The words of some text, apostrophes and capitals ignored."""
    lowered = str(text or "").lower().replace("\u2019", "").replace("'", "").replace("\u2018", "")
    return WORD.findall(lowered)


def text_stems(text):
    """The stems of the words of some text, apostrophes and capitals ignored."""
    return [word_stem(word) for word in text_words(text)]


GAP = "..."
GAP_WORDS = 3  # how many words "..." may stand for
ALTERNATIVE = "|"  # "arm|leg": either word in that place
END = "$"  # a phrase ending with it is found only at the end of what was typed ("my son is missing", not "... school")
NEAR_LENGTH = 7  # a one-word phrase this long is also found misspelt by one letter
QUOTED = re.compile(r'"([a-z0-9]+)"|([a-z0-9]+)')


@dataclass(frozen=True)
class Exact:
    """A word of a phrase written in quotes: found only as it is written ("rape", not "rap" or "rapping")."""

    word: str


def word_wanted(pair):
    """A word of a phrase as `QUOTED` found it: an `Exact` for a word in quotes, else its stem."""
    quoted, word = pair
    return Exact(quoted) if quoted else word_stem(word)


@lru_cache(maxsize=4096)
def phrase_stems(phrase):
    """A phrase's words in order: the stem of each, an `Exact` for a word in quotes, a frozenset of those for a word
    of several ("arm|leg"), None for each gap ("...")."""
    stems = []
    lowered = str(phrase).lower().replace("\u201c", '"').replace("\u201d", '"').strip()
    at_end = lowered.endswith(END)
    for piece in lowered.rstrip(END).replace("\u2019", "").replace("'", "").split(GAP):
        for token in piece.split():
            if ALTERNATIVE in token:  # one word of several: "arm|arms|leg"
                found = [word_wanted(pair) for pair in QUOTED.findall(token.replace(ALTERNATIVE, " "))]
                if found:
                    stems.append(frozenset(found) if len(found) > 1 else found[0])
            else:
                stems.extend(word_wanted(pair) for pair in QUOTED.findall(token))
        stems.append(None)
    return (*stems[:-1], END) if at_end and len(stems) > 1 else tuple(stems[:-1])


@lru_cache(maxsize=4096)
def phrase_variants(phrase):
    """The phrases a phrase stands for: one for each of several words of which one is itself more than one word
    ("self-harm|selfharm" stands for "self-harm" and "selfharm"), as a hyphen splits a word; a phrase without such
    a word stands for itself."""
    tokens = str(phrase).split(" ")
    for place, token in enumerate(tokens):
        alternatives = token.split(ALTERNATIVE) if ALTERNATIVE in token else []
        if any(len(QUOTED.findall(alternative.lower())) > 1 for alternative in alternatives):
            return tuple(
                variant
                for alternative in alternatives
                if alternative
                for variant in phrase_variants(" ".join([*tokens[:place], alternative, *tokens[place + 1 :]]))
            )
    return (phrase,)


def words_match(words, start, wanted):
    """Whether `wanted` (from `phrase_stems`) is found in `words` ((word, stem) pairs) beginning at `start`."""
    if not wanted:
        return True
    first, rest = wanted[0], wanted[1:]
    if first == END:
        return start == len(words)
    if first is None:
        return any(words_match(words, start + skip, rest) for skip in range(GAP_WORDS + 1))
    if start >= len(words):
        return False
    word, stem = words[start]
    return word_found(word, stem, first) and words_match(words, start + 1, rest)


def word_found(word, stem, wanted):
    """Whether a word typed (and its stem) is a phrase's word `wanted`: a stem, an `Exact` or a set of either."""
    if isinstance(wanted, frozenset):
        return any(word_found(word, stem, one) for one in wanted)
    return word == wanted.word if isinstance(wanted, Exact) else stem == wanted


def near_spelling(word, wanted):
    """Whether `word` is `wanted` with one letter missing, added or changed, or two next to each other swapped."""
    if word == wanted or abs(len(word) - len(wanted)) > 1:
        return word == wanted
    start = 0
    while start < min(len(word), len(wanted)) and word[start] == wanted[start]:
        start += 1
    return (
        word[start + 1 :] == wanted[start + 1 :]  # changed
        or word[start:] == wanted[start + 1 :]  # missing
        or word[start + 1 :] == wanted[start:]  # added
        or (word[start : start + 2] == wanted[start : start + 2][::-1] and word[start + 2 :] == wanted[start + 2 :])
    )


def near_stems(phrase, wanted):
    """The stems of a phrase (its stems `wanted`) that are also found misspelt: a phrase of one long word, or of one
    word of several ("suicide|suicidal") each long one, not in quotes."""
    if len(wanted) != 1:
        return ()
    first = wanted[0]
    if isinstance(first, frozenset):
        return tuple(one for one in first if isinstance(one, str) and len(one) >= NEAR_LENGTH - 1)
    long_enough = isinstance(first, str) and len(phrase.strip()) >= NEAR_LENGTH and len(first) >= NEAR_LENGTH - 1
    return (first,) if long_enough else ()


def crisis_phrases_in(*, text, phrases):
    """Which of `phrases` are in `text`, each of them: for staff trying words in the admin."""
    words = [(word, word_stem(word)) for word in text_words(text)]
    return [phrase for phrase in phrases if any(variant_in(words, variant) for variant in phrase_variants(phrase))]


def variant_in(words, phrase):
    """Whether one phrase (a variant, `phrase_variants`) is in `words` ((word, stem) pairs)."""
    wanted = phrase_stems(phrase)
    if not wanted or wanted[0] is None:
        return False
    near = any(
        len(stem) >= NEAR_LENGTH - 2 and near_spelling(stem, one)
        for _, stem in words
        for one in near_stems(phrase, wanted)
    )
    return near or any(words_match(words, start, wanted) for start in range(len(words)))


@lru_cache(maxsize=16)
def crisis_matcher(phrases):
    """`phrases` made ready to look for: {stem of the first word: [each phrase starting with it]}, and the stems
    of the one-word phrases that are also found misspelt."""
    starting = {}
    near = set()
    for variant in (variant for phrase in phrases for variant in phrase_variants(phrase)):
        wanted = phrase_stems(variant)
        if not wanted or wanted[0] is None:
            continue
        first = wanted[0]
        for one in first if isinstance(first, frozenset) else (first,):
            starting.setdefault(word_stem(one.word) if isinstance(one, Exact) else one, []).append(wanted)
        near.update(near_stems(variant, wanted))
    return starting, tuple(near)


def crisis_in(*, text, phrases):
    """Whether any of `phrases` is in `text`, as whole words in order, anywhere in it."""
    words = [(word, word_stem(word)) for word in text_words(text)]
    if not words:
        return False
    starting, near = crisis_matcher(tuple(phrases))
    for start, (_, stem) in enumerate(words):
        if any(words_match(words, start, wanted) for wanted in starting.get(stem, ())):
            return True
        if len(stem) >= NEAR_LENGTH - 2 and any(near_spelling(stem, wanted) for wanted in near):
            return True
    return False


def crisis_panel_load():
    """The panel as staff keep it (the built-in one when none is saved); one small query."""
    fields = ("heading", "body", "phrases", "read_sentences", "read_never")
    panel = CrisisPanel.objects.order_by("pk").only(*fields).first()
    return DEFAULT_CRISIS if panel is None else crisis_panel_of(panel)


def crisis_panel_of(panel):
    """The panel as a search reads it, from the `CrisisPanel` staff keep."""
    return crisis_panel_from(
        heading=panel.heading,
        body=panel.body,
        phrases=panel.phrases,
        read_sentences=panel.read_sentences,
        read_never=panel.read_never,
    )


def lines(text):
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def crisis_panel_from(*, heading, body, phrases, read_sentences=True, read_never=""):
    """A panel from its stored fields (`phrases` and `read_never` one a line)."""
    return Crisis(
        heading=heading,
        body=body,
        phrases=lines(phrases),
        read_sentences=read_sentences,
        read_never=lines(read_never),
    )


def crisis_shown(*, text, panel, read=False):
    """`panel` when `text` (a search as typed) has one of its words of crisis in it, or, when `read` (a search
    box) and staff have not turned it off, reads as a whole like someone in danger (unless it has one of the
    phrases staff wrote for the reading's false alarms); otherwise None."""
    if panel is None:
        return None
    if crisis_in(text=text, phrases=panel.phrases):
        return panel
    if read and panel.read_sentences and crisis_read(text) and not crisis_in(text=text, phrases=panel.read_never):
        return panel
    return None


def crisis_reasons(*, text, panel):
    """Why `panel` comes or not for `text`, for staff trying a search in the admin, by the rule `crisis_shown`
    applies in a search box: the words found; whether the reading finds a crisis where none of the phrases for its
    false alarms is; those phrases, when they stopped it; and whether staff have the reading on."""
    read = crisis_read(text)
    never = crisis_phrases_in(text=text, phrases=panel.read_never) if read else []
    return {
        "crisis_found": crisis_phrases_in(text=text, phrases=panel.phrases),
        "crisis_read": read and not never,
        "crisis_read_never": never,
        "crisis_read_on": panel.read_sentences,
    }


def crisis_text(panel):
    """The panel as plain text, for an email: its heading, then its help without the markup."""
    return f"{panel.heading}\n\n{html.unescape(strip_tags(markdown.markdown(panel.body or ''))).strip()}"


def crisis_panel_for(*, text, read=False):
    """The crisis panel when `text` has a word of crisis in it (or, when `read`, reads like a crisis: a search
    box's text), otherwise None; a query only when there is text."""
    if not str(text or "").strip():
        return None
    return crisis_shown(text=text, panel=crisis_panel_load(), read=read)
