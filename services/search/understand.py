"""Place and age read out of what a family typed, to become the filters the page already has.

"swimming near Christchurch for my 10 year old" is read as the keyword "swimming", the town
Christchurch (with countywide services, which reach it too) and age 10. The page shows each as an
active filter with its "remove" link, so nothing is narrowed without the person seeing why.
"""

import re
from dataclasses import dataclass

from services.search.vocabulary import ADULT_WORDS, FAMILY_WORDS

# Places in Bournemouth, Christchurch and Poole, as people name them, and the town each is in.
PLACES = {
    "bournemouth": ["bournemouth", "boscombe", "southbourne", "kinson", "winton", "westbourne", "charminster",
                    "moordown", "pokesdown", "throop", "muscliff", "ensbury park", "northbourne", "tuckton",
                    "iford", "littledown", "queens park", "talbot woods", "springbourne", "strouden park"],
    "christchurch": ["christchurch", "highcliffe", "mudeford", "burton", "somerford", "jumpers", "purewell",
                     "walkford", "friars cliff"],
    "poole": ["poole", "parkstone", "broadstone", "hamworthy", "canford heath", "oakdale", "creekmoor",
              "sandbanks", "branksome", "canford cliffs", "merley", "bearwood", "alderney", "upton", "penn hill",
              "lilliput", "talbot village", "turlin moor", "newtown"],
}  # fmt: skip
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
NUMBER = r"(\d{1,2}|" + "|".join(NUMBERS) + r")"
# Words for a stage of life, each standing for the ages it covers (from, to).
STAGES = [
    (r"new ?borns?|babies|baby", (0, 0)),
    (r"toddlers?", (2, 2)),
    (r"under (?:5|five)s?|pre-?school(?:ers)?", (2, 2)),
    (r"teens?|teenagers?|teenage|adolescents?", (13, 19)),  # a 17-year-old is a teenager as much as a 14-year-old
    (r"young adults?", (19, 19)),
]
# Places a child goes each day, said as where something happens ("biting other kids at nursery", "struggling
# in primary school"), each standing for the ages of the children there, read as the age filter (shown, with its
# remove link): help for that stage of life, not help for older children.
SETTINGS = [
    (r"nursery|playgroup", (2, 3)),  # most children start school in the September after they turn 4
    (r"(?:primary|infant|junior) school", (4, 11)),
    (r"(?:secondary|high) school", (11, 16)),
]
SETTING_BEFORE = r"\b(?:at|in|from|to|starting|started)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?"
# A baby's or toddler's age in months, read as whole years: said as an age ("my 9 month old", "he is 18 months",
# "aged 20 mths"), not as a time ("waited 6 months for an assessment").
MONTHS = r"\s*-?\s*(?:months?|mths?|mnths?)"
MONTHS_PATTERN = re.compile(
    rf"\b(?:(?:he|she|they|son|daughter|child|baby|boy|girl|twins?)(?:'s|s|\s+is|\s+are)\s+"
    rf"(?:only\s+|now\s+|nearly\s+|almost\s+|just\s+)?|aged?\s+){NUMBER}{MONTHS}(?:\s*-?\s*olds?)?\b"
    r"(?!\s+(?:late|behind|overdue|ago|early|premature|prem|waiting|on the|since))"
    rf"|\b{NUMBER}{MONTHS}\s*-?\s*olds?\b"
)
AGE_PATTERNS = [
    re.compile(rf"\b(?:aged?|age of)\s+{NUMBER}\b"),
    re.compile(rf"\b{NUMBER}\s*-?\s*(?:years?|yrs?|yr)\s*-?\s*olds?\b"),
    re.compile(rf"\b{NUMBER}\s*(?:yo|y/o|yrs?|years?)\b"),
    re.compile(r"\bunder\s+(\d{1,2})s?\b"),
    re.compile(
        rf"\b(?:has\s+|have\s+|just\s+)?turned\s+{NUMBER}\b(?!\s*(?:hours?|times?|days?|weeks?|months?|pages?|%))"
    ),
    # "he's 19", "shes 12", "my son is 30", "im 27", "she is nearly 5", "my brother, 34," (not "he is 3 hours late")
    re.compile(
        rf"\b(?:he|she|they|i|son|daughter|child|boy|girl|brother|sister)(?:'s|'m|s|m|\s+is|\s+am|\s+are|\s*,)\s*"
        rf"(?:only\s+|now\s+|nearly\s+|almost\s+|just\s+|turning\s+)?{NUMBER}\b"
        r"(?!\s*(?:hours?|times?|days?|weeks?|months?|minutes?|miles?|foods?|words?|kids|children|am|pm|o'?clock|%))"
    ),
]
# The person searching saying their own age ("I'm 63", "i am 70", "im 58", "I'm a 40 year old"): an age ending just
# after it, or the pattern's own "i'm 63", is theirs.
SPEAKER_BEFORE = re.compile(
    r"\b(?:(?:i'?m|i\s+am)\s+(?:an?\s+|now\s+|only\s+|nearly\s+|almost\s+|just\s+)?|i(?:'?ve|\s+have)?\s+)$"
)  # "i just turned 63" too
SPEAKER_SAID = re.compile(r"^\s*i(?:'?m|\s+am|\s*,)")
# Someone else the search may be for, named beside the speaker's own age ("I'm 63 and caring for my daughter"):
# the age is then the carer's, not theirs. Not a parent or a brother: "I'm 15 and my mum is ill" is a young carer's
# search, for help at 15.
OTHER_PERSON = re.compile(
    r"\b(?:sons?|daughters?|child|children|kids?|boys?|girls?|grandsons?|granddaughters?|grandchild(?:ren)?|"
    r"stepsons?|stepdaughters?|baby|husband|wife|partner|he|she|hes|shes|him|her|his)\b"
)
POSTCODE = re.compile(r"\b((?:bh|dt|so|sp|ba)\d{1,2}[a-z]?)(?:\s*(\d[a-z]{2}))?\b")
# Words left dangling once a place or an age is read ("swimming for my" from "swimming for my 10 year old"); not
# every stop word, as "things to do" must keep its "to do", nor "adult", which says who a search is for ("caring for
# my adult daughter").
TRAILING_WORDS = (FAMILY_WORDS - ADULT_WORDS) | {
    "a", "an", "the", "my", "our", "his", "her", "their", "for", "of", "with", "in", "at", "from", "by", "is", "are",
    "and", "who", "near", "around", "old", "aged",
}  # fmt: skip
# Words left leading once an age or a place said first is read ("and still caring" from "I'm 63 and still caring"):
# they only join what was read to the rest.
LEADING_WORDS = frozenset(["and", "but", "still", "also", "yet"])
# "What after school", "what happens after school": the question of what comes once school ends, not of clubs
# after the school day ("after school clubs" keeps its meaning, and so does any question about a child under 16).
AFTER_SCHOOL_ENDS = re.compile(
    r"\b(what(?:'?s| is| are| comes)?(?:\s+(?:happens|next|now|then|options|to do|can (?:he|she|they|we|i) do))?\s+)"
    r"after\s+school\b(?!\s+(?:clubs?|activit(?:y|ies)|care|sessions?|study|groups?|hours))"
)
SCHOOL_LEAVING_AGE = 16
ADULTS = re.compile(r"(?<!young )\b(?:adults?|grown[- ]?ups?)\b")  # "disabled adults", "my grown up son"
NEAR = r"(?:(?:near|in|around|round|at|from|close to|nr)\s+)?"
# Each town's place names as patterns, compiled once, the longest first ("canford heath" before a shorter name).
PLACE_PATTERNS = {
    town: [re.compile(rf"\b{NEAR}{re.escape(name)}\b") for name in sorted(names, key=len, reverse=True)]
    for town, names in PLACES.items()
}


@dataclass(frozen=True)
class Understood:
    """What was read out of the text, and the text left to search for."""

    text: str
    towns: tuple = ()
    age: int | None = None
    postcode: str = ""
    age_to: int | None = None  # the end of an age range ("teenager": 13 to 19)
    age_beyond: int | None = None  # an age past the Local Offer's 0 to 25 ("aged 26", "my 30 year old")
    stage: str = ""  # the words for a stage of life the age was read from ("toddlers"): they still rank
    speaker_age: int | None = None  # the searcher's own age, said beside someone else they search for: no filter

    @property
    def filters(self):
        """Whether a place or an age was read, which the page shows as filters."""
        return bool(self.towns or self.postcode or self.age is not None or self.age_beyond is not None)


def number_value(text):
    return int(text) if text.isdigit() else NUMBERS[text]


def towns_read(lowered):
    """The towns whose places are named in the text, and the text without them ("near Highcliffe" and all)."""
    towns = []
    for town, patterns in PLACE_PATTERNS.items():
        for pattern in patterns:
            if pattern.search(lowered):
                lowered = pattern.sub(" ", lowered)
                if town not in towns:
                    towns.append(town)
    return towns, lowered


def postcode_read(lowered):
    """A BCP-area postcode or its first half in the text, and the text without it."""
    match = POSTCODE.search(lowered)
    if not match:
        return "", lowered
    postcode = " ".join(part for part in match.groups() if part).upper()
    before = re.sub(rf"\b{NEAR}$", " ", lowered[: match.start()].rstrip() + " ")
    return postcode, before + " " + lowered[match.end() :]


def speaker_ages_read(lowered):
    """The ages the person searching says are their own ("I'm 63 and caring for my daughter"), when the text names
    someone else the search may be for, and the text without them; (None, text) when there are none. Such an age
    is the carer's: it is neither the age of the person cared for nor words to search for."""
    if not OTHER_PERSON.search(lowered):
        return None, lowered
    first = None
    for pattern in AGE_PATTERNS:
        spans = []
        for match in pattern.finditer(lowered):
            before = None if SPEAKER_SAID.match(match.group(0)) else SPEAKER_BEFORE.search(lowered[: match.start()])
            if before or SPEAKER_SAID.match(match.group(0)):
                spans.append((before.start() if before else match.start(), match.end()))
                first = number_value(match.group(1)) if first is None else first
        for start, end in reversed(spans):
            lowered = lowered[:start] + " " + lowered[end:]
    return first, lowered


def age_read(lowered, *, max_age):
    """An age in the text ("aged 9", "12yo", "under 5s", "teenagers") as (from, to, beyond, stage), and the
    text without it; `beyond` is an age past `max_age` ("aged 26"), read out of the words but not a filter,
    and `stage` the words naming a stage of life ("under 5s", "toddlers"), which still rank. The place a
    child goes each day ("biting at nursery": `SETTINGS`) gives the ages of the children there and stays in
    the text, as a stage named as the company wanted does ("to meet other teenagers")."""
    if match := MONTHS_PATTERN.search(lowered):
        months = number_value(match.group(1) or match.group(2))
        return (months // 12, None, None, ""), lowered[: match.start()] + " " + lowered[match.end() :]
    for pattern in AGE_PATTERNS:
        if match := pattern.search(lowered):
            value = number_value(match.group(1))
            stage = ""
            if "under" in match.group(0):
                value = 2 if value == 5 else max(value - 1, 0)  # "under 5s" are mostly babies and toddlers
                stage = match.group(0).strip()
            rest = lowered[: match.start()] + " " + lowered[match.end() :]
            if 0 <= value <= max_age:
                return (value, None, None, stage), rest
            return (None, None, value, ""), rest
    for words, (first, last) in STAGES:
        pattern = re.compile(rf"\b(?:for\s+)?(?:an?\s+|my\s+|our\s+)?({words})\b")
        if match := pattern.search(lowered):
            stage = match.group(1)
            company = lowered[: match.start()].rstrip().endswith(" other")  # "meet other teenagers": the company
            rest = lowered if company else pattern.sub(" ", lowered, count=1)  # wanted, kept in the words
            return (first, last if last != first else None, None, stage), rest
    for words, (first, last) in SETTINGS:
        if re.search(rf"{SETTING_BEFORE}(?:{words})\b", lowered):
            return (first, last, None, ""), lowered  # the words stay: a setting is also help asked for there
    return (None, None, None, ""), lowered


def school_ending_read(lowered, *, age):
    """The text with "what after school" said as leaving school, which the vocabulary knows, unless the child
    is under 16 (`age`, None when none was read): an under-16's "what after school" is about clubs."""
    if age is not None and age < SCHOOL_LEAVING_AGE:
        return lowered
    return AFTER_SCHOOL_ENDS.sub(lambda match: f"{match.group(1)}leaving school", lowered)


def understand(text, *, max_age):
    """Read place and age out of `text`; what is not place or age is left as the search text, with "what after
    school" read as leaving school (`school_ending_read`). The searcher's own age said beside someone else they
    search for ("I'm 63 and caring for my daughter": `speaker_ages_read`) is read out too, and is no filter."""
    lowered = f" {str(text or '').lower().replace(chr(0x2019), chr(39))} "
    towns, lowered = towns_read(lowered)
    postcode, lowered = postcode_read(lowered)
    speaker_age, lowered = speaker_ages_read(lowered)
    (age, age_to, beyond, stage), lowered = age_read(lowered, max_age=max_age)
    read = school_ending_read(lowered, age=age if age is not None else beyond)
    nothing = not towns and not postcode and age is None and beyond is None and speaker_age is None
    if nothing and read == lowered:
        return Understood(text=str(text or ""))
    lowered = read
    words = [word for word in lowered.split() if word.strip(",;:")]  # "my brother, 34," leaves no lone comma
    while words and words[-1] in TRAILING_WORDS and words[-2:-1] != ["other"]:  # "swimming for my" once "10 year
        words.pop()  # old" is read; "to be with other kids" is the company wanted, and stays
    while words and words[0].strip(",;:") in LEADING_WORDS:  # "and still caring" once "I'm 63" is read
        words.pop(0)
    return Understood(
        text=" ".join(words),
        towns=tuple(towns),
        age=age,
        postcode=postcode,
        age_to=age_to,
        age_beyond=beyond,
        stage=stage,
        speaker_age=speaker_age,
    )


def adults_asked(text, understood=None):
    """Whether a search is for someone past the Local Offer's ages: an age over 25 read from it (`understood`),
    or adults named ("swimming for disabled adults", "caring for a grown up son"; young adults are not)."""
    if understood and understood.age_beyond is not None:
        return True
    return bool(ADULTS.search(str(text or "").lower()))
