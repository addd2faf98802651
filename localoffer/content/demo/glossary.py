"""The demo glossary: SEND words and abbreviations explained in plain English."""

# (term, abbreviation, other names separated by commas, definition)
GLOSSARY = [
    ("Local Offer", "", "SEND Local Offer",
     "Information the council must publish about the services and support for children and young people "
     "aged 0 to 25 with SEND and their families: what there is, who it is for and how to get it."),
    ("Special educational needs and disabilities", "SEND", "",
     "A child or young person has special educational needs if they find learning much harder than most others "
     "of the same age, or have a disability that stops them using the same schools or colleges, and need "
     "extra or different help because of it."),
    ("Special educational needs", "SEN", "",
     "A learning difficulty or disability that means a child or young person needs extra or different help "
     "to learn."),
    ("Ofsted", "", "",
     "The Office for Standards in Education, Children's Services and Skills. It inspects schools, nurseries, "
     "colleges and children's services. With the CQC it inspects how well each area supports children and "
     "young people with SEND."),
    ("Care Quality Commission", "CQC", "",
     "The organisation that checks health and adult social care services in England, such as GP surgeries, "
     "hospitals and care homes. It inspects SEND support in each area together with Ofsted."),
    ("Special educational needs co-ordinator", "SENCO", "SENCo, SENDCo, SENDCO",
     "The teacher in a school or nursery who makes sure children with SEND get the right help. Every "
     "mainstream school must have one."),
    ("Education, health and care plan", "EHC plan", "EHCP, EHCPs, EHC plans, education health and care plan",
     "A legal document for a child or young person aged 0 to 25 who needs more help than their school or "
     "college can usually give. It describes their needs, the outcomes they are working towards and the help "
     "they must get."),
    ("Education, health and care needs assessment", "EHC needs assessment", "EHCNA, statutory assessment",
     "When the council gathers advice from you, your child, the school and professionals to decide whether "
     "your child needs an education, health and care plan."),
    ("SEN support", "", "special educational needs support",
     "The extra help a nursery, school or college gives to a child or young person with special educational "
     "needs, without an EHC plan."),
    ("Graduated response", "", "graduated approach",
     "The way schools give SEN support in a cycle of four steps: assess (find out what the child needs), "
     "plan (agree the help), do (give the help) and review (check whether it worked)."),
    ("Social, emotional and mental health", "SEMH", "social emotional and mental health",
     "One of the four broad areas of need. It covers difficulties such as anxiety, low mood, trouble making "
     "friends, or behaviour that shows a child is struggling."),
    ("Speech, language and communication needs", "SLCN", "",
     "Difficulty understanding what others say, finding the right words, speaking clearly or using language "
     "with other people."),
    ("Autism spectrum disorder", "ASD", "autism, autistic spectrum disorder, autism spectrum condition, ASC",
     "A lifelong difference in how a person communicates, relates to other people and experiences the world "
     "around them. Many people prefer to say autism or autistic."),
    ("Attention deficit hyperactivity disorder", "ADHD", "",
     "A condition that affects attention and behaviour. People with ADHD may find it hard to concentrate, "
     "sit still or wait, and may act without thinking."),
    ("Child and adolescent mental health services", "CAMHS", "children and young people's mental health services",
     "NHS services that assess and treat children and young people with mental health difficulties."),
    ("SEND information, advice and support service", "SENDIASS", "SENDIAS, IASS, SENDIAS service",
     "A free, independent and confidential service for children, young people and parents about anything to "
     "do with SEND, including EHC plans, meetings and appeals."),
    ("Preparing for adulthood", "PfA", "preparation for adulthood",
     "Planning, from Year 9 at the latest, for the life a young person wants as an adult: work or further "
     "study, where they will live, friends and community, and good health."),
    ("Annual review", "", "annual reviews",
     "A meeting at least once a year to check whether an EHC plan is still right: what progress has been made "
     "and whether the plan should stay the same, change or end."),
    ("Tribunal", "", "SEND Tribunal, First-tier Tribunal",
     "The First-tier Tribunal (Special Educational Needs and Disability): an independent court that decides "
     "appeals about EHC needs assessments and plans, and disability discrimination claims against schools."),
    ("Short breaks", "", "short break, respite",
     "Time apart for disabled children and young people and their families: activities, clubs, sitting "
     "services or overnight stays that give the child something fun to do and the family a rest."),
    ("Personal budget", "", "personal budgets",
     "An amount of money identified to pay for some of the support in an EHC plan. Families can ask for one "
     "when the plan is written or reviewed."),
    ("Direct payment", "", "direct payments",
     "Money paid to you, instead of a service arranged for you, so that you can buy the support you have been "
     "assessed as needing."),
    ("Co-production", "", "coproduction, co-produce, co-produced, co-producing",
     "Working together as equal partners: families, children and young people plan, design and check services "
     "with the council, the NHS and schools, from the start."),
    ("Local authority", "LA", "",
     "The council. BCP Council is the local authority for Bournemouth, Christchurch and Poole."),
    ("Integrated care board", "ICB", "integrated care boards",
     "The NHS body that plans and pays for most health services in an area. Ours is NHS Dorset."),
    ("Educational psychologist", "EP", "educational psychologists",
     "A psychologist who works out how a child learns best and what help they need. They give advice for EHC "
     "needs assessments."),
    ("Mediation", "", "mediator",
     "A free meeting with an independent person (a mediator) to help you and the council agree about an EHC "
     "needs assessment or plan, without going to the tribunal."),
    ("Disagreement resolution", "", "disagreement resolution service",
     "A free, independent service that helps families, schools and the council sort out disagreements about "
     "SEND support early."),
    ("Health visitor", "", "health visitors",
     "A nurse or midwife with extra training who supports families with children under 5, and checks on how "
     "babies and toddlers are growing and developing."),
    ("Early years foundation stage", "EYFS", "",
     "The standards for learning, development and care for children from birth to 5 in nurseries, "
     "pre-schools, childminders and school reception classes."),
    ("Portage", "", "",
     "A home-visiting service for pre-school children with SEND and their families, helping them learn "
     "through play."),
    ("Post-16", "", "post 16",
     "Education or training after Year 11, at a school sixth form, a college, an apprenticeship or a "
     "supported internship."),
    ("Mainstream school", "", "mainstream schools",
     "A school for all children, not only those with SEND. Most children with SEND go to a mainstream school."),
    ("Special school", "", "special schools",
     "A school for children whose needs cannot usually be met in a mainstream school, often with smaller "
     "classes and specialist staff."),
    ("Resourced provision", "", "resource base, specialist resource base",
     "A small specialist class or base inside a mainstream school for children with a particular type of need."),
    ("Alternative provision", "AP", "",
     "Education arranged for children who cannot go to school, for example because of illness or exclusion."),
    ("Parent carer forum", "", "parent carer forums",
     "A group of parents and carers of disabled children that works with the council and the NHS so that "
     "services meet families' needs."),
    ("Designated clinical officer", "DCO", "designated medical officer, DMO",
     "The person in the NHS who makes sure health services play their part in SEND support and EHC plans."),
    ("Occupational therapy", "OT", "occupational therapist",
     "Help with everyday activities such as dressing, writing, eating or playing, often through exercises or "
     "special equipment."),
    ("Physiotherapy", "", "physiotherapist, physio",
     "Help with movement, balance, strength and posture."),
    ("Speech and language therapy", "SALT", "SLT, speech and language therapist, speech therapy",
     "Help with talking, understanding, communicating, eating, drinking or swallowing."),
    ("Moderate learning difficulty", "MLD", "moderate learning difficulties",
     "When a child finds most learning harder than others of the same age, across many subjects."),
    ("Severe learning difficulty", "SLD", "severe learning difficulties",
     "When a child has a lot of difficulty learning and may need help with communication, moving around and "
     "looking after themselves."),
    ("Profound and multiple learning difficulties", "PMLD", "profound and multiple learning difficulty",
     "When a child has a severe learning difficulty together with other disabilities, such as physical or "
     "sensory needs, and needs a high level of support."),
    ("Specific learning difficulty", "SpLD", "specific learning difficulties",
     "A difficulty with one part of learning, such as reading (dyslexia), numbers (dyscalculia) or "
     "co-ordination (dyspraxia)."),
    ("Children and Families Act 2014", "", "",
     "The law that sets out the rights of children and young people with SEND in England, and the duties of "
     "councils, the NHS, schools and colleges."),
    ("SEND Code of Practice", "", "Code of Practice",
     "The government's guidance on the SEND law. Councils, the NHS, schools and colleges must follow it."),
    ("Neurodevelopmental assessment", "", "neurodevelopmental assessments",
     "An NHS assessment to find out whether a child has a condition such as autism or ADHD."),
    ("Care Act assessment", "", "adult social care assessment",
     "An assessment by adult social care of the support a person aged 18 or over needs to live their life."),
    ("Supported internship", "", "supported internships",
     "A study programme for young people aged 16 to 24 with an EHC plan, mostly based at an employer, to "
     "learn the skills for a paid job."),
    ("Personal Independence Payment", "PIP", "",
     "A benefit from age 16 for extra costs of a long-term health condition or disability. It replaces "
     "Disability Living Allowance for young people."),
    ("Disability Living Allowance", "DLA", "",
     "A benefit for children under 16 who need much more care or help getting around than other children of "
     "the same age."),
    ("Carer's assessment", "", "carers assessment, parent carer needs assessment",
     "A check of what support you need as a parent or carer to look after a disabled child or young person."),
]  # fmt: skip
