"""Values a server keeps for one generation of something that changes: never given for another generation, and
within their size limit, the oldest let go first."""

from localoffer.core.generation_kept import GenerationKept


def test_a_value_kept_for_one_generation_is_never_given_for_another():
    kept = GenerationKept(limit=100, size=len)
    kept.put("v1", "autism", [1, 2, 3])
    assert kept.get("v1", "autism") == [1, 2, 3]
    assert kept.get("v2", "autism") is None
    kept.put("v2", "sleep", [4])
    assert kept.get("v1", "autism") is None  # the new generation let the old one go
    assert kept.get("v2", "sleep") == [4]


def test_an_object_is_its_own_generation_even_when_another_equals_it():
    class Snapshot:
        pass

    first, second = Snapshot(), Snapshot()
    kept = GenerationKept(limit=100, size=len)
    kept.put(first, "words", [1])
    assert kept.get(first, "words") == [1]
    assert kept.get(second, "words") is None


def test_the_oldest_values_are_let_go_to_stay_within_the_limit():
    kept = GenerationKept(limit=5, size=len)
    kept.put("v1", "a", [1, 1])
    kept.put("v1", "b", [2, 2])
    kept.put("v1", "a", [9, 9, 9])  # kept already: not kept twice, nor counted twice
    kept.put("v1", "c", [3, 3])
    assert (kept.get("v1", "a"), kept.get("v1", "b"), kept.get("v1", "c")) == (None, [2, 2], [3, 3])
    assert kept.size == 4
    kept.clear()
    assert kept.get("v1", "b") is None and kept.size == 0


def test_a_value_is_not_given_nor_kept_longer_than_its_seconds(monkeypatch):
    """Keys may be what a person typed: they are let go after `seconds`, however long the generation lasts."""
    now = [1000.0]
    monkeypatch.setattr("localoffer.core.generation_kept.time.monotonic", lambda: now[0])
    kept = GenerationKept(limit=100, size=len, seconds=300)
    kept.put("v1", "my son john smith autism", [1, 2])
    now[0] += 299
    assert kept.get("v1", "my son john smith autism") == [1, 2]
    now[0] += 2
    assert kept.get("v1", "my son john smith autism") is None
    kept.put("v1", "sleep", [3])  # the next value kept lets the old one go from memory too
    assert list(kept.entries) == ["sleep"] and kept.size == 1
