"""Rendered search results kept in each app server's memory, and carried across the edits that do not touch them.

A kept page is made from one snapshot of the search index. An edit to a listing makes a new snapshot, and the page
is carried to it when the edit could not have changed it: the search's words find the same services with the same
scores on the new snapshot (`WordsMatched.signature`, a digest of the words' matches made once a snapshot for
each set of words, mostly from the answers kept in search/answers.py) and none of the services changed since the
page was made is among them. Everything else on the
page (the filter counts, the order, the distances, the cards) is made from the services the words find and their
own entries, so it is what rendering it again would give. A search without words counts every service, and is
made again after any edit; a change to the vocabulary, a category or a need builds a new index, and every page with
it.

So a page is carried where the answers to its words are (search/answers.py): in a directory of `CARRIED_FROM_SIZE`
services or more, past edits to listings already in the directory. Below that size an edit has every query asked
of the whole index again, whose statistics the edit moved, so the scores move and the page is made again; and a
service added or taken out changes how common each word is, which weighs most words a search asks for, so that too
makes most pages again.

`SEARCH_CACHE_SECONDS` bounds how long a kept page lives after it was made, carried or not; 0 turns keeping off.
Nothing personal is ever kept: the kept part of the page is the same for everyone who asks the same question, and it
is kept in this process's memory only (it holds the words typed), never in the shared cache.
"""

import time

from django.conf import settings

from localoffer.core.rendered import MEMORY_SECONDS, memory, rendered_key


def fragment_carried(*, parts, index, words, render):
    """The value `render(words)` returns for these key parts on `index` (a snapshot of the search index): from
    this server's memory when it was made on this snapshot, or on an earlier one of the same index whose edits
    did not touch it; else rendered and kept. `words()` gives the search's `WordsMatched` on `index`, made only
    when it is needed."""
    seconds = settings.SEARCH_CACHE_SECONDS
    if seconds <= 0:
        return render(words())
    key = rendered_key(("search", *parts))
    kept = memory.get(key)
    same_index = kept is not None and kept["lineage"] == index.answered.lineage
    if same_index and kept["generation"] == index.generation:
        return kept["value"]
    matched = words()
    signature = matched.signature
    lasting = min(seconds, MEMORY_SECONDS)
    left = lasting - (time.time() - kept["made"]) if same_index else 0  # a page holds the words typed
    if left >= 1 and untouched(index, kept, matched, signature):
        value, made = kept["value"], kept["made"]
    else:
        value, made, left = render(matched), time.time(), lasting
    entry = {
        "lineage": index.answered.lineage,
        "generation": index.generation,
        "signature": signature,
        "made": made,
        "value": value,
    }
    memory.set(key, entry, timeout=left)
    return value


def untouched(index, kept, matched, signature):
    """Whether a page kept from an earlier snapshot of `index` is what this snapshot renders: the words find the
    same services, scored the same, and no service changed since is one of them."""
    if signature is None or signature != kept["signature"]:
        return False
    changed = index.answered.changed_between(kept["generation"], index.generation, at_most=index.slots)
    if changed is None:
        return False  # the snapshots between are no longer remembered
    slots, _ = changed
    return not matched.found[slots].any()  # every slot changed is one of this snapshot's
