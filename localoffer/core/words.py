"""Numbers written as words, so that a warning reads "two opening times will be deleted", not "2"."""

UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_in_words(number):
    """0 -> "none", 7 -> "seven", 42 -> "forty-two"; 100 and above stay as figures, which read better."""
    if number == 0:
        return "none"
    if number < 20:
        return UNITS[number]
    if number < 100:
        tens, units = divmod(number, 10)
        return TENS[tens - 2] + (f"-{UNITS[units]}" if units else "")
    return f"{number:,}"


def count_in_words(number, singular, plural=None):
    """3, "opening time" -> "three opening times"; 1 -> "one opening time"."""
    plural = plural or f"{singular}s"
    return f"{number_in_words(number)} {singular if number == 1 else plural}"


def shortened(text, limit=100):
    """`text` cut to at most `limit` characters at the end of a word, with "…" when anything was cut.

    History keeps a version's reason in 100 characters; a reason cut mid-word reads as a mistake.
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"
