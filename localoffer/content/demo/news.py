"""The demo news items."""

import datetime

INSPECTION = """
Ofsted and the Care Quality Commission (CQC) have published the report of their 2025 inspection of the BCP
SEND Local Area Partnership. The partnership brings together BCP Council, NHS Dorset, schools, colleges and
early years settings to support children and young people with special educational needs and disabilities
(SEND).

# What inspectors found

Inspectors praised the progress made since the last inspection in 2021. They found:

- a **strong multi-agency approach**, with education, health and care leaders working together with ambition
  and determination
- **EHC plans typically issued on time**, together with the assessments needed for them
- **health services that are more responsive**, with more flexible ways to be referred and earlier mental
  health support
- more chances for children and young people to have their say, through youth forums and co-production

Inspectors also said that experiences are still not the same for every family.

# What must improve

The partnership must:

- strengthen support for the growing number of children and young people with social, emotional and mental
  health needs
- make communication with families clearer and timelier
- shorten waiting times for neurodevelopmental assessments, such as assessments for autism and ADHD
- make sure families know about the support available locally

# What happens next

Leaders will update the SEND Improvement Plan to focus on these areas, and will keep families informed on
this website. [Read about the SEND Improvement Plan](/information/send-improvement-plan/).

# Get involved

Partners and schools are invited to join our co-production forums, alongside parents, carers, children and
young people. [Find out about co-production](/co-production/).
"""

LOCAL_OFFER_LAUNCH = """
Our SEND Local Offer website has a new look. You can now search services by need, age and place, save them to
a shortlist and print it, and read plain-English advice.

Words like SENCO or EHCP are explained where they appear: select the word to read what it means, or look it up
in the [A to Z of SEND words](/glossary/).

This is a new website and we would like to know what you think. [Give us your feedback](/feedback/).
"""

# The topics of each demo news item (from localoffer/content/topics.py).
NEWS_TOPICS = {
    "ofsted-and-cqc-inspection-2025": [
        "education-and-ehc-plans", "health", "forums-and-co-production", "social-emotional-and-mental-health",
        "communication-and-interaction",
    ],
    "new-local-offer-website": ["short-breaks-and-leisure", "forums-and-co-production"],
}  # fmt: skip

NEWS = [
    ("ofsted-and-cqc-inspection-2025", "Inspection finds progress in SEND support across BCP",
     datetime.date(2025, 10, 1),
     "Ofsted and the CQC praised progress since 2021 and a strong multi-agency approach, and set out what must "
     "improve.",
     INSPECTION),
    ("new-local-offer-website", "A new SEND Local Offer website",
     datetime.date(2026, 9, 1),
     "Search services by need, age and place, keep a printable shortlist, and read advice in plain English.",
     LOCAL_OFFER_LAUNCH),
]  # fmt: skip
