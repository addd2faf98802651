"""How many sentences of crisis bring the crisis panel, and how many harmless ones bring it wrongly.

    SECRET_KEY=x .venv/bin/python bench/crisis.py [--set tests|heldout|ordinary] [--verbose]

Each set is a JSON object: "crisis", sentences a parent, carer, young person or professional might type where
the crisis line must come first; "not_crisis" (and "ordinary"), searches where no one is in danger, many using
the same words harmlessly. Helpers who had not seen the panel's words wrote them. "tests"
(`localoffer/content/crisis_sentences.json`) is the set the words were written against and the reading of
whole sentences learned from (`localoffer/content/crisis_reading.py`), and the tests hold every sentence of it;
"heldout" (`bench/crisis/heldout.json`) and "ordinary" (`bench/crisis/ordinary.json`, ordinary searches only)
are read as totals only, so that they still say how well both carry over to sentences nobody here has read.
The tests' set keeps apart, in "crisis_missed" and "not_crisis_shown", the sentences the words do not yet get
right, so they are counted here but not asserted there. The built-in words are used (`DEFAULT_PHRASES`), as on
a new site; each line gives the words alone, then the words with the reading of whole sentences (as the search
boxes use them).
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "tests": ROOT / "localoffer" / "content" / "crisis_sentences.json",
    "heldout": ROOT / "bench" / "crisis" / "heldout.json",
    "ordinary": ROOT / "bench" / "crisis" / "ordinary.json",
}


def share(part, whole):
    return f"{part} of {whole} ({part / whole:.0%})" if whole else "none asked"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--verbose", action="store_true", help="print the sentences missed (tests' set only)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings")
    os.environ.setdefault("SECRET_KEY", "crisis-bench-only")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from localoffer.content.crisis import DEFAULT_CRISIS, crisis_in
    from localoffer.content.crisis_reading import crisis_read

    def by_words(text):
        return crisis_in(text=text, phrases=DEFAULT_CRISIS.phrases)

    def by_both(text):
        return by_words(text) or crisis_read(text)

    for name in args.set or sorted(SETS):
        sentences = json.loads(SETS[name].read_text())
        crisis = sentences.get("crisis", []) + sentences.get("crisis_missed", [])
        harmless = (
            sentences.get("not_crisis", []) + sentences.get("not_crisis_shown", []) + sentences.get("ordinary", [])
        )
        for label, shows in (("the words alone", by_words), ("the words and the reading", by_both)):
            missed = [text for text in crisis if not shows(text)]
            wrong = [text for text in harmless if shows(text)]
            found = f"for {share(len(crisis) - len(missed), len(crisis))} sentences of crisis, and " if crisis else ""
            print(f"{name}, {label}: the panel shown {found}for {share(len(wrong), len(harmless))} harmless searches")
            if args.verbose and name == "tests":
                for text in missed:
                    print("  missed:", text)
                for text in wrong:
                    print("  shown for:", text)


if __name__ == "__main__":
    main()
