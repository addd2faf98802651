"""How many sentences of crisis bring the crisis panel, and how many harmless ones bring it wrongly.

    SECRET_KEY=x .venv/bin/python bench/crisis.py [--set tests|heldout] [--verbose]

Each set is a JSON object: "crisis", sentences a parent, carer, young person or professional might type where
the crisis line must come first; "not_crisis", ordinary searches that use the same words harmlessly. Helpers
who had not seen the panel's words wrote them. "tests" (`tests/localoffer/content/crisis_sentences.json`) is
the set the words were written against, and the tests hold every sentence of it; "heldout"
(`bench/crisis/heldout.json`) is read as totals only, so that it still says how well the words carry over to
sentences nobody here has read. The tests' set keeps apart, in "crisis_missed" and "not_crisis_shown", the
sentences the words do not yet get right, so they are counted here but not asserted there. The built-in words
are used (`DEFAULT_PHRASES`), as on a new site.
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "tests": ROOT / "tests" / "localoffer" / "content" / "crisis_sentences.json",
    "heldout": ROOT / "bench" / "crisis" / "heldout.json",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--verbose", action="store_true", help="print the sentences missed (not for heldout)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings")
    os.environ.setdefault("SECRET_KEY", "crisis-bench-only")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from localoffer.content.crisis import DEFAULT_CRISIS, crisis_in

    for name in args.set or sorted(SETS):
        sentences = json.loads(SETS[name].read_text())
        crisis = sentences["crisis"] + sentences.get("crisis_missed", [])
        harmless = sentences["not_crisis"] + sentences.get("not_crisis_shown", [])
        missed = [text for text in crisis if not crisis_in(text=text, phrases=DEFAULT_CRISIS.phrases)]
        wrong = [text for text in harmless if crisis_in(text=text, phrases=DEFAULT_CRISIS.phrases)]
        crisis, harmless = len(crisis), len(harmless)
        print(
            f"{name}: the panel shown for {crisis - len(missed)} of {crisis} sentences of crisis "
            f"({(crisis - len(missed)) / crisis:.0%}), and for {len(wrong)} of {harmless} harmless ones"
        )
        if args.verbose and name != "heldout":
            for text in missed:
                print("  missed:", text)
            for text in wrong:
                print("  shown for:", text)


if __name__ == "__main__":
    main()
