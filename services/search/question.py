"""A family's question as the parts the search read from it, each one a family can see and take away.

"swimming for my autistic son aged 8 in Bournemouth" is read as the kind of help ("swimming"), a need
("autistic"), an age and a place. The page says so ("Swimming · autistic · age 8 · Bournemouth") and
lists each part with a link to the same search without it, so nothing narrows a search unseen.
"""

from dataclasses import dataclass

from services.search.ranking import (
    common,
    names_kind_of_help,
    names_need,
    need_names,
    settings_named,
    wanted_read,
)
from services.search.vocabulary import (
    ADULT_WORDS,
    FAMILY_WORDS,
    STOP_WORDS,
    phrase_at,
    phrase_forms,
    query_expand,
    singular,
    stem,
    words_of,
)

HEADINGS = {"help": "Kind of help", "need": "Need", "topic": "About", "words": "Search", "who": "For"}
READ_FILTERS = ("Age", "Where", "Near")  # the filters that are part of the question, read from it or chosen


@dataclass(frozen=True)
class Part:
    """One part of the question: its heading ("Kind of help"), its words as the page shows them, and the
    search without it, as a query string."""

    heading: str
    label: str
    query: str
    short: str = ""  # how the part reads in the line of what was understood, when not its label

    @property
    def in_line(self):
        return self.short or self.label.strip("“”")


def group_kind(group, *, kinds, needs):
    """ "help" for a kind of help, "need" for a group naming an area of need, "topic" for another thing the
    vocabulary knows, "words" for a word it does not."""
    if len(group) == 1:
        return "words"
    if names_kind_of_help(group, kinds):
        return "help"
    if names_need(group, needs):
        return "need"
    return "topic"


def without_words(words, phrase):
    """The words with the first run of `phrase`'s words taken out (compared without plural endings)."""
    wanted = phrase_forms(phrase.split(" "))
    forms = ([singular(word) for word in words], [stem(word) for word in words])
    for start in range(len(words) - len(wanted) + 1):
        if phrase_at(words, start, wanted, forms):
            return words[:start] + words[start + len(wanted) :]
    return words


def word_parts(*, params, index):
    """The parts of the search's words, kinds of help first, then needs, other things the vocabulary
    knows, and the rest of the words as one part."""
    words = words_of(params.q)
    reference = index.reference
    needs = need_names(reference)
    parts, rest = [], []
    groups = query_expand(query=list(words), table=index.phrases)
    wanted = thing_wanted(index=index, words=words, groups=groups)
    for group in groups:
        kind = group_kind(group, kinds=reference.help_kinds, needs=needs)
        if any(part.label == group[0] for _, part in parts):  # said twice
            continue
        if kind == "words":
            rest.append(group[0])
            continue
        left = " ".join(without_words(words, group[0]))
        parts.append((kind, Part(heading=HEADINGS[kind], label=group[0], query=params.query_string(q=left))))
    if wanted:
        left = " ".join(word for word in words if word not in wanted)
        label = " ".join(wanted)
        parts.append(("help", Part(heading=HEADINGS["help"], label=label, query=params.query_string(q=left))))
    parts = [part for _, part in sorted(parts, key=lambda item: ("help", "need", "topic").index(item[0]))]
    adults = adults_part(params=params, words=words)
    meaningful = [word for word in rest if word not in STOP_WORDS and word not in FAMILY_WORDS]
    meaningful = [word for word in meaningful if word not in wanted]
    if not (parts or adults) or (len(parts) + len(adults) == 1 and not meaningful):  # one thing: the words as typed
        short = parts[0].label if parts else ""
        return [Part(heading=HEADINGS["words"], label=f"“{params.q}”", query=params.without("q"), short=short)]
    if meaningful:
        left = words
        for word in meaningful:
            left = without_words(left, word)
        label = f"“{' '.join(meaningful)}”"
        parts.append(Part(heading=HEADINGS["words"], label=label, query=params.query_string(q=" ".join(left))))
    return parts + adults


def thing_wanted(*, index, words, groups):
    """The words the search ranks as the kind of help when the vocabulary names none (`wanted_read`): "gymnastics"
    in "gymnastics for my autistic daughter"; empty when there are none."""
    deciding = [group for group in groups if len(group) > 1 or not common(index, group[0])]
    return wanted_read(index=index, words=words, groups=deciding, settings=settings_named(words))


def adults_part(*, params, words):
    """The part saying a search is for adults ("swimming for disabled adults"), which ranks the services that
    take adults first (`adults_asked`), with the search without it; none when adults are not named."""
    if not any(word in ADULT_WORDS for word in words):
        return []
    left = " ".join(word for word in words if word not in ADULT_WORDS)
    return [Part(heading=HEADINGS["who"], label="adults", query=params.query_string(q=left))]


def age_label(age, age_to=None):
    """An age as the page's filters say it: "8 years old", "13 to 19 years old", "1 year old", "under 1 year old"."""
    if age_to:
        return f"{age} to {age_to} years old"
    return {0: "under 1 year old", 1: "1 year old"}.get(age, f"{age} years old")


def age_short(params):
    """The search's age as the line of what was understood says it: "age 8", "age 13 to 19", "age under 1"."""
    if params.age_to:
        return f"age {params.age} to {params.age_to}"
    return "age under 1" if params.age == 0 else f"age {params.age}"


def question_parts(*, params, index, active, age_beyond=None):
    """Every part of the question: its words' parts, then the age and the places among the filters in force
    (`active`, from `active_filters`, whose links already take a town's countywide companion with it). An age
    typed past 25 (`age_beyond`), searched at 25, reads as typed: "age 30", not "age 25"."""
    parts = word_parts(params=params, index=index) if params.q else []
    towns = [label for heading, label, _ in active if heading == "Where"]
    for heading, label, query in sorted(active, key=lambda entry: entry[0] != "Age"):  # age before place
        if heading not in READ_FILTERS or (label == "Countywide" and len(towns) > 1):
            continue
        short = ""
        if heading == "Age":
            short = f"age {age_beyond}" if age_beyond is not None else age_short(params)
        parts.append(Part(heading=heading, label=label, query=query, short=short))
    return parts


def question_line(parts):
    """The parts in a line, as the page says what it understood: "Swimming · autism · age 8 · Bournemouth"."""
    line = " · ".join(part.in_line for part in parts)
    return line[:1].upper() + line[1:]
