"""The organisations in the demo directory: NHS teams, council teams, charities, parent-led groups,
schools and colleges, sports clubs and private providers. Each gives the Local Offer answers that hold
for all its services (usually staff training and complaints); a listing can add to them or replace them.
"""

from services.demo.listing import Provider

PROVIDERS = [
    # NHS
    Provider(
        key="bay-therapies",
        name="Bay Coast NHS Children's Therapies",
        description="Speech and language therapy, occupational therapy and physiotherapy for children and young "
        "people from birth to 19 (25 for those at special school or college), part of Bay Coast Community Health "
        "NHS Foundation Trust.",
        answers={
            "training": "All our therapists are registered with the Health and Care Professions Council. The trust "
            "funds specialist training each year, including Makaton, Intensive Interaction, dysphagia "
            "(eating, drinking and swallowing) and sensory processing.",
            "worried": "Speak to your child's therapist or the team leader first. You can also contact the trust's "
            "Patient Advice and Liaison Service (PALS), who can help you raise a concern or make a formal "
            "complaint.",
        },
    ),
    Provider(
        key="bay-nursing",
        name="Bay Coast NHS Children's Community Nursing",
        description="Community children's nurses, special school nurses, learning disability nurses and the "
        "bladder and bowel (continence) team. Part of Bay Coast Community Health NHS Foundation Trust.",
        answers={
            "training": "Our nurses are registered with the Nursing and Midwifery Council; many hold specialist "
            "community or learning disability qualifications. We train parents, carers and school staff in "
            "the clinical care a child needs, and sign each person off as competent.",
            "worried": "Tell your nurse or ring the team office. If things are still not right, the trust's "
            "PALS team can help, and you can make a formal complaint to the trust or to the Parliamentary "
            "and Health Service Ombudsman.",
        },
    ),
    Provider(
        key="bay-camhs",
        name="Bay Coast NHS Child and Adolescent Mental Health Service (CAMHS)",
        description="Specialist mental health assessment and treatment for children and young people up to 18, "
        "with early support teams in schools. Part of Bay Coast Community Health NHS Foundation Trust.",
        answers={
            "training": "Clinicians include psychiatrists, psychologists, nurses, family therapists and "
            "children's wellbeing practitioners. Everyone has regular clinical supervision, and the team "
            "has completed training in supporting autistic young people and young people with a learning "
            "disability.",
            "worried": "Talk to your clinician, or ask for the team manager. PALS can help you raise a concern. "
            "If you are worried about your child's safety right now, call NHS 111 and choose the mental "
            "health option, or 999 in an emergency.",
        },
    ),
    Provider(
        key="bay-0-19",
        name="Bay Coast NHS Health Visiting and School Nursing",
        description="Public health nurses for families with children from birth to 19: health visitors, "
        "school nurses and the ChatHealth text service. Part of Bay Coast Community Health NHS Foundation Trust.",
        answers={
            "training": "Health visitors and school nurses are registered nurses or midwives with a specialist "
            "public health qualification. The team has SEND champions who keep colleagues up to date.",
            "worried": "Speak to your health visitor or school nurse, or ask to speak to their team leader. "
            "The trust's PALS service can also help.",
        },
    ),
    Provider(
        key="wessex-children",
        name="Wessex Shore Hospitals NHS Foundation Trust: Children's Services",
        description="The hospital trust's children's services in the community: the child development centres, "
        "community paediatricians, paediatric audiology and the feeding clinic.",
        answers={
            "training": "Paediatricians, nurses, audiologists and therapists work together in one team. Staff "
            "complete the trust's learning disability and autism training (the Oliver McGowan training) as "
            "well as their own professional development.",
            "worried": "Ask to speak to the clinic's lead nurse. You can also contact the hospital's PALS office "
            "or make a formal complaint through the trust's website.",
            "access": "Our clinics are on the ground floor with a Changing Places toilet nearby. Tell us before "
            "your appointment if your child would find the waiting room hard: we can offer the first "
            "appointment of the day, a quiet room or a wait in the car until we call you.",
        },
    ),
    Provider(
        key="icb-keyworkers",
        name="Bay Coast Integrated Care Board: Children's Continuing Care",
        description="The local NHS body that arranges children's continuing care, personal health budgets and the "
        "keyworker service for autistic young people and young people with a learning disability.",
        answers={
            "training": "Our keyworkers and nurse assessors have training in positive behaviour support, "
            "trauma-informed practice and the Mental Capacity Act.",
            "worried": "Talk to your keyworker or assessor first. You can contact the Integrated Care Board's "
            "patient experience team to make a complaint.",
        },
    ),
    # Council teams
    Provider(
        key="send-team",
        name="SEND Assessment and Planning Team",
        description="The council's team for education, health and care (EHC) needs assessments, EHC plans, "
        "annual reviews and personal budgets linked to a plan.",
        answers={
            "involved": "Your views, and your child's, go into section A of the plan. We will offer you a "
            "meeting or a call with your named SEND officer, and we send you every draft to check before it "
            "is finalised.",
            "training": "SEND officers complete training in SEND law and the Code of Practice, person-centred "
            "planning and writing outcomes. Newer officers are mentored by a senior officer.",
            "worried": "Contact your named SEND officer or their team manager. If you disagree with a decision "
            "you can ask for mediation, appeal to the SEND Tribunal, or use the council's complaints "
            "procedure. SENDIASS can explain your options.",
        },
    ),
    Provider(
        key="disabled-childrens-service",
        name="Disabled Children's Service",
        description="The council's social care team for disabled children and young people: assessments, short "
        "breaks, direct payments and support at home.",
        answers={
            "training": "Social workers are registered with Social Work England. The team has regular training in "
            "safeguarding disabled children, communication with non-speaking children and the Mental "
            "Capacity Act for young people aged 16 and over.",
            "worried": "Talk to your child's social worker or the duty team manager. The council's complaints "
            "team will take a formal complaint, and you can go to the Local Government and Social Care "
            "Ombudsman if you are still unhappy.",
        },
    ),
    Provider(
        key="travel-team",
        name="School Travel and Blue Badge Team",
        description="The council's team for home to school and college travel, independent travel training, "
        "Blue Badges and disabled person's bus passes.",
        answers={
            "training": "Drivers and passenger assistants on our contracts hold an enhanced DBS check and complete "
            "training in disability awareness, epilepsy and first aid before they start.",
            "worried": "Ring the team during office hours. If you disagree with a decision about school travel "
            "you can ask for a review (stage one) and then an appeal to an independent panel (stage two).",
        },
    ),
    Provider(
        key="educational-psychology",
        name="Educational Psychology Service",
        description="The council's educational psychologists, who work with schools, settings and families to "
        "understand how children learn and what helps.",
        answers={
            "training": "Educational psychologists hold a doctorate in educational psychology and are registered "
            "with the Health and Care Professions Council. Trainee psychologists are supervised by a "
            "senior psychologist.",
            "worried": "Speak to the psychologist who works with your child's school, or to the principal "
            "educational psychologist. You can also use the council's complaints procedure.",
        },
    ),
    Provider(
        key="specialist-teaching",
        name="Specialist Teaching and Outreach Service",
        description="The council's advisory teachers for children with hearing, vision, physical and "
        "communication and interaction needs, including autism outreach.",
        answers={
            "training": "Teachers of the deaf and qualified teachers of children with vision impairment hold the "
            "mandatory qualification. Our autism outreach teachers are accredited trainers for the "
            "national autism schools programme.",
            "worried": "Talk to your child's advisory teacher or the head of service. The council's complaints "
            "procedure is there if that does not sort it out.",
        },
    ),
    Provider(
        key="early-years-inclusion",
        name="Early Years Inclusion Team",
        description="The council's area SENCOs, portage home visitors and early years inclusion funding for "
        "children under five.",
        answers={
            "training": "Area SENCOs are experienced early years teachers. Portage home visitors are trained "
            "through the National Portage Association's accredited workshop.",
            "worried": "Contact your portage home visitor or area SENCO, or ask for the team manager. The "
            "council's complaints process is open to every family.",
        },
    ),
    Provider(
        key="family-hubs",
        name="Family Hubs and Family Information Service",
        description="The council's family hubs, where families with children from pregnancy to 19 (25 with SEND) "
        "can get help in one place, and the Family Information Service.",
        answers={
            "training": "Family hub practitioners complete training in early language development, SEND "
            "awareness, the Solihull Approach and safeguarding.",
            "worried": "Speak to the hub manager on the day, or contact the council's complaints team.",
        },
    ),
    Provider(
        key="preparing-for-adulthood",
        name="Preparing for Adulthood Team",
        description="A joint council and NHS team that helps young people from 14 plan for work, where they will "
        "live, their health, friendships and moving to adult services.",
        answers={
            "training": "The team includes social workers, a transition nurse and careers advisers with a level 6 "
            "qualification in careers guidance.",
            "worried": "Talk to your worker or the team manager. Complaints about social care go to the council's "
            "complaints team; complaints about health go to the NHS trust.",
        },
    ),
    Provider(
        key="welfare-rights",
        name="Welfare Rights Team",
        description="The council's free benefits advice for residents, with specialist advisers for families of "
        "disabled children.",
        answers={
            "training": "Our advisers are trained to the Advice Quality Standard and keep up with every change to "
            "benefit rules.",
            "worried": "Ask to speak to the senior adviser, or use the council's complaints procedure.",
        },
    ),
    Provider(
        key="libraries",
        name="Libraries and Community Learning",
        description="The council's libraries and adult learning service.",
        answers={
            "training": "Library staff have completed autism and dementia awareness training, and several are "
            "trained in Makaton.",
            "worried": "Speak to the library manager, or contact the council's complaints team.",
        },
    ),
    Provider(
        key="youth-service",
        name="Council Youth Service",
        description="Youth workers running youth clubs, detached youth work and targeted groups for young people "
        "aged 11 to 19 (25 with SEND).",
        answers={
            "training": "Our youth workers hold a youth work qualification at level 3 or above; every session "
            "has at least one worker trained in first aid.",
            "worried": "Speak to the youth worker in charge, or contact the youth service manager.",
        },
    ),
    Provider(
        key="medical-needs",
        name="Medical Needs Education Service",
        description="The council's education service for children who cannot go to school because of their "
        "physical or mental health.",
        answers={
            "training": "Our teachers are qualified teachers with experience across the age range. The team has "
            "training in anxiety-based school avoidance and in teaching children with life-limiting conditions.",
            "worried": "Talk to your child's teacher or the headteacher. Our complaints policy is on the "
            "service's website.",
        },
    ),
    # Charities and public partnerships
    Provider(
        key="harbourside",
        name="Harbourside Family Trust",
        description="A local charity for families of disabled children: family support workers, sibling groups, "
        "short breaks and help with money.",
        answers={
            "training": "Staff and volunteers have safeguarding training every year. Family support workers also "
            "train in autism, sleep, and non-violent resistance.",
            "worried": "Tell the worker you know best, or email our chief executive. We reply to complaints "
            "within 10 working days.",
        },
    ),
    Provider(
        key="tidewater",
        name="Tidewater Independent Advice",
        description="The area's SEND information, advice and support service (SENDIASS): free, confidential and "
        "impartial, run at arm's length from the council.",
        answers={
            "training": "Our advisers complete the national IASS Network's legal training at levels 1 to 3.",
            "worried": "Speak to your adviser or our service manager. Our complaints policy is on our website and "
            "we are happy to post it to you.",
        },
    ),
    Provider(
        key="spectrum-tides",
        name="Spectrum Tides",
        description="An autism charity founded by local families, running groups, courses and social clubs for "
        "autistic children, young people and their families.",
        answers={
            "training": "Half our staff are autistic. Everyone completes our own autism training, written with "
            "autistic young people, and session leaders hold a first aid certificate.",
            "worried": "Tell a session leader, or message us on any channel. Our trustees look at every "
            "complaint we cannot resolve.",
        },
    ),
    Provider(
        key="open-door",
        name="Open Door Youth Counselling",
        description="A charity offering free counselling and wellbeing support to young people aged 11 to 25.",
        answers={
            "training": "Counsellors are registered members of the BACP or UKCP with specialist training in work "
            "with children and young people. Many are also trained to work with autistic clients.",
            "worried": "You can talk to your counsellor about anything that is not working, or ask for a "
            "different counsellor. Complaints go to our clinical lead.",
        },
    ),
    Provider(
        key="carers-compass",
        name="Carers Compass",
        description="A charity supporting unpaid carers of every age, including young carers and parent carers of "
        "disabled children.",
        answers={
            "training": "Our young carers workers are trained youth workers. Parent carer support workers have "
            "been parent carers themselves.",
            "worried": "Tell your support worker or ring the office. If you are not happy with our reply, write "
            "to the chair of trustees.",
        },
    ),
    Provider(
        key="coastline-deaf",
        name="Coastline Deaf Children's Society",
        description="A charity run by parents of deaf children and deaf adults, offering family events, BSL "
        "classes and a youth club.",
        answers={
            "training": "Our youth workers include deaf BSL users; hearing staff sign to at least BSL level 3. "
            "Volunteers have deaf awareness training.",
            "access": "All our events have BSL and spoken English, with live captions at talks. Our venues have "
            "hearing loops.",
            "worried": "Speak to any committee member, or email the chair. You can also contact us by video call "
            "in BSL.",
        },
    ),
    Provider(
        key="lookout",
        name="Lookout Sight Loss Charity",
        description="A charity for blind and partially sighted people, with a children and families team.",
        answers={
            "training": "Our habilitation specialists hold a postgraduate qualification in habilitation. "
            "Volunteers complete sighted guide training.",
            "access": "Information comes in large print, braille, audio or by email, whichever you choose. Tell "
            "us about guide dogs and we will make sure there is water and space.",
            "worried": "Tell us how we can do better by phone or email; our complaints policy is available in "
            "every format.",
        },
    ),
    Provider(
        key="saltmarsh",
        name="Saltmarsh Youth and Play",
        description="A charity running inclusive youth clubs, play schemes and holiday clubs, with extra staff so "
        "disabled children can take part.",
        answers={
            "training": "Play workers complete training in moving and handling, medication, epilepsy and "
            "understanding behaviour. Most sessions run at one member of staff to two children or better.",
            "worried": "Chat to the session leader at pick-up, or email our play manager. Complaints are "
            "answered within 14 days.",
        },
    ),
    Provider(
        key="next-step",
        name="Next Step Employment Partnership",
        description="A charity that helps disabled young people and adults find and keep paid work, with job "
        "coaches and employer partners across the area.",
        answers={
            "training": "Our job coaches hold the level 3 qualification in supported employment and follow the "
            "British Association for Supported Employment's quality standards.",
            "worried": "Speak to your job coach or their manager. Our complaints form is on our website, in easy "
            "read too.",
        },
    ),
    Provider(
        key="keystone",
        name="Keystone Housing and Support",
        description="A housing association that provides supported living and independent living skills for "
        "young adults with learning disabilities and autistic young adults.",
        answers={
            "training": "Support workers complete the Care Certificate, positive behaviour support training and "
            "the Oliver McGowan training on learning disability and autism.",
            "worried": "Tell your support worker or the scheme manager. You can also complain to the Housing "
            "Ombudsman or the Care Quality Commission.",
        },
    ),
    Provider(
        key="seafield-hospice",
        name="Seafield Children's Hospice",
        description="A children's hospice caring for babies, children and young people with life-limiting and "
        "life-threatening conditions, and their families.",
        answers={
            "training": "Our nurses and carers are trained in complex care, including ventilation, tube feeding "
            "and end of life care. Our family support team includes a counsellor and a music therapist.",
            "access": "The hospice is on one level, with ceiling hoists in every room, a Changing Places toilet, "
            "a hydrotherapy pool and a sensory room.",
            "worried": "Talk to the nurse in charge or our director of care. We are registered with the Care "
            "Quality Commission, who you can also contact.",
        },
    ),
    Provider(
        key="open-stage",
        name="Open Stage Inclusive Arts",
        description="An arts charity running drama, dance, music and art groups where disabled and non-disabled "
        "young people create work together.",
        answers={
            "training": "Our artists have training in inclusive practice and Makaton; group leaders hold "
            "safeguarding and first aid certificates.",
            "worried": "Speak to the group leader or our artistic director. We would rather hear about a problem "
            "early.",
        },
    ),
    Provider(
        key="wessex-coast-adoption",
        name="Wessex Coast Adoption and Kinship Support",
        description="The regional adoption agency's support service for adoptive families, special guardians and "
        "kinship carers, run by a partnership of councils.",
        answers={
            "training": "Our social workers and therapists are trained in Dyadic Developmental Psychotherapy, "
            "Theraplay and the impact of trauma on learning.",
            "worried": "Talk to your adoption support social worker or their manager, or use the complaints "
            "procedure of the council that runs the partnership.",
        },
    ),
    # Parent-led groups
    Provider(
        key="lantern",
        name="Lantern Parent Carer Forum",
        description="The area's parent carer forum: an independent group of parents and carers of children with "
        "SEND who work with the council and NHS to improve services.",
        answers={
            "training": "Our committee and volunteers are parent carers. Everyone who runs a group has "
            "safeguarding training and listening skills training.",
            "worried": "Email the forum's chair. We are a member of the National Network of Parent Carer Forums "
            "and follow its complaints guidance.",
        },
    ),
    Provider(
        key="adhd-parents",
        name="ADHD Parents Together",
        description="A parent-led peer support group for families of children with ADHD, whether or not they "
        "have a diagnosis.",
        answers={
            "training": "We are parents, not professionals. Our volunteers have completed a peer support course "
            "and know where to point you for expert help.",
            "worried": "Message any of the volunteers who run the group, or the group's coordinator.",
        },
    ),
    Provider(
        key="sunflower",
        name="Sunflower Down Syndrome Group",
        description="A group run by parents of children with Down syndrome, offering early development sessions, "
        "family days and friendship.",
        answers={
            "training": "Sessions are planned with a speech and language therapist and use Makaton and the "
            "See and Learn programme.",
            "worried": "Talk to one of the parents who run the session, or email the committee.",
        },
    ),
    # Schools and colleges
    Provider(
        key="chine-valley",
        name="Chine Valley College",
        description="A further education college with campuses in Bournemouth and Poole and a supported learning "
        "department for students with SEND.",
        answers={
            "training": "Learning support assistants complete a level 3 qualification in supporting learning. "
            "Specialist staff include a speech and language therapist and a qualified dyslexia assessor.",
            "worried": "Talk to your tutor or the head of supported learning. The college's complaints "
            "procedure is on our website and at each reception.",
        },
    ),
    Provider(
        key="heathland",
        name="Heathland Learning Partnership",
        description="A trust of primary and secondary academies, three of which host specialist resource bases.",
        answers={
            "training": "Resource base staff have specialist training in their area of need and share it with the "
            "mainstream classes. Every school has a SENCO with the national SENCO qualification.",
            "worried": "Talk to the class teacher or the resource base lead, then the headteacher. Each school's "
            "complaints policy is on its website.",
        },
    ),
    Provider(
        key="cliffside",
        name="Cliffside School",
        description="A community special school for pupils aged 2 to 19 with severe and profound and multiple "
        "learning difficulties.",
        answers={
            "training": "Staff train in Intensive Interaction, Makaton, moving and handling, epilepsy and tube "
            "feeding. A nurse, a physiotherapist and a speech and language therapist work on site.",
            "worried": "Talk to your child's class teacher, then a deputy head. The school's complaints "
            "policy is on its website and the school office can send you a copy.",
        },
    ),
    Provider(
        key="quayside",
        name="Quayside School",
        description="A special school for pupils aged 7 to 16 with social, emotional and mental health needs.",
        answers={
            "training": "Every member of staff is trained in trauma-informed practice and de-escalation. The "
            "school has its own therapist and an emotional literacy support assistant.",
            "worried": "Ring your child's key adult first; they are the person you will hear from most. Then the "
            "headteacher, then the governors under our complaints policy.",
        },
    ),
    Provider(
        key="ashdown-bay",
        name="Ashdown Bay School",
        description="A special school academy for autistic pupils aged 4 to 19 who can follow a broad curriculum "
        "with the right support.",
        answers={
            "training": "All staff complete accredited autism training and SCERTS training. Our team includes "
            "speech and language therapists and an occupational therapist.",
            "worried": "Contact your child's tutor or the pastoral team. If you are still unhappy, follow the "
            "academy trust's complaints policy.",
        },
    ),
    Provider(
        key="moorland-park",
        name="Moorland Park College",
        description="An independent specialist college for young people aged 16 to 25 with learning "
        "disabilities, autism and complex needs.",
        answers={
            "training": "Tutors are qualified teachers or hold a teaching qualification for further education. "
            "Our therapy team includes speech and language therapists, an occupational therapist and a "
            "behaviour specialist.",
            "worried": "Speak to your personal tutor or the principal. You can also contact Ofsted, who inspect "
            "the college.",
        },
    ),
    # Sports clubs
    Provider(
        key="bay-leisure",
        name="Bay Leisure Trust",
        description="The charitable trust that runs the area's council-owned leisure centres and pools.",
        answers={
            "training": "Our swimming teachers and coaches complete disability inclusion training with "
            "Activity Alliance, and lifeguards practise rescues with hoists and pool chairs.",
            "worried": "Ask for the duty manager at any centre, or use the feedback form on our website.",
        },
    ),
    Provider(
        key="bay-ability-swimming",
        name="Bay Ability Swimming Club",
        description="A volunteer-run swimming club for disabled swimmers of every age and ability, affiliated to "
        "Swim England.",
        answers={
            "training": "Our coaches hold Swim England qualifications and have completed disability swimming "
            "training. Volunteers in the water are DBS checked.",
            "worried": "Speak to the head coach or our welfare officer, whose details are on the poolside notice "
            "board.",
        },
    ),
    Provider(
        key="redhill-rovers",
        name="Redhill Rovers Football Club",
        description="A community football club with teams for disabled players, from ability counts football to "
        "powerchair football.",
        answers={
            "training": "Coaches hold FA coaching badges and the FA's disability football module; every team has "
            "a first aider and a welfare officer.",
            "worried": "Talk to your coach or the club welfare officer. The county FA also takes safeguarding "
            "concerns.",
        },
    ),
    Provider(
        key="solent-wheelers",
        name="Solent Wheelers Sports Club",
        description="A volunteer-run club for wheelchair basketball, boccia and wheelchair racing.",
        answers={
            "training": "Coaches are qualified with British Wheelchair Basketball and Boccia England.",
            "worried": "Speak to a coach or email the club secretary.",
        },
    ),
    Provider(
        key="heathland-riding",
        name="Heathland Therapeutic Riding Group",
        description="A volunteer-run riding group offering riding and carriage driving to disabled children and "
        "adults.",
        answers={
            "training": "Our coaches are qualified riding instructors with extra training in therapeutic riding. "
            "Side walkers and leaders are trained volunteers.",
            "worried": "Tell the session coach or our group organiser.",
        },
    ),
    # Private providers
    Provider(
        key="brightwell",
        name="Brightwell Therapy Partnership",
        description="An independent practice of speech and language therapists and occupational therapists for "
        "children and young people.",
        answers={
            "training": "Our therapists are registered with the Health and Care Professions Council and their "
            "professional bodies, and several are trained in sensory integration.",
            "worried": "Speak to your therapist or our practice manager. You can also contact the Health and Care "
            "Professions Council about any registered therapist.",
        },
    ),
    Provider(
        key="puffin-cove",
        name="Puffin Cove Day Nursery",
        description="A family-run day nursery for children from 6 months to 5 years, with an inclusion room.",
        answers={
            "training": "Our SENCO holds the level 3 early years SENCO award. Staff have Makaton and Attention "
            "Autism training.",
            "worried": "Talk to your child's key person or the nursery manager. You can also contact Ofsted.",
        },
    ),
    Provider(
        key="step-ahead",
        name="Step Ahead Tutoring",
        description="A small private tutoring company specialising in dyslexia and specific learning difficulties.",
        answers={
            "training": "Our tutors hold a specialist qualification in teaching learners with dyslexia (level 5 or "
            "7) and are members of the Professional Association of Dyslexia Specialists.",
            "worried": "Email the director, who will call you back within two working days.",
        },
    ),
    Provider(
        key="horizon-care",
        name="Horizon Care and Support",
        description="A home care agency providing personal assistants and support at home for disabled children "
        "and young people, registered with the Care Quality Commission.",
        answers={
            "training": "Carers complete the Care Certificate, with extra training for each child's needs (for "
            "example epilepsy rescue medicine, gastrostomy care or PEG feeding) before they start.",
            "worried": "Ring the office any time and ask for the registered manager. You can also contact the "
            "Care Quality Commission.",
        },
    ),
    Provider(
        key="open-sky",
        name="Open Sky Adventure",
        description="An outdoor activity company offering climbing, paddle sports and bushcraft, with adapted "
        "equipment.",
        answers={
            "training": "Instructors hold national governing body awards in climbing and paddle sports, with "
            "adaptive climbing training.",
            "worried": "Talk to your instructor or email our operations manager.",
        },
    ),
]
