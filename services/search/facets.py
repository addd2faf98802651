"""Filtering and counting over the services a keyword matched, as boolean arrays over the whole index.

Within a filter, choices combine with OR (autism or ADHD); across filters with AND. Accessibility
features are the exception: a family needing step-free access and a Changing Places toilet needs
both, so they combine with AND. Each choice's count is how many results there would be with that
choice ticked and every other filter as it is.
"""

from dataclasses import dataclass

import numpy as np

from services.models.service import MAX_AGE

GROUPS = ("category", "need", "age", "cost", "town", "delivery", "feature", "wait", "referral")


@dataclass(frozen=True)
class Selection:
    """The chosen filters, as database ids and values; a top-level term stands for itself and its children."""

    category: frozenset = frozenset()
    need: frozenset = frozenset()
    age: tuple = ()
    cost: frozenset = frozenset()
    town: frozenset = frozenset()
    delivery: frozenset = frozenset()
    feature: frozenset = frozenset()
    wait: frozenset = frozenset()
    referral: bool = False


def chosen_values(selection, group):
    value = getattr(selection, group)
    if group == "age":
        return tuple(value)
    if group == "referral":
        return (True,) if value else ()
    return tuple(value)


def group_mask(index, group, values):
    """The services meeting one filter, or None when nothing is chosen in it."""
    if not values:
        return None
    masks = [index.mask((group, value)) for value in values]
    if group == "feature":
        return np.logical_and.reduce(masks)
    return np.logical_or.reduce(masks)


def facet_filter(*, index, matched, selection, choices):
    """The positions meeting every filter, and each filter's count for each of `choices[group]` values.

    `matched` is a boolean array over the index (the keyword's matches); `choices` lists, per group,
    the values whose counts the page shows.
    """
    masks = {group: group_mask(index, group, chosen_values(selection, group)) for group in GROUPS}
    everything = matched.copy()
    for mask in masks.values():
        if mask is not None:
            everything &= mask
    counts = {}
    packed_everything = words_packed(everything)
    for group in GROUPS:
        # A filter with nothing chosen in it counts over the results as they are, as do accessibility features.
        if group == "feature" or masks[group] is None:
            packed = packed_everything
        else:
            base = matched.copy()
            for other, mask in masks.items():
                if other != group and mask is not None:
                    base &= mask
            packed = words_packed(base)
        values = tuple(choices[group])
        found = np.bitwise_count(choice_bits(index, group, values) & packed).sum(axis=1, dtype=np.int64)
        counts[group] = dict(zip(values, found.tolist(), strict=True))
    return everything, counts


def choice_bits(index, group, values):
    """The services with each of a filter's `values`, a row of bits a value, made once per index snapshot: a
    choice's count is then the bits its row shares with the results, for every choice at once."""
    key = (group, values)
    bits = index.choice_bits.get(key)
    if bits is None:
        rows = [index.mask((group, value)) for value in values] or [np.zeros(index.slots, dtype=bool)]
        bits = index.choice_bits[key] = words_packed(np.stack(rows))[: len(values)]
    return bits


def words_packed(flags):
    """Boolean flags (a row, or rows) packed as bits into 64-bit words, the last word filled out with zeros: a
    count is then one `bitwise_count` a word rather than one a byte, an eighth as many."""
    packed = np.packbits(flags, axis=-1)
    short = -packed.shape[-1] % 8
    if short:
        packed = np.concatenate([packed, np.zeros((*packed.shape[:-1], short), dtype=np.uint8)], axis=-1)
    return packed.view(np.uint64)


AGES = tuple(range(MAX_AGE + 1))
