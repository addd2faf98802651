"""Which services match a search and how well: the query as families typed it, scored by the index.

Every meaningful word counts on its own (a service matching any of them is found), and a service
matching more of them, in more important fields, or the whole phrase, ranks higher. Each word or
phrase the SEND vocabulary knows also finds its other names, a little below the words as typed.
"""

import numpy as np
import tantivy

from services.search.engine import FIELDS, OWN_FIELDS, best_score, matched
from services.search.vocabulary import (
    FAMILY_WORDS,
    FILLER_WORDS,
    LINKING_WORDS,
    NOT_ALONE,
    PERSON_DESCRIBING_WORDS,
    POSSESSIVES,
    STOP_WORDS,
    query_expand,
    read_otherwise,
    words_of,
)

EXPANSION_BOOST = 0.6  # another name for a word, from the vocabulary, counts a little less than the word typed
PHRASE_BOOST = 1.5  # the words typed, together and in order
TIE_BREAKER = 0.3  # a service matching several names for one thing gains a little, not several times
COMMON_SHARE = 0.5  # a word in more than half the services only ranks; it finds nothing on its own
MIN_SERVICES_FOR_SHARES = 50  # in a smaller directory, how many services use a word says little about it
CATEGORY_ONLY_SHARE = 0.6  # the kind of help found only in a category's name ("swim" in "Sport and swimming")
OWN_MATCHES_KEPT = 500  # kinds of help whose services' own matches (a byte a service) each index keeps
SPECIFIC_NEEDS = 2  # a service tagged with more needs than this is less made for any one of them
BODY_ONLY_SHARE = 0.8  # the kind of help found only further down a listing (its description, its answers)
SAID_FIELDS = ("name", "summary", "terms")  # where a listing says what it offers
OFFER_FIELDS = ("name", "summary")  # where a listing says in its own words what it is and whom it helps
OWN, SAID = 1, 2  # `offering_marks`: offers a kind of help in its own words; says so in `SAID_FIELDS`
PLACE_SHARE = 0.5  # a word said as where, not a kind of help the vocabulary knows ("at home", "in Hollinsby")
PROBLEM_SHARE = 0.7  # a kind of help related to a problem described: up to this share of the kind asked for
NEED_NAMED_SHARE = 0.5  # ... and this much of that when a need is named beside the problem: its services count too
SAID_AND_OFFERED_SHARE = 0.25  # a service naming a problem and offering the help for it: this much more than naming it
RELATED_SHARE = 0.9  # a service offering only a related kind of help: at most this share of the last asked-for one
RELATED_NAMED = 0.2  # ... of which this much for how much it is about the related kind, the rest for the question


def common(index, phrase):
    """Whether a single word is in so many services that it only ranks (never in a small directory)."""
    return " " not in phrase and index.size >= MIN_SERVICES_FOR_SHARES and index.document_share(phrase) > COMMON_SHARE


def group_query(index, group, fields=FIELDS):
    """Any of a group's phrases: the first as typed, the rest other names for it ("children" left out: it
    finds everything).

    The group counts less the more services use its word, across all fields: "support" in a name
    must not outrank "autism" in a description. A phrase with a word the index would take for another
    (`read_otherwise`: "downs" is "down" to its stemmer, as in "calm down"; "sending" is "send", so "keeps
    sending my son home" would find "SEND Home to School Travel") is not searched: the group is found by its
    other names, and a word of that kind that is a group of its own is not searched at all (None).
    """
    typed = not read_otherwise(group[0])
    queries = [index.phrase_query(group[0], fields=fields)] if typed else []
    queries += [
        index.phrase_query(phrase, EXPANSION_BOOST, fields=fields)
        for phrase in group[1:]
        if not common(index, phrase) and not read_otherwise(phrase)
    ]
    queries = [query for query in queries if query is not None]
    if not queries:
        return None
    query = queries[0] if len(queries) == 1 else tantivy.Query.disjunction_max_query(queries, TIE_BREAKER)
    if " " in group[0] or index.size < MIN_SERVICES_FOR_SHARES:
        return query
    return tantivy.Query.boost_query(query, max(1.0 - index.document_share(group[0]), 0.05) ** 2)


def name_query(index, word):
    """A word common in the services' text in their names, where it is rarer and says what a service is
    ("school" in "autism school": the Beeches School), counting as much less as it is common among names."""
    query = index.phrase_query(word, fields=["name"])
    if query is None:
        return None
    share = index.field_stems["name"].get(index.stem(word), 0) / max(index.size, 1)
    return tantivy.Query.boost_query(query, max(1.0 - share, 0.05) ** 2)


def ranked_matches(*, index, words, weights=None, ranking=(), adults=None):
    """Each service's score for `words`, as an array over the index: NaN where it does not match (all NaN when
    none does). `weights`
    (an array over the index) weighs each service's score before the kind of help and needs rank them;
    `ranking` are words that only add to the score of services found by `words` (a stage of life read
    as an age: "toddlers"); `adults` (a boolean array over the index), for a search for an adult, the
    services that take adults (`adults_apply`).

    A service must match a deciding group (or the whole phrase); groups of common words only add to
    the score of services found otherwise, unless they are all there is.
    """
    stages = query_expand(query=list(ranking), table=index.phrases) if ranking else []
    groups = [
        stage_widened(index=index, group=group, stages=stages)
        for group in query_expand(query=list(words), table=index.phrases)
    ]
    if not groups:
        return np.full(index.slots, np.nan)
    deciding = [group for group in groups if len(group) > 1 or not common(index, group[0])]
    ranking_only = [group for group in groups if group not in deciding] if deciding else []
    ranking_only += [group for group in stages if group not in groups]
    built = {tuple(group): group_query(index, group) for group in deciding or groups}  # built once, used twice
    finding = list(built.values())
    if len(words) >= 2:
        finding.append(index.phrase_query(" ".join(words), PHRASE_BOOST))
    if not any(query is not None for query in finding):
        return np.full(index.slots, np.nan)
    extra = [group_query(index, group) for group in ranking_only]
    extra += [name_query(index, group[0]) for group in ranking_only if common(index, group[0])]
    matches = index.search_any(finding, also=extra)
    if not matched(matches).any():
        matches = phrase_words_matches(index=index, groups=groups)
        if not matched(matches).any():
            matches = related_matches(index=index, groups=deciding)
            if not matched(matches).any():
                return matches
    if weights is not None:
        matches = matches * weights
    settings = settings_named(words)
    tiered = coverage_apply(
        index=index,
        matches=matches,
        groups=deciding,
        settings=settings,
        built=built,
        adults=adults,
        means=means_named(words=words, groups=deciding, related=index.reference.related),
        wanted=wanted_read(index=index, words=words, groups=deciding, settings=settings),
    )
    if adults is not None and not tiered:
        adults_apply(matches=matches, adults=adults)
    related_apply(index=index, matches=matches, groups=deciding, weights=weights, built=built)
    best = best_score(matches)
    for position in index.names.get(" ".join(words), ()):
        if matched(matches[position]):
            matches[position] += best  # the service whose name is the query comes first
    return matches


def stage_widened(*, index, group, stages):
    """A kind of help that is a whole area of the directory ("things to do": leisure and activities) said with a
    stage of life (`stages`, the groups of "toddlers") widened to the listings naming that stage as typed: a
    toddler group is a thing to do for toddlers, though listed with the family hubs. Not the stage's other names,
    which many listings use in passing ("young people"). Any other group as it is."""
    if not stages or not names_kind_of_help(group, index.reference.help_kinds):
        return group
    categories = index.reference.categories
    whole = [
        pk
        for phrase in group
        for pk in index.category_names.get(tuple(index.analyzer.analyze(phrase)), ())
        if categories[pk].parent_id is None
    ]
    if not whole:
        return group
    return [*group, *(stage[0] for stage in stages if stage[0] not in group)]


def adults_apply(*, matches, adults):
    """For a search for an adult asking for one thing, the services that take adults (`adults`) first, then
    the rest, each by its score. `matches` (an array over the index) is changed in place."""
    best = best_score(matches) or 1.0
    matches[:] = matches / best + np.where(adults, 1.0, 0.0)


def phrase_words_matches(*, index, groups):
    """When the vocabulary's phrases found nothing, their words one by one ("carers allowance" finds a
    listing that says "an allowance for carers"); all NaN when there is no phrase or still no match."""
    if not any(" " in group[0] for group in groups):
        return np.full(index.slots, np.nan)
    words = dict.fromkeys(word for group in groups for word in group[0].split(" "))
    singles = [[word] for word in words if word not in STOP_WORDS and word not in FAMILY_WORDS]
    return index.search_any([group_query(index, group) for group in singles if not common(index, group[0])])


def related_matches(*, index, groups):
    """When no listing uses the words of a problem ("im exhausted"), the services offering the kinds of help staff
    relate to it (short breaks, a carer's assessment); all NaN when none is related or none offers one."""
    return index.search_any(
        [group_query(index, kind) for group in groups for kind in related_kinds(index.reference.related, group)]
    )


SETTING_WORDS = frozenset(["at", "in", "from", "during", "after", "before"])


def settings_named(words):
    """The words said as where something happens rather than what is wanted: "biting at nursery",
    "excluded from school", "upset after school" (the word after "at", "in", "from" ...)."""
    return {words[i + 1] for i in range(len(words) - 1) if words[i] in SETTING_WORDS}


PURPOSE_WORDS = frozenset(["for", "towards", "toward"])
ARTICLES = frozenset(["a", "an", "the", "some", "new", "my", "our", "his", "her", "their"])


def means_named(*, words, groups, related):
    """The groups that only say how a thing is wanted, not what: a kind of help followed by "for" and a kind
    staff relate to it ("money for a washing machine": money, and a washing machine is what grants are for).
    The thing it is for is what is asked for; the money is the way to it."""
    text = f" {' '.join(words)} "
    means = set()
    for group in groups:
        kinds = related_kinds(related, group)
        for other in groups:
            if other is group or not any(set(other) & set(kind) for kind in kinds):
                continue
            if means_before(text, means=group[0], thing=other[0]):
                means.add(tuple(group))
    return means


def means_before(text, *, means, thing):
    """Whether `text` says `means` for `thing`: "money for a new washing machine", "money towards a cooker"."""
    start = text.find(f" {means} ")
    if start < 0:
        return False
    after = text[start + len(means) + 2 :].split(" ")
    if not after or after[0] not in PURPOSE_WORDS:
        return False
    rest = after[1:]
    while rest and rest[0] in ARTICLES:
        rest = rest[1:]
    return f" {' '.join(rest)} ".startswith(f" {thing} ")


def names_kind_of_help(group, kinds):
    """Whether a vocabulary group names a kind of help (its entry's term is first or second in it)."""
    return len(group) > 1 and (group[0] in kinds or group[1] in kinds)


def related_kinds(related, group):
    """The phrase lists of the kinds of help staff relate to a vocabulary group's entry; empty when none."""
    if len(group) < 2:
        return []
    return related.get(group[0]) or related.get(group[1]) or []


def related_apply(*, index, matches, groups, weights=None, built=None):
    """Add the services offering a kind of help related to one asked for ("school refusal": the SEND
    information, advice and support service), each raised to just below every service matching what was
    asked for, above the services matching neither; among themselves, the better match for the rest of the
    question first, and the one more about a related kind (`related_strength`). A relation never lowers a
    service the question's own words rank higher. `matches` (an array over the index) is changed in place;
    two in-memory searches for each related kind, one for each group."""
    asked, related = [], []
    for group in groups:
        kinds = related_kinds(index.reference.related, group)
        if kinds:
            asked.append(group)
            related += [kind for kind in kinds if kind not in related]
    if not related:
        return
    built = built or {}
    direct = np.zeros(index.slots, dtype=bool)
    for group in asked:
        query = built[tuple(group)] if tuple(group) in built else group_query(index, group)
        if query is not None:
            direct |= index.matching(query)
    offering = np.zeros(index.slots, dtype=bool)
    for kind in related:
        offering |= own_matches(index=index, group=kind)
    offering &= index.live & ~direct
    if not offering.any():
        return
    best = best_score(matches) or 1.0
    asked_scores = matches[direct & matched(matches)]
    ceiling = RELATED_SHARE * (asked_scores.min() if asked_scores.size else best)
    score = np.nan_to_num(matches[offering], nan=0.0)
    share = np.minimum(score, best) / best
    made_for = related_strength(index=index, kinds=related)[offering]
    placed = ceiling * (0.5 + (0.5 - RELATED_NAMED) * share + RELATED_NAMED * made_for)
    if weights is not None:
        placed *= weights[offering]
    matches[offering] = np.maximum(score, placed)


def related_strength(*, index, kinds):
    """How much each service is about one of the related kinds of help `kinds`, from 0 to 1, as an array over
    the index: its best score for one of them as a share of that kind's best, so a service named for it (the
    SEND information, advice and support service) comes before one mentioning it in passing."""
    strength = np.zeros(index.slots)
    for kind in kinds:
        positions, shares = kind_scores(index=index, group=kind)
        strength[positions] = np.maximum(strength[positions], shares)
    return strength


def kind_scores(*, index, group):
    """The services matching a kind of help's group (positions in the index) and each one's score as a share of
    the best; kept with the index, as the same related kinds come back with every question about school or
    mental health."""
    key = tuple(group)
    if key not in index.kind_scores:
        query = group_query(index, group)
        found = index.search(query) if query is not None else np.full(index.slots, np.nan)
        best = best_score(found) or 1.0
        positions = np.flatnonzero(matched(found))
        shares = positions, found[positions] / best
        if len(index.kind_scores) >= OWN_MATCHES_KEPT:
            return shares
        index.kind_scores[key] = shares
    return index.kind_scores[key]


def specificity(row):
    """How much one need asked for counts for a service: fully for one made for a need or two, less for one
    tagged with many (a swimming club open to five needs is less made for deafness than a deaf children's group)."""
    return min(1.0, SPECIFIC_NEEDS / row.needs) if row.needs else 1.0


def own_matches(*, index, group):
    """The services offering a kind of help by their own words or by a category named for it, as a boolean
    array over the index: not those only in a category it is a part of (a football club in "Sport and
    swimming" for "swimming")."""
    return (offering_marks(index=index, group=group) & OWN).astype(bool)


def offering_marks(*, index, group):
    """For each service, as a byte over the index, whether it offers a kind of help by its own words or by a
    category named for it (`OWN`), and whether it says so where a listing says what it offers, in its name,
    summary or categories (`SAID`). Kept with the index, as families ask for the same kinds of help again and
    again."""
    key = tuple(group)
    if key not in index.own_matches:
        marks = index.named_categories_mask(group).astype(np.uint8)  # OWN is 1: a category named for it
        marks[index.matching(group_query(index, group, OWN_FIELDS))] |= OWN
        marks[index.matching(group_query(index, group, SAID_FIELDS))] |= SAID
        if len(index.own_matches) < OWN_MATCHES_KEPT:
            index.own_matches[key] = marks
        return marks
    return index.own_matches[key]


def coverage_apply(
    *, index, matches, groups, settings=frozenset(), built=None, adults=None, means=frozenset(), wanted=()
):
    """Rank first by the kind of help asked for, then by how many of the other things asked for a service
    offers, then by score: for "football for my son with ADHD" a football club for children with ADHD
    comes first, then any football club, then ADHD services; for "my son has autism and cant sleep", a
    service for both outranks any for one. Only the things the vocabulary names count (a word on its
    own, "third" or "time", does not, nor words for who it is for, "kids"), so a service offering the one thing
    named comes before those sharing only other words with the question ("panic attacks before school every
    day"); one in-memory search each, no query. A kind of help named as the place where a problem happens
    (`settings`: "biting at nursery") counts as another thing asked for, and so, for less, does any other word
    said as where ("at home", "in Hollinsby"), so that of two services offering what was asked for about as
    well, the one that names the place comes first. The kind of help counts less for a service found only
    through a category it is one part of (`own_matches`), or that names it only further down its listing (its
    description or answers) rather than where a listing says what it offers (its name, summary or
    categories): a youth club that mentions arts and crafts offers art less than an art club. Each of two or
    more needs counts less for a service tagged with many (`specificity`). For a search for an adult, a
    service that takes adults (`adults`, a boolean array) comes before those sharing only needs with the
    question, still after the kind of help. The words a request opens with that the vocabulary does not know
    (`wanted`, from `wanted_read`: "gymnastics" in "gymnastics for my autistic daughter") count as the kind of
    help when it names none (`wanted_apply`). When the vocabulary names nothing in a question of two words or
    more, how many of its words a service uses counts instead (`words_apply`). When it names no kind of help but
    tells of problems staff relate kinds of help to, the help for them counts as the kind (`problems_apply`).
    `built` holds the groups' queries already made, by group. Whether the scores were put in these tiers (not
    for one thing asked for, nor for words the vocabulary does not know)."""
    named = [group for group in groups if len(group) > 1 and group[0] not in FAMILY_WORDS]
    places = [group for group in groups if len(group) == 1 and group[0] in settings]
    any_match = matched(matches).any()
    if any_match and not named and len(groups) >= 2:
        words_apply(index=index, matches=matches, groups=groups, built=built or {})
        return False
    if not any_match or not (named or places) or len(groups) < 2:
        return False  # one thing asked for: the scores alone
    kinds = [
        names_kind_of_help(group, index.reference.help_kinds) and group[0].split(" ")[0] not in settings
        for group in named
    ]
    built = built or {}
    queries = [built[tuple(group)] if tuple(group) in built else group_query(index, group) for group in named]
    others = len(kinds) - sum(kinds)
    adult_share = others + 1 if adults is not None else 0  # taking adults: more than every need and the score
    kind_weight = len(named) + len(places) + 1 + adult_share  # the kind of help: more than all else asked for
    several = others >= 2  # two needs or more: each counts less for a service tagged with many
    found = np.zeros(index.slots)
    for group, query, kind in zip(named, queries, kinds, strict=True):
        if query is None or tuple(group) in means:  # "money" in "money for a cooker" only ranks, by its score
            continue
        hit = index.matching(query)
        if kind:
            marks = offering_marks(index=index, group=group)[hit]
            share = kind_weight * np.where(marks & OWN, 1.0, CATEGORY_ONLY_SHARE)
            found[hit] += np.where(marks & SAID, share, share * BODY_ONLY_SHARE)
        elif several:
            found[hit] += [specificity(index.rows[position]) for position in np.flatnonzero(hit)]
        else:
            found[hit] += 1.0
    wanted_apply(index=index, found=found, wanted=wanted, weight=kind_weight)  # read only when no kind is named
    if not any(kinds):
        # Not a kind of help said as where ("at nursery"): the place a problem happens, not a problem to help with.
        told = [group for group in named if not names_kind_of_help(group, index.reference.help_kinds)]
        helping = problems_apply(index=index, found=found, groups=told, weight=kind_weight)
        matches[helping & ~matched(matches)] = 0.0  # found for the help they give, though they share no word
    unnamed = 0 if any(kinds) or wanted else others  # needs named with no kind of help: the other words may say it
    unnamed_apply(index=index, found=found, groups=groups, needs=unnamed, settings=settings, weight=kind_weight)
    for group in places:
        query = built[tuple(group)] if tuple(group) in built else group_query(index, group)
        if query is not None:
            found[index.matching(query)] += PLACE_SHARE
    best = best_score(matches) or 1.0
    matches[:] = found + matches / best
    if adults is not None:
        matches[adults] += adult_share
    return True


def problems_apply(*, index, found, groups, weight):
    """When a question names no kind of help but tells of problems ("she wont talk to anyone since her dad died"),
    the help for them stands for the kind asked for. A service saying in its name or summary that it helps with
    one of the problems gains `weight`, as the kind of help would; one offering a kind of help staff relate to it
    (bereavement: counselling) gains up to `PROBLEM_SHARE` of it, the more the more it is about that kind
    (`related_strength`). When the question names only problems, such a service also counts as naming the
    problem, so a listing mentioning it only further down (a charity started after a death) comes after; when it
    names a need as well ("autistic"), whose own services count too, it gains `NEED_NAMED_SHARE` as much. Each
    area of the vocabulary counts once, however many ways it is said, and a service helping with several
    problems counts for the one it helps with best. A service naming a problem and offering the help for it as well
    gains a little more (`SAID_AND_OFFERED_SHARE`), so the help comes before a mention: occupational therapy for
    sensory integration before a baby class with "textures" in it, for a child who covers his ears at hand dryers.
    `found` (an array over the index) is changed in place;
    returns the services helping, as a boolean array, to be found even when they share no word with the
    question."""
    related = index.reference.related
    seen = set()
    best = np.zeros(index.slots)
    only_problems = all(related_kinds(related, group) for group in groups)  # no need named beside them ("autistic")
    for group in groups:
        kinds = related_kinds(related, group)
        key = tuple(kind[0] for kind in kinds)
        if not kinds or key in seen:
            continue
        seen.add(key)
        offering = np.zeros(index.slots, dtype=bool)
        for kind in kinds:
            query = group_query(index, kind, OFFER_FIELDS)
            if query is not None:
                offering |= index.matching(query)
        strength = related_strength(index=index, kinds=kinds)  # the service named for it before one in passing
        said, named = (
            index.matching(query) if query is not None else np.zeros(index.slots, dtype=bool)
            for query in (group_query(index, group, OFFER_FIELDS), group_query(index, group))
        )  # named: counted once already, as any need named is
        naming = np.where(named, 0.0, 1.0) if only_problems else 0.0
        share = PROBLEM_SHARE if only_problems else PROBLEM_SHARE * NEED_NAMED_SHARE
        both = SAID_AND_OFFERED_SHARE * weight * strength * offering  # the help for it before a mention of it
        helps = np.where(said, weight + both, np.where(offering, share * weight * strength + naming, 0.0))
        best = np.maximum(best, helps)
    found += best
    return best > 0


def unnamed_apply(*, index, found, groups, needs, settings, weight):
    """When the vocabulary names two needs or more but no kind of help ("cerebral palsy and learning disability
    holiday care"), the question's other words say what help is wanted: a service using them gains up to
    `weight`, as a kind of help named would, by the share of them it uses. Only words some service is named
    with count (not "struggling" or "start"), and not words for where or when, nor words describing the person
    ("my little boy"), nor words in most services.
    `found` (an array over the index) is changed in place; `needs` is how many needs the vocabulary names."""
    if needs < 2:
        return
    words = [
        group
        for group in groups
        if len(group) == 1
        and group[0] not in SETTING_WORDS
        and group[0] not in settings
        and group[0] not in FAMILY_WORDS
        and group[0] not in PERSON_DESCRIBING_WORDS
        and not common(index, group[0])
        and index.field_stems["name"].get(index.stem(group[0]), 0)
    ]
    for group in words:
        query = group_query(index, group)
        if query is not None:
            found[index.matching(query)] += weight / len(words)


# Words that say someone is doing something ("he kicks", "she only eats"): a question opening with one
# describes what is happening rather than asking for a thing.
SUBJECT_WORDS = frozenset(["he", "she", "they", "it", "hes", "shes", "theyre", "its", "im", "ive", "were", "weve"])
# Words for the person a question is about, when it opens with them ("my autistic son ...", "daughter has ...").
PERSON_WORDS = (FAMILY_WORDS | PERSON_DESCRIBING_WORDS | POSSESSIVES | {"i", "we", "me", "us"}) - frozenset(
    ["please", "looking", "find", "want", "wants", "need", "needs", "anything", "something", "someone", "somewhere",
     "get", "getting", "help"]
)  # fmt: skip
# Words that ask ("i need", "my son wants", "looking for", "is there any", "where can"), said before the thing
# asked for.
ASKING_WORDS = frozenset(
    ["want", "wants", "wanting", "need", "needs", "looking", "find", "finding", "get", "getting", "would", "like",
     "any", "anywhere", "somewhere", "anyone", "recommend", "suggest", "please", "there", "help", "where"]
)  # fmt: skip
# Words a question opens with; such a question asks for a thing only with an asking word ("can i find ..."),
# not when it asks what happens or who does something ("what happens when he turns 18").
QUESTION_WORDS = frozenset(
    ["what", "whats", "how", "why", "who", "when", "which", "where", "can", "could", "should", "do", "does", "did",
     "will", "is", "are", "think"]
)  # fmt: skip
# Words that say how often, how much, when or how good, never the thing wanted ("too anxious for school", "a
# good gymnastics club"), nor does a contraction or "keeps" ("keeps climbing out the window"; "keep fit" may be),
# nor a word that stands for any thing at all ("things around Kinson for ...", "somewhere he can go").
NOT_THINGS = frozenset(
    ["too", "also", "still", "again", "always", "never", "ever", "only", "not", "no", "more", "less", "much", "many",
     "already", "yet", "now", "often", "sometimes", "anymore", "other", "same", "good", "best", "nice", "great",
     "local", "suitable", "right", "thing", "things", "anything", "something", "stuff", "go", "going"]
) | NOT_ALONE  # fmt: skip
# Words that end what is asked for and begin who it is for, or when: "gymnastics for my daughter", "a dentist
# who is patient" (as do the words for where, `SETTING_WORDS`: "lessons at weekends").
THING_ENDS = frozenset(["for", "that", "who", "which", "with", "where", "when", "because", "if", "but", "so", "near"])


def known_positions(words, groups):
    """{position in `words`: its group} for the phrases the vocabulary knows (`groups` of more than one way of
    saying)."""
    known = {}
    for group in groups:
        phrase = group[0].split(" ")
        if len(group) < 2:
            continue
        for start in range(len(words) - len(phrase) + 1):
            span = range(start, start + len(phrase))
            if words[start : start + len(phrase)] == phrase and not any(place in known for place in span):
                known.update(dict.fromkeys(span, group))
                break
    return known


def need_names(reference):
    """The names of the areas of need, as plain words, each with spaces around for whole-word matching."""
    return [f" {' '.join(words_of(term.name))} " for term in reference.needs.values()]


def names_need(group, needs):
    """Whether a vocabulary group names an area of need (`needs`, from `need_names`): "autistic", "deaf"."""
    return len(group) > 1 and any(f" {phrase} " in name for phrase in group for name in needs)


def wanted_read(*, index, words, groups, settings=frozenset()):
    """The words a request opens with that the vocabulary does not know, read as the thing wanted: "gymnastics"
    in "gymnastics for my autistic daughter", "is there any gymnastics for ...", "my son wants to do
    gymnastics". Only when the vocabulary names something else in the question (a need) and no kind of help;
    not for a question that describes what someone does ("he kicks", "my son hides", "daughter has downs and
    wont eat") or asks what happens, whose words say what is happening rather than a thing wanted. The words
    run to the first that says who it is for, when or where (`THING_ENDS`) or that the vocabulary knows; small
    words, words for who it is for and words in most services are left out. Empty when none is read."""
    named = [group for group in groups if len(group) > 1 and group[0] not in FAMILY_WORDS]
    kinds = index.reference.help_kinds
    if not named or any(names_kind_of_help(group, kinds) and group[0].split(" ")[0] not in settings for group in named):
        return []
    words = [word for word in words if word not in FILLER_WORDS] or words  # as `query_expand` reads them
    if not words or words[0] in SUBJECT_WORDS:
        return []
    known = known_positions(words, groups)
    needs = need_names(index.reference)
    position = 0  # past who it is for: "my autistic son", "autism" (not a problem: "stomach aches every day")
    while position < len(words) and (
        names_need(known[position], needs) if position in known else words[position] in PERSON_WORDS
    ):
        position += 1
    # About someone ("my autistic son ..."), or a question: a thing is asked for only with an asking word.
    told = any(words[before] in PERSON_WORDS for before in range(position)) or words[0] in QUESTION_WORDS
    asked = False
    while position < len(words) and (
        (names_need(known[position], needs) and asked)
        if position in known
        else words[position] in STOP_WORDS | ASKING_WORDS | QUESTION_WORDS
        or (asked and words[position] in PERSON_WORDS)  # "somewhere my autistic son can ..."
    ):
        asked = asked or words[position] in ASKING_WORDS
        position += 1
    if told and not asked:
        return []
    wanted = []
    ends = THING_ENDS | SETTING_WORDS | SUBJECT_WORDS
    while position < len(words) and position not in known and words[position] not in ends:
        word = words[position]
        if word in POSSESSIVES:  # "think my son is ...": what someone thinks, not a thing
            return []
        if not (
            word in STOP_WORDS
            or word in FAMILY_WORDS
            or word in PERSON_DESCRIBING_WORDS
            or word in FILLER_WORDS
            or word in NOT_THINGS
            or word in LINKING_WORDS
            or word.isdigit()
            or common(index, word)
            or word in wanted
        ):
            wanted.append(word)
        position += 1
    return wanted


def wanted_apply(*, index, found, wanted, weight):
    """The words read as the thing wanted (`wanted_read`) ranked as a kind of help named would be: a service using
    them all gains up to `weight`, each word counting less the more services use it ("support" says little of
    what is wanted), and a word used only further down a listing (its description or answers) counting less than
    one in its name, summary or categories (in a small directory, how many services use a word says little about
    it, and each counts the same). `found` (an array over the index) is changed in place."""
    for word in wanted:
        rarity = max(1.0 - index.document_share(word), 0.05) ** 2 if index.size >= MIN_SERVICES_FOR_SHARES else 1.0
        share = weight * rarity / len(wanted)
        query = group_query(index, [word])
        if query is None:  # a word the index would take for another ("sending")
            continue
        said = index.matching(group_query(index, [word], SAID_FIELDS))
        hit = index.matching(query)
        found[hit] += np.where(said[hit], share, share * BODY_ONLY_SHARE)


def words_apply(*, index, matches, groups, built):
    """For a question of two words or more none of which the vocabulary knows ("learning to catch the bus"), rank
    first by how many of them a service uses, then by score: a service that says "learning", "catch" and "bus"
    before one that says "bus" many times. A word for where or when ("after") does not count."""
    found = np.zeros(index.slots)
    for group in [group for group in groups if group[0] not in SETTING_WORDS]:
        query = built[tuple(group)] if tuple(group) in built else group_query(index, group)
        if query is not None:
            found[index.matching(query)] += 1
    best = best_score(matches) or 1.0
    matches[:] = found + matches / best
