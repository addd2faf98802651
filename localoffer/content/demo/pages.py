"""The demo information pages: plain-English advice on SEND in England, for families in BCP.

Each page is (path, title, summary, body); a page's parent is the path above it. PHONE and EMAIL
are replaced with the Local Offer team's contact details when the pages are loaded.
"""

CONCERNED = """
If you think your child may have special educational needs or a disability, you are not alone, and you do
not need a diagnosis to get help. Talk to someone early. The sooner help starts, the better it works.

# If your child is under 5

Talk to:

- your **health visitor**, who can check how your child is growing, moving, playing and talking. Every child
  has a health and development review at around 2 years old, and you can ask for a check at any time
- your **GP** (family doctor), who can refer your child to specialists such as a paediatrician, a speech and
  language therapist or a physiotherapist
- your child's **nursery, pre-school or childminder**. Nurseries and pre-schools must have someone who leads
  on SEND (an early years SENCO), and childminders are encouraged to have one. They should talk to you if
  they think your child needs extra help

Some young children get help at home through Portage, or from a speech and language therapist in a group or
at a children's centre. [Find early years services](/services/?category=early-years).

# If your child is at school

1. Talk to your child's **class teacher** or form tutor first. Tell them what you have noticed at home.
2. If you are still worried, ask to meet the school's **SENCO** (special educational needs co-ordinator).
   Every mainstream school must have one.
3. Read the school's **SEN information report** on its website. It says how the school helps children with SEND.

If the school agrees your child has special educational needs, it must give them **SEN support**. The school
must tell you, and should meet you at least three times a year to talk about how it is going.

# SEN support and the graduated response

SEN support works in a cycle called the graduated response. There are four steps:

1. **Assess**: the teacher and SENCO find out what your child finds hard and what helps, using what you and
   your child tell them.
2. **Plan**: you agree with the school what help your child will get, who will give it, and what difference
   it should make by when.
3. **Do**: the school gives the help. Your child's teacher stays responsible for their progress every day.
4. **Review**: you meet to check whether it worked. The school changes the plan if it did not.

Each time round the cycle the school learns more about your child. It can ask for advice from specialists
such as an educational psychologist, a speech and language therapist or an advisory teacher.

# If your child is 16 or over

Young people at a sixth form or college can get SEN support too. Every college has someone who leads on SEND.
Tell them about your needs when you apply, or as soon as you can after you start. From the end of the school
year in which they turn 16, **young people can ask for help themselves** and make their own decisions about
their support, with help from their family if they want it.

# When to ask for an education, health and care needs assessment

Most children and young people with SEND get the help they need through SEN support. If your child has been
given SEN support for a while and is still not making the progress they should, or their needs are complex,
you can ask the council for an **education, health and care needs assessment**. This could lead to an
education, health and care plan (EHC plan).

You, your child if they are 16 or over, or the school or college can ask. You do not need the school's
agreement to ask.
[Read how to ask for an assessment](/information/education-health-and-care-plans/asking-for-an-assessment/).

# Where to get independent advice

The **SEND information, advice and support service** (SENDIASS) gives free, impartial and confidential advice
to parents, carers, children and young people. It is separate from the council and schools. It can explain
your rights, help you get ready for meetings, and help with forms and appeals.

You can also [find advice and support services](/services/?category=advice-and-support) or
[contact the SEND Local Offer team](/contact/).
"""

WORKING_TOGETHER = """
Co-production means working together as equal partners. BCP Council and NHS Dorset want families, carers,
children and young people to help plan, design and check SEND services with us, from the start, not only to
comment once decisions are made.

# Why it matters

You know your child and your family best. Services work better when the people who use them help to shape
them. The SEND Code of Practice says councils must work with families and young people when they plan and
review services, including this Local Offer.

# How you can get involved

There are different ways to take part. Choose what suits you:

- **sign the co-production pledge** to say how you would like to be involved
- **join a forum or event** to share your views with leaders from education, health and social care
- **sit on an interview panel** to help choose people for jobs in SEND services
- **tell us what works and what does not** through our feedback form, at any time

[Go to the co-production hub](/co-production/) to find out more and sign up.

# You said, we did

We publish the comments we receive about the Local Offer and what we did about them. Read
[You said, we did on the co-production hub](/co-production/) and [give your own feedback](/feedback/).
"""

IMPROVEMENT_PLAN = """
The SEND Improvement Plan is how the BCP SEND Local Area Partnership (BCP Council, NHS Dorset, schools,
colleges and early years settings, working with families) is improving support for children and young people
with SEND.

The plan is jointly owned by education, health and social care. It was approved by the SEND Improvement Board
in February 2024. The board, chaired by the Department for Education, checks our progress against the plan.

# The eight themes

The plan has eight themes. They include:

1. **Early identification and intervention**: the right people having the right conversations at the right
   time, so that children get help early.
2. **Inclusion**: every school and service committed to including children with SEND, keeping children in
   mainstream education wherever that is right for them.
3. **A clear and agreed pathway**: one clear route to support, so families do not have to tell their story
   again and again to different professionals.
4. **The right number and types of places**: enough school and specialist places, close to home, for children
   and young people to do well in their own community.
5. **Preparation for adulthood**: helping young people plan for their future with confidence, and removing
   barriers to work, further learning and independence.

The full plan sets out all eight themes and the actions we are taking under each. You can ask us for a copy:
[contact the SEND Local Offer team](/contact/).

# How we keep you informed

We share progress through news on this website, through the parent carer forum and at co-production events.
[Read the latest news](/news/) or [find out how to get involved](/information/working-together/).
"""

EHC_PLANS = """
An education, health and care plan (EHC plan) is a legal document for a child or young person aged 0 to 25
who needs more help than their nursery, school or college can usually give through SEN support.

# What an EHC plan says

An EHC plan describes:

- your child's **needs**: what they find hard, in education, health and social care
- the **outcomes** they are working towards: the difference the support should make
- the **special educational provision** they must get: the help, who gives it and how often
- the **school or college** they will go to
- any health and social care support linked to their SEND

The council must make sure the special educational help in the plan is given. Most of the plan is written
with you, using your child's own words where possible.

# Who can have one

A child or young person may need an EHC plan if their needs cannot be met through SEN support alone, even
after the school or college has tried the graduated response of assess, plan, do, review. Most children with
SEND do not need an EHC plan.

# How long it takes

From the day the council receives a request, it must:

| Step | Time limit |
| --- | --- |
| Tell you whether it will carry out an assessment | 6 weeks |
| Tell you if it decides not to make a plan | 16 weeks |
| Issue the final plan | 20 weeks |

When you get the draft plan you have 15 days to comment and to say which school or college you would like
named.

# Personal budgets

When the plan is being written or reviewed, you can ask for a personal budget for some of the support.
This can give you more say over how the support is arranged.

# If you disagree

You can ask for a meeting, use disagreement resolution or mediation, or appeal to the tribunal.
[Read about complaints and disagreements](/information/complaints-and-disagreements/).
"""

ASKING_FOR_ASSESSMENT = """
You can ask the council for an education, health and care needs assessment if you think your child may need
an EHC plan.

# Who can ask

- a parent or carer of a child under 16
- a young person aged 16 to 25, for themselves
- the school, college or nursery (they should talk to you first)

Anyone else, such as a health visitor or doctor, can tell the council that a child may need an assessment.

# How to ask

Write to the council's SEND team, by email or letter. Say why you think your child needs an assessment,
what help they get now, and what difference it has made. Send any reports you have. The SEND information,
advice and support service (SENDIASS) can help you write it.

# What happens next

1. The council asks you, the school and others for information.
2. Within **6 weeks** it tells you whether it will carry out an assessment.
3. If it will, it asks for advice from you, your child, the school, an educational psychologist, health
   services and social care.
4. It then decides whether to make an EHC plan. If not, it must tell you within **16 weeks** of your request.
5. If it makes one, the final plan must be issued within **20 weeks** of your request.

If the council decides not to assess, or not to make a plan, you can appeal to the tribunal. You must
usually contact a mediation adviser first.
[Read about mediation and the tribunal](/information/complaints-and-disagreements/mediation-and-tribunal/).
"""

ANNUAL_REVIEWS = """
Every EHC plan must be reviewed at least once every 12 months. This is called the annual review. For
children under 5, the council should think about reviewing the plan every 3 to 6 months.

# The review meeting

The school or college usually arranges the meeting and asks for your views and your child's views first.
Everyone talks about:

- the progress your child has made towards their outcomes
- whether the help in the plan is still right
- whether anything should change

From Year 9, every review must also look at preparing for adulthood.

# After the meeting

The school or college sends a report to the council within 2 weeks. Within **4 weeks** of the meeting the
council must tell you whether it will keep the plan as it is, change it, or end it. If it will change the
plan, it sends you a draft of the changes first.

If you disagree with the decision, you can appeal to the tribunal.
"""

ADULTHOOD = """
Preparing for adulthood means planning, from early on, for the life a young person wants as an adult.

# The four areas

Planning covers four areas:

1. **Work and further learning**: college, an apprenticeship, a supported internship, a job or
   volunteering.
2. **Independent living**: choosing where and who to live with, managing money, travelling and looking after
   yourself.
3. **Friends, relationships and community**: having friends, staying safe and taking part in local life.
4. **Good health**: staying as healthy as possible and moving from children's to adult health services.

# When it starts

For young people with an EHC plan, every annual review from Year 9 (age 13 to 14) must talk about preparing
for adulthood. Ideally it starts earlier.

# Young people making their own decisions

From the end of the school year in which they turn 16, young people can make decisions about their own
education and support, for example asking for an assessment or appealing. Parents can still help if the young
person wants them to. If a young person cannot make a decision themselves, the Mental Capacity Act 2005 says
how decisions are made for them.

# Education and training after 16

An EHC plan can continue up to age 25 while a young person is still in education or training and needs it.
It ends if they go to university, and may end if they start a paid job (but not an apprenticeship).
Supported internships help young people aged 16 to 24
with an EHC plan learn the skills for a job, mostly at a real workplace.

# Moving to adult services

Young people who are likely to need adult social care can ask for a Care Act assessment before they turn 18
(often from about age 14), so that support is ready when they need it. At 16, Personal Independence
Payment replaces Disability Living Allowance.

[Find services for preparing for adulthood](/services/?category=preparing-for-adulthood).
"""

SHORT_BREAKS = """
Short breaks give disabled children and young people time to have fun and try new things, and give their
families a rest. They can last a few hours, a day, or sometimes overnight.

# What short breaks can be

- clubs, holiday play schemes and activities that welcome disabled children
- someone coming to your home to look after your child for a few hours
- specialist groups and activities for children with higher needs
- overnight stays with a trained carer or in a specialist setting

# How to get a short break

Many short breaks are open to any family: you can book them yourself.
[Find short breaks and activities](/services/?category=social-care-and-short-breaks).

If your child needs more specialist support, ask children's social care for an assessment. You can also ask
for a carer's assessment for yourself. If you are eligible, you may be able to get a direct payment to arrange
short breaks that suit your family.

The council publishes a short breaks services statement that explains what short breaks there are, who can
have them and how to ask. You can ask us for a copy.
"""

COMPLAINTS = """
Most problems can be sorted out by talking. If something is not right, tell the people involved as early as
you can.

# Complaints about a service in the Local Offer

1. Talk to the service first. Most have their own complaints process.
2. For a school, use the school's complaints procedure. This ends with the governors or trust.
3. For the council, use the council's complaints process. If you are still unhappy, you can ask the Local
   Government and Social Care Ombudsman to look at it.
4. For an NHS service, talk to the Patient Advice and Liaison Service (PALS) or make an NHS complaint. After
   that you can go to the Parliamentary and Health Service Ombudsman.

If a listing in this Local Offer is wrong, or something is missing, [tell us through the feedback form](/feedback/).
We publish what people tell us about the Local Offer and what we did about it.

# Disagreements about SEN support or an EHC plan

- Talk to the school's SENCO, or to your SEND caseworker at the council.
- Ask for **disagreement resolution**: a free, independent service to help you and the school or council
  agree, at any stage.
- The SEND information, advice and support service (SENDIASS) can give you free, independent advice.

# Mediation and the tribunal

You can appeal to the tribunal about some council decisions, such as a refusal to assess or the content of an
EHC plan. Before most appeals you must contact a mediation adviser.
[Read about mediation and the tribunal](/information/complaints-and-disagreements/mediation-and-tribunal/).
"""

MEDIATION_AND_TRIBUNAL = """
# What you can appeal about

You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) if the council:

- refuses to carry out an education, health and care needs assessment
- decides not to make an EHC plan after an assessment
- makes a plan and you disagree with the needs, the help or the school or college named in it
- decides not to change a plan after a review, or to end it

When you appeal about the education parts of a plan, the tribunal can also make recommendations about the
health and social care parts.

# Mediation first

Before you appeal you must contact a mediation adviser, unless you only disagree about the school or college
named. The adviser explains mediation. You then choose whether to have mediation, and get a certificate
either way. Mediation is free. If you choose it, the council must arrange it within 30 days.

# Time limits

You must appeal within **2 months** of the date of the council's decision letter, or within **1 month** of
the date on your mediation certificate, whichever is later.

# Disability discrimination

If you think a school has treated your disabled child unfairly, you can also make a disability discrimination
claim to the same tribunal, within 6 months.

# Help with appeals

Appealing can feel daunting. The SEND information, advice and support service (SENDIASS) can help you prepare.
"""

ANOTHER_WAY = """
Not everyone uses the internet, and not everyone can read a screen easily. You can get this information in
other ways.

# By phone

Call the SEND Local Offer team on PHONE, Monday to Friday, 9am to 5pm. We can:

- find services for you and read out the details
- post or email you a printed copy of any page, or a list of services
- answer questions about SEN support, EHC plans and short breaks

# In print and other formats

Ask us for printed copies, large print, easy read, or a copy in another language. Email EMAIL or call us.
Printed leaflets are also at libraries and family hubs.

# Printing your own list

Add services to your [shortlist](/shortlist/) as you search, then print it or save it as a PDF to take to
appointments. Every page of this website prints without the menus.

# Using a computer near you

Libraries have computers you can use for free, and staff can help you get started.

# Accessibility

We want everyone to be able to use this website. Read our [accessibility statement](/accessibility/) to find
out how well it works with assistive technology, and how to tell us about a problem.
"""

PAGES = [
    ("concerned-about-my-child", "I am concerned about my child",
     "What to do first if you think your child may have special educational needs or a disability, at any age.",
     CONCERNED),
    ("working-together", "Working together (co-production)",
     "How families, children and young people can help plan and improve SEND services with us.",
     WORKING_TOGETHER),
    ("send-improvement-plan", "SEND Improvement Plan",
     "How the BCP SEND Local Area Partnership is improving support for children and young people with SEND.",
     IMPROVEMENT_PLAN),
    ("education-health-and-care-plans", "Education, health and care plans",
     "What an EHC plan is, who may need one, how long it takes and what to do if you disagree.",
     EHC_PLANS),
    ("education-health-and-care-plans/asking-for-an-assessment", "Asking for an EHC needs assessment",
     "Who can ask for an education, health and care needs assessment, how to ask and what happens next.",
     ASKING_FOR_ASSESSMENT),
    ("education-health-and-care-plans/annual-reviews", "Annual reviews",
     "How an EHC plan is checked every year, and what happens after the review meeting.",
     ANNUAL_REVIEWS),
    ("preparing-for-adulthood", "Preparing for adulthood",
     "Planning for adult life from Year 9: work, independent living, friends and community, and good health.",
     ADULTHOOD),
    ("short-breaks", "Short breaks",
     "Activities, clubs and care that give disabled children fun and their families a rest, and how to get them.",
     SHORT_BREAKS),
    ("complaints-and-disagreements", "Complaints and disagreements",
     "How to complain about a service in the Local Offer, and how to sort out disagreements about SEND support.",
     COMPLAINTS),
    ("complaints-and-disagreements/mediation-and-tribunal", "Mediation and the tribunal",
     "How to appeal to the SEND tribunal, why you must contact a mediation adviser first, and the time limits.",
     MEDIATION_AND_TRIBUNAL),
    ("another-way", "Getting this information another way",
     "How to get Local Offer information without the internet: by phone, in print, or as a printable list.",
     ANOTHER_WAY),
]  # fmt: skip
