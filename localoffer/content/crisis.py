"""Words of crisis in a search, and the panel of urgent help shown first when they are there.

A parent who types "my teenager wants to kill himself" must see the crisis line, 999 and the First
Response Hub before anything else, whatever else the words match, in every search box. Staff keep
the words and the panel in the admin (`CrisisPanel`); until a panel is saved, the defaults below
are used, so the help is never missing.

Matching is on words, not letters: capitals and apostrophes are ignored ("Doesn't" is "doesnt"),
hyphens split words ("self-harm" is "self harm"), and simple endings are taken off both sides
("killing", "killed" and "kills" are "kill"), so a phrase is found anywhere inside a longer sentence.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

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
"""

WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Crisis:
    """The panel: its heading, its markdown body and the words that bring it."""

    heading: str
    body: str
    phrases: tuple = ()


DEFAULT_CRISIS = Crisis(heading=DEFAULT_HEADING, body=DEFAULT_BODY, phrases=tuple(DEFAULT_PHRASES.splitlines()))


def word_stem(word):
    """A word without the simple endings that do not change what it means here ("killing" -> "kill")."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "cutting" -> "cutt" -> "cut"
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def text_stems(text):
    """The stems of the words of some text, apostrophes and capitals ignored."""
    lowered = str(text or "").lower().replace("\u2019", "").replace("'", "").replace("\u2018", "")
    return [word_stem(word) for word in WORD.findall(lowered)]


@lru_cache(maxsize=2048)
def phrase_stems(phrase):
    return tuple(text_stems(phrase))


def crisis_in(*, text, phrases):
    """Whether any of `phrases` is in `text`, as whole words in order, anywhere in it."""
    words = text_stems(text)
    if not words:
        return False
    for phrase in phrases:
        wanted = phrase_stems(phrase)
        if wanted and any(tuple(words[start : start + len(wanted)]) == wanted for start in range(len(words))):
            return True
    return False


def crisis_panel_load():
    """The panel as staff keep it (the built-in one when none is saved); one small query."""
    panel = CrisisPanel.objects.order_by("pk").only("heading", "body", "phrases").first()
    if panel is None:
        return DEFAULT_CRISIS
    return crisis_panel_from(heading=panel.heading, body=panel.body, phrases=panel.phrases)


def crisis_panel_from(*, heading, body, phrases):
    """A panel from its stored fields (`phrases` one a line)."""
    return Crisis(
        heading=heading, body=body, phrases=tuple(line.strip() for line in phrases.splitlines() if line.strip())
    )


def crisis_shown(*, text, panel):
    """`panel` when `text` (a search as typed) has one of its words of crisis in it, otherwise None."""
    if panel is not None and crisis_in(text=text, phrases=panel.phrases):
        return panel
    return None


def crisis_panel_for(*, text):
    """The crisis panel when `text` has a word of crisis in it, otherwise None; a query only when there is text."""
    if not str(text or "").strip():
        return None
    return crisis_shown(text=text, panel=crisis_panel_load())
