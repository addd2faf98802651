"""Search addresses shaped like real families' searches, for bench/run.py: all different, always the same list.

`search_paths(count)` gives `count` distinct `/services/?...` addresses from a seeded random generator:
mostly a keyword (words parents type, everyday phrases, misspellings, place and age phrases), with
0 to 3 filters from the site's own filter values, sometimes a postcode district, a second or third
page or a sort. Filter values are read from services/taxonomy.py and services/search/params.py as
written (without starting Django). Run `python bench/searches.py [count]` to print them.
"""

import ast
import random
import sys
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261122

# What parents type into the search box, as typed: conditions, therapies, school words, everyday
# phrases, misspellings, and places or ages in the words (the search reads those as filters).
KEYWORDS = [
    # needs and conditions
    "autism", "autistic", "asd", "aspergers", "adhd", "add", "dyslexia", "dyslexia help", "dyspraxia",
    "dyscalculia", "down syndrome", "cerebral palsy", "epilepsy", "deaf", "hearing impairment",
    "visual impairment", "blind", "global developmental delay", "learning disability",
    "learning difficulties", "pda", "sensory processing", "sensory issues", "anxiety", "school anxiety",
    "selective mutism", "ocd", "tourettes", "mental health", "low mood", "self harm", "attachment",
    "trauma", "physical disability", "wheelchair user", "complex medical needs", "tube feeding",
    "speech delay", "stammer", "hypermobility",
    # therapies and health services
    "speech therapy", "speech and language therapy", "salt", "occupational therapy", "ot assessment",
    "physiotherapy", "physio", "camhs", "educational psychologist", "paediatrician", "diagnosis",
    "autism assessment", "adhd assessment", "continence", "toilet training", "bedwetting", "sleep",
    "sleep clinic", "portage", "music therapy", "play therapy", "counselling", "equipment", "sensory room",
    # school and college
    "EHCP", "ehc plan", "ehcp application", "annual review", "send support", "senco", "special school",
    "resource base", "school refusal", "exclusion", "home education", "tuition", "college", "post 16",
    "supported internship", "apprenticeship", "school transport", "travel training", "bus pass",
    "blue badge", "nursery", "childminder", "early years", "preschool",
    # care and short breaks
    "short breaks", "respite", "overnight respite", "direct payments", "personal budget",
    "carers assessment", "young carers", "parent carers", "social worker", "disabled children team",
    "support at home", "personal assistant",
    # things to do
    "swimming", "swimming lessons", "football", "disability football", "trampolining", "horse riding",
    "climbing", "gymnastics", "dance", "drama", "music", "art club", "youth club", "scouts",
    "holiday club", "summer holiday activities", "after school club", "saturday club", "sensory play",
    "soft play", "relaxed cinema", "cycling", "adapted bikes", "beach wheelchair", "forest school",
    "gaming club", "lego club",
    # advice and support
    "ADHD parent group", "autism parent support", "parent support group", "support group for dads",
    "sendiass", "send advice", "tribunal", "benefits", "dla", "disability living allowance", "pip",
    "carers allowance", "grants", "family hub", "childrens centre", "parenting course", "early help",
    "key worker",
    # everyday words
    "help with meltdowns", "my son wont sleep", "my daughter wont go to school", "struggling with behaviour",
    "help for my autistic son", "things to do at weekends", "my child is not talking",
    "worried about my childs development", "need a break", "somewhere quiet to play", "friends for my son",
    "help with eating", "fussy eater", "toddler not walking", "bullying", "job for my daughter",
    "living independently", "turning 18", "moving to adult services",
    # misspellings
    "austim", "autisim", "speach therapy", "dyslexcia", "dislexia", "adhd assesment", "phisio",
    "occupational theraphy", "respit", "short brakes", "swiming", "disabilty", "behavour", "councelling",
    "pediatrician", "downs syndrom", "epilepsey", "sensery", "holliday club", "trampolene",
    # places and ages in the words
    "swimming near Poole", "clubs for teenagers", "for my 7 year old", "autism support in Bournemouth",
    "short breaks Christchurch", "youth club Poole", "speech therapy for toddlers", "activities for 5 year olds",
    "holiday club near BH8", "football for 10 year old", "groups for under 5s", "teenagers with anxiety",
    "swimming in Christchurch for my 10 year old", "parent group near Kinson", "things to do in Boscombe",
    "send club Broadstone", "college help for 16 year old", "dance classes Bournemouth",
    "trampolining near Poole", "help for 14 year old with adhd", "clubs for 12 year olds",
    "playgroup Parkstone", "respite for 8 year old", "sensory play Southbourne", "swimming BH23",
]  # fmt: skip

COSTS = ["free", "some_free", "paid"]  # Service.Cost
TOWNS = ["bournemouth", "christchurch", "poole", "area", "online"]  # search/params.py TOWNS
POSTCODES = [f"BH{number}" for number in range(1, 24)]
# How often a family sets each filter, relative to the others.
FILTER_WEIGHTS = {
    "need": 25, "category": 20, "age": 20, "cost": 10, "town": 10, "delivery": 5, "feature": 5, "referral": 5,
}  # fmt: skip


def literal(path, name):
    """The value of a top-level `name = <literal>` in a Python file, read without importing it."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(target, "id", None) == name for target in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(f"{name} not found in {path}")


def filter_values():
    """Every value each filter takes on the site, from the taxonomy and the search parameters."""
    taxonomy = ROOT / "services" / "taxonomy.py"
    params = ROOT / "services" / "search" / "params.py"

    def slugs(tree):
        return [slug for slug, _, _, children in tree for slug in [slug, *(child for child, _ in children)]]

    return {
        "category": slugs(literal(taxonomy, "CATEGORIES")),
        "need": slugs(literal(taxonomy, "NEEDS")),
        "age": [str(age) for age in range(26)],
        "cost": COSTS,
        "town": TOWNS,
        "delivery": list(literal(params, "DELIVERY")),
        "feature": [slug for slug, _ in literal(taxonomy, "FEATURES")],
        "referral": ["self"],
    }


def search_path(rng, values, sorts):
    """One family's search, as a path with its query string."""
    pairs = []
    if rng.random() < 0.88:
        pairs.append(("q", rng.choice(KEYWORDS)))
    chosen = {}
    kinds, weights = list(FILTER_WEIGHTS), list(FILTER_WEIGHTS.values())
    for _ in range(rng.choices([0, 1, 2, 3], weights=[35, 35, 20, 10])[0]):
        kind = rng.choices(kinds, weights=weights)[0]
        if kind in ("age", "referral") and kind in chosen:
            continue
        value = rng.choice(values[kind])
        if value not in chosen.setdefault(kind, []):
            chosen[kind].append(value)
    pairs += [(kind, value) for kind, picked in chosen.items() for value in picked]
    postcode = rng.random() < 0.2
    if postcode:
        pairs.append(("postcode", rng.choice(POSTCODES)))
    if rng.random() < 0.15:
        pairs.append(("sort", rng.choice([sort for sort in sorts if postcode or sort != "distance"])))
    page = rng.choices([1, 2, 3], weights=[85, 10, 5])[0]
    if page > 1:
        pairs.append(("page", str(page)))
    return "/services/" + (f"?{urlencode(pairs)}" if pairs else "")


def search_paths(count, seed=SEED):
    """`count` distinct search paths, in a fixed pseudo-random order."""
    rng = random.Random(seed)
    values = filter_values()
    sorts = list(literal(ROOT / "services" / "search" / "params.py", "SORTS"))
    paths = {}
    while len(paths) < count:
        paths.setdefault(search_path(rng, values, sorts), None)
    return list(paths)


if __name__ == "__main__":
    print("\n".join(search_paths(int(sys.argv[1]) if len(sys.argv) > 1 else 2500)))
