"""The demo directory: one listing for each service, written the way providers write them.

Answers to the Local Offer questions are keyed by the short names in `services.demo.QUESTION_KEYS`;
a listing's answers add to (or replace) its organisation's. Long text may be wrapped freely: summaries,
eligibility, referral and fees are joined into one line, and descriptions and answers are markdown.
"""

from services.demo.listing import Listing

LISTINGS = [
    # Education
    Listing(
        name="Autism and Communication Outreach",
        organisation="specialist-teaching",
        summary="Advisory teachers who help mainstream schools include autistic pupils and pupils with social "
        "communication needs.",
        description="""
            Our outreach teachers work alongside school staff, not instead of them. After a referral we observe
            the pupil in class and at break, talk with the family and the pupil, and agree a short plan with the
            SENCO. Typical support includes visual timetables, a safe space for when things get too much, and
            adjustments to the playground, lunch hall and PE.

            We also train whole staff teams and run a termly network for SENCOs.

            We do not diagnose autism: a pupil does not need a diagnosis for us to help.
        """,
        categories=("school-support",),
        needs=("autism", "speech-language-and-communication"),
        ages=(4, 16),
        access="professional",
        referral="The school's SENCO refers, with the parent's agreement, using the request for involvement form.",
        eligibility="Pupils at state-funded mainstream schools and academies in Bournemouth, Christchurch and Poole.",
        coverage="area",
        delivery="in person, online",
        times="Mon-Fri 08:30-16:30",
        opening_notes="Term time only.",
        answers={
            "needs": "We observe your child in school, listen to you and your child, and read the school's SEN "
            "support plan. We use the Autism Education Trust's progression framework to agree next steps.",
            "next": """
                When a child moves from primary to secondary school we go to the transition meeting and help
                the new school prepare a one-page profile, photos of the building and extra visits.
            """,
        },
    ),
    Listing(
        name="Hearing Support Team (Teachers of the Deaf)",
        organisation="specialist-teaching",
        summary="Qualified teachers of the deaf for deaf children and those with a hearing loss, from diagnosis "
        "to the end of school.",
        description="""
            When a baby is identified through the newborn hearing screening programme we contact the family
            within two working days. Teachers of the deaf visit at home in the early years, then support the
            child at nursery, school and college.

            ## What we do

            - explain your child's audiology results and hearing technology
            - check hearing aids, cochlear implant processors and radio aids in school
            - advise teachers on acoustics, seating and language development
            - assess language and listening each year and report to the annual review

            We work with families who use BSL, spoken English or both.
        """,
        categories=("school-support", "nurseries-and-childminders"),
        needs=("hearing",),
        ages=(0, 19),
        access="professional",
        referral="Referrals come from paediatric audiology or the newborn hearing screening programme. If your "
        "child already has a diagnosis and we have not been in touch, ring us.",
        coverage="area",
        delivery="in person, home visits",
        times="Mon-Fri 08:30-16:30",
        answers={
            "involved": "We agree with you how often we visit and what to work on, and we share our reports with "
            "you before anyone else.",
            "access": "We can meet you with a BSL interpreter, and all our written reports are available by email "
            "in plain English.",
        },
    ),
    Listing(
        name="Vision Support and Habilitation",
        organisation="specialist-teaching",
        summary="Specialist teachers and habilitation officers for children with vision impairment or "
        "multi-sensory impairment.",
        description="""
            We support babies, children and young people with a vision impairment, including those who are
            deafblind (multi-sensory impairment), at home, in early years settings and at school.

            Qualified teachers of children with vision impairment (QTVIs) advise on large print, braille,
            magnifiers and tablets, and on how to adapt lessons and exams. Our habilitation officers teach
            mobility and independence skills: using a long cane, crossing roads, finding the way around a new
            school, and everyday tasks like pouring a drink or using money.
        """,
        categories=("school-support",),
        needs=("vision", "multi-sensory-impairment"),
        ages=(0, 19),
        access="professional",
        referral="An ophthalmologist, orthoptist, paediatrician or school can refer. Parents can ring for advice "
        "before a referral.",
        eligibility="Children with a diagnosed vision impairment that affects their learning or independence, "
        "even with glasses.",
        coverage="area",
        delivery="in person, home visits",
        times="Mon-Fri 08:30-16:30",
        answers={
            "needs": "We carry out a functional vision assessment: how your child uses their sight in real "
            "situations, at home and in class, not just at the eye clinic.",
            "next": "Before any move to a new school or college we walk the route and the building with your "
            "child, and train the new staff.",
        },
    ),
    Listing(
        name="Physical Difficulties Advisory Service",
        organisation="specialist-teaching",
        summary="Advice for schools on including pupils with physical disabilities: access, equipment, PE and trips.",
        description="""
            Advisory teachers visit schools to help them plan for pupils with cerebral palsy, muscular dystrophy,
            spina bifida, limb differences and other physical conditions. We look at the whole school day:
            getting around the building, toileting and changing, seating and writing, lunch, PE, and school
            trips.

            We can also help the school with personal emergency evacuation plans and with applying for funding
            for specialist equipment, such as a height-adjustable desk or a laptop with switch access.
        """,
        categories=("school-support",),
        needs=("physical-disability", "complex-medical-needs"),
        ages=(3, 19),
        access="professional",
        referral="Requests come from the school SENCO or the child's physiotherapist or occupational therapist.",
        coverage="area",
        delivery="in person",
        times="Mon-Fri 08:30-16:00",
        opening_notes="Term time only.",
        reviewed_days_ago=46,
        answers={
            "next": (
                "We visit a new school with the family before a pupil moves, and check that the building, toilets"
                " and evacuation plan are ready for the first day."
            ),
        },
    ),
    Listing(
        name="Psychology Phone Line for Parents",
        organisation="educational-psychology",
        summary="Book a free 30-minute phone call with an educational psychologist about your child's learning, "
        "behaviour or wellbeing.",
        description="""
            Sometimes you just need to talk something through with someone who knows about children's learning
            and development. Each Wednesday afternoon, an educational psychologist is available for half-hour
            phone consultations with parents and carers.

            You might want to talk about:

            - your child finding it hard to go to school
            - reading, writing or maths that is not clicking
            - worries, anger or meltdowns after school
            - whether to ask for an EHC needs assessment

            The call is confidential. We will not contact your child's school unless you ask us to.
        """,
        categories=("educational-psychology",),
        ages=(0, 25),
        delivery="phone",
        coverage="area",
        times="Wed 13:00-16:00",
        opening_notes="Book a call through the Family Information Service. Term time only.",
        answers={
            "involved": "You choose what the call is about. If it helps, we can send you a short written summary "
            "afterwards to share with school.",
        },
    ),
    Listing(
        name="Educational Psychology Assessment and Consultation",
        organisation="educational-psychology",
        summary="Educational psychologists work with schools and families to understand a child's learning "
        "needs and plan the right support.",
        description="""
            Every state-funded school and early years setting has a link educational psychologist. Schools ask
            for our involvement when a child is not making the progress expected despite good support at SEN
            support level.

            We start with a consultation meeting with you and the school. We may then observe your child, talk
            with them, and carry out some assessment of thinking skills, memory, language or emotional
            wellbeing. We write a report with recommendations that everyone can use.

            Educational psychologists also give the psychological advice for EHC needs assessments.
        """,
        categories=("educational-psychology", "school-support"),
        needs=("learning-difficulties", "dyslexia-and-specific-learning-difficulties"),
        ages=(0, 25),
        access="professional",
        referral="Through your child's school or early years setting. The SENCO will talk with you first.",
        coverage="area",
        delivery="in person, online",
        times="Mon-Fri 08:30-17:00",
        answers={
            "needs": """
                We use the consultation model: we listen to what you, your child and the school already know,
                then decide together whether an assessment would add anything. We use standardised tests only
                when they will help answer a question.
            """,
        },
    ),
    Listing(
        name="Emotionally Based School Avoidance Support",
        organisation="educational-psychology",
        summary="Help for children who find it very hard to go to school because of anxiety, and for their "
        "families and schools.",
        description="""
            Some children become so anxious about school that they cannot get through the door. This is
            sometimes called emotionally based school avoidance (EBSA) or emotionally based school non-attendance.

            We offer:

            - a six-week online group for parents and carers, on Tuesday evenings
            - training and a toolkit for school staff
            - a planning meeting with the school, the family and the young person, led by an educational
              psychologist, for children who have missed a lot of school

            The aim is a plan that feels doable to the child, with small steps back to learning.
        """,
        categories=("educational-psychology", "mental-health"),
        needs=("anxiety-and-mental-health", "autism"),
        ages=(5, 16),
        access="both",
        referral="Parents can book onto the online group themselves. Planning meetings are requested by the school.",
        coverage="area",
        delivery="in person, online",
        times="Tue 19:00-20:30 (parent group)",
        answers={
            "involved": "Your child's voice is at the centre of the plan. We use drawing, scaling and 'three "
            "houses' activities to help them say what school is like for them.",
        },
    ),
    Listing(
        name="Cliffside School",
        organisation="cliffside",
        summary="A special school in Christchurch for pupils aged 2 to 19 with severe, profound and multiple "
        "learning difficulties.",
        description="""
            Cliffside has 140 pupils in small classes, each with a teacher and three or four teaching
            assistants. Our curriculum has three pathways, from a sensory, play-based curriculum for pupils
            with profound and multiple learning difficulties to a semi-formal curriculum that includes
            functional literacy, numeracy and life skills.

            The school has a hydrotherapy pool, two sensory rooms, a soft play room, a sensory garden and a
            life skills flat for the sixth form. Nursing, physiotherapy and speech and language therapy teams
            work on site every day.
        """,
        categories=("special-schools",),
        needs=(
            "severe-and-profound-learning-difficulties",
            "complex-medical-needs",
            "multi-sensory-impairment",
            "physical-disability",
        ),
        ages=(2, 19),
        access="professional",
        referral="Places are named in an EHC plan by the SEND Assessment and Planning Team. Families are "
        "welcome to visit before then: ring the school office.",
        eligibility="Children and young people with an EHC plan whose needs are best met in a special school.",
        delivery="in person",
        places=("cliffside-school",),
        times="Mon-Fri 08:50-15:10",
        opening_notes="Term time only. Transport is arranged by the School Travel team.",
        answers={
            "involved": "Every pupil has a home-school book or app. We hold coffee mornings each half term and "
            "invite families to the annual review of their child's plan, in person or online.",
            "next": """
                From Year 9 every annual review looks at preparing for adulthood. Sixth formers spend time at
                Chine Valley College and on work experience, and we invite the Preparing for Adulthood Team to
                meet families.
            """,
        },
    ),
    Listing(
        name="Quayside School",
        organisation="quayside",
        summary="A small special school in Poole for pupils with social, emotional and mental health needs.",
        description="""
            Quayside is a school for 70 pupils aged 7 to 16 who have found mainstream school very difficult,
            often after exclusions or long periods out of school. Classes have no more than eight pupils, each
            with a key adult who checks in with them every morning.

            The school uses a trauma-informed, relational approach. Pupils learn the national curriculum,
            including GCSEs and vocational courses, alongside therapeutic support: emotional literacy sessions,
            art therapy and forest school.
        """,
        categories=("special-schools",),
        needs=("anxiety-and-mental-health", "attachment-and-trauma", "adhd"),
        ages=(7, 16),
        access="professional",
        referral="Places are agreed by the council's SEND panel for pupils with an EHC plan.",
        delivery="in person",
        places=("quayside-school",),
        times="Mon-Thu 09:00-15:00; Fri 09:00-13:30",
        opening_notes="Term time only. Friday afternoons are for staff training and family meetings.",
        answers={
            "needs": "Before a pupil starts, we visit them at home and at their current school. We read their "
            "plan, and build a profile of what helps them feel safe and what can set them back.",
            "involved": "Key adults ring home every week, with good news as well as worries. Families meet "
            "the therapist each term.",
        },
    ),
    Listing(
        name="Ashdown Bay School",
        organisation="ashdown-bay",
        summary="A special school academy in Bournemouth for autistic pupils aged 4 to 19.",
        description="""
            Ashdown Bay teaches 180 autistic pupils who can follow a broad curriculum, from phonics to GCSEs
            and A levels, in a calm, predictable environment. Classes have up to ten pupils, with sensory
            breaks built into the day and quiet spaces in every corridor.

            We use the SCERTS framework for social communication and emotional regulation, and our speech and
            language and occupational therapists work in classrooms rather than withdrawing pupils.

            Our sixth form offers A levels, vocational qualifications and supported work experience.
        """,
        categories=("special-schools",),
        needs=("autism", "anxiety-and-mental-health"),
        ages=(4, 19),
        access="professional",
        referral="Admission is through an EHC plan that names the school. Tours run every half term; book "
        "through the school office.",
        delivery="in person",
        places=("ashdown-bay-school",),
        times="Mon-Fri 08:45-15:15",
        opening_notes="Term time only.",
        answers={
            "access": "We send a photo book of the school, staff and your child's classroom before they start. "
            "Visual timetables, ear defenders and movement breaks are part of every lesson.",
        },
    ),
    Listing(
        name="Heron Brook Speech and Language Resource Base",
        organisation="heathland",
        summary="A resource base for 16 primary pupils with significant speech, language and communication "
        "needs, inside a mainstream school in Kinson.",
        description="""
            Pupils are taught in a small class for English and maths each morning, with a speech and language
            therapist and a specialist teacher, and join their mainstream class for the rest of the day.

            The focus is on understanding and using language: vocabulary, sentence building, narrative and
            social communication, using Colourful Semantics and Shape Coding. Staff from the base also coach
            mainstream teachers so that pupils are supported in every lesson.
        """,
        categories=("special-schools", "school-support"),
        needs=("speech-language-and-communication",),
        ages=(4, 11),
        access="professional",
        referral="Places are allocated by the council's SEND panel for pupils with an EHC plan. Language "
        "needs must be the main area of need.",
        delivery="in person",
        places=("heron-brook-primary",),
        times="Mon-Fri 08:45-15:15",
        opening_notes="Term time only.",
        answers={
            "involved": "Parents are invited to a therapy session each term to see what their child is working "
            "on and pick up ideas for home.",
        },
    ),
    Listing(
        name="Kingfisher Hearing Resource Base",
        organisation="heathland",
        summary="Specialist teaching for deaf pupils within Kingfisher Primary School in Canford Heath, "
        "with a teacher of the deaf on site.",
        description="""
            Kingfisher Primary has a resource base for up to 12 deaf pupils. Pupils spend most of the day in
            mainstream classes with support from communication support workers, and have small group teaching
            with a teacher of the deaf for language, literacy and listening.

            Classrooms have been treated to reduce echo and background noise, and radio aid systems are used in
            every lesson. Deaf pupils and their classmates learn BSL together in a weekly signing club.
        """,
        categories=("special-schools",),
        needs=("hearing",),
        ages=(4, 11),
        access="professional",
        referral="Through an EHC plan. Ask the Hearing Support Team about visiting.",
        delivery="in person",
        places=("kingfisher-primary",),
        times="Mon-Fri 08:40-15:10",
        opening_notes="Term time only.",
        answers={
            "involved": (
                "Parents are invited to a termly coffee morning with the teacher of the deaf, and to free family "
                "BSL sessions after school on Wednesdays."
            ),
        },
    ),
    Listing(
        name="The Harbour Autism Base at Heathland Academy",
        organisation="heathland",
        summary="A base within a secondary academy where autistic students can learn, regulate and take part in "
        "mainstream lessons at their own pace.",
        description="""
            The Harbour supports 24 autistic students in Years 7 to 11. Each student has a personalised
            timetable: some attend most mainstream lessons with support, others are taught mainly in the base.
            Students can use the Harbour before school, at break and at lunchtime, when the rest of the school
            can be loud and busy.

            Staff help students with organisation, friendships and emotional regulation, and plan exam access
            arrangements such as a separate room and rest breaks.
        """,
        categories=("special-schools",),
        needs=("autism",),
        ages=(11, 16),
        access="professional",
        referral="Places are allocated through the council's SEND panel for students with an EHC plan.",
        delivery="in person",
        places=("heathland-academy",),
        times="Mon-Fri 08:30-15:00",
        opening_notes="Term time only. The base opens at 08:00 for students who need a quiet start.",
        answers={
            "next": "Year 6 pupils coming to the Harbour have up to six extra visits in the summer term, and a "
            "transition booklet with photos of staff and rooms.",
        },
    ),
    Listing(
        name="Marram Primary Learning Resource Base",
        organisation="heathland",
        summary="A small class in a Christchurch primary school for children with moderate learning "
        "difficulties in Years 3 to 6.",
        description="""
            The base teaches up to ten children who learn more slowly than most children of their age and need
            a more personalised curriculum, but benefit from being part of a mainstream school. Children learn
            in the base for most of the morning and join their year group for topic work, PE, music and trips.

            Teaching is practical and multi-sensory, with lots of repetition and overlearning. Life skills,
            such as using money and telling the time, are built into the week.
        """,
        categories=("special-schools",),
        needs=("learning-difficulties",),
        ages=(7, 11),
        access="professional",
        referral="Through an EHC plan, agreed by the council's SEND panel.",
        delivery="in person",
        places=("marram-primary",),
        times="Mon-Fri 08:45-15:15",
        opening_notes="Term time only.",
        answers={
            "needs": (
                "Children in the base are assessed each half term in small steps, so that progress shows even "
                "when it is slow. We share these with you at parents' evenings and annual reviews."
            ),
        },
    ),
    Listing(
        name="Quayside Outreach for Mainstream Schools",
        organisation="quayside",
        summary="Quayside School's outreach team advises mainstream schools on pupils at risk of exclusion "
        "because of social, emotional and mental health needs.",
        description="""
            Our outreach practitioners spend up to ten weeks alongside a mainstream school. We work with the
            pupil directly and with the adults around them, on understanding what behaviour is communicating,
            building relationships and co-regulation.

            We finish with a support plan the school can carry on without us, and check in after half a term.
        """,
        categories=("school-support",),
        needs=("attachment-and-trauma", "adhd", "anxiety-and-mental-health"),
        ages=(5, 16),
        access="professional",
        referral="Headteachers and SENCOs request outreach through the council's inclusion panel.",
        coverage="area",
        delivery="in person",
        times="Mon-Fri 09:00-15:00",
        opening_notes="Term time only.",
        answers={
            "involved": (
                "We meet the family at the start and the end of every outreach plan, and we always ask the pupil "
                "what helps and what makes things worse."
            ),
        },
    ),
    Listing(
        name="Chine Valley Supported Learning",
        organisation="chine-valley",
        summary="Full-time foundation courses for students with learning difficulties, from entry level to "
        "level 1, on both college campuses.",
        description="""
            Supported learning courses build independence, communication, English and maths, and skills for
            work. Students choose a vocational route, such as catering, horticulture, retail or media, and take
            part in work experience both in college and with local employers.

            Classes have up to 12 students with a tutor and learning support assistants. The department has
            its own quiet room, a training kitchen and a cafe run by students.

            Students who are ready can move on to a supported internship or a mainstream level 1 course.
        """,
        categories=("post-16-education",),
        needs=("learning-difficulties", "severe-and-profound-learning-difficulties", "autism"),
        ages=(16, 25),
        access="self",
        referral="Apply online or at an open evening. Students with an EHC plan should also tell their SEND "
        "officer that they have applied.",
        delivery="in person",
        places=("chine-valley-lansdowne", "chine-valley-poole"),
        times="Mon-Thu 09:30-15:30; Fri 09:30-12:30",
        opening_notes="Term time only. Courses start in September; applications open in October.",
        answers={
            "needs": "We meet each applicant with their family, read their EHC plan if they have one, and offer "
            "a taster day before we agree the right course and support.",
            "next": "Our transition coordinator visits special schools in the spring and runs a summer "
            "'getting ready for college' week.",
        },
    ),
    Listing(
        name="Chine Valley Learning Support on Mainstream Courses",
        organisation="chine-valley",
        summary="Support in class, study skills and exam arrangements for college students with SEND on "
        "any mainstream course.",
        description="""
            Whatever you study at Chine Valley, from A levels to plumbing, you can ask for learning support.
            Support can include a learning support assistant in some lessons, one-to-one study skills sessions,
            assistive technology (such as text-to-speech software), note-takers and BSL interpreters.

            Our exams team arranges access arrangements such as extra time, a reader or a separate room, and
            our specialist assessor can test for dyslexia if you have not been assessed before.
        """,
        categories=("post-16-education", "school-support"),
        needs=(
            "dyslexia-and-specific-learning-difficulties",
            "autism",
            "hearing",
            "vision",
            "anxiety-and-mental-health",
        ),
        ages=(16, 25),
        delivery="in person, online",
        places=("chine-valley-lansdowne", "chine-valley-poole"),
        times="Mon-Fri 08:30-17:00",
        answers={
            "needs": "Tell us on your application, or at enrolment, about any support you had at school. We meet "
            "you in your first two weeks to agree a support plan.",
        },
    ),
    Listing(
        name="Moorland Park College",
        organisation="moorland-park",
        summary="An independent specialist day college near Ferndown for young people with learning disabilities, "
        "autism and complex needs.",
        description="""
            Moorland Park offers three-year study programmes built around each student's goals for adult life:
            living more independently, making friends, getting out into the community, and for some students
            volunteering or paid work.

            The college sits on a small farm with a horticulture centre, a cafe and a craft workshop, where
            students learn practical skills. Therapists work alongside tutors, so communication, sensory and
            behaviour support are part of every session.
        """,
        categories=("post-16-education",),
        needs=("severe-and-profound-learning-difficulties", "autism", "complex-medical-needs"),
        ages=(16, 25),
        cost="free",
        fees="Places are funded through the young person's EHC plan; families do not pay.",
        access="professional",
        referral="Your SEND officer must agree to name the college in your EHC plan. Come to an open day first.",
        delivery="in person",
        places=("moorland-park-college",),
        times="Mon-Fri 09:30-15:30",
        opening_notes="Term time only (38 weeks a year).",
        answers={
            "next": "In the final year, students and families meet the Preparing for Adulthood Team and adult "
            "social care to plan what comes next, and try out day opportunities or work placements.",
        },
    ),
    Listing(
        name="Medical Needs Education Service",
        organisation="medical-needs",
        summary="Teaching at home, online or in small groups for pupils who cannot go to school because of "
        "illness, physical or mental.",
        description="""
            The council must arrange suitable education for children who cannot go to school for 15 days or
            more because of their health. We teach pupils whose consultant or doctor says they are too unwell
            to attend.

            Depending on what your child can manage, teaching might be at home, online, or in a small teaching
            group at our centre. We keep in close touch with your child's school so they can carry on with the
            same subjects and exams, and we plan a gradual return as soon as your child is well enough.
        """,
        categories=("education-other-than-at-school",),
        needs=("complex-medical-needs", "anxiety-and-mental-health"),
        ages=(5, 16),
        access="professional",
        referral="Your child's school refers, with medical evidence from a consultant or, for mental health, "
        "from CAMHS.",
        coverage="area",
        delivery="in person, online, home visits",
        times="Mon-Fri 09:00-15:00",
        opening_notes="Term time only.",
        answers={
            "involved": "We agree a timetable with you and your child, and review it every six weeks with the "
            "school and the health professionals involved.",
        },
    ),
    Listing(
        name="Hospital School on the Children's Ward",
        organisation="medical-needs",
        summary="Teachers on the children's ward at Wessex Shore Hospital, Poole, so school work does not stop "
        "during a hospital stay.",
        description="""
            If your child is in hospital for more than a few days, our teachers will visit them on the ward
            or in the ward's classroom. We get in touch with their school for work, or plan activities that
            suit how your child is feeling that day.

            For children who are in and out of hospital often, we keep the same teacher wherever possible.
        """,
        categories=("education-other-than-at-school",),
        needs=("complex-medical-needs",),
        ages=(4, 16),
        access="professional",
        referral="Ward staff let us know when a school-age child is admitted. You can also ask the nurse in charge.",
        delivery="in person",
        places=("wessex-poole",),
        times="Mon-Fri 09:30-12:00; Mon-Thu 13:30-15:00",
        answers={
            "next": (
                "When your child goes home we tell their school what they have covered, and refer to the Medical "
                "Needs Education Service if they will be off for a while."
            ),
        },
    ),
    Listing(
        name="Dyslexia Tuition",
        organisation="step-ahead",
        summary="One-to-one specialist tuition for children and young people with dyslexia, at our rooms in "
        "Westbourne or online.",
        description="""
            Lessons follow a structured, multi-sensory programme that teaches reading and spelling step by step,
            with plenty of practice and a focus on confidence. Sessions last an hour, once or twice a week, and
            we send a short note home after each one.

            We also teach touch typing and study skills for older students, including how to use speech-to-text
            and mind mapping software.
        """,
        categories=("school-support",),
        needs=("dyslexia-and-specific-learning-difficulties",),
        ages=(6, 18),
        cost="paid",
        fees="£48 an hour; £40 an hour online. Ten lessons are paid for at the start of each term.",
        delivery="in person, online",
        places=("step-ahead-rooms",),
        times="Mon-Thu 15:30-19:30; Sat 09:00-13:00",
        answers={
            "needs": "We start with an informal reading and spelling assessment (£60), so lessons begin at the "
            "right level. You do not need a formal diagnosis.",
        },
    ),
    Listing(
        name="Dyslexia Diagnostic Assessments",
        organisation="step-ahead",
        summary="Full diagnostic assessments for dyslexia and specific learning difficulties, with a written "
        "report for school, college or university.",
        description="""
            Our assessors hold an Assessment Practising Certificate. An assessment takes about three hours,
            with breaks, and covers reading, spelling, writing, phonological skills, memory and processing
            speed.

            You will receive a report within three weeks, with clear recommendations for school and home.
            The report can be used as evidence for exam access arrangements and for the Disabled Students'
            Allowance at university.
        """,
        categories=("school-support", "educational-psychology"),
        needs=("dyslexia-and-specific-learning-difficulties",),
        ages=(7, 25),
        cost="paid",
        fees="£495 for the assessment and report. Payment plans are available.",
        delivery="in person",
        places=("step-ahead-rooms",),
        times="Mon-Fri 09:00-15:00",
        opening_notes="By appointment. Morning appointments are best for younger children.",
        answers={
            "access": (
                "Assessments take place in a quiet ground-floor room on request. We build in breaks and can split"
                " the assessment over two mornings."
            ),
        },
    ),
    # Health
    Listing(
        name="Children's Speech and Language Therapy",
        organisation="bay-therapies",
        summary="Assessment and therapy for children with speech, language and communication needs (SLCN), "
        "in clinics, nurseries, schools and online.",
        description="""
            Speech and language therapists help children who have difficulty understanding language, talking,
            using speech sounds clearly, stammering, or using language socially. We also support children who
            use signing, symbols or a communication aid.

            After an assessment we agree goals with you. Therapy may be a block of sessions in clinic, a
            programme for school staff to carry out, a parent workshop, or advice and a review. Most of the
            difference is made by the people a child talks with every day, so we spend a lot of time coaching
            parents and teaching staff.
        """,
        categories=("speech-and-language-therapy",),
        needs=("speech-language-and-communication", "autism"),
        ages=(0, 19),
        access="both",
        referral="Parents can refer children under five using our online form. For school-age children, the "
        "school or GP refers, with your agreement.",
        eligibility="Children registered with a GP in Bournemouth, Christchurch or Poole, up to 19, or 25 for "
        "students at special schools and colleges.",
        delivery="in person, online",
        places=("winton-health", "fairmile-clinic", "parkstone-health"),
        times="Mon-Fri 08:30-16:30",
        answers={
            "needs": "Your first appointment is usually in clinic and takes about an hour. We play with your "
            "child, watch how they communicate, and ask you about their development.",
            "involved": "We set goals with you, not for you. You will leave each session with something to try at "
            "home, and you can watch or join every session.",
        },
    ),
    Listing(
        name="Talking Together Drop-ins",
        organisation="bay-therapies",
        summary="Drop in to a family hub to ask a speech and language therapist about your young child's talking "
        "and understanding.",
        description="""
            Worried that your toddler is not saying many words yet, or that others find them hard to understand?
            Come along to a drop-in for a relaxed chat with a speech and language therapist. There are toys to
            play with while you talk.

            The therapist may give you some ideas to try at home, suggest a group, or offer a full assessment.
            There is no need to book.
        """,
        categories=("speech-and-language-therapy", "family-hubs"),
        needs=("speech-language-and-communication",),
        ages=(0, 5),
        delivery="in person",
        places=("boscombe-hub", "canford-heath-hub", "christchurch-hub"),
        times="Mon 13:30-15:00 (Christchurch); Wed 09:30-11:00 (Boscombe); Fri 09:30-11:00 (Canford Heath)",
        opening_notes="Term time only. Not on bank holidays.",
        answers={
            "access": "All three hubs are step-free with buggy space and baby changing. Tell us if you would like "
            "an interpreter and we will book one for the following week.",
        },
    ),
    Listing(
        name="Eating, Drinking and Swallowing (Dysphagia) Service",
        organisation="bay-therapies",
        summary="Speech and language therapists who assess and support children with difficulties chewing, "
        "swallowing or drinking safely.",
        description="""
            Some children, particularly those with cerebral palsy, neurological conditions or very complex
            needs, find eating and drinking hard or unsafe. Signs include coughing or choking at meals, chest
            infections, or meals that take a very long time.

            We assess your child at mealtimes (at home, nursery or school), and may arrange a video X-ray of
            swallowing at the hospital. We then write an eating and drinking plan, covering food textures,
            positioning and equipment, and train everyone who feeds your child.
        """,
        categories=("speech-and-language-therapy",),
        needs=("complex-medical-needs", "physical-disability", "severe-and-profound-learning-difficulties"),
        ages=(0, 19),
        access="professional",
        referral="Referrals from a paediatrician, GP, community nurse or other therapist.",
        delivery="in person, home visits",
        places=("sandpiper-cdc",),
        times="Mon-Fri 09:00-16:30",
        answers={
            "needs": "We watch your child eat and drink the foods they usually have, in their usual seat. Please "
            "bring their own cup, spoon and a favourite snack to the first appointment.",
        },
    ),
    Listing(
        name="Augmentative and Alternative Communication (AAC) Clinic",
        organisation="bay-therapies",
        summary="Assessment for communication aids, from picture boards to eye-gaze devices, for children who "
        "cannot rely on speech.",
        description="""
            The AAC clinic brings together a speech and language therapist, an occupational therapist and a
            technician to find the right way for a child to communicate. We can loan devices for a trial period
            and arrange funding for a device of their own.

            Once your child has a system, we train family and school staff to model it throughout the day.
        """,
        categories=("speech-and-language-therapy",),
        needs=("speech-language-and-communication", "physical-disability", "severe-and-profound-learning-difficulties"),
        ages=(2, 19),
        access="professional",
        referral="Your child's speech and language therapist refers.",
        delivery="in person",
        places=("sandpiper-cdc",),
        times="Tue 09:00-16:00; Thu 09:00-16:00",
        answers={
            "involved": (
                "Families trial each device at home before anything is decided. We want to know what your child "
                "chooses to say with it, not just whether they can use it."
            ),
        },
    ),
    Listing(
        name="Children's Occupational Therapy",
        organisation="bay-therapies",
        summary="Occupational therapists helping children with everyday activities: dressing, eating, writing, "
        "play and getting around.",
        description="""
            Occupational therapy helps children take part in the things they need and want to do. We work
            with children who have physical disabilities, developmental coordination disorder (dyspraxia), and
            other conditions that make everyday tasks difficult.

            We might suggest new ways of doing things, practise skills with your child, recommend equipment
            such as a special seat or cutlery, or advise school on adaptations.

            We do not offer sensory integration therapy, but we can give advice on sensory needs as part of a
            wider assessment.
        """,
        categories=("occupational-therapy-and-physiotherapy",),
        needs=("physical-disability", "dyslexia-and-specific-learning-difficulties"),
        ages=(0, 19),
        access="professional",
        referral="A GP, paediatrician, health visitor or school can refer. We need to know what your child "
        "finds difficult day to day.",
        delivery="in person, home visits",
        places=("parkstone-health", "winton-health"),
        times="Mon-Fri 08:30-16:30",
        answers={
            "needs": (
                "We ask you and your child's school to fill in a short questionnaire about everyday activities, "
                "then assess your child in clinic, at home or at school."
            ),
        },
    ),
    Listing(
        name="Get Set Motor Skills Groups",
        organisation="bay-therapies",
        summary="Six-week after-school groups for children who find handwriting, balance and ball skills hard.",
        description="""
            Get Set is a fun, active group for up to eight children, run by an occupational therapist and a
            physiotherapy assistant. Each week we practise core strength, balance, coordination and fine motor
            skills through games, with a handwriting warm-up the children can also do at school.

            Parents stay for the last ten minutes to see what we did and take home an activity sheet.
        """,
        categories=("occupational-therapy-and-physiotherapy",),
        needs=("dyslexia-and-specific-learning-difficulties", "physical-disability"),
        ages=(5, 9),
        access="professional",
        referral="School SENCOs can refer using the motor skills checklist on our website.",
        delivery="in person",
        places=("parkstone-health",),
        times="Thu 15:45-16:45",
        opening_notes="Groups run in term time; new groups start each half term.",
        answers={
            "involved": (
                "Children set their own goal in the first week, such as tying laces or catching a ball, and we "
                "check it together at the end."
            ),
        },
    ),
    Listing(
        name="Children's Physiotherapy",
        organisation="bay-therapies",
        summary="Physiotherapists helping babies, children and young people with movement, posture, strength "
        "and mobility.",
        description="""
            We see children with a wide range of conditions, including cerebral palsy, developmental delay,
            neuromuscular conditions and genetic syndromes. Physiotherapy might include exercises and stretches,
            advice on positioning and equipment such as standing frames and walkers, splints, and sessions in
            the hydrotherapy pool.

            For children at special school we work in school, so therapy fits into the day.
        """,
        categories=("occupational-therapy-and-physiotherapy",),
        needs=("physical-disability", "complex-medical-needs"),
        ages=(0, 19),
        access="both",
        referral="Any health professional can refer. Parents of children already known to the service can ring "
        "the team directly.",
        delivery="in person, home visits",
        places=("sandpiper-cdc", "cliffside-school"),
        times="Mon-Fri 08:30-16:30",
        answers={
            "involved": "We write a home programme with you that fits around family life: little and often works "
            "better than a long list of exercises.",
        },
    ),
    Listing(
        name="Wheelchair and Posture Service",
        organisation="bay-therapies",
        summary="Assessment for wheelchairs, buggies and seating for children who need them every day.",
        description="""
            If your child cannot walk far or needs support to sit, we can assess them for a manual or powered
            wheelchair, a special buggy, or a seating system. We consider how and where your child will use it,
            including school, transport and family trips.

            You can choose a chair from our range, or use a personal wheelchair budget towards a different
            model. We maintain and repair the chairs we provide, and review your child as they grow.
        """,
        categories=("occupational-therapy-and-physiotherapy",),
        needs=("physical-disability",),
        ages=(0, 25),
        access="professional",
        referral="Referrals from your child's physiotherapist, occupational therapist, GP or consultant.",
        delivery="in person, home visits",
        places=("sandpiper-cdc",),
        times="Mon-Fri 09:00-16:30",
        reviewed_days_ago=418,
        answers={
            "access": (
                "Assessments are in a ground-floor clinic with a ceiling hoist and changing bed. We can visit at "
                "home or school if travelling is hard."
            ),
        },
    ),
    Listing(
        name="Independent Speech and Language Therapy",
        organisation="brightwell",
        summary="Private speech and language therapy assessments, therapy and EHC plan reports, with short "
        "waiting times.",
        description="""
            Brightwell's speech and language therapists see children with language delay, speech sound
            difficulties, stammering, developmental language disorder and social communication needs. We offer
            appointments at our rooms in Bournemouth, at home, at nursery or school, or online.

            We can also write independent reports for EHC needs assessments and tribunals.
        """,
        categories=("speech-and-language-therapy",),
        needs=("speech-language-and-communication", "autism"),
        ages=(0, 18),
        cost="paid",
        fees="Initial assessment £150; therapy sessions £85; home and school visits include travel time.",
        delivery="in person, online, home visits",
        places=("brightwell-clinic",),
        times="Mon-Fri 08:30-18:00; Sat 09:00-12:00",
        answers={
            "needs": "We send a questionnaire before the first appointment, then assess through play and "
            "standardised tests, depending on your child's age.",
        },
    ),
    Listing(
        name="Sensory Integration Occupational Therapy",
        organisation="brightwell",
        summary="Private occupational therapy for children whose sensory processing difficulties affect everyday life.",
        description="""
            Some children are overwhelmed by noise, touch or busy places; others seek out movement and pressure
            all day. Our occupational therapists, trained in Ayres Sensory Integration, assess how your child
            processes sensory information and how it affects sleep, eating, dressing, learning and behaviour.

            Therapy takes place in our sensory gym, with swings, climbing equipment and crash mats, and we give
            you a sensory diet of activities for home and school.
        """,
        categories=("occupational-therapy-and-physiotherapy",),
        needs=("autism", "adhd", "dyslexia-and-specific-learning-difficulties"),
        ages=(3, 16),
        cost="paid",
        fees="Assessment and report £420; therapy sessions £90.",
        delivery="in person",
        places=("brightwell-clinic",),
        times="Mon-Fri 09:00-18:00",
        answers={
            "involved": (
                "Parents take part in every session so that you can use the same strategies at home. We also "
                "offer a school visit as part of the assessment."
            ),
        },
    ),
    Listing(
        name="CAMHS Assessment and Treatment",
        organisation="bay-camhs",
        summary="Specialist mental health assessment and treatment for children and young people with "
        "significant mental health difficulties.",
        description="""
            CAMHS sees children and young people whose mental health difficulties are having a serious effect
            on their daily life: for example depression, severe anxiety, obsessive compulsive disorder,
            self-harm, psychosis or trauma.

            After an initial assessment we agree a plan with the young person and their family. This may
            include talking therapies such as cognitive behavioural therapy (CBT), family therapy, medication,
            or a group. We see young people at our clinics in Bournemouth and Poole, at home, or by video call.

            If CAMHS is not the right service, we will tell you who is.
        """,
        categories=("mental-health",),
        needs=("anxiety-and-mental-health", "attachment-and-trauma"),
        ages=(5, 18),
        access="both",
        referral="A GP, school or other professional can refer. Young people aged 14 and over, and parents, can "
        "also refer through the single point of access phone line.",
        delivery="in person, online, home visits",
        places=("seagrove-house", "sterte-court"),
        times="Mon-Fri 09:00-17:00; Tue,Thu 17:00-19:00 (evening appointments)",
        answers={
            "needs": "Your first appointment is a choice appointment, where we listen to what is happening and "
            "agree together whether CAMHS can help.",
            "next": """
                From 17 and a half we start planning with you for any move to adult mental health services, or
                to your GP. You can choose to stay with CAMHS until your 18th birthday.
            """,
        },
    ),
    Listing(
        name="Mental Health Support Teams in Schools",
        organisation="bay-camhs",
        summary="Education mental health practitioners in schools and colleges, offering early help for mild to "
        "moderate anxiety and low mood.",
        description="""
            Mental health support teams work in about half of the area's schools and colleges. They offer
            short pieces of work, usually six to eight sessions, for children and young people with mild to
            moderate difficulties, such as worry, panic, low mood, sleep problems and exam stress.

            For younger children, the practitioner usually works with parents, using guided self-help. Teams
            also run assemblies, staff training and parent workshops about emotional wellbeing.
        """,
        categories=("mental-health", "school-support"),
        needs=("anxiety-and-mental-health",),
        ages=(5, 18),
        access="both",
        referral="Ask your child's school or college whether it has a mental health support team; staff there "
        "can refer. Older students can ask for help themselves.",
        coverage="area",
        delivery="in person, online",
        times="Mon-Fri 08:30-16:30",
        opening_notes="Term time only.",
        answers={
            "involved": (
                "The young person chooses the goals. For children under 11 we usually work through parents, who "
                "learn techniques to use at home."
            ),
        },
    ),
    Listing(
        name="Children's Eating Disorders Service",
        organisation="bay-camhs",
        summary="Fast assessment and family-based treatment for children and young people with anorexia, "
        "bulimia and other eating disorders.",
        description="""
            If you are worried that your child is restricting food, losing weight, bingeing or making themselves
            sick, ask your GP to refer to us urgently. We aim to see urgent referrals within a week and routine
            referrals within four weeks.

            Treatment is usually family-based therapy, with regular physical health checks, dietetic advice and
            support for the whole family. We also work with young people who have avoidant/restrictive food
            intake disorder (ARFID), often alongside the feeding clinic.
        """,
        categories=("mental-health",),
        needs=("anxiety-and-mental-health", "autism"),
        ages=(8, 18),
        access="both",
        referral="Through your GP, who will arrange blood tests and a physical check. Young people and parents "
        "can also call us directly for advice.",
        delivery="in person, online",
        places=("sterte-court",),
        times="Mon-Fri 09:00-17:00",
        answers={
            "involved": (
                "Parents are at the centre of family-based treatment: you will be supported to help your child "
                "eat, with the team behind you."
            ),
        },
    ),
    Listing(
        name="Learning Disability CAMHS",
        organisation="bay-camhs",
        summary="Mental health support for children and young people with a moderate to severe learning "
        "disability and their families.",
        description="""
            Our team includes a clinical psychologist, a psychiatrist and learning disability nurses. We help
            with mental health difficulties and with behaviour that challenges, such as self-injury or
            aggression, when it is linked to a young person's learning disability.

            We use positive behaviour support, and work closely with families, schools and short break services
            so everyone responds in the same way.
        """,
        categories=("mental-health",),
        needs=("severe-and-profound-learning-difficulties", "learning-difficulties", "anxiety-and-mental-health"),
        ages=(4, 18),
        access="professional",
        referral="Referrals from a GP, paediatrician, social worker or special school.",
        delivery="in person, home visits",
        places=("seagrove-house",),
        times="Mon-Fri 09:00-17:00",
        answers={
            "needs": (
                "We spend time getting to know the young person at home and at school, and use communication "
                "tools such as Talking Mats to hear their views."
            ),
        },
    ),
    Listing(
        name="Children and Young People's Mental Health Crisis Line",
        organisation="bay-camhs",
        summary="Phone help at any hour for young people in a mental health crisis, and for worried parents.",
        description="""
            Call if you or your child are in a mental health crisis: for example, thinking about suicide,
            self-harming seriously, or so distressed that you cannot keep safe. A mental health practitioner
            will talk with you, help you make a plan to stay safe tonight, and arrange an urgent assessment by
            the home treatment team if needed.

            You do not need to be known to CAMHS. In an emergency, or if someone has taken an overdose,
            call 999 or go to A&E.
        """,
        categories=("mental-health",),
        needs=("anxiety-and-mental-health",),
        ages=(11, 18),
        coverage="area",
        delivery="phone",
        opening_notes="24 hours a day, every day of the year.",
        contact="Crisis line practitioner",
        answers={
            "next": (
                "After a crisis call we let your GP and any CAMHS team you know know, with your agreement, and "
                "call you back the next day."
            ),
        },
    ),
    Listing(
        name="Open Door Counselling",
        organisation="open-door",
        summary="Free, confidential counselling for young people aged 11 to 25, face to face in Bournemouth and Poole.",
        description="""
            You can talk to a counsellor about anything: family, friendships, school, identity, anxiety, anger,
            self-harm, or something that happened in the past. Most young people have up to twelve weekly
            sessions of 50 minutes.

            Counselling is confidential. We would only share what you tell us if we were worried that you or
            someone else was at serious risk, and we would talk to you first.

            You can refer yourself. A parent, teacher or GP can also refer with your agreement.
        """,
        categories=("mental-health",),
        needs=("anxiety-and-mental-health", "attachment-and-trauma"),
        ages=(11, 25),
        access="both",
        delivery="in person",
        places=("open-door-rooms", "branksome-hub"),
        times="Mon-Thu 12:00-20:00; Sat 10:00-14:00",
        answers={
            "needs": "Your first meeting is a 30-minute chat with one of our team about what is going on and what "
            "you want from counselling. The wait after that is usually four to six weeks.",
            "access": "Our counsellors can work with autistic young people in ways that suit them, such as using "
            "writing, drawing or walking and talking.",
        },
    ),
    Listing(
        name="Open Door Online Counselling and Chat",
        organisation="open-door",
        summary="Talk to a counsellor by text chat or video call, from wherever you are.",
        description="""
            Some young people find it easier to open up by typing. Our online service offers drop-in text chats
            with a counsellor in the evenings, and booked weekly sessions by chat or video.

            It is free, safe and anonymous if you want it to be. You can also read articles and join moderated
            discussion boards written by other young people.
        """,
        categories=("mental-health",),
        needs=("anxiety-and-mental-health",),
        ages=(11, 25),
        coverage="online",
        delivery="online",
        times="Mon-Fri 16:00-22:00; Sat-Sun 18:00-22:00",
        answers={
            "access": (
                "The chat works on phones, tablets and computers, and you can use text only. Sessions can be in "
                "large print or dark mode through your device settings."
            ),
        },
    ),
    Listing(
        name="Thursday Wellbeing Drop-in",
        organisation="open-door",
        summary="A relaxed drop-in for 14 to 25 year olds who are feeling anxious, low or alone, with a youth "
        "worker and a counsellor.",
        description="""
            Pop in for a hot drink and a chat, play a board game, or just sit somewhere calm. A counsellor is
            there if you want to talk one-to-one, and the youth worker can help you find other support.
            Every few weeks there is a short workshop on things like sleep, managing panic and self-care.

            You can come on your own or bring a friend.
        """,
        categories=("mental-health", "clubs-and-youth-groups"),
        needs=("anxiety-and-mental-health",),
        ages=(14, 25),
        delivery="in person",
        places=("sandbar-youth",),
        times="Thu 16:00-18:30",
        answers={
            "access": (
                "The centre is step-free, with a quiet room away from the main hall. You can come for ten minutes"
                " or stay the whole time."
            ),
        },
    ),
    Listing(
        name="Neurodevelopmental Assessment Service (Autism and ADHD)",
        organisation="wessex-children",
        summary="Multi-disciplinary assessment for children and young people who may be autistic or have ADHD.",
        description="""
            The neurodevelopmental pathway assesses children under 18 for autism, ADHD, or both. The team
            includes paediatricians, psychologists, speech and language therapists and specialist nurses.

            ## What happens

            1. We ask you and your child's school to fill in questionnaires.
            2. A clinician meets you to hear about your child's development.
            3. We observe your child, at school or in clinic, and may use standard assessments such as ADOS-2.
            4. We meet you to explain the outcome and give you a written report.

            Waiting times are long: currently around 18 months from referral. Your child does not need a
            diagnosis to get support at school or from family hubs while you wait.
        """,
        categories=("diagnosis-and-paediatrics",),
        needs=("autism", "adhd"),
        ages=(0, 18),
        access="professional",
        referral="The school SENCO, GP, health visitor or another professional refers, with evidence of how your "
        "child's needs affect them at home and at school.",
        delivery="in person, online",
        places=("sandpiper-cdc", "wessex-poole"),
        times="Mon-Fri 09:00-17:00",
        answers={
            "involved": "Your view of your child is the most important evidence we have. We ask about what your "
            "child enjoys and is good at as well as what they find hard.",
            "next": "After diagnosis we invite families to a post-diagnosis workshop and give details of Spectrum "
            "Tides and ADHD Parents Together.",
        },
    ),
    Listing(
        name="Community Paediatrics",
        organisation="wessex-children",
        summary="Paediatricians who see children with developmental delay, disabilities and complex health "
        "needs in community clinics.",
        description="""
            Community paediatricians look after children with conditions such as cerebral palsy, global
            developmental delay, genetic syndromes, and epilepsy linked to disability. We coordinate care with
            hospital specialists, therapists and schools, and give the medical advice for EHC needs assessments.

            We also see children in special schools, so your child does not always need to miss a day for
            an appointment.
        """,
        categories=("diagnosis-and-paediatrics",),
        needs=("learning-difficulties", "complex-medical-needs", "physical-disability"),
        ages=(0, 18),
        access="professional",
        referral="Referral from a GP, health visitor or hospital doctor.",
        delivery="in person, online",
        places=("sandpiper-cdc", "fairmile-clinic"),
        times="Mon-Fri 09:00-17:00",
        answers={
            "involved": (
                "We send you a copy of every clinic letter. You can bring a list of questions; we will make sure "
                "we get through them."
            ),
        },
    ),
    Listing(
        name="Children's Hearing Clinic",
        organisation="wessex-children",
        summary="Paediatric audiology: hearing tests, hearing aids and follow-up for babies, children and young "
        "people.",
        description="""
            Our audiologists test hearing in ways that suit a child's age and development, from sleeping baby
            tests to games with toys and sounds. If your child needs hearing aids we fit them, provide
            batteries and repairs, and take new ear mould impressions as they grow.

            We share results with the Hearing Support Team so your child's teacher of the deaf can help at home
            and at school.
        """,
        categories=("diagnosis-and-paediatrics",),
        needs=("hearing",),
        ages=(0, 18),
        access="both",
        referral="Babies are referred from newborn screening. A GP, school nurse or health visitor can refer; "
        "families of children with hearing aids can book repairs themselves.",
        delivery="in person",
        places=("wessex-poole", "fairmile-clinic"),
        times="Mon-Fri 08:30-17:00; Sat 09:00-12:00 (repairs clinic)",
        answers={
            "access": "Our test rooms are sound-proofed, with a hearing loop at reception. We can book a BSL "
            "interpreter for any appointment.",
        },
    ),
    Listing(
        name="Children's Feeding Clinic",
        organisation="wessex-children",
        summary="Help for children with feeding difficulties: extreme fussy eating, restricted diets, tube "
        "feeding and tube weaning.",
        description="""
            The feeding clinic brings together a paediatrician, a dietitian, a speech and language therapist
            and a psychologist. We see children whose eating is so limited that it affects their growth or
            health, or family life, including autistic children with a very narrow range of safe foods and
            children moving from tube feeding to eating by mouth.

            We never force foods. We help children feel safe around food, one small step at a time.
        """,
        categories=("diagnosis-and-paediatrics", "nursing-and-continence"),
        needs=("autism", "complex-medical-needs"),
        ages=(0, 16),
        access="professional",
        referral="Referral from a paediatrician or GP, with your child's recent weight and height.",
        delivery="in person, online",
        places=("sandpiper-cdc",),
        times="Wed 09:00-16:00",
        reviewed_days_ago=352,
        answers={
            "needs": (
                "Before the first appointment we ask you to keep a food diary for a week and bring photos of the "
                "foods your child will eat."
            ),
        },
    ),
    Listing(
        name="Children's Community Nursing Team",
        organisation="bay-nursing",
        summary="Nurses who care for children with complex or long-term health needs at home, so they spend "
        "less time in hospital.",
        description="""
            Community children's nurses visit children at home, at school and at short break settings. We care
            for children who need tube feeding, oxygen, tracheostomy care, wound care, or medicines through a
            line, and children coming home from hospital after surgery or illness.

            We also train parents and carers in their child's care, and help plan for care at school.
        """,
        categories=("nursing-and-continence",),
        needs=("complex-medical-needs",),
        ages=(0, 19),
        access="professional",
        referral="Referral from a hospital team, GP or paediatrician.",
        coverage="area",
        delivery="home visits, phone",
        times="Mon-Sun 08:00-20:00",
        opening_notes="Outside these hours, call the children's ward for advice.",
        answers={
            "involved": (
                "We write your child's care plan with you and update it after every hospital stay. Parents are "
                "trained and signed off for each task."
            ),
        },
    ),
    Listing(
        name="Bladder and Bowel Service",
        organisation="bay-nursing",
        summary="Specialist nurses for children with continence problems: wetting, soiling, constipation and "
        "toilet training.",
        description="""
            Continence difficulties are common, and more so for children with SEND. Our nurses assess why a
            child is having problems and make a plan, which might include a toileting programme, changes to
            drinks and diet, medication, or an alarm for bedwetting.

            For children who are not yet ready to be toilet trained, we assess for continence products
            (pads) and review them each year.
        """,
        categories=("nursing-and-continence",),
        needs=("physical-disability", "severe-and-profound-learning-difficulties", "autism"),
        ages=(4, 19),
        access="both",
        referral="A GP, health visitor, school nurse or paediatrician can refer. Parents can also refer children "
        "aged five and over using our online form.",
        delivery="in person, home visits, phone",
        places=("parkstone-health", "winton-health"),
        times="Mon-Fri 09:00-16:30",
        answers={
            "needs": "We ask you to keep a bladder and bowel diary for three days before your first appointment. "
            "It helps us understand what is happening.",
        },
    ),
    Listing(
        name="Learning Disability Nursing Team",
        organisation="bay-nursing",
        summary="Nurses helping children with learning disabilities with sleep, behaviour, health checks and "
        "getting used to medical care.",
        description="""
            Learning disability nurses work with families at home. We help with sleep problems, behaviour that
            challenges, puberty and personal care, and preparing for medical procedures, such as blood tests or
            dental treatment, through desensitisation.

            We also help young people from 14 get ready for their first annual health check with their GP.
        """,
        categories=("nursing-and-continence", "diagnosis-and-paediatrics"),
        needs=("learning-difficulties", "severe-and-profound-learning-difficulties"),
        ages=(0, 18),
        access="professional",
        referral="Any professional who knows your child can refer, including the school nurse or social worker.",
        coverage="area",
        delivery="home visits, phone",
        times="Mon-Fri 09:00-17:00",
        answers={
            "access": (
                "We visit at home, at times that fit round school. Information comes in easy read and with pictures."
            ),
        },
    ),
    Listing(
        name="Special School Nursing",
        organisation="bay-nursing",
        summary="Nurses based in special schools who care for pupils' health needs during the school day.",
        description="""
            Every special school has a nursing team on site. Nurses give medication, manage tube feeds and
            epilepsy care, write individual healthcare plans with parents, and train school staff in clinical
            tasks.

            They are also the link between school and your child's doctors and therapists.
        """,
        categories=("nursing-and-continence", "special-schools"),
        needs=("complex-medical-needs", "physical-disability"),
        ages=(2, 19),
        access="professional",
        referral="Every pupil at a special school is seen by the school nursing team when they start.",
        delivery="in person",
        places=("cliffside-school", "ashdown-bay-school"),
        times="Mon-Fri 08:30-15:30",
        opening_notes="Term time only.",
        answers={
            "involved": (
                "Each child's healthcare plan is written with parents and reviewed every year, or sooner if "
                "anything changes."
            ),
        },
    ),
    Listing(
        name="Epilepsy Nurse Specialists",
        organisation="wessex-children",
        summary="Specialist nurses for children with epilepsy, with a phone advice line for families and schools.",
        description="""
            Our epilepsy nurses explain diagnosis and treatment, help families recognise and record seizures,
            write care plans and rescue medication plans, and train school and short break staff.

            The advice line is staffed on weekdays. Leave a message and we will call you back the same day.
        """,
        categories=("nursing-and-continence",),
        needs=("complex-medical-needs",),
        ages=(0, 18),
        access="professional",
        referral="Children are referred by their paediatrician or neurologist when epilepsy is diagnosed.",
        coverage="area",
        delivery="phone, in person",
        times="Mon-Fri 09:00-16:00",
        answers={
            "next": (
                "From 14 we start talking with young people about managing their own medication, driving, work "
                "and independence, and introduce them to the adult epilepsy service."
            ),
        },
    ),
    Listing(
        name="Keyworker Service for Autistic Young People and Young People with a Learning Disability",
        organisation="icb-keyworkers",
        summary="A named keyworker for young people at risk of going into a mental health hospital, to help "
        "them stay safe and well at home.",
        description="""
            Keyworkers work with autistic young people and young people with a learning disability who are
            in, or at risk of going into, a mental health inpatient unit. They make sure the services around
            the young person work together, that the family is heard, and that reasonable adjustments are made.

            A keyworker does not replace the young person's therapist or social worker. They are there to
            coordinate and to push for the right support at the right time.
        """,
        categories=("mental-health", "social-care-assessments"),
        needs=("autism", "learning-difficulties", "anxiety-and-mental-health"),
        ages=(0, 25),
        access="professional",
        referral="Young people on the dynamic support register are offered a keyworker. Ask your CAMHS clinician "
        "or social worker about it.",
        coverage="area",
        delivery="in person, phone, home visits",
        times="Mon-Fri 09:00-17:00",
        answers={
            "involved": (
                "The young person's wishes come first. We meet them where they feel comfortable and check that "
                "every plan has their own words in it."
            ),
        },
    ),
    Listing(
        name="Children's Continuing Care and Personal Health Budgets",
        organisation="icb-keyworkers",
        summary="Assessment for NHS-funded care for children with complex health needs that cannot be met by "
        "universal and specialist services alone.",
        description="""
            Children's continuing care is a package of care for children and young people whose health needs
            are so complex that they need extra, ongoing support. A nurse assessor uses the national framework,
            with your family and the professionals who know your child, to decide whether your child is
            eligible.

            Families can choose to receive part of the package as a personal health budget, to employ their own
            carers or buy agreed equipment and support.
        """,
        categories=("nursing-and-continence", "direct-payments"),
        needs=("complex-medical-needs",),
        ages=(0, 17),
        access="professional",
        referral="Referral by a professional who knows your child well, such as a community nurse or consultant.",
        coverage="area",
        delivery="phone, home visits",
        times="Mon-Fri 09:00-17:00",
        answers={
            "involved": (
                "You take part in the assessment meeting and see the evidence before a decision is made. The care"
                " package is reviewed with you after three months and then every year."
            ),
        },
    ),
    Listing(
        name="Health Visiting",
        organisation="bay-0-19",
        summary="Health visitors support every family with a child under five, including development reviews "
        "that can pick up additional needs early.",
        description="""
            Your health visitor sees you at home before and after your baby is born, and offers development
            reviews at one year and at two to two and a half years, using the Ages and Stages Questionnaire.

            If you have concerns about your child's development, feeding, sleep, behaviour or your own
            wellbeing, your health visitor can give advice and refer on to speech and language therapy,
            paediatrics, portage or family hub groups.

            Child health clinics run weekly at every family hub.
        """,
        categories=("family-hubs", "diagnosis-and-paediatrics"),
        ages=(0, 5),
        coverage="area",
        delivery="home visits, in person, phone",
        times="Mon-Fri 09:00-17:00",
        contact="Health visiting duty line",
        answers={
            "needs": (
                "Development reviews use the Ages and Stages Questionnaire, which you fill in about your child "
                "before we meet."
            ),
        },
    ),
    Listing(
        name="School Nursing",
        organisation="bay-0-19",
        summary="School nurses help with health worries for children aged 5 to 19, including bedwetting, "
        "emotional health and healthcare plans.",
        description="""
            Every state school has a named school nurse. School nurses can help with emotional health, sleep,
            healthy weight, bedwetting, puberty and growing up, and with writing healthcare plans for children
            with medical conditions.

            Young people aged 11 to 19 can also text a school nurse for confidential advice. Messages are
            answered within one working day.
        """,
        categories=("school-support", "mental-health"),
        needs=("anxiety-and-mental-health",),
        ages=(5, 19),
        coverage="area",
        delivery="in person, online, phone",
        times="Mon-Fri 09:00-17:00",
        opening_notes="The text service is answered Monday to Friday, 9am to 5pm, including school holidays.",
        answers={
            "access": (
                "Young people can text the school nurse confidentially. Drop-ins run in every secondary school at"
                " lunchtime."
            ),
        },
    ),
    # Social care and short breaks
    Listing(
        name="Disabled Children's Social Work Team",
        organisation="disabled-childrens-service",
        summary="Social care assessments and support for disabled children with substantial needs, and their families.",
        description="""
            If your child's disability has a big effect on everyday family life, you can ask for a child and
            family assessment. A social worker will visit you at home, meet your child, and talk with you about
            what is working and what is hard.

            Support after an assessment might include short breaks, direct payments, help at home, or
            equipment and adaptations. For some children a social worker stays involved; for others, support
            is reviewed every year.
        """,
        categories=("social-care-assessments",),
        needs=(
            "severe-and-profound-learning-difficulties",
            "complex-medical-needs",
            "physical-disability",
            "autism",
        ),
        ages=(0, 17),
        access="both",
        referral="Families can contact the children's services front door themselves; professionals refer "
        "through the same number.",
        eligibility="Children with a permanent and substantial disability who live in Bournemouth, Christchurch "
        "or Poole.",
        coverage="area",
        delivery="home visits, phone",
        times="Mon-Thu 08:30-17:00; Fri 08:30-16:30",
        contact="Duty social worker",
        answers={
            "needs": "The assessment looks at your child's needs, your family's strengths and what you as parent "
            "carers need. It usually takes up to 45 working days.",
            "next": "From 14 we start planning with adult social care, so that support carries on after 18 if "
            "your child needs it.",
        },
    ),
    Listing(
        name="Short Breaks Offer",
        organisation="disabled-childrens-service",
        summary="Apply for a short breaks budget for clubs, holiday schemes and activities, without a social "
        "care assessment.",
        description="""
            Short breaks give disabled children and young people the chance to have fun, make friends and try
            new things, and give parent carers a break from caring.

            Families of children with an EHC plan, or who get the middle or higher rate of Disability Living
            Allowance for care, can apply for a yearly short breaks budget of up to £600 without a social care
            assessment. You can spend it on any of the clubs and schemes in our short breaks statement, or on
            an activity you agree with us.

            Children with more complex needs may get more through a social care assessment.
        """,
        categories=("short-breaks",),
        ages=(0, 17),
        access="self",
        referral="Apply online or ask us to post you a form. We reply within 20 working days.",
        eligibility="Disabled children aged 0 to 17 living in the area, with an EHC plan or middle or higher "
        "rate DLA care component.",
        coverage="area",
        delivery="online, phone",
        times="Mon-Fri 09:00-16:00",
        answers={
            "involved": "Every year we ask families and young people which activities they would like; the "
            "short breaks statement is written with Lantern Parent Carer Forum.",
        },
    ),
    Listing(
        name="Driftwood House Overnight Short Breaks",
        organisation="disabled-childrens-service",
        summary="Overnight short breaks in a six-bedroom home in Canford Heath for children with complex needs.",
        description="""
            Driftwood House gives children and young people with complex needs the chance to stay overnight
            in a homely setting, while their families have a rest. Each child has a regular pattern of stays,
            from one night a month to a weekend every few weeks.

            The house has a sensory room, a garden with a wheelchair swing, ceiling hoists and a wet room in
            every bedroom. Staff take children to school in the morning and plan trips out at weekends.
        """,
        categories=("short-breaks",),
        needs=("severe-and-profound-learning-difficulties", "complex-medical-needs", "autism"),
        ages=(8, 17),
        access="professional",
        referral="Overnight short breaks are agreed after a social care assessment by the Disabled Children's "
        "Social Work Team.",
        delivery="in person",
        places=("driftwood-house",),
        times="Mon-Sun 15:30-21:00",
        opening_notes="Overnight stays run from after school until the next morning.",
        closed="Driftwood House is closed for refurbishment until the spring. Families with planned stays are "
        "being offered breaks at Seafield Children's Hospice or with shared carers.",
        answers={
            "next": (
                "Young people start planning their move to adult short breaks at 16, with visits to adult "
                "services while they still stay at Driftwood House."
            ),
        },
    ),
    Listing(
        name="Shared Care Short Breaks with Foster Carers",
        organisation="disabled-childrens-service",
        summary="Regular day or overnight breaks with a trained family who get to know your child well.",
        description="""
            Shared care carers are approved foster carers who look after the same disabled child regularly,
            in their own home: perhaps one Saturday a month, or an overnight stay every other weekend. Many
            families say that their child enjoys having a second family.

            We match each child carefully and arrange introductory visits before any stays.

            We are always looking for new shared carers. If you would like to find out more, call us.
        """,
        categories=("short-breaks",),
        needs=("learning-difficulties", "autism", "physical-disability"),
        ages=(5, 17),
        access="professional",
        referral="Agreed after a social care assessment.",
        coverage="area",
        delivery="in person",
        opening_notes="Days and times are agreed with each family.",
        answers={
            "needs": (
                "We find out about your child from you, the school and the social worker, and match them with a "
                "carer who can meet their needs and shares their interests."
            ),
        },
    ),
    Listing(
        name="Direct Payments for Disabled Children",
        organisation="disabled-childrens-service",
        summary="Take the support your child is assessed as needing as money, and arrange it yourself.",
        description="""
            A direct payment gives you more choice and control. Instead of the council arranging a service,
            you receive money to pay for agreed support, such as a personal assistant, a place at a club, or
            a holiday scheme.

            You will get a prepaid card for the payments and help from our direct payments advisers to
            recruit and employ a personal assistant, including payroll and insurance.
        """,
        categories=("direct-payments",),
        ages=(0, 17),
        access="professional",
        referral="Available to families after a social care assessment, or for a short breaks budget.",
        coverage="area",
        delivery="phone, online",
        times="Mon-Fri 09:00-16:30",
        answers={
            "involved": "You decide how to meet your child's outcomes, within the support plan. We review the "
            "plan with you each year.",
        },
    ),
    Listing(
        name="Personal Assistants and Support at Home",
        organisation="horizon-care",
        summary="Trained carers to support disabled children and young people at home and out and about, "
        "paid for privately or with a direct payment.",
        description="""
            Horizon's personal assistants can help with personal care, medication, meals and bedtimes, or take
            your child swimming, to a club or to the cinema so you can spend time with their brothers and
            sisters. We match the same small team of carers with each family.

            We can support children and young people with complex health needs, including those who use
            gastrostomy feeding or have epilepsy, once carers are trained by the community nurses.
        """,
        categories=("direct-payments", "short-breaks"),
        needs=("complex-medical-needs", "physical-disability", "learning-difficulties"),
        ages=(0, 25),
        cost="paid",
        fees="From £26 an hour on weekdays and £30 at weekends. Direct payments and personal health budgets "
        "can be used.",
        coverage="area",
        delivery="home visits",
        times="Mon-Sun 07:00-22:00",
        answers={
            "involved": "Before support starts, we visit to write a care plan with you and your child: how they "
            "like things done, what they enjoy and how they communicate.",
        },
    ),
    Listing(
        name="Saturday Short Break Club",
        organisation="harbourside",
        summary="A Saturday club in Christchurch with crafts, sensory play, cooking and trips, for disabled "
        "children who need a high level of support.",
        description="""
            The club runs every Saturday in term time, with one member of staff to every two children and
            one-to-one support where needed. Children choose from cooking, messy play, music, the sensory room
            and the garden, and in the summer we go out to the beach and the New Forest.

            Staff are trained in medication, epilepsy rescue medicine, moving and handling and PEG feeding.
        """,
        categories=("short-breaks", "clubs-and-youth-groups"),
        needs=("learning-difficulties", "autism", "physical-disability"),
        ages=(5, 18),
        cost="some_free",
        fees="£25 a session, or free using your short breaks budget.",
        access="both",
        delivery="in person",
        places=("somerford-youth",),
        times="Sat 10:00-15:00",
        opening_notes="Term time only.",
        answers={
            "needs": "We visit every child at home before their first session, to meet them and write an 'all "
            "about me' profile with the family.",
        },
    ),
    Listing(
        name="After School Short Breaks Club",
        organisation="saltmarsh",
        summary="Two afternoons a week of games, cooking and outdoor play in Kinson, straight after school.",
        description="""
            We collect children from school by minibus, then it is time for a snack and free play before a
            planned activity: baking, den building, crafts, or football in the park. Parents collect at six.

            The club is for disabled children who cannot go to an ordinary after-school club, even with
            support.
        """,
        categories=("short-breaks", "clubs-and-youth-groups"),
        needs=("autism", "learning-difficulties"),
        ages=(8, 17),
        cost="some_free",
        fees="£18 a session, or funded through your short breaks budget or direct payment.",
        access="both",
        delivery="in person",
        places=("kinson-hub",),
        times="Tue,Thu 15:30-18:00",
        opening_notes="Term time only. Minibus pick-ups from schools in north Bournemouth.",
        answers={
            "access": ("Our minibus has a wheelchair lift. The hub has a Changing Places toilet and a sensory room."),
        },
    ),
    Listing(
        name="Hospice Short Breaks",
        organisation="seafield-hospice",
        summary="Day and overnight short breaks at the hospice for children with life-limiting conditions, with "
        "nursing care around the clock.",
        description="""
            Seafield offers planned short breaks for children and young people whose conditions mean they may
            not live into adulthood. Children can come for the day or stay overnight, with parents and
            brothers and sisters welcome too.

            Our nurses and carers look after every aspect of care, so that parents can rest, sleep, or simply
            be mum or dad rather than nurse for a while. There is a hydrotherapy pool, a music room, a sensory
            room and a garden.

            The hospice also provides symptom management, emergency care and end of life care.
        """,
        categories=("short-breaks", "nursing-and-continence"),
        needs=("complex-medical-needs", "severe-and-profound-learning-difficulties"),
        ages=(0, 25),
        access="both",
        referral="Families can refer themselves, or ask any professional to refer. We will ask your child's "
        "consultant about their condition.",
        eligibility="Children and young people with a life-limiting or life-threatening condition.",
        delivery="in person",
        places=("seafield-hospice",),
        times="Mon-Sun 08:00-20:00",
        opening_notes="Overnight stays every night of the year.",
        answers={
            "involved": (
                "Parents and young people plan each stay with us, from the care they need to what they would like"
                " to do, and we tell you how it went."
            ),
        },
    ),
    Listing(
        name="Brothers and Sisters Group",
        organisation="seafield-hospice",
        summary="Days out and monthly groups for siblings of children with life-limiting conditions, including "
        "bereavement support.",
        description="""
            Having a brother or sister who is very poorly can be lonely and confusing. Our sibling group gives
            children a place to have fun with others who understand, and to talk if they want to.

            We also offer one-to-one support and bereavement support for brothers and sisters, at the hospice
            or online.
        """,
        categories=("carers-support",),
        ages=(4, 18),
        delivery="in person, online",
        places=("seafield-hospice",),
        times="Sat 10:00-13:00",
        opening_notes="The group meets on the first Saturday of each month; days out in the school holidays.",
        answers={
            "needs": (
                "A family support worker chats with each child and their parents before the first group, so we "
                "know what they are going through."
            ),
        },
    ),
    Listing(
        name="Young Carers Service",
        organisation="carers-compass",
        summary="Clubs, trips and one-to-one support for young carers, including children who help look after a "
        "disabled brother or sister.",
        description="""
            A young carer is someone under 18 who helps to look after someone in their family. That might mean
            keeping an eye on a disabled brother or sister, helping with their care, or simply coping with a
            lot going on at home.

            We run fortnightly young carers' clubs, holiday trips and residentials, and offer one-to-one support
            for young carers who are struggling. We can also talk to their school about a young carers card and
            homework support.
        """,
        categories=("carers-support", "clubs-and-youth-groups"),
        ages=(8, 18),
        access="both",
        referral="Young people, parents or professionals can refer using our online form.",
        delivery="in person",
        places=("winton-hub", "branksome-hub"),
        times="Tue 17:00-19:00 (Winton); Wed 17:00-19:00 (Branksome)",
        opening_notes="Clubs meet every other week in term time.",
        answers={
            "needs": (
                "A young carers worker will meet you at home or at school for a young carer's assessment, to find"
                " out what you do and what would help."
            ),
        },
    ),
    Listing(
        name="Parent Carer Wellbeing Programme",
        organisation="carers-compass",
        summary="Time for you: wellbeing days, therapies, courses and a listening ear for parents and carers of "
        "disabled children.",
        description="""
            Looking after a disabled child can leave little time for yourself. Our programme offers parent
            carers:

            - free complementary therapy sessions, such as massage and reflexology
            - a six-week course on resilience and looking after yourself
            - monthly walk and talk groups along the seafront
            - one-to-one calls with a support worker who has been a parent carer

            We can also help you ask the council for a parent carer's needs assessment.
        """,
        categories=("carers-support", "parent-support-groups"),
        ages=(0, 25),
        coverage="area",
        delivery="in person, phone, online",
        times="Mon-Fri 09:30-16:00",
        answers={
            "access": (
                "You can join by phone or video if it is hard to get away. We can often arrange a sitter for your"
                " child while you attend."
            ),
        },
    ),
    Listing(
        name="Young Adult Carers Online",
        organisation="carers-compass",
        summary="Online meet-ups and mentoring for young adult carers aged 16 to 25.",
        description="""
            Fortnightly evening meet-ups on video, a moderated group chat, and a mentor who can help with
            college, work, and making time for your own plans. Sessions include cooking on a budget, applying
            for Carer's Allowance and looking after your mental health.
        """,
        categories=("carers-support",),
        ages=(16, 25),
        coverage="online",
        delivery="online",
        times="Wed 19:00-20:30",
        reviewed_days_ago=447,
        answers={
            "access": ("Meet-ups work on any phone with an internet connection. You can keep your camera off."),
        },
    ),
    Listing(
        name="Family Support Workers",
        organisation="harbourside",
        summary="A family support worker for families of disabled children who are finding things hard, at home "
        "or over the phone.",
        description="""
            Our family support workers help with whatever is getting in the way: sleepless nights, behaviour,
            forms and appointments, getting your child to school, or just feeling overwhelmed. They visit at
            home, come to meetings with you, and help you find and use the right services.

            Support usually lasts three to six months. You can come back to us at any time.
        """,
        categories=("carers-support", "social-care-assessments"),
        ages=(0, 18),
        access="both",
        referral="Call us or fill in the form on our website. Professionals can refer with your agreement.",
        coverage="area",
        delivery="home visits, phone",
        times="Mon-Fri 09:00-17:00",
        answers={
            "involved": "You decide what you want help with. Your worker will write a short plan with you and "
            "check each month whether it is making a difference.",
        },
    ),
    Listing(
        name="Siblings Club",
        organisation="harbourside",
        summary="Fun Friday evenings for children aged 6 to 14 who have a disabled brother or sister.",
        description="""
            A chance for siblings to be themselves: games, crafts, pizza and a space to chat with others who
            know what it is like. Older siblings help plan trips in the school holidays.
        """,
        categories=("carers-support", "clubs-and-youth-groups"),
        ages=(6, 14),
        delivery="in person",
        places=("st-columbas",),
        times="Fri 17:30-19:30",
        opening_notes="Twice a month in term time.",
        answers={
            "involved": ("The children choose the activities each term and help plan holiday trips."),
        },
    ),
    Listing(
        name="Therapeutic Parenting Course",
        organisation="wessex-coast-adoption",
        summary="A 12-week course for adoptive parents, special guardians and kinship carers on parenting "
        "children who have experienced trauma.",
        description="""
            Children who have experienced early trauma or loss can find relationships, change and managing
            feelings very hard. This course explains why, and gives practical strategies for calm, connected
            parenting: PACE (playfulness, acceptance, curiosity and empathy), routines, and looking after
            yourself.

            Groups meet in person in Poole or online, and include parents who have done the course before.
        """,
        categories=("carers-support", "mental-health"),
        needs=("attachment-and-trauma",),
        ages=(2, 18),
        access="self",
        eligibility="Adoptive families, special guardians and kinship carers living in the area.",
        delivery="in person, online",
        places=("poole-hub",),
        times="Wed 10:00-12:30",
        opening_notes="Courses start in September, January and April.",
        answers={
            "needs": "Before the course starts, a social worker will call you to talk about your family and what "
            "you hope to get from it.",
        },
    ),
    Listing(
        name="Adoption and Special Guardianship Support",
        organisation="wessex-coast-adoption",
        summary="Assessment of support needs and therapy funding for adopted children and children under a "
        "special guardianship order.",
        description="""
            Any adoptive family or special guardian can ask for an assessment of adoption support needs, at
            any time until the child is 21 (25 with an EHC plan). Support might include therapeutic parenting
            advice, help with contact, or therapy funded through the national Adoption and Special
            Guardianship Support Fund, such as dyadic developmental psychotherapy, Theraplay or sensory
            integration therapy.
        """,
        categories=("social-care-assessments", "mental-health"),
        needs=("attachment-and-trauma",),
        ages=(0, 25),
        access="self",
        coverage="area",
        delivery="phone, home visits, online",
        times="Mon-Fri 09:00-17:00",
        answers={
            "needs": (
                "An adoption support social worker will talk with you and your child and, with your agreement, "
                "school, to understand what is happening and what might help."
            ),
        },
    ),
    Listing(
        name="Parent Carer Needs Assessment",
        organisation="disabled-childrens-service",
        summary="An assessment of what you need as a parent carer to look after your disabled child and your own "
        "wellbeing.",
        description="""
            As a parent carer you have the right to ask for an assessment of your own needs, separate from your
            child's. We will talk about your health, sleep, work, the rest of your family and whether you have
            time for yourself.

            The assessment can lead to support for you, such as a carer's break, help to get back to work, or
            referral to a wellbeing service.
        """,
        categories=("carers-support", "social-care-assessments"),
        ages=(0, 17),
        coverage="area",
        delivery="phone, home visits",
        times="Mon-Fri 09:00-16:30",
        answers={
            "involved": (
                "You can have the assessment on its own or alongside your child's. You will get a copy of the "
                "plan that comes out of it."
            ),
        },
    ),
    Listing(
        name="Children's Occupational Therapy for Home Adaptations",
        organisation="disabled-childrens-service",
        summary="Social care occupational therapists assess for equipment and adaptations at home, including "
        "the Disabled Facilities Grant.",
        description="""
            If your home is making it hard to care for your disabled child, for example getting them up and down
            stairs, bathing them, or keeping them safe, our occupational therapists can visit. We can provide
            equipment such as hoists, bath seats and specialist beds, and recommend adaptations such as a
            level-access shower, ramps, a through-floor lift or a safe space.

            For major adaptations we help you apply for a Disabled Facilities Grant.
        """,
        categories=("social-care-assessments", "occupational-therapy-and-physiotherapy"),
        needs=("physical-disability", "autism", "complex-medical-needs"),
        ages=(0, 18),
        access="both",
        coverage="area",
        delivery="home visits",
        times="Mon-Fri 09:00-16:30",
        answers={
            "needs": (
                "The occupational therapist will visit you at home, watch how tasks like bathing and moving "
                "around are done, and talk with you about what would help."
            ),
        },
    ),
    # Leisure and activities
    Listing(
        name="Relaxed Swim Sessions",
        organisation="bay-leisure",
        summary="Quieter public swims with warm water, dimmed lights and no music, for disabled swimmers and "
        "their families.",
        description="""
            Relaxed sessions are for anyone who finds a busy pool too much: autistic children, people with
            sensory processing differences, and families who want to swim together with a disabled child or
            young person. Fewer people are allowed in, floats and toys are out, and lifeguards know to expect
            swimmers who may need a little more time.

            Changing Places facilities and a poolside hoist are available at both pools.
        """,
        categories=("sport-and-swimming",),
        needs=("autism", "multi-sensory-impairment", "learning-difficulties"),
        ages=(0, 25),
        cost="paid",
        fees="£3.20 a swimmer; one carer free.",
        delivery="in person",
        places=("stourvale-leisure", "baiter-leisure"),
        times="Sun 08:00-09:00 (Stourvale); Fri 16:30-17:30 (Baiter Point)",
        answers={
            "access": "You can book online or just turn up. Ask at reception for a visual guide to the pool; "
            "ear defenders are fine in the water area.",
        },
    ),
    Listing(
        name="Inclusive Swimming Lessons",
        organisation="bay-leisure",
        summary="Small-group and one-to-one swimming lessons for disabled children, taught in the learner pool "
        "at Stour Meadows.",
        description="""
            Lessons follow Swim England's Learn to Swim programme, adapted for each swimmer. Groups have no more
            than four children, and one-to-one lessons are available for children who need them. Teachers
            use visual supports and plenty of praise.

            A parent or carer can join younger children in the water.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability", "learning-difficulties", "autism"),
        ages=(4, 16),
        cost="paid",
        fees="£7.90 a group lesson by monthly direct debit; one-to-one lessons £19.",
        delivery="in person",
        places=("stour-meadows",),
        times="Mon,Wed 16:00-18:00; Sat 09:00-11:00",
        answers={
            "needs": (
                "Before your child starts, a swimming teacher will meet you poolside to talk about their needs "
                "and try a few activities in the water."
            ),
        },
    ),
    Listing(
        name="Gym Buddies",
        organisation="bay-leisure",
        summary="Supported gym inductions and buddy sessions for young disabled people who want to get fitter.",
        description="""
            Never used a gym before? A trained instructor will show you round at a quiet time, set up a
            programme you can follow, and meet you for four buddy sessions until you feel confident to go
            alone or with a friend.

            Our gym has inclusive fitness equipment that wheelchair users can use without transferring.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability", "learning-difficulties", "anxiety-and-mental-health"),
        ages=(14, 25),
        cost="some_free",
        fees="The induction and buddy sessions are free. Gym membership is half price with a Bay Leisure access card.",
        delivery="in person",
        places=("baiter-leisure",),
        times="Tue,Thu 10:00-12:00; Tue,Thu 18:00-20:00",
        answers={
            "access": (
                "All our machines are labelled with pictures, and the gym has a hearing loop at reception. Quiet "
                "times are Tuesday and Thursday mornings."
            ),
        },
    ),
    Listing(
        name="Rebound Therapy Trampolining",
        organisation="bay-leisure",
        summary="Trampoline sessions led by qualified rebound therapists, for children with physical and "
        "profound disabilities.",
        description="""
            Rebound therapy uses the movement of a trampoline to help with balance, muscle tone, body awareness
            and communication, and it is fun. Sessions are one-to-one or in pairs, on a floor-level trampoline
            with a hoist, so children who use wheelchairs can take part.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability", "severe-and-profound-learning-difficulties", "multi-sensory-impairment"),
        ages=(3, 18),
        cost="paid",
        fees="£12 for a 30-minute session.",
        delivery="in person",
        places=("stourvale-leisure",),
        times="Sat 13:00-16:00",
        answers={
            "needs": (
                "We ask for a short form from your child's physiotherapist before the first session, to check "
                "trampolining is safe for them."
            ),
        },
    ),
    Listing(
        name="Bay Ability Swimming Club",
        organisation="bay-ability-swimming",
        summary="A friendly club for disabled swimmers, from first strokes to para-swimming competitions.",
        description="""
            Our members include swimmers with physical disabilities, learning disabilities, and visual and
            hearing impairments. Some come for fitness and friendship, others train for regional and national
            para-swimming galas.

            Swimmers are grouped by ability across the lanes, and there are always volunteers in the water to
            help. New members can come for two free trial sessions.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability", "vision", "learning-difficulties"),
        ages=(6, 25),
        cost="paid",
        fees="£4 a session, paid monthly. Two free trial sessions.",
        delivery="in person",
        places=("baiter-leisure",),
        times="Fri 18:00-19:30",
        answers={
            "needs": "At your first session the head coach will watch you swim and talk to you and your family "
            "about your goals, then put you in the right lane.",
        },
    ),
    Listing(
        name="Ability Counts Football",
        organisation="redhill-rovers",
        summary="Saturday morning football training and friendly matches for children and young people with "
        "learning disabilities.",
        description="""
            Everyone gets a game. Sessions start with warm-up games and skills, and finish with small-sided
            matches. Older players can join our team in the county ability counts league.

            Coaches keep instructions short and use visual cards, and there is a chill-out area at the side of
            the pitch for anyone who needs a break.
        """,
        categories=("sport-and-swimming",),
        needs=("learning-difficulties", "autism", "adhd"),
        ages=(8, 18),
        cost="paid",
        fees="£3 a session, with kit included. The first month is free.",
        delivery="in person",
        places=("redhill-pavilion",),
        times="Sat 10:00-11:30",
        answers={
            "next": (
                "Older players can join our adult team, and the club helps players who want to try coaching or "
                "refereeing."
            ),
        },
    ),
    Listing(
        name="Powerchair Football",
        organisation="redhill-rovers",
        summary="Football for powered wheelchair users, with sports chairs to borrow while you get started.",
        description="""
            Powerchair football is a fast, tactical game played four a side with a large ball, using a guard
            fitted to the front of the chair. It is open to anyone who uses a powered wheelchair, including
            players with muscular dystrophy, cerebral palsy and spinal injuries.

            Players can train for fun or join our league team.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability",),
        ages=(8, 25),
        cost="paid",
        fees="£4 a session.",
        delivery="in person",
        places=("kingsmere-sports",),
        times="Sun 14:00-16:00",
        answers={
            "access": (
                "The sports hall is step-free with accessible parking, and we have two sports chairs to lend. "
                "Players need to be able to drive a powered chair."
            ),
        },
    ),
    Listing(
        name="Frame Football",
        organisation="redhill-rovers",
        summary="Football for children and young people who walk with a frame or crutches, at Creekmoor on "
        "Sunday mornings.",
        description="""
            Frame football is a small-sided game for players who use a walking frame, with a few adapted rules:
            no heading, and the frame is treated as part of the player. Sessions mix skills, games and a match,
            and players can bring their own frame or borrow one of our sports frames.

            Brothers, sisters and friends are welcome to join the warm-up.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability",),
        ages=(5, 18),
        cost="paid",
        fees="£2 a session; the first four sessions are free.",
        delivery="in person",
        places=("creekmoor-pavilion",),
        times="Sun 10:00-11:15",
        answers={
            "needs": "Players, or their parents, tell the coach how far they can walk and how they use their frame, "
            "so that we can set up the right pitch size and rest breaks.",
        },
    ),
    Listing(
        name="Wheelchair Basketball",
        organisation="solent-wheelers",
        summary="Junior and adult wheelchair basketball; sports chairs provided, and you do not need to be a "
        "wheelchair user to play.",
        description="""
            Wheelchair basketball is open to disabled and non-disabled players, so brothers, sisters and friends
            can play too. Juniors train for an hour before the adult session, and the club enters junior
            tournaments across the south.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability",),
        ages=(8, 25),
        cost="paid",
        fees="£2 a session for juniors.",
        delivery="in person",
        places=("kingsmere-sports",),
        times="Wed 18:30-19:30",
        opening_notes="Adults train from 19:30.",
        answers={
            "involved": ("Junior players help run the club and its social events, and vote for their team captain."),
        },
    ),
    Listing(
        name="Boccia Club",
        organisation="solent-wheelers",
        summary="A weekly boccia club in Hamworthy for players with physical and complex disabilities.",
        description="""
            Boccia is a target ball game, a bit like bowls, that can be played with hands, feet, or a ramp and a
            pointer for players with very limited movement. It is a great game for families to play together.

            Ramps and balls are provided.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability", "severe-and-profound-learning-difficulties", "multi-sensory-impairment"),
        ages=(6, 25),
        cost="paid",
        fees="£2 a session.",
        delivery="in person",
        places=("hamworthy-centre",),
        times="Mon 17:30-19:00",
        answers={
            "access": ("Hamworthy Community Centre is all on one level, with accessible parking at the front."),
        },
    ),
    Listing(
        name="Therapeutic Riding",
        organisation="heathland-riding",
        summary="Riding and carriage driving for disabled children and young people on the edge of Wimborne.",
        description="""
            Riding can build strength, balance, confidence and communication. Riders start with a leader and
            two side walkers on our calm, carefully chosen ponies, and progress at their own pace; some go on
            to take part in dressage and countryside challenges.

            For riders who cannot sit on a pony, carriage driving lets wheelchair users drive a pony and
            carriage, staying in their own chair.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability", "learning-difficulties", "autism"),
        ages=(4, 25),
        cost="paid",
        fees="£15 a session; bursaries are available.",
        delivery="in person",
        places=("heathland-riding-centre",),
        times="Tue 16:00-18:00; Sat 09:30-12:30",
        opening_notes="There is a waiting list for Saturday sessions.",
        answers={
            "needs": "Riders need a letter from their GP or physiotherapist saying riding is suitable. Our coach "
            "will then meet you for a short assessment with the ponies.",
        },
    ),
    Listing(
        name="Adaptive Climbing",
        organisation="open-sky",
        summary="Climbing sessions with adapted harnesses, pulleys and experienced instructors, for young people "
        "with any disability.",
        description="""
            Our adaptive sessions use specialist equipment so that wheelchair users, blind and partially sighted
            climbers, and climbers with limb differences can reach the top. Sessions are small and unhurried,
            and families are welcome to climb too.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability", "vision", "autism"),
        ages=(6, 25),
        cost="paid",
        fees="£18 a climber for a 90-minute session; carers climb free.",
        delivery="in person",
        places=("open-sky-wall",),
        times="Sat 14:00-15:30; Sun 10:00-11:30",
        answers={
            "needs": (
                "When you book, we ask about your needs and any equipment you use, so that the right harness and "
                "instructor are ready."
            ),
        },
    ),
    Listing(
        name="Paddle Sports on the Stour",
        organisation="open-sky",
        summary="Kayaking, canoeing and paddleboarding from Tuckton, with adapted seats and stable boats.",
        description="""
            Sessions run from our riverside boathouse with a ramp to the pontoon. We use sit-on-top kayaks,
            open canoes that take a wheelchair user and a paddling partner, and giant paddleboards for groups.
            Wetsuits and buoyancy aids are provided.
        """,
        categories=("sport-and-swimming", "holiday-activities"),
        needs=("physical-disability", "learning-difficulties", "adhd"),
        ages=(8, 25),
        cost="paid",
        fees="£22 a paddler for two hours.",
        delivery="in person",
        places=("tuckton-boathouse",),
        times="Sat-Sun 10:00-12:00",
        opening_notes="April to October.",
        closed="Paddle sessions stop for the winter and start again in April. Booking opens in March.",
        answers={
            "access": (
                "Our open canoes take a wheelchair user in their own chair, and we have supportive seats for the "
                "kayaks."
            ),
        },
    ),
    Listing(
        name="Access Sailing Saturdays",
        organisation="open-sky",
        summary="Sailing in Poole Harbour in stable, specially adapted dinghies, with a hoist at the slipway.",
        description="""
            Our access dinghies are designed to be very hard to capsize and can be steered with a joystick, so
            sailors with a wide range of disabilities can take the helm. An instructor sails with every new
            sailor, and experienced sailors can work towards RYA qualifications.
        """,
        categories=("sport-and-swimming",),
        needs=("physical-disability", "vision", "learning-difficulties"),
        ages=(8, 25),
        cost="paid",
        fees="£15 a sail.",
        delivery="in person",
        places=("lilliput-sailing",),
        times="Sat 10:00-15:00",
        opening_notes="May to September, weather permitting.",
        answers={
            "needs": (
                "First-time sailors come for a short chat and a look at the boats before going out on the water."
            ),
        },
    ),
    Listing(
        name="Kinson Inclusive Youth Club",
        organisation="saltmarsh",
        summary="A Wednesday night youth club where disabled and non-disabled young people hang out, cook and "
        "plan trips.",
        description="""
            Pool table, games consoles, music, a kitchen and a garden. Young people plan the programme, from
            cooking nights to a summer camping trip, and extra youth workers are on hand so that everyone can
            join in.
        """,
        categories=("clubs-and-youth-groups",),
        ages=(11, 19),
        cost="some_free",
        fees="£1 a night; free for young people with a short breaks budget.",
        delivery="in person",
        places=("kinson-hub",),
        times="Wed 18:30-20:30",
        answers={
            "involved": ("Young people run a members' committee that plans the programme and chooses the summer trip."),
        },
    ),
    Listing(
        name="Holiday Play Scheme",
        organisation="saltmarsh",
        summary="Supported holiday play days for disabled children, at schools in Kinson and Christchurch.",
        description="""
            Our holiday play scheme runs for four weeks in the summer and one week at Easter and October
            half term. Each day has a theme, with arts and crafts, sensory play, bouncy castles, cooking, and
            trips to the farm, the beach and the park.

            Staffing is at least one adult to two children, with one-to-one support for children who need it.
            We can give medication and manage tube feeds once our staff have been trained by your child's nurse.
        """,
        categories=("holiday-activities", "short-breaks"),
        needs=("severe-and-profound-learning-difficulties", "autism", "complex-medical-needs"),
        ages=(5, 17),
        cost="some_free",
        fees="£35 a day; free for children with a short breaks budget or direct payment.",
        access="both",
        delivery="in person",
        places=("heron-brook-primary", "marram-primary"),
        times="Mon-Fri 09:30-15:30",
        opening_notes="School holidays only. Booking opens six weeks before each holiday.",
        answers={
            "needs": (
                "New families fill in a one-page profile and we visit your child at home or school before their "
                "first day."
            ),
        },
    ),
    Listing(
        name="Adventure Playground Inclusive Sessions",
        organisation="saltmarsh",
        summary="Adventure playground sessions for disabled children and their brothers and sisters, with a "
        "quieter start and extra play workers.",
        description="""
            Zip wire, rope bridges, a sandpit, a wheelchair-accessible roundabout and a fire pit for toasting
            marshmallows. Families stay with younger children; older children can be dropped off once they
            have been before.
        """,
        categories=("holiday-activities", "clubs-and-youth-groups"),
        ages=(5, 14),
        delivery="in person",
        places=("hamworthy-centre",),
        times="Sat 10:00-12:00",
        reviewed_days_ago=420,
        answers={
            "access": ("The playground has wide paths, a wheelchair-accessible roundabout and a quiet den."),
        },
    ),
    Listing(
        name="Youth Club Plus",
        organisation="youth-service",
        summary="A Thursday youth club in Somerford for young people with learning disabilities and autistic "
        "young people, up to 25.",
        description="""
            Youth Club Plus is run by the council's youth workers with the young people who come. There are
            games, arts and crafts, a tuck shop run by members, and trips out to bowling, the cinema and
            the beach. Members also work on life skills such as using the bus and handling money.
        """,
        categories=("clubs-and-youth-groups",),
        needs=("learning-difficulties", "autism"),
        ages=(11, 25),
        delivery="in person",
        places=("somerford-youth",),
        times="Thu 18:00-20:30",
        answers={
            "involved": "Members vote on each half term's programme, and two members sit on the youth service's "
            "young people's panel.",
        },
    ),
    Listing(
        name="Duke of Edinburgh's Award with Extra Support",
        organisation="youth-service",
        summary="Bronze and silver Duke of Edinburgh's Award groups for young people with SEND, with "
        "adapted expeditions.",
        description="""
            Young people take part in volunteering, a physical activity, a skill, and an expedition, with
            the pace and support adapted to the group. Expeditions can be done on foot, by bike or in adapted
            canoes, and are planned with each young person's needs in mind.
        """,
        categories=("clubs-and-youth-groups",),
        needs=("learning-difficulties", "autism", "physical-disability"),
        ages=(14, 25),
        cost="some_free",
        fees="A £25 entry fee, which we can waive. Equipment is lent for free.",
        delivery="in person",
        places=("sandbar-youth",),
        times="Mon 18:00-20:00",
        answers={
            "needs": (
                "Each young person agrees their own programme with a youth worker, so that every section is a "
                "stretch but doable."
            ),
        },
    ),
    Listing(
        name="Friday Night Social for Autistic Teenagers",
        organisation="spectrum-tides",
        summary="A low-pressure Friday social with gaming, board games, art and pizza, run with autistic young people.",
        description="""
            There is no need to talk to anyone if you do not want to. Choose between the gaming room, the art
            table, the board games corner and the quiet room. Pizza arrives at 7:30.

            The social is run by young autistic adults who used to come themselves.
        """,
        categories=("clubs-and-youth-groups",),
        needs=("autism", "anxiety-and-mental-health"),
        ages=(12, 18),
        cost="paid",
        fees="£3 a night, including pizza.",
        delivery="in person",
        places=("st-columbas",),
        times="Fri 18:30-20:30",
        answers={
            "access": "We send a photo guide to the hall and the people who run the social. Lighting is kept low "
            "and there is no music unless the group asks for it.",
        },
    ),
    Listing(
        name="Brick Club",
        organisation="spectrum-tides",
        summary="Lego building club for children who find social situations hard, with roles that help them "
        "work as a team.",
        description="""
            Children work in threes, each with a job: the engineer reads the instructions, the supplier finds
            the bricks, and the builder puts the model together. Then they swap. Along the way they practise
            taking turns, sharing ideas and solving problems, and they make friends.
        """,
        categories=("clubs-and-youth-groups",),
        needs=("autism", "speech-language-and-communication"),
        ages=(7, 12),
        cost="paid",
        fees="£4 a session.",
        delivery="in person",
        places=("priory-library",),
        times="Sat 10:00-11:30",
        reviewed_days_ago=401,
        answers={
            "involved": ("Parents are welcome to stay for the last ten minutes to see what has been built."),
        },
    ),
    Listing(
        name="Young Adults' Gaming Night",
        organisation="spectrum-tides",
        summary="A monthly gaming night for autistic young adults aged 16 to 25, in person or online.",
        description="""
            Console and PC games on the big screen at Lansdowne Library, with the same session streamed on our
            Discord server for those who would rather play from home. A chance to meet people who share your
            interests, with no pressure to chat.
        """,
        categories=("clubs-and-youth-groups",),
        needs=("autism",),
        ages=(16, 25),
        delivery="in person, online",
        places=("lansdowne-library",),
        times="Thu 18:00-21:00",
        opening_notes="The last Thursday of the month.",
        answers={
            "access": (
                "The library's event room is step-free and quiet. Headphones are available, and you can join "
                "online if you would rather stay home."
            ),
        },
    ),
    Listing(
        name="Autism-Friendly Holiday Club",
        organisation="spectrum-tides",
        summary="A calm, structured holiday club for autistic children, with small groups and a visual plan "
        "for each day.",
        description="""
            Each day follows the same shape, with a visual timetable, so children know what to expect. Groups
            of six children have two staff, and there is a quiet room and an outdoor space. Activities include
            science experiments, art, cooking, Lego and sport.
        """,
        categories=("holiday-activities",),
        needs=("autism",),
        ages=(5, 12),
        cost="paid",
        fees="£30 a day. Short breaks budgets and direct payments can be used.",
        delivery="in person",
        places=("heathland-academy",),
        times="Mon-Thu 09:00-15:00",
        opening_notes="Easter and summer holidays.",
        answers={
            "next": (
                "We write a short report for families at the end of each holiday, which you can share with school."
            ),
        },
    ),
    Listing(
        name="Deaf Youth Club",
        organisation="coastline-deaf",
        summary="A youth club in BSL and spoken English for deaf young people aged 10 to 21.",
        description="""
            A place where deaf young people can be themselves, whatever their hearing level or how they
            communicate. Activities include sport, cooking, film nights and trips, with deaf youth workers who
            are role models for the group.
        """,
        categories=("clubs-and-youth-groups",),
        needs=("hearing",),
        ages=(10, 21),
        delivery="in person",
        places=("highcliffe-hall",),
        times="Thu 18:00-20:00",
        answers={
            "involved": ("Young people plan the programme and run an annual deaf awareness day for local schools."),
        },
    ),
    Listing(
        name="Family Sign Language Classes",
        organisation="coastline-deaf",
        summary="Online British Sign Language classes for families of deaf children, taught by deaf tutors.",
        description="""
            Learn to sign with your deaf child, starting with everyday words and phrases, stories and songs.
            The ten-week course suits complete beginners; families who finish can go on to a BSL level 1
            qualification. Grandparents, brothers, sisters and childminders are welcome.
        """,
        categories=("carers-support", "arts-and-music"),
        needs=("hearing",),
        ages=(0, 25),
        cost="paid",
        fees="£30 a family for ten weeks; free for families on a low income.",
        coverage="online",
        delivery="online",
        times="Mon 19:00-20:00",
        answers={
            "access": (
                "Classes are captioned. Tutors are deaf, and an interpreter joins the first session for families "
                "who are new to signing."
            ),
        },
    ),
    Listing(
        name="Deaf Family Days Out",
        organisation="coastline-deaf",
        summary="Family trips and activity days where deaf children, their families and deaf adults can meet.",
        description="""
            Once a month in school holidays we organise a day out: a farm, a forest, a theme park or the beach.
            There is BSL interpretation on every trip, and deaf adults come along, so families can see deaf
            role models and children can meet others like them.
        """,
        categories=("holiday-activities", "parent-support-groups"),
        needs=("hearing",),
        ages=(0, 18),
        cost="some_free",
        fees="Most trips are free or heavily subsidised.",
        coverage="area",
        delivery="in person",
        opening_notes="School holidays. Details are emailed to members.",
        answers={
            "involved": ("Families suggest trips at our annual meeting, and members get first choice of places."),
        },
    ),
    Listing(
        name="The Lookouts Youth Group",
        organisation="lookout",
        summary="A monthly Saturday group for blind and partially sighted young people, with sport, cooking and trips.",
        description="""
            The Lookouts try things that many blind and partially sighted young people are told they cannot
            do: goalball, rock climbing, archery with audio targets, and cooking with talking scales. It is a
            chance to make friends who understand, and for parents to meet over a coffee.
        """,
        categories=("clubs-and-youth-groups",),
        needs=("vision", "multi-sensory-impairment"),
        ages=(8, 18),
        delivery="in person",
        places=("poole-hub",),
        times="Sat 10:30-14:30",
        opening_notes="The second Saturday of each month.",
        answers={
            "needs": (
                "New members come along with a parent for the first session, and we talk about what they can see "
                "and what helps."
            ),
        },
    ),
    Listing(
        name="Tandem and Trike Rides",
        organisation="lookout",
        summary="Guided rides on tandems, trikes and side-by-side bikes along the river and the seafront.",
        description="""
            Our fleet includes tandems, adult trikes, hand bikes and a wheelchair transporter bike, so the
            whole family can ride together. Volunteer pilots ride the front of tandems for blind and partially
            sighted riders. Helmets are provided.
        """,
        categories=("sport-and-swimming",),
        needs=("vision", "physical-disability", "learning-difficulties"),
        ages=(5, 25),
        cost="some_free",
        fees="Free for Lookout members; £5 a bike for others.",
        delivery="in person",
        places=("stour-meadows",),
        times="Sun 10:00-13:00",
        reviewed_days_ago=395,
        answers={
            "needs": (
                "We ask about your needs and balance when you book, so that we can match you with the right bike "
                "and a trained pilot."
            ),
        },
    ),
    Listing(
        name="Inclusive Drama Group",
        organisation="open-stage",
        summary="A weekly drama group for young people with and without disabilities, putting on a show each summer.",
        description="""
            Warm-up games, improvisation, storytelling, movement and song. The group devises its own show each
            year, based on the members' ideas, and performs it at Penn Hill Arts Studio and on tour to local
            schools. Members who do not want to perform can work on lighting, sound and set design.
        """,
        categories=("arts-and-music",),
        needs=("learning-difficulties", "speech-language-and-communication", "autism"),
        ages=(11, 25),
        cost="paid",
        fees="£5 a session; bursaries available.",
        delivery="in person",
        places=("penn-hill-studio",),
        times="Mon 17:00-18:30",
        answers={
            "involved": ("Members decide the theme of each year's show and write much of it themselves."),
        },
    ),
    Listing(
        name="Youth Dance Company",
        organisation="open-stage",
        summary="Contemporary dance for 8 to 18 year olds, including wheelchair users and dancers with learning "
        "disabilities.",
        description="""
            Our integrated dance company works with professional dancers and choreographers, including disabled
            artists. Dancers learn technique and make their own choreography, and perform at festivals across
            the south west.
        """,
        categories=("arts-and-music",),
        needs=("physical-disability", "learning-difficulties"),
        ages=(8, 18),
        cost="paid",
        fees="£40 a term.",
        delivery="in person",
        places=("penn-hill-studio",),
        times="Sat 10:00-12:00",
        answers={
            "next": (
                "Older dancers can join the company's adult group, and we support dancers applying for college "
                "and dance training."
            ),
        },
    ),
    Listing(
        name="Switch and Sound Music Sessions",
        organisation="open-stage",
        summary="Music-making with switches, touch screens and movement sensors for children and young people "
        "with profound and complex disabilities.",
        description="""
            Music technology means that a flick of a finger, a turn of the head or a look can play a note.
            A music leader and a music therapist help each participant find their way of playing, and the
            group makes music together, with live instruments too.
        """,
        categories=("arts-and-music",),
        needs=("severe-and-profound-learning-difficulties", "physical-disability", "multi-sensory-impairment"),
        ages=(5, 25),
        cost="some_free",
        fees="Free for under 18s; £4 for adults.",
        delivery="in person",
        places=("kinson-hub",),
        times="Sat 13:30-15:00",
        answers={
            "access": (
                "The hub has a Changing Places toilet, hoist and space for large wheelchairs. Sessions can be "
                "quieter on request."
            ),
        },
    ),
    Listing(
        name="Sensory Story Time",
        organisation="libraries",
        summary="Stories brought to life with textures, smells, sounds and lights, for young children with "
        "complex needs.",
        description="""
            Each story is told with a sensory prop for every part: a fan for the wind, a spray of water for the
            rain, something soft for the bear's fur. Sessions are small and calm, and children can join in as
            much or as little as they like.
        """,
        categories=("arts-and-music", "family-hubs"),
        needs=("severe-and-profound-learning-difficulties", "multi-sensory-impairment", "autism"),
        ages=(0, 7),
        delivery="in person",
        places=("lansdowne-library", "oakdale-library", "priory-library"),
        times="Tue 10:30-11:15 (Lansdowne); Wed 14:00-14:45 (Priory Quarter); Fri 10:30-11:15 (Oakdale)",
        opening_notes="Places are limited to eight families; book at the library.",
        answers={
            "access": (
                "Sessions are on the ground floor. We let you know which sensory props we will use, so you can "
                "tell us if any would be too much."
            ),
        },
    ),
    Listing(
        name="Quiet Hour at the Library",
        organisation="libraries",
        summary="A quieter hour each week for families who find the library too busy, with the lights and sounds "
        "turned down.",
        description="""
            During the quiet hour, self-service machines are muted, lights are dimmed where possible and no
            groups are booked. Ear defenders and fidget toys are available at the desk, and staff know to give
            families space.
        """,
        categories=("clubs-and-youth-groups",),
        needs=("autism", "anxiety-and-mental-health"),
        ages=(0, 25),
        delivery="in person",
        places=("oakdale-library",),
        times="Sat 09:00-10:00",
        answers={
            "involved": (
                "The quiet hour was set up after families asked for it; we ask them each year how to make it better."
            ),
        },
    ),
    Listing(
        name="Dyslexia-Friendly Reading Collection",
        organisation="libraries",
        summary="Books printed for dyslexic readers, audiobooks and reading pens to borrow, free with a library card.",
        description="""
            Every library has a dyslexia-friendly collection, with books on cream paper in clear fonts, and
            high-interest stories written for older children who are still building their reading. You can
            also borrow audiobooks and e-books through the library app, and reading pens that read text aloud.
        """,
        categories=("school-support", "arts-and-music"),
        needs=("dyslexia-and-specific-learning-difficulties",),
        ages=(5, 25),
        delivery="in person, online",
        places=("priory-library",),
        times="Mon-Fri 09:30-17:30; Sat 09:30-16:00",
        answers={
            "access": (
                "Our staff can show you how to use the library app with text-to-speech and the audiobook collection."
            ),
        },
    ),
    Listing(
        name="Accessible Beach Days at Mudeford",
        organisation="bay-leisure",
        summary="Summer beach days with beach wheelchairs, sand matting, adapted paddleboards and a Changing "
        "Places trailer.",
        description="""
            On the last Sunday of each month from May to September, the watersports centre at Mudeford Quay
            lays matting down to the water's edge and sets out beach wheelchairs, floating wheelchairs and
            wide, stable paddleboards with instructors. A mobile Changing Places toilet with a hoist and
            changing bench is parked next to the centre.

            Just turn up. Beach wheelchairs can also be booked for other days through the centre.
        """,
        categories=("holiday-activities", "sport-and-swimming"),
        needs=("physical-disability", "complex-medical-needs"),
        ages=(0, 25),
        delivery="in person",
        places=("mudeford-watersports",),
        times="Sun 10:00-16:00",
        opening_notes="The last Sunday of the month, May to September.",
        answers={
            "access": "The car park has Blue Badge bays next to the centre. Floating wheelchairs go into the sea "
            "with a trained member of staff.",
        },
    ),
    Listing(
        name="Holiday Activities and Food Programme",
        organisation="family-hubs",
        summary="Free holiday clubs with a healthy meal for children on benefits-related free school meals, with "
        "places for children with SEND.",
        description="""
            In the Easter, summer and Christmas holidays, clubs across the area offer four hours of activities
            a day, such as sport, arts, drama and cooking, and a free meal. Many clubs have extra staff so
            that children with SEND can take part, and some are for children with SEND only.

            You will get a booking code from your child's school if they are eligible.
        """,
        categories=("holiday-activities",),
        ages=(5, 16),
        eligibility="Children who get benefits-related free school meals. Some places are open to other "
        "children with an EHC plan or a social worker.",
        coverage="area",
        delivery="in person",
        opening_notes="School holidays only.",
        answers={
            "access": (
                "Each club's listing says what support it can offer. Contact the programme team before booking if"
                " your child needs one-to-one support."
            ),
        },
    ),
    Listing(
        name="Teen Holiday Trips",
        organisation="saltmarsh",
        summary="Day trips in the summer holidays for disabled teenagers, from theme parks to the Purbeck coast.",
        description="""
            Each week of the summer holidays we run three day trips for up to 12 young people, with a minibus
            and a high staff ratio. Young people choose the trips at a planning night in June.
        """,
        categories=("holiday-activities", "short-breaks"),
        needs=("learning-difficulties", "autism", "physical-disability"),
        ages=(12, 19),
        cost="some_free",
        fees="£40 a trip, including entry and lunch; free with a short breaks budget.",
        coverage="area",
        delivery="in person",
        times="Tue-Thu 09:00-17:00",
        opening_notes="Summer holidays only.",
        answers={
            "needs": (
                "Young people new to the trips meet the staff at the June planning night, and we read their short"
                " breaks profile."
            ),
        },
    ),
    # Advice and support
    Listing(
        name="Tidewater SENDIASS",
        organisation="tidewater",
        summary="Free, impartial and confidential information, advice and support about SEND for parents, "
        "children and young people.",
        description="""
            Tidewater is the area's SEND information, advice and support service (SENDIASS). We can explain
            the law on special educational needs and disability, help you understand what your child's school
            should be doing, and support you through an EHC needs assessment, annual reviews and disagreements.

            Our helpline is the first step. Advisers can then offer casework, help with letters and forms, and
            come to meetings with you.

            We are impartial: we are funded by the council and the NHS but run at arm's length from them, and
            we do not share anything you tell us without your permission.
        """,
        categories=("independent-advice", "ehc-plans"),
        ages=(0, 25),
        coverage="area",
        delivery="phone, online, in person",
        times="Mon-Thu 09:30-16:30; Fri 09:30-13:00",
        answers={
            "involved": "We support you to speak up for your child, rather than speaking for you, unless you ask "
            "us to.",
            "access": "You can contact us by phone, email, webchat, or text. We can arrange an interpreter, and "
            "our factsheets are available in easy read.",
        },
    ),
    Listing(
        name="SEND Advice for Young People",
        organisation="tidewater",
        summary="Independent advice for young people aged 16 to 25 about their own EHC plan, college, and "
        "their rights.",
        description="""
            From 16, you have the right to make your own decisions about your EHC plan and education. Our young
            people's adviser can explain your options in plain words, help you get ready for meetings, and
            support you if you want to disagree with a decision.

            You can message us on WhatsApp or email, or meet at college.
        """,
        categories=("independent-advice", "moving-to-adult-services"),
        ages=(16, 25),
        coverage="area",
        delivery="online, phone",
        times="Mon-Fri 10:00-16:00",
        answers={
            "access": (
                "We can meet at your college or a cafe, message instead of calling, and explain things in easy read."
            ),
        },
    ),
    Listing(
        name="SEND Tribunal Appeals Support",
        organisation="tidewater",
        summary="Help for families who are appealing to the SEND Tribunal, from the first form to the hearing.",
        description="""
            If you disagree with a decision about an EHC needs assessment or plan, you can appeal to the
            First-tier Tribunal (Special Educational Needs and Disability). First you must contact a mediation
            adviser.

            Our trained advisers can help you understand the process and deadlines, fill in the appeal form,
            gather evidence and write your case statement, and prepare for the hearing.
        """,
        categories=("ehc-plans", "independent-advice"),
        ages=(0, 25),
        access="self",
        referral="Call the Tidewater helpline first so we can check your deadlines.",
        coverage="area",
        delivery="phone, online",
        times="Mon-Thu 09:30-16:30",
        answers={
            "needs": (
                "The helpline adviser checks your decision letter and deadlines first, then we agree what help "
                "you need."
            ),
        },
    ),
    Listing(
        name="EHCP Drop-in at the Family Hub",
        organisation="tidewater",
        summary="Monthly drop-ins where a SENDIASS adviser can answer your questions about EHC plans and support "
        "in school.",
        description="""
            Bring your questions and any paperwork, such as your child's plan or a letter from school. An
            adviser will go through it with you, explain your options, and book a follow-up call if you need
            one.
        """,
        categories=("independent-advice",),
        ages=(0, 25),
        delivery="in person",
        places=("branksome-hub", "christchurch-hub"),
        times="Mon 10:00-12:00 (Christchurch); Thu 13:00-15:00 (Branksome)",
        opening_notes="Once a month at each hub; check the dates on our website.",
        answers={
            "access": (
                "Both hubs are step-free with accessible toilets. There is play space for young children while "
                "you talk."
            ),
        },
    ),
    Listing(
        name="EHC Needs Assessments",
        organisation="send-team",
        summary="Ask for an education, health and care needs assessment, and find out how the council decides.",
        description="""
            If your child's school or college has already put support in place but they are still not making
            the progress expected, you, your child's school or another professional can ask the council for an
            EHC needs assessment. Young people aged 16 to 25 can ask for themselves.

            ## The timescale

            - within 6 weeks, we tell you whether we will assess
            - the assessment gathers advice from education, health, social care and you
            - within 16 weeks, we tell you whether we will issue a plan
            - the whole process should take no more than 20 weeks

            You can ask for an assessment by letter or email, or using the form on the Local Offer.
        """,
        categories=("ehc-plans",),
        ages=(0, 25),
        access="both",
        coverage="area",
        delivery="phone, online",
        times="Mon-Thu 09:00-17:00; Fri 09:00-16:30",
        contact="SEND duty officer",
        answers={
            "needs": (
                "We gather advice from you, your child, the school, an educational psychologist, health and "
                "social care. Your child's views can be written, drawn, recorded or shared by someone who knows "
                "them well."
            ),
        },
    ),
    Listing(
        name="Annual Reviews and Phase Transfers",
        organisation="send-team",
        summary="How EHC plans are reviewed each year, and updated when a child or young person moves to a new "
        "school or college.",
        description="""
            Every EHC plan must be reviewed at least once a year (every six months for children under five).
            The school or college usually holds the review meeting. After it, the council decides whether to
            keep the plan as it is, amend it, or stop it, and tells you within four weeks.

            When a child moves to a new phase, such as from primary to secondary school, the plan must be
            amended by 15 February (31 March for moves to college).
        """,
        categories=("ehc-plans",),
        ages=(0, 25),
        access="professional",
        referral="Reviews are arranged by your child's school, college or setting.",
        coverage="area",
        delivery="phone, online",
        times="Mon-Fri 09:00-16:30",
        reviewed_days_ago=357,
        answers={
            "next": (
                "Phase transfer reviews start in the year before the move, so the new school or college can be "
                "named and ready by 15 February (31 March for colleges)."
            ),
        },
    ),
    Listing(
        name="SEND Personal Budgets",
        organisation="send-team",
        summary="Ask for a personal budget for part of the provision in your child's EHC plan.",
        description="""
            A personal budget is an amount of money to deliver some of the provision in an EHC plan, where the
            council agrees it is a good use of resources. It can be paid to you as a direct payment, held by
            the school, or managed by the council on your behalf.

            You can ask for a personal budget when a plan is being written or reviewed.
        """,
        categories=("direct-payments", "ehc-plans"),
        ages=(0, 25),
        access="both",
        coverage="area",
        delivery="phone, online",
        times="Mon-Fri 09:00-16:30",
        answers={
            "involved": (
                "We talk with you about which parts of the plan a personal budget could pay for, and agree how it"
                " will be managed."
            ),
        },
    ),
    Listing(
        name="SEND Mediation and Disagreement Resolution",
        organisation="send-team",
        summary="Free, independent mediation if you disagree with a decision about an EHC needs assessment or plan.",
        description="""
            Mediation is a meeting, led by an independent mediator, between you and the council (and sometimes
            the NHS) to try to resolve a disagreement without going to tribunal. It is free and confidential.

            Disagreement resolution is also available for disagreements with a school, college or health
            provider about SEN support, even if your child does not have a plan.
        """,
        categories=("ehc-plans", "independent-advice"),
        ages=(0, 25),
        coverage="area",
        delivery="phone, online, in person",
        times="Mon-Fri 09:00-17:00",
        answers={
            "access": (
                "Meetings can be online or face to face, and you can bring a friend, relative or SENDIASS adviser."
            ),
        },
    ),
    Listing(
        name="Parent Carer Coffee Mornings",
        organisation="lantern",
        summary="Friendly monthly coffee mornings for parents and carers of children with SEND, with or without "
        "a diagnosis.",
        description="""
            Come along for a cuppa and a chat with other parent carers who get it. Every month a guest comes
            along, such as a SENDIASS adviser, a school nurse or the short breaks team, to answer questions
            informally.

            You can bring pre-school children. There is no need to book.
        """,
        categories=("parent-support-groups",),
        ages=(0, 25),
        delivery="in person",
        places=("poole-hub", "boscombe-hub", "highcliffe-hall"),
        times="Tue 10:00-12:00 (Highcliffe); Wed 10:00-12:00 (Poole); Thu 10:00-12:00 (Boscombe)",
        opening_notes="Once a month at each venue, in term time.",
        answers={
            "access": ("All three venues are step-free. You can come for a few minutes or stay the whole morning."),
        },
    ),
    Listing(
        name="Lantern Parent Carer Forum: Have Your Say",
        organisation="lantern",
        summary="Join the parent carer forum to tell the council and NHS what is working and what needs to change.",
        description="""
            Lantern is the area's parent carer forum. We gather the views of families through surveys, focus
            groups and our online community, and take them to the people who plan and run SEND services. We
            co-produce services with the council and NHS, and sit on the SEND partnership board.

            Membership is free. You can be as involved as you like: answering a survey twice a year, or joining
            a working group.
        """,
        categories=("parent-support-groups",),
        ages=(0, 25),
        coverage="area",
        delivery="online, in person",
        times="Mon-Fri 09:00-15:00",
        answers={
            "involved": "Every piece of work we do starts with what families tell us. We publish a 'You said, we "
            "did' report each year.",
        },
    ),
    Listing(
        name="SEND Dads' Breakfast",
        organisation="lantern",
        summary="A Saturday breakfast for dads, grandads and male carers of children with SEND.",
        description="""
            Bacon rolls, coffee and a chance to talk (or not) with other dads who understand. Every few months
            we do something different: a walk, a football match or a curry night.
        """,
        categories=("parent-support-groups", "carers-support"),
        ages=(0, 25),
        delivery="in person",
        places=("nook-cafe",),
        times="Sat 09:00-10:30",
        opening_notes="The first Saturday of the month.",
        answers={
            "involved": ("The dads who come decide on the trips and guest speakers."),
        },
    ),
    Listing(
        name="Understanding SEND Workshops",
        organisation="lantern",
        summary="Evening workshops online, run by parent carers, explaining SEN support, EHC plans, transitions "
        "and preparing for adulthood.",
        description="""
            Each workshop lasts 90 minutes, with time for questions. Topics this year include:

            - SEN support in school: what to expect and how to ask
            - understanding an EHC plan, section by section
            - choosing a secondary school
            - preparing for adulthood from Year 9

            Slides and recordings are shared afterwards.
        """,
        categories=("parent-support-groups", "ehc-plans"),
        ages=(0, 25),
        coverage="online",
        delivery="online",
        times="Tue 19:30-21:00",
        opening_notes="Monthly, in term time.",
        answers={
            "access": ("Workshops are on video with live captions. Recordings are sent to everyone who books."),
        },
    ),
    Listing(
        name="ADHD Parents Together Support Evenings",
        organisation="adhd-parents",
        summary="Monthly peer support evenings for parents and carers of children with ADHD, diagnosed or not.",
        description="""
            Parenting a child with ADHD can be exhausting, and other people do not always understand. Our
            evenings are a chance to share what works, vent, laugh and pick up ideas from other parents. Now
            and then a speaker comes, such as a paediatric nurse, a SENDIASS adviser or an adult with ADHD.
        """,
        categories=("parent-support-groups",),
        needs=("adhd",),
        ages=(3, 18),
        delivery="in person",
        places=("st-columbas",),
        times="Thu 19:00-21:00",
        opening_notes="The third Thursday of each month.",
        answers={
            "access": (
                "The hall is step-free with parking. You do not have to speak; many parents just listen at first."
            ),
        },
    ),
    Listing(
        name="ADHD Parents Online Group",
        organisation="adhd-parents",
        summary="A private online group and fortnightly video chats for parents of children with ADHD.",
        description="""
            Our closed online group has over 900 local members. Ask a question any time of day and someone will
            usually have been there. Volunteers moderate the group and share reliable information about ADHD,
            medication, school and sleep.
        """,
        categories=("parent-support-groups",),
        needs=("adhd",),
        ages=(3, 18),
        coverage="online",
        delivery="online",
        times="Mon 20:00-21:00",
        opening_notes="Video chats every other Monday; the online group is always open.",
        reviewed_days_ago=512,
        answers={
            "involved": ("Members suggest the topics for the video chats and vote on which speakers to invite."),
        },
    ),
    Listing(
        name="Little Sunflowers Early Development Group",
        organisation="sunflower",
        summary="A Friday group for babies and young children with Down syndrome, focused on early communication "
        "and movement.",
        description="""
            Little Sunflowers meets every Friday morning. Each session includes signing and singing with
            Makaton, early reading with the See and Learn programme, and play that builds movement and fine
            motor skills. Parents share tips and news over coffee.
        """,
        categories=("parent-support-groups", "family-hubs"),
        needs=("learning-difficulties", "speech-language-and-communication"),
        ages=(0, 5),
        delivery="in person",
        places=("christchurch-hub",),
        times="Fri 10:00-11:30",
        opening_notes="Term time only.",
        answers={
            "involved": ("Parents run the group, take turns to lead songs, and share what has worked at home."),
        },
    ),
    Listing(
        name="After Diagnosis: Understanding Autism Course",
        organisation="spectrum-tides",
        summary="A free five-week course for parents and carers of newly diagnosed autistic children.",
        description="""
            The course covers what autism is (and is not), communication, sensory differences, anxiety and
            meltdowns, and where to get support. It is run by an autistic trainer and a parent of autistic
            children, and there is plenty of time to talk.

            Courses run in the daytime at Canford Heath Family Hub and on weekday evenings online.
        """,
        categories=("parent-support-groups",),
        needs=("autism",),
        ages=(0, 18),
        access="both",
        delivery="in person, online",
        places=("canford-heath-hub",),
        times="Tue 09:30-12:00 (Canford Heath); Wed 19:00-21:00 (online)",
        answers={
            "needs": "When you book, we ask a little about your child so the trainers can make sure the course "
            "covers what matters to you.",
        },
    ),
    Listing(
        name="Emotional Regulation Workshops for Parents",
        organisation="spectrum-tides",
        summary="Online workshops on meltdowns, shutdowns and helping children manage big feelings.",
        description="""
            Four evening sessions on understanding distress behaviour, co-regulation, the zones of regulation,
            and planning calm routines for before and after school. Suitable for parents of autistic children
            and children with ADHD or sensory processing differences.
        """,
        categories=("parent-support-groups", "mental-health"),
        needs=("autism", "adhd"),
        ages=(4, 16),
        coverage="online",
        delivery="online",
        times="Wed 19:30-21:00",
        answers={
            "access": ("Workshops are live with captions, and recordings are available for a month."),
        },
    ),
    Listing(
        name="Benefits Advice for Families of Disabled Children",
        organisation="welfare-rights",
        summary="Free, confidential benefits advice, including Disability Living Allowance, Carer's Allowance and "
        "Universal Credit.",
        description="""
            Many families of disabled children are missing out on money they are entitled to. Our welfare rights
            advisers can carry out a full benefits check, help you claim, and challenge a decision through
            mandatory reconsideration and appeal.

            We can also advise on council tax reduction, help with energy costs, and grants for equipment.
        """,
        categories=("benefits-and-money",),
        ages=(0, 25),
        coverage="area",
        delivery="phone, in person",
        places=("kinson-hub", "poole-hub"),
        times="Mon-Fri 09:30-16:00; Tue 13:00-16:00 (Poole hub drop-in); Thu 09:30-12:30 (Kinson hub drop-in)",
        answers={
            "needs": (
                "We start with a full benefits check over the phone, using the information you give us about your"
                " household and your child's needs."
            ),
        },
    ),
    Listing(
        name="DLA and PIP Form-filling Appointments",
        organisation="welfare-rights",
        summary="Book an appointment for help completing a Disability Living Allowance or Personal Independence "
        "Payment form.",
        description="""
            The forms are long and it is hard to know what to write. In a 90-minute appointment an adviser will
            help you describe your child's care and mobility needs in the way the assessors need to see them,
            and check what evidence to send.

            We can also help young people moving from DLA to PIP at 16.
        """,
        categories=("benefits-and-money",),
        ages=(0, 25),
        access="self",
        referral="Book by phone. Please bring the form and any letters or reports.",
        delivery="in person, phone",
        places=("boscombe-hub", "canford-heath-hub"),
        times="Mon,Wed 09:30-15:30",
        answers={
            "access": (
                "Appointments can be by phone if you cannot get to a hub. Interpreters can be booked in advance."
            ),
        },
    ),
    Listing(
        name="Grants and Money Help",
        organisation="harbourside",
        summary="Help applying for grants for equipment, days out and essentials, and a small hardship fund.",
        description="""
            We help families apply to national and local grant-giving charities for things like sensory
            equipment, a specialist buggy, a washing machine, or a family break, and we have our own small
            fund for emergencies. We can also help you with a benefits check or refer you to Welfare Rights.
        """,
        categories=("benefits-and-money",),
        ages=(0, 17),
        coverage="area",
        delivery="phone, online",
        times="Mon-Fri 09:00-17:00",
        answers={
            "involved": (
                "We write each application with you and check you are happy with what it says about your child."
            ),
        },
    ),
    Listing(
        name="Family Information Service",
        organisation="family-hubs",
        summary="Free information on childcare, early education funding, activities and support for families, "
        "including families of children with SEND.",
        description="""
            The Family Information Service can help you find a nursery or childminder who can meet your child's
            needs, check which funded hours you can claim, and find activities and support nearby. We can also
            post you printed information from the Local Offer if you do not use the internet.
        """,
        categories=("independent-advice", "nurseries-and-childminders"),
        ages=(0, 25),
        coverage="area",
        delivery="phone, online",
        times="Mon-Thu 09:00-17:00; Fri 09:00-16:30",
        answers={
            "access": (
                "You can phone, email or visit any family hub. We will post printed information to anyone who asks."
            ),
        },
    ),
    Listing(
        name="Sleep Support for Families",
        organisation="harbourside",
        summary="Practical help from trained sleep practitioners for families of children who do not sleep well.",
        description="""
            Sleep problems are common for children with autism, ADHD and learning disabilities, and tiredness
            affects the whole family. Our sleep practitioners start with a sleep diary and a conversation about
            routines, the bedroom and your child's needs, then help you make a plan and stick with it.

            We offer a two-session online sleep workshop, and one-to-one support by phone and home visits.
        """,
        categories=("parent-support-groups", "carers-support"),
        needs=("autism", "adhd", "learning-difficulties"),
        ages=(2, 16),
        access="both",
        coverage="area",
        delivery="online, phone, home visits",
        times="Mon-Thu 09:00-17:00",
        answers={
            "needs": (
                "You keep a sleep diary for two weeks, and we use it with a questionnaire to understand what is "
                "happening at night."
            ),
        },
    ),
    # Preparing for adulthood
    Listing(
        name="Preparing for Adulthood Team",
        organisation="preparing-for-adulthood",
        summary="Planning from 14 for the move to adult life and adult services: work, housing, health, "
        "friendships and community.",
        description="""
            Growing up brings big changes for any young person, and for disabled young people it also means
            moving from children's to adult services. Our workers join annual reviews from Year 9, help young
            people and families think about what they want adult life to look like, and make sure adult social
            care and health services are involved in good time.

            For young people who will need adult social care, we carry out a transition assessment before they
            turn 18, so support can carry on without a gap.
        """,
        categories=("moving-to-adult-services",),
        needs=("severe-and-profound-learning-difficulties", "learning-difficulties", "complex-medical-needs"),
        ages=(14, 25),
        access="both",
        referral="Young people with an EHC plan or a social worker are referred at 14. Anyone else can ask.",
        coverage="area",
        delivery="in person, phone, home visits",
        times="Mon-Fri 09:00-17:00",
        answers={
            "involved": "We talk to the young person first, in the way that works best for them, and they decide "
            "who else comes to meetings.",
            "next": "We stay involved until the young person is settled with adult services, up to age 25.",
        },
    ),
    Listing(
        name="Transition Nurse for Young People with Complex Health Needs",
        organisation="preparing-for-adulthood",
        summary="A specialist nurse who helps young people with complex health needs move from children's to "
        "adult health services.",
        description="""
            Moving from a paediatrician who has known you since you were a baby to several adult specialists
            can be daunting. Our transition nurse helps you and your family understand what will change, meet
            your new teams before you move, and learn to manage more of your own health.
        """,
        categories=("moving-to-adult-services", "nursing-and-continence"),
        needs=("complex-medical-needs",),
        ages=(14, 25),
        access="professional",
        referral="Any health professional can refer.",
        coverage="area",
        delivery="in person, phone",
        times="Mon-Fri 09:00-17:00",
        answers={
            "involved": (
                "The young person decides how involved their parents are in appointments as they get older, and "
                "we support both."
            ),
        },
    ),
    Listing(
        name="Careers Advice for Young People with SEND",
        organisation="preparing-for-adulthood",
        summary="Impartial careers guidance from Year 9 for young people with an EHC plan or SEN support.",
        description="""
            Our careers advisers meet young people at school, college or online to talk about interests,
            strengths and options: college courses, apprenticeships, supported internships, volunteering and
            work. They come to annual reviews from Year 9 and help with applications and interviews.
        """,
        categories=("employment-and-training",),
        ages=(13, 25),
        access="both",
        coverage="area",
        delivery="in person, online",
        times="Mon-Fri 09:00-17:00",
        answers={
            "access": ("We can meet you at school, college, home or online, and use easy read and pictures."),
        },
    ),
    Listing(
        name="Chine Valley Supported Internships",
        organisation="chine-valley",
        summary="A one-year study programme based with an employer, with a job coach, for young people with an "
        "EHC plan who want paid work.",
        description="""
            Interns spend most of the week on work placements with our host employers, which include the
            hospital, a hotel group, the council and a supermarket, learning real jobs with a job coach beside
            them. One day a week is spent at college on English, maths and employability.

            Last year, seven in ten interns were in paid work within six months of finishing.
        """,
        categories=("supported-internships", "employment-and-training"),
        needs=("learning-difficulties", "autism"),
        ages=(16, 24),
        access="both",
        eligibility="Young people aged 16 to 24 with an EHC plan who want to move into paid employment.",
        delivery="in person",
        places=("chine-valley-lansdowne", "chine-valley-poole"),
        times="Mon-Fri 09:00-15:00",
        opening_notes="Applications close in March for a September start.",
        answers={
            "needs": "Applicants come to a taster week in the spring, so we can match placements to their "
            "interests and support needs.",
        },
    ),
    Listing(
        name="Job Coaching and Supported Employment",
        organisation="next-step",
        summary="One-to-one help for disabled young people to find a job, and support in work for as long as it "
        "is needed.",
        description="""
            Your job coach gets to know you, what you are good at and what you want from work. They help you
            with a CV, find employers, prepare for interviews, and start the job with you, learning the tasks
            alongside you until you are confident.

            We also help employers make reasonable adjustments and apply to Access to Work for support and
            equipment.
        """,
        categories=("employment-and-training",),
        needs=("learning-difficulties", "autism", "anxiety-and-mental-health"),
        ages=(16, 25),
        coverage="area",
        delivery="in person, phone, online",
        times="Mon-Fri 09:00-17:00",
        answers={
            "next": (
                "Once you are settled in work we reduce support gradually, and you can call your job coach if "
                "anything changes."
            ),
        },
    ),
    Listing(
        name="Work Experience Tasters",
        organisation="next-step",
        summary="Short, supported work experience placements for school pupils with SEND in Years 10 to 13.",
        description="""
            Placements last one or two weeks and are chosen around each pupil's interests: animal care,
            catering, retail, offices, garages and more. A job coach visits the placement and helps the
            employer and pupil get the most from it.
        """,
        categories=("employment-and-training",),
        needs=("learning-difficulties", "autism"),
        ages=(14, 19),
        access="professional",
        referral="Your school's careers lead or SENCO applies for a place.",
        coverage="area",
        delivery="in person",
        times="Mon-Fri 09:00-16:00",
        opening_notes="Term time only.",
        reviewed_days_ago=383,
        answers={
            "needs": (
                "A job coach meets each pupil at school before the placement to talk about interests and support."
            ),
        },
    ),
    Listing(
        name="Apprenticeships with Extra Support",
        organisation="next-step",
        summary="Help to find and apply for an apprenticeship, with adjustments to the English and maths "
        "requirements for apprentices with an EHC plan.",
        description="""
            Apprenticeships combine paid work with training. Apprentices with an EHC plan or a learning
            difficulty can have the English and maths requirement lowered, and can get extra support from
            their training provider.

            Our advisers help you find apprenticeships that suit you, apply, and talk to employers about the
            support you need.
        """,
        categories=("supported-internships", "employment-and-training"),
        needs=("dyslexia-and-specific-learning-difficulties", "learning-difficulties"),
        ages=(16, 25),
        coverage="area",
        delivery="online, phone",
        times="Mon-Fri 09:00-17:00",
        answers={
            "next": (
                "Your adviser checks in during your first three months, and talks to your employer and training "
                "provider if you need more support."
            ),
        },
    ),
    Listing(
        name="Supported Living for Young Adults",
        organisation="keystone",
        summary="Flats with on-site support in Poole for young adults with learning disabilities and autistic "
        "young adults.",
        description="""
            Keystone House has eight self-contained flats with a shared lounge and garden, and support staff on
            site day and night. Tenants have their own tenancy and front door, and choose how much support they
            need with cooking, cleaning, money, health and getting out and about.
        """,
        categories=("independent-living",),
        needs=("learning-difficulties", "autism"),
        ages=(18, 25),
        access="professional",
        referral="Through an adult social care assessment. The Preparing for Adulthood Team can help you ask.",
        delivery="in person",
        places=("keystone-house",),
        times="Mon-Sun 08:00-22:00",
        opening_notes="Staff are on site around the clock; the office is open 8am to 10pm.",
        answers={
            "next": ("Before moving in, young people visit several times, stay for a meal and meet the other tenants."),
        },
    ),
    Listing(
        name="Independent Living Skills Course",
        organisation="keystone",
        summary="A practical ten-week course in our training flat: cooking, budgeting, keeping safe and "
        "looking after a home.",
        description="""
            Learners spend one day a week in the Skills Flat, a real flat in central Bournemouth. Each week
            they plan a meal, shop for it on a budget, cook and eat together, and learn one new skill, such as
            using the washing machine, paying a bill or what to do if a stranger knocks at the door.
        """,
        categories=("independent-living",),
        needs=("learning-difficulties", "autism"),
        ages=(16, 25),
        access="both",
        delivery="in person",
        places=("skills-flat",),
        times="Tue 10:00-15:00; Wed 10:00-15:00",
        answers={
            "needs": (
                "Learners set their own goals in the first week, and we record progress with photos and a skills "
                "checklist they keep."
            ),
        },
    ),
    Listing(
        name="Autistic Young Adults' Group",
        organisation="spectrum-tides",
        summary="A fortnightly group for autistic young adults aged 18 to 25 to meet, talk and plan activities.",
        description="""
            The group meets at a cafe that is quiet in the evenings. Members decide what to do: some weeks it is
            a chat over food, others a walk, a quiz or a talk on something useful, like managing money or
            getting through job interviews.
        """,
        categories=("independent-living", "clubs-and-youth-groups"),
        needs=("autism", "anxiety-and-mental-health"),
        ages=(18, 25),
        delivery="in person",
        places=("nook-cafe",),
        times="Tue 18:30-20:30",
        answers={
            "access": (
                "The cafe is quiet in the evenings and the group has its own room. You are welcome to bring "
                "someone with you the first time."
            ),
        },
    ),
    Listing(
        name="Moving to Adult Mental Health Services",
        organisation="bay-camhs",
        summary="Planned support for young people in CAMHS who are moving on to adult mental health services "
        "or their GP at 18.",
        description="""
            Around your 17th birthday your clinician will talk with you about what happens next. If you need
            ongoing support, we will arrange joint appointments with your new team, so you meet them before
            you move. If you are ready to leave mental health services, we agree a plan with your GP.
        """,
        categories=("moving-to-adult-services", "mental-health"),
        needs=("anxiety-and-mental-health",),
        ages=(16, 18),
        access="professional",
        referral="For young people already seen by CAMHS.",
        coverage="area",
        delivery="in person, online",
        times="Mon-Fri 09:00-17:00",
        answers={
            "involved": (
                "You choose who comes to your transition meetings, and you can ask for a different plan if the "
                "first does not feel right."
            ),
        },
    ),
    # Early years
    Listing(
        name="Portage Home Visiting",
        organisation="early-years-inclusion",
        summary="Regular home visits that help babies and young children with significant developmental needs "
        "learn through play.",
        description="""
            Portage is a home-visiting educational service for pre-school children. Your portage home visitor
            comes every week or fortnight, and together you choose small, achievable steps for your child to
            work on, such as reaching for a toy, taking turns, or saying a new word. Then you practise them
            through play between visits.

            Portage visitors also help families get ready for nursery and school.
        """,
        categories=("portage",),
        needs=(
            "severe-and-profound-learning-difficulties",
            "learning-difficulties",
            "complex-medical-needs",
            "physical-disability",
        ),
        ages=(0, 4),
        access="both",
        referral="Any professional can refer, and parents can refer themselves.",
        eligibility="Children under school age with significant delay in two or more areas of development.",
        coverage="area",
        delivery="home visits",
        times="Mon-Fri 09:00-16:00",
        answers={
            "involved": "You are the expert on your child. Every goal is chosen with you, and written down in "
            "your child's activity chart.",
        },
    ),
    Listing(
        name="Portage Stay and Play",
        organisation="early-years-inclusion",
        summary="A weekly play group for families who have portage, with a sensory room and music.",
        description="""
            A relaxed group where families who have portage can meet. Portage visitors set up play activities,
            and there is music and singing at the end of each session. Brothers and sisters under five are
            welcome.
        """,
        categories=("portage", "family-hubs"),
        needs=("learning-difficulties", "severe-and-profound-learning-difficulties"),
        ages=(0, 4),
        access="both",
        delivery="in person",
        places=("winton-hub",),
        times="Wed 10:00-11:30",
        opening_notes="Term time only.",
        answers={
            "access": ("The hub is step-free, and there is space for wheelchairs, specialist seating and buggies."),
        },
    ),
    Listing(
        name="Area SENCO Support for Early Years Settings",
        organisation="early-years-inclusion",
        summary="Area SENCOs advise nurseries, pre-schools and childminders on including children with SEND.",
        description="""
            Area SENCOs visit early years settings to help them identify children's needs early, plan support,
            and use the graduated approach. They also train staff, help settings apply for inclusion funding,
            and support transition to school.
        """,
        categories=("nurseries-and-childminders",),
        needs=("speech-language-and-communication", "learning-difficulties", "autism"),
        ages=(0, 5),
        access="professional",
        referral="The setting's SENCO requests a visit, with the parents' agreement.",
        coverage="area",
        delivery="in person, online",
        times="Mon-Fri 08:30-16:30",
        answers={
            "involved": (
                "Area SENCOs meet parents when they visit a setting and include your views in every support plan."
            ),
        },
    ),
    Listing(
        name="Early Years Inclusion Funding and Disability Access Fund",
        organisation="early-years-inclusion",
        summary="Extra funding for nurseries and childminders to support children with SEND in their funded hours.",
        description="""
            Early years settings can apply for inclusion funding to pay for extra staff time, training or
            resources for a child with SEND. Children who get Disability Living Allowance are also entitled to
            the Disability Access Fund, a yearly payment to their setting.

            Parents do not need to apply: tell your child's setting if your child gets DLA.
        """,
        categories=("nurseries-and-childminders", "benefits-and-money"),
        ages=(0, 5),
        access="professional",
        referral="The setting applies online.",
        coverage="area",
        delivery="online",
        times="Mon-Fri 09:00-17:00",
    ),
    Listing(
        name="Puffin Cove Day Nursery",
        organisation="puffin-cove",
        summary="A day nursery in Lower Parkstone with an inclusion room, for children from six months to school age.",
        description="""
            Puffin Cove cares for 60 children a day. Our inclusion room is a calm, low-arousal space where
            children who find the main rooms overwhelming can learn in a small group, and we run daily Attention
            Autism sessions and Makaton signing across the nursery.

            We welcome children with a wide range of needs, and work closely with area SENCOs, portage and
            therapists.
        """,
        categories=("nurseries-and-childminders",),
        needs=("autism", "speech-language-and-communication"),
        ages=(0, 5),
        cost="some_free",
        fees="£62 a day. Funded hours for two, three and four-year-olds are accepted.",
        delivery="in person",
        places=("puffin-cove-nursery",),
        times="Mon-Fri 07:30-18:00",
        opening_notes="Open 51 weeks a year.",
        answers={
            "needs": "Before your child starts we hold a settling-in meeting with you, and your child's key "
            "person visits you at home.",
            "next": "We invite your child's reception teacher to nursery, make a transition book with photos of "
            "the new school, and share your child's learning journey.",
        },
    ),
    Listing(
        name="Little Steps Stay and Play",
        organisation="family-hubs",
        summary="A stay and play group for under-fives with additional needs or a disability, and their families.",
        description="""
            Little Steps is a smaller, calmer group than our usual stay and play, for children who find big
            groups hard or who need more support to play. There is messy play, a sensory corner, music and a
            snack, and a family hub worker is on hand for a chat about anything that is worrying you.
        """,
        categories=("family-hubs",),
        ages=(0, 5),
        delivery="in person",
        places=("boscombe-hub", "christchurch-hub"),
        times="Mon 10:00-11:30 (Boscombe); Thu 13:30-15:00 (Christchurch)",
        opening_notes="Term time only.",
        answers={
            "access": (
                "Sessions are capped at ten families. A quiet space is set aside for children who need a break."
            ),
        },
    ),
    Listing(
        name="Chatter Tots Language Groups",
        organisation="family-hubs",
        summary="Six-week groups for two and three-year-olds who are late to talk, run by early language "
        "practitioners.",
        description="""
            Through songs, stories and play, parents learn simple ways to help their child's talking, such as
            getting down to their level, commenting rather than asking questions, and giving choices. Children
            have fun with other toddlers.
        """,
        categories=("family-hubs", "speech-and-language-therapy"),
        needs=("speech-language-and-communication",),
        ages=(2, 3),
        access="both",
        referral="Your health visitor can refer you, or book at your family hub.",
        delivery="in person",
        places=("canford-heath-hub", "kinson-hub"),
        times="Tue 09:30-10:30 (Kinson); Thu 09:30-10:30 (Canford Heath)",
        answers={
            "involved": ("Parents stay for the whole session; most of the group is about things you can do at home."),
        },
    ),
    Listing(
        name="Baby Sensory and Massage for Babies with Additional Needs",
        organisation="family-hubs",
        summary="A five-week baby massage and sensory play course for parents of babies with additional needs "
        "or who spent time in neonatal care.",
        description="""
            Learn gentle massage strokes that can help with sleep, wind and bonding, and sensory play ideas for
            home. The course is small and relaxed, and a health visitor comes to the last session.
        """,
        categories=("family-hubs",),
        needs=("complex-medical-needs",),
        ages=(0, 1),
        delivery="in person",
        places=("poole-hub",),
        times="Mon 13:30-14:30",
        answers={
            "access": (
                "The room is warm and quiet, and babies with feeding tubes, oxygen or other equipment are very welcome."
            ),
        },
    ),
    Listing(
        name="Funded Early Education for Two-year-olds",
        organisation="family-hubs",
        summary="Free early education for two-year-olds, including children who get Disability Living Allowance "
        "or have an EHC plan.",
        description="""
            Some two-year-olds can have up to 15 hours a week of free early education, for 38 weeks a year, at a
            nursery, pre-school or childminder. Children who get DLA or have an EHC plan are eligible whatever
            the family's income.

            Check and apply online. The Family Information Service can help you find a place.
        """,
        categories=("nurseries-and-childminders", "benefits-and-money"),
        ages=(2, 2),
        coverage="area",
        delivery="online, phone",
        times="Mon-Fri 09:00-17:00",
    ),
    Listing(
        name="Little Waves Playgroup for Autistic Under-fives",
        organisation="spectrum-tides",
        summary="A calm Tuesday playgroup for autistic children under five, or those waiting for an "
        "assessment, and their parents.",
        description="""
            Small, predictable and never too noisy. Each session follows the same pattern: free play, a sensory
            activity, snack, and songs with signing. Parents can talk to each other and to our family worker,
            who also runs the After Diagnosis course.
        """,
        categories=("nurseries-and-childminders", "family-hubs"),
        needs=("autism",),
        ages=(0, 4),
        delivery="in person",
        places=("st-columbas",),
        times="Tue 09:30-11:30",
        opening_notes="Term time only.",
        answers={
            "access": (
                "The hall has soft lighting, a quiet corner and ear defenders to borrow. Arrive and leave when it"
                " suits your child."
            ),
        },
    ),
    Listing(
        name="Early Days Parent Group",
        organisation="harbourside",
        summary="A group for parents of babies and toddlers with complex health needs or a new diagnosis.",
        description="""
            When your baby has a diagnosis, or has come home after a long stay in hospital, it can feel like
            everyone else's life is going on as normal. Early Days is a chance to meet other parents in the
            same place, with a family support worker and, some weeks, a health visitor or portage visitor.
        """,
        categories=("family-hubs", "parent-support-groups"),
        needs=("complex-medical-needs", "physical-disability"),
        ages=(0, 3),
        delivery="in person",
        places=("poole-hub",),
        times="Thu 10:00-11:30",
        answers={
            "involved": (
                "Parents decide the topics for guest sessions, and many stay on as volunteers when their children grow."
            ),
        },
    ),
    # Travel
    Listing(
        name="Home to School Travel Assistance",
        organisation="travel-team",
        summary="Apply for free travel to school for children who cannot walk there because of their SEND or mobility.",
        description="""
            Children of compulsory school age may be eligible for free travel assistance if they attend their
            nearest suitable school and cannot reasonably be expected to walk there, even with an adult, because
            of their special educational needs, disability or mobility problems.

            Travel assistance might be a bus pass, a seat on a minibus or taxi with a passenger assistant, or a
            personal travel budget paid to you to take your child yourself.

            Apply by 31 May for a September start.
        """,
        categories=("school-transport",),
        ages=(4, 16),
        coverage="area",
        delivery="online, phone",
        times="Mon-Fri 08:30-17:00",
        answers={
            "involved": "We ask you about your child's needs on the application, and can talk to you and the "
            "school about the right passenger assistant and vehicle.",
        },
    ),
    Listing(
        name="Post-16 Travel Assistance",
        organisation="travel-team",
        summary="Help with travel to school sixth forms and colleges for young people with SEND aged 16 to 25.",
        description="""
            Young people aged 16 to 18 with SEND can apply for help getting to school or college. Help for 19 to
            25 year olds is available where they have an EHC plan. Most help is a bus pass, a travel budget, or
            independent travel training; transport is arranged where a young person cannot travel
            independently.

            Read the post-16 transport policy statement before applying.
        """,
        categories=("school-transport",),
        ages=(16, 25),
        coverage="area",
        delivery="online, phone",
        times="Mon-Fri 08:30-17:00",
    ),
    Listing(
        name="Independent Travel Training",
        organisation="travel-team",
        summary="One-to-one training to travel safely on foot, by bus and by train, for young people with SEND.",
        description="""
            A travel trainer works with you until you can make a journey on your own, such as to school,
            college, work or to see friends. You will practise the route together, then the trainer will follow
            at a distance, then meet you at the other end. You will learn what to do if something goes wrong,
            like a missed bus or a changed route.

            Training usually takes between six and twelve weeks.
        """,
        categories=("travel-training",),
        needs=("learning-difficulties", "autism"),
        ages=(11, 25),
        access="both",
        coverage="area",
        delivery="in person",
        times="Mon-Fri 07:30-18:00",
        answers={
            "needs": (
                "A travel trainer meets you and your family first, to agree which journey you want to learn and "
                "check you are ready."
            ),
        },
    ),
    Listing(
        name="Blue Badges",
        organisation="travel-team",
        summary="Apply for a Blue Badge for a child who has difficulty walking, needs bulky medical equipment, "
        "or has a hidden disability.",
        description="""
            Children aged three and over can get a Blue Badge if they cannot walk, find walking very difficult,
            or are at risk of serious harm on journeys (for example because of autism or a learning disability).
            Children under three can get one if they need to travel with bulky medical equipment or be near a
            vehicle for emergency treatment.

            Apply online; we can help you by phone. A badge costs £10 and lasts up to three years.
        """,
        categories=("badges-and-passes",),
        needs=("physical-disability", "complex-medical-needs", "autism", "vision"),
        ages=(0, 25),
        cost="paid",
        fees="£10 for a badge.",
        coverage="area",
        delivery="online, phone",
        times="Mon-Fri 09:00-17:00",
        answers={
            "access": (
                "If you cannot apply online, call us and we will fill in the form with you over the phone or post"
                " you a paper form."
            ),
        },
    ),
    Listing(
        name="Disabled Person's Bus Pass",
        organisation="travel-team",
        summary="Free off-peak bus travel for eligible disabled people from age five, with a companion pass if "
        "you need someone with you.",
        description="""
            A disabled person's bus pass gives free travel on local buses across England after 9:30am on
            weekdays and all day at weekends. If you cannot travel alone, you can apply for a companion pass
            so that the person with you travels free too.
        """,
        categories=("badges-and-passes",),
        needs=("vision", "hearing", "physical-disability", "learning-difficulties"),
        ages=(5, 25),
        coverage="area",
        delivery="online, phone",
        times="Mon-Fri 09:00-17:00",
    ),
]
