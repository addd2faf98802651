"""The SEND search vocabulary: abbreviations and everyday words that mean the same as formal terms.

Staff keep the list in the admin (SearchTerm). A query is split into groups: each phrase the
vocabulary knows becomes a group of every way of saying it, each other word a group of its own.
A service matches when it matches one alternative of every group.
"""

import functools
import re

import tantivy

from services.models import SearchTerm

MAX_QUERY_LENGTH = 200
MAX_GROUPS = 8
WORD_RE = re.compile(r"[\w'+]+", re.UNICODE)
# Words too common to search for (a subset of PostgreSQL's English stop words).
STOP_WORDS_TEXT = """
a an and are as at be by can do for from has have how i in is it its me my of on or our so that the their
them there they this to up was we what when where which who will with you your he she his her him
"""
STOP_WORDS = frozenset(STOP_WORDS_TEXT.split())
# Words that say who a search is for, or that it is a request, rather than what it is for ("my son",
# "kids", "help"): left out of a search that has other words, so "kids clubs" finds clubs that never
# say "kids" and "help with meltdowns" is about meltdowns.
FAMILY_WORDS_TEXT = """
son sons daughter daughters child childs kid kids boy boys girl girls grandson granddaughter baby family
please looking find want wants need needs anything something someone somewhere get getting help adult adults
"""
FAMILY_WORDS = frozenset(FAMILY_WORDS_TEXT.split())
# Words that describe the person a search is for, their age or size ("my little boy", "our eldest", "a
# young adult"), not the help wanted: a service named "Little Explorers" is not what "my little boy" asks for.
PERSON_DESCRIBING_WORDS = frozenset(
    [
        "little",
        "young",
        "younger",
        "youngest",
        "older",
        "oldest",
        "elder",
        "eldest",
        "big",
        "small",
        "tiny",
        "teenage",
        "grown",
    ]
)
# Words that only say how much, left out so that the phrase around them is still known: "isnt really talking
# yet" is "not talking yet", "really aggressive at home" is "aggressive at home".
FILLER_WORDS = frozenset(["really", "very", "quite", "actually", "just", "even"])
# Contractions typed without the apostrophe, "not" and "keeps": part of a phrase ("wont talk", "cant sleep"), not
# searched on their own (a listing's "can't" says nothing of what a family asked for) unless nothing else is left. Not
# those that are words too ("ill").
NOT_ALONE_TEXT = """
not keeps arent isnt wont doesnt cant cannot hasnt havent didnt dont wasnt werent couldnt wouldnt shouldnt hadnt mustnt
shant neednt aint mightnt im ive hes shes theyre youre weve youve theyve youll theyll itll hed youd theyd thats
whats theres heres wheres whos
"""
NOT_ALONE = frozenset(NOT_ALONE_TEXT.split())
# "down" finishing one of these verbs ("calm down", "calm him down", "settle down"): left out, so "help him calm
# down" is not read as Down syndrome. Elsewhere it is searched as typed (the vocabulary's phrases that hold it,
# "feeling down", "turned down", are read as phrases first).
PARTICLE_VERBS_TEXT = """
calm calms calming calmed settle settles settling settled sit sits sitting slow slows slowing wind winds winding
shut shuts shutting step steps stepping break breaks breaking melt melts melting melted cool cools cooling quieten
"""
PARTICLE_VERBS = frozenset(PARTICLE_VERBS_TEXT.split())
VERB_OBJECTS = frozenset(["him", "her", "them", "me", "us", "it"])
ADULT_WORDS = frozenset(["adult", "adults"])  # who a search is for when past the Local Offer's ages: they rank


APOSTROPHES = re.compile(r"['\u2018\u2019]")


def apostrophes_joined(text):
    """Text with its apostrophes taken out, as a query's words are: "Carer's" is "Carers" in the index too."""
    return APOSTROPHES.sub("", str(text or ""))


def words_of(text):
    """The words of a piece of text, lower-cased, without punctuation ("can't" is "cant")."""
    return WORD_RE.findall(str(text or "").lower().replace("\u2019", "").replace("'", ""))


def vocabulary_load():
    """Every vocabulary entry as a list of phrases (the formal term first), from the database."""
    return [term_phrases(term, also) for term, also in SearchTerm.objects.values_list("term", "also_known_as")]


def term_phrases(term, also_known_as):
    """One entry's phrases, each tidied to plain words: "Education, health and care plan" -> "education health ..."."""
    phrases = []
    for phrase in [term, *re.split(r"[,\n;]", also_known_as or "")]:
        tidy = " ".join(words_of(phrase))
        if tidy and tidy not in phrases:
            phrases.append(tidy)
    return phrases


# Ways of saying "not" that are the same in a phrase: "doesnt sleep" is "cant sleep" and "wont sleep".
NEGATIONS = frozenset(
    ["not", "cant", "cannot", "wont", "doesnt", "dont", "isnt", "never", "didnt", "arent", "hasnt", "havent"]
)


# Whose it is does not change a phrase: "on my own" is "on her own" and "on their own".
POSSESSIVES = frozenset(["my", "his", "her", "their", "your", "our"])
# Nor whom it is said of: "nobody understands him" is "nobody understands them", "dress himself" "dress themselves".
OBJECT_PRONOUNS = frozenset(["him", "them"])
REFLEXIVES = frozenset(["himself", "herself", "themselves", "themself", "myself", "yourself", "ourselves"])
# Words said the same in a phrase, each as one form: any way of saying "not", whose it is, whom it is said of.
SAME_FORMS = {
    **dict.fromkeys(NEGATIONS, "not"),
    **dict.fromkeys(POSSESSIVES | OBJECT_PRONOUNS, "their"),
    **dict.fromkeys(REFLEXIVES, "themselves"),
}
STEMMER = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.raw()).filter(tantivy.Filter.stemmer("english")).build()
DOUBLED_KEPT = frozenset("lsz")  # "falling" is "fall", but "swimming" is "swim"
# Words whose last "s" is no plural's: "downs" (Down syndrome, as families say it) is not "down" ("calm down"),
# "sends" (as in "school sends him home") is not SEND.
NOT_PLURALS = frozenset(["downs", "sends"])
# Words whose "-ing" is kept, as the word without it is a name for something else: "sending" is not SEND.
ING_KEPT = frozenset(["sending"])


def read_otherwise(phrase):
    """Whether the index would take a word of `phrase` for another (`NOT_PLURALS`, `ING_KEPT`): its stemmer makes
    "sending" and "sends" "send", so "sending him home" would find "SEND Home to School Travel"."""
    return any(word in NOT_PLURALS or word in ING_KEPT for word in phrase.split(" "))


@functools.lru_cache(maxsize=20_000)
def singular(word):
    """A word as phrases are compared: without a plural's ending ("jobs" and "job", "nurseries" and
    "nursery") or an "-ing" ("swimming" and "swim", "wetting" and "wets"), and any way of saying "not" as
    "not", and "my", "his", "him" ... as one word and "himself", "herself" ... as another (`SAME_FORMS`).
    Only endings are taken off: a full stemmer makes false friends of different words ("house" and "housing",
    "community" and "communication"), and a family who "cannot leave the house" is not asking for housing."""
    if word in SAME_FORMS:
        return SAME_FORMS[word]
    if len(word) <= 3:
        return word
    if word.endswith("ing") and len(word) > 5 and word not in ING_KEPT:
        base = word[:-3]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in DOUBLED_KEPT and base[-1] not in "aeiou":
            base = base[:-1]
        return base
    if not word.endswith("s") or word.endswith(("ss", "us", "is")) or word in NOT_PLURALS:
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


@functools.lru_cache(maxsize=20_000)
def stem(word):
    """A word's English stem, as the index has it ("using" and "use"), with the words `SAME_FORMS` makes one
    as one ("not" and "cant", "his" and "her", "himself" and "herself")."""
    if word in SAME_FORMS:
        return SAME_FORMS[word]
    stems = STEMMER.analyze(word)
    return stems[0] if stems else word


def phrase_forms(words):
    """The words of a phrase as they are compared: a phrase of one word without its endings (`singular`),
    so that "house" is not "housing"; the words of a longer phrase by their stems, which the other words
    keep in their sense ("use the bus on her own" is "using the bus on my own")."""
    return [singular(words[0])] if len(words) == 1 else [stem(word) for word in words]


def phrase_at(words, position, phrase_words, forms):
    """Whether `words` (their forms: `forms` = (singular, stemmed)) hold the phrase `phrase_words` (its
    `phrase_forms`) at `position`."""
    compared = forms[0] if len(phrase_words) == 1 else forms[1]
    return compared[position : position + len(phrase_words)] == phrase_words


NEAR_PHRASE_WORDS = 4  # the fewest words a phrase has for one word inside it to be said another way
# Words that only link a phrase's words, whichever is said: "stomach aches before school" is said as "stomach
# aches every school day", "caring for a disabled child" as "caring for my disabled child". Not words that
# carry a meaning of their own ("too ill for school" is not "too anxious for school").
LINKING_WORDS = STOP_WORDS | frozenset(
    ["before", "after", "during", "every", "each", "all", "any", "some", "about", "into", "over", "through", "their"]
)
LINKING_FORMS = frozenset(stem(word) for word in LINKING_WORDS)


def phrase_with_pronoun(position, phrase_words, forms):
    """How many words of a question (their `forms`) from `position` say a phrase of the vocabulary of two words or
    more with a word for whose or whom it is put inside it: "covers his ears" says "covers ears", "brush her hair"
    "brush hair", "tie his laces" "tie laces"; 0 when they do not."""
    if len(phrase_words) < 2:
        return 0
    said = forms[1][position : position + len(phrase_words) + 1]
    if len(said) <= len(phrase_words) or said[0] != phrase_words[0]:
        return 0
    for inner in range(1, len(phrase_words)):
        if (
            said[inner] == "their"
            and phrase_words[inner] != "their"
            and said[:inner] + said[inner + 1 :] == phrase_words
        ):
            return len(said)
    return 0


def phrase_near(words, position, phrase_words, forms, table=None):
    """How many words of `words` (their `forms`) from `position` say a long phrase of the vocabulary with one
    word inside it changed or one more word inside it; 0 when they do not. Changed: "stomach aches every school
    day" says "stomach aches before school", the word changed only linking the others (`LINKING_WORDS`). One
    more: "money for a family holiday" says "money for a holiday", the word added saying more about the next
    (not "not", nor a word the vocabulary knows on its own in `table`, from `phrase_table`, which is asked for
    in its own right: "money to pay an autism carer"). Its first and last words must be as the phrase has them."""
    if len(phrase_words) < NEAR_PHRASE_WORDS:
        return 0
    said = forms[1][position : position + len(phrase_words)]
    if len(said) == len(phrase_words) and said[0] == phrase_words[0] and said[-1] == phrase_words[-1]:
        changed = [index for index, (word, wanted) in enumerate(zip(said, phrase_words, strict=True)) if word != wanted]
        if len(changed) == 1 and {said[changed[0]], phrase_words[changed[0]]} <= LINKING_FORMS:
            return len(phrase_words)
    said = forms[1][position : position + len(phrase_words) + 1]
    if len(said) <= len(phrase_words) or said[0] != phrase_words[0] or said[-1] != phrase_words[-1]:
        return 0
    for added in range(1, len(phrase_words)):
        if said[:added] + said[added + 1 :] == phrase_words:
            known = table is not None and (False, forms[0][position + added]) in table
            return 0 if said[added] == "not" or known else len(said)
    return 0


def phrase_table(vocabulary):
    """The vocabulary's phrases by their first word, longest first: what `query_expand` looks phrases up in.

    Words are compared as `phrase_forms` has them, so "job" finds the phrase "jobs", "wets" "wetting" and
    "use the bus" "using the bus", while "house" does not find "housing". The table is keyed by whether
    a phrase has more than one word and its first word's form; of phrases of the same length, the one nearer
    the start of its entry comes first.
    """
    table = {}
    for entry in vocabulary:
        for place, phrase in enumerate(entry):
            words = phrase.split(" ")
            forms = phrase_forms(words)
            table.setdefault((len(words) > 1, forms[0]), []).append((forms, entry, place))
    for key, candidates in table.items():
        # A phrase two entries share is the one's that names it first ("preparing for adulthood" is that entry's
        # own term, and only one of the ways into leaving school), whatever order the entries were read in.
        candidates.sort(key=lambda item: (-len(item[0]), item[2]))
        table[key] = [(forms, entry) for forms, entry, _ in candidates]
    return table


def query_expand(*, query, vocabulary=None, table=None):
    """Split a query into groups of alternatives, using the SEND vocabulary both ways.

    "ASD speech therapy" -> [["asd", "autism", "autistic", ...], ["speech therapy", "speech and language therapy",
    "salt", ...]]: each group starts with the words as typed. Stop words are kept inside a phrase the
    vocabulary knows ("help with the forms") and dropped elsewhere; words saying who a search is for
    ("my son", "kids", though the vocabulary knows "kids" as "children") are dropped when there is anything
    else to search for, so "kids clubs" finds clubs rather than every service that says "kids"; so are words
    that only say how much ("really"), unless they are all there is. "down" finishing a verb ("calm down") is left
    out, and so are contractions typed without the apostrophe, "not" and "keeps" outside a phrase (`NOT_ALONE`),
    unless they are all there is.
    `vocabulary` is a list of phrase lists (from `vocabulary_load`; read from the database when None),
    or `table` the same made ready by `phrase_table`.
    """
    if table is None:
        table = phrase_table(vocabulary_load() if vocabulary is None else vocabulary)
    words = query if isinstance(query, list) else words_of(str(query or "")[:MAX_QUERY_LENGTH])
    words = [word for word in words if word not in FILLER_WORDS] or words
    forms = ([singular(word) for word in words], [stem(word) for word in words])
    groups, position = [], 0
    while position < len(words) and len(groups) < MAX_GROUPS:
        candidates = [*table.get((True, forms[1][position]), ()), *table.get((False, forms[0][position]), ())]
        found = [(len(item[0]), item[1]) for item in candidates if phrase_at(words, position, item[0], forms)]
        found += [
            (said, item[1])
            for item in candidates
            if (
                said := phrase_near(words, position, item[0], forms, table)
                or phrase_with_pronoun(position, item[0], forms)
            )
        ]
        if found:  # the longest phrase, one as the vocabulary has it before one said near it
            said, entry = max(found, key=lambda item: item[0])
            typed = " ".join(words[position : position + said])
            groups.append([typed, *(phrase for phrase in entry if phrase != typed)])
            position += said
        else:
            word = words[position]
            if (
                word not in STOP_WORDS
                and word not in NOT_ALONE
                and word not in {alternative for group in groups for alternative in group}
                and not finishes_verb(words, position)
            ):
                groups.append([word])
            position += 1
    if not groups:  # nothing but words not searched alone ("whats on"): those, rather than nothing
        groups = [[word] for word in dict.fromkeys(words) if word in NOT_ALONE][:MAX_GROUPS]
    wanted = [group for group in groups if group[0] not in FAMILY_WORDS]
    return wanted or groups


def finishes_verb(words, position):
    """Whether the word at `position` is "down" finishing a verb before it ("calm down", "calm her down")."""
    if words[position] != "down" or position == 0:
        return False
    before = words[position - 1]
    if before in VERB_OBJECTS and position > 1:
        before = words[position - 2]
    return before in PARTICLE_VERBS
