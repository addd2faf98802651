"""Search relevance benchmark: how well the directory search ranks services for what families type.

Run with `.venv/bin/python bench/relevance.py` (SQLite in a temporary folder) or
`.venv/bin/python bench/relevance.py --database postgres` (a fresh PostgreSQL database,
`localoffer_relevance`, created and dropped on the local server; `--postgres-name` names another, so two
runs can go at once). Add `--verbose` for a line per query.

It migrates a throwaway database and runs eight sets, each on its own directory:

- "bcp": the test directory in `bench/relevance/directory.json` (about 165 fictional but realistic
  BCP Local Offer listings) with the queries in `bench/relevance/queries.json` and the whole
  sentences in `bench/relevance/sentences.json`;
- "westvale": a second, independent directory in `bench/relevance/second/directory.json` (144
  listings of an invented area, written in other words than the first, some temporarily closed)
  with its own queries in `bench/relevance/second/queries.json`;
- "bcp-unseen" and "westvale-unseen": 35 more sentences over each directory
  (`bench/relevance/unseen.json`, `bench/relevance/second/unseen.json`), written and judged from the
  listings alone after the search's vocabulary and ranking were last changed for the sets above, and
  kept apart so they show how the search does on questions it was never adjusted for;
- "bcp-unseen2" and "westvale-unseen2": 40 more over each (`bench/relevance/unseen2.json`,
  `bench/relevance/second/unseen2.json`), written the same way later, once the first held-out sets
  had been run often enough that their figures were no longer quite unseen;
- "bcp-dev" and "westvale-dev": 30 problem sentences over each directory
  (`bench/relevance/problems_dev.json`, `bench/relevance/second/problems_dev.json`) and 30 naming a kind
  of help with who it is for, everyday phrasing, and place and age (`needs_dev.json` in the same folders), a
  development set whose per-query lines may be read to choose changes, so that the held-out sets stay unread;
- "bcp-dev3" and "westvale-dev3": a third development set, 40 sentences over each directory (`dev3.json` in the
  same folders; 16 problems, 10 a kind of help with a need, 8 everyday, 6 place and age), written and judged from
  the listings alone in families' own words rather than the listings'.

`--set bcp` (or any other set's name) runs one. For each set it loads the standard taxonomy and the
directory, then runs every query twice in the same run:

- through the site's own search, exactly as the search page does (`search_params_parse` on a query
  string with `q` and, where the query gives one, `postcode`, then `directory_search`), taking the
  first 10 results in order;
- through a naive baseline of the kind simple directory products use: split the query into
  lower-case words, score each service 5 for every query word in its name and 1 for every query
  word in its summary, description, category names and need names, and order by score then name.

Each query carries graded judgments written by reading the whole directory, not the search code:
3 = exactly what the person needs, 2 = clearly helpful, 1 = partly relevant; unlisted services are 0.
A few queries have no judgments at all: the directory truly has nothing for them.

How to read the table (higher is better, except the zero-result columns):

- nDCG@10: the graded quality of the top 10, from 0 to 1, where 1 means the best available
  services are at the top in the best order (gain 2^grade - 1, discounted by log2 of the position;
  the ideal ordering comes from all judgments). Queries with no judgments are left out.
- recall@10: the share of the clearly helpful services (grade 2 or 3) that make the top 10.
  Queries without any such service are left out.
- zero: queries answered with no results at all. "zero, wrongly" counts those among them for which
  the directory does hold relevant services: a family would wrongly be told there is nothing.
  "nothing found" shows how many of the queries with no relevant services got no results, as they should.

Each kind of query (keyword, jargon, everyday, typo, place_age, question, and for whole sentences
help_and_need, two_needs, problem, money, school_avoidance, over_25, closed) gets its own row, so a
weakness in, say, misspellings is not hidden by the average. It is a benchmark, not a test: it always
exits with status 0, whatever the figures.
"""

import argparse
import json
import math
import os
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "relevance"
POSTGRES_NAME = "localoffer_relevance"
TOP = 10
KINDS = (
    "keyword", "jargon", "everyday", "typo", "place_age", "question",
    "help_and_need", "two_needs", "problem", "money", "school_avoidance", "over_25", "closed",
)  # fmt: skip
# Each set: its directory and its query files, under bench/relevance/.
SETS = {
    "bcp": ("directory.json", ("queries.json", "sentences.json")),
    "westvale": ("second/directory.json", ("second/queries.json",)),
    "bcp-unseen": ("directory.json", ("unseen.json",)),
    "westvale-unseen": ("second/directory.json", ("second/unseen.json",)),
    "bcp-unseen2": ("directory.json", ("unseen2.json",)),
    "westvale-unseen2": ("second/directory.json", ("second/unseen2.json",)),
    "bcp-dev": ("directory.json", ("problems_dev.json", "needs_dev.json")),
    "westvale-dev": ("second/directory.json", ("second/problems_dev.json", "second/needs_dev.json")),
    "bcp-dev3": ("directory.json", ("dev3.json",)),
    "westvale-dev3": ("second/directory.json", ("second/dev3.json",)),
}
# Only a handful of the commonest English words are ignored, as simple directory products do.
STOP_WORDS = frozenset({"a", "an", "and", "are", "at", "for", "i", "in", "is", "my", "of", "on", "or", "the", "to"})
WORD = re.compile(r"[a-z0-9]+")


def django_setup(database_url):
    """Point Django at the throwaway database and start it."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["DEBUG"] = "true"
    os.environ["SECRET_KEY"] = "relevance-benchmark-only"  # noqa: S105
    os.environ["SEARCH_CACHE_SECONDS"] = "0"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def postgres_create(name):
    """Create a fresh, empty benchmark database on the local PostgreSQL server."""
    import psycopg2

    connection = psycopg2.connect("postgres:///postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    return f"postgres:///{name}"


def postgres_drop(name):
    """Drop the benchmark database, after closing Django's connections to it."""
    import psycopg2
    from django.db import connections

    connections.close_all()
    connection = psycopg2.connect("postgres:///postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    connection.close()


def directory_load(*, records):
    """Load the standard taxonomy and a test directory in place of the last, published unless it says closed."""
    from django.utils.text import slugify

    from services.models import Category, LocalOfferAnswer, LocalOfferQuestion, Location, Need, Organisation, Service
    from services.taxonomy import taxonomy_load

    Service.objects.all().delete()
    Organisation.objects.all().delete()
    taxonomy_load()
    categories = {category.slug: category for category in Category.objects.all()}
    needs = {need.slug: need for need in Need.objects.all()}
    questions = list(LocalOfferQuestion.objects.filter(is_active=True).order_by("order", "question"))
    organisations = {}
    for record in records:
        name = record["organisation"]
        if name not in organisations:
            organisations[name] = Organisation.objects.create(name=name, slug=slugify(name))
        service = Service.objects.create(
            organisation=organisations[name],
            status=Service.Status.TEMPORARILY_CLOSED if record.get("status") == "closed" else Service.Status.PUBLISHED,
            **{
                field: record[field]
                for field in (
                    "slug", "name", "summary", "description", "minimum_age", "maximum_age", "cost", "fees",
                    "access", "coverage", "in_person", "online", "by_phone", "home_visits",
                )
            },
        )  # fmt: skip
        service.categories.set([categories[slug] for slug in record["categories"]])
        service.needs.set([needs[slug] for slug in record["needs"]])
        for place in record["locations"]:
            Location.objects.create(service=service, **place)
        for question, answer in zip(questions, record["answers"], strict=False):
            if answer:
                LocalOfferAnswer.objects.create(service=service, question=question, answer=answer)


def site_search(*, query):
    """The slugs of the site's first results for a query, run as the search page runs it."""
    from django.http import QueryDict

    from services.search import directory_search, search_params_parse

    data = QueryDict(mutable=True)
    data["q"] = query["q"]
    if query.get("postcode"):
        data["postcode"] = query["postcode"]
    results = directory_search(params=search_params_parse(data=data))
    return [service.slug for service in results.services][:TOP]


def words(text):
    """The lower-case whole words of a piece of text."""
    return set(WORD.findall(text.lower()))


def baseline_index():
    """For each visible service: its slug, name, name words and the words of everything else."""
    from services.models import Service

    index = []
    services = Service.objects.filter(status__in=Service.VISIBLE_STATUSES).prefetch_related("categories", "needs")
    for service in services:
        other = " ".join(
            [
                service.summary,
                service.description,
                *(category.name for category in service.categories.all()),
                *(need.name for need in service.needs.all()),
            ]
        )
        index.append((service.slug, service.name, words(service.name), words(other)))
    return index


def baseline_search(*, query, index):
    """The naive keyword baseline: 5 per query word in the name, 1 per query word elsewhere."""
    terms = words(query["q"]) - STOP_WORDS
    scored = []
    for slug, name, name_words, other_words in index:
        score = 5 * len(terms & name_words) + len(terms & other_words)
        if score > 0:
            scored.append((-score, name.lower(), slug))
    return [slug for _, _, slug in sorted(scored)[:TOP]]


def ndcg(ranked, judgments):
    """Normalised discounted cumulative gain of a ranking, or None when nothing is relevant."""
    ideal_grades = sorted(judgments.values(), reverse=True)[:TOP]
    ideal = sum((2**grade - 1) / math.log2(position + 2) for position, grade in enumerate(ideal_grades))
    if ideal == 0:
        return None
    gained = sum((2 ** judgments.get(slug, 0) - 1) / math.log2(position + 2) for position, slug in enumerate(ranked))
    return gained / ideal


def recall(ranked, judgments):
    """Share of the clearly helpful services (grade 2 or 3) in the ranking, or None when there are none."""
    wanted = {slug for slug, grade in judgments.items() if grade >= 2}
    if not wanted:
        return None
    return len(wanted & set(ranked)) / len(wanted)


def mean(values):
    """The mean of the values that are not None, or None."""
    present = [value for value in values if value is not None]
    return sum(present) / len(present) if present else None


def evaluate(*, queries, index):
    """Run every query through the site and the baseline; one result row per query."""
    rows = []
    for query in queries:
        error = None
        try:
            site = site_search(query=query)
        except Exception as problem:  # noqa: BLE001 - a failing search is reported, not fatal
            site, error = [], f"{type(problem).__name__}: {problem}"
        baseline = baseline_search(query=query, index=index)
        judgments = query["judgments"]
        rows.append(
            {
                "query": query,
                "error": error,
                "ranked": {"site": site, "baseline": baseline},
                "ndcg": {"site": ndcg(site, judgments), "baseline": ndcg(baseline, judgments)},
                "recall": {"site": recall(site, judgments), "baseline": recall(baseline, judgments)},
            }
        )
    return rows


def summary(rows, system):
    """The figures of one system over a group of result rows."""
    zero = [row for row in rows if not row["ranked"][system]]
    empty = [row for row in rows if not row["query"]["judgments"]]
    return {
        "queries": len(rows),
        "ndcg": mean(row["ndcg"][system] for row in rows),
        "recall": mean(row["recall"][system] for row in rows),
        "zero": len(zero),
        "zero_wrongly": sum(1 for row in zero if row["query"]["judgments"]),
        "nothing_found": f"{sum(1 for row in empty if not row['ranked'][system])}/{len(empty)}" if empty else "-",
    }


def figure(value):
    """A score to two decimal places, or a dash when it does not apply."""
    return "-" if value is None else f"{value:.2f}"


def table_print(rows):
    """Print the site-versus-baseline table, overall and for each kind of query."""
    groups = defaultdict(list)
    for row in rows:
        groups[row["query"]["kind"]].append(row)
    order = [kind for kind in KINDS if kind in groups] + sorted(set(groups) - set(KINDS))
    header = (
        f"{'kind':<16} {'queries':>7}  {'nDCG@10':>15}  {'recall@10':>15}  {'zero':>9}  {'zero, wrongly':>13}"
        f"  {'nothing found':>13}"
    )
    print(header)
    print(
        f"{'':<16} {'':>7}  {'site  baseline':>15}  {'site  baseline':>15}  {'site base':>9}  {'site base':>13}"
        f"  {'site   base':>13}"
    )
    print("-" * len(header))
    for label, group in [*((kind, groups[kind]) for kind in order), ("all", rows)]:
        site, base = summary(group, "site"), summary(group, "baseline")
        if label == "all":
            print("-" * len(header))
        print(
            f"{label:<16} {site['queries']:>7}  {figure(site['ndcg']):>6} {figure(base['ndcg']):>8}"
            f"  {figure(site['recall']):>6} {figure(base['recall']):>8}  {site['zero']:>4} {base['zero']:>4}"
            f"  {site['zero_wrongly']:>8} {base['zero_wrongly']:>4}"
            f"  {site['nothing_found']:>6} {base['nothing_found']:>6}"
        )


def verbose_print(rows):
    """One line per query: its figures, the site's top 5 with their grades and the best services it missed."""
    print(f"{'kind':<16} {'site':>5} {'base':>5}  query  ->  site's top 5 (grade)  |  missed")
    for row in rows:
        query, judgments = row["query"], row["query"]["judgments"]
        site = row["ranked"]["site"]
        top = ", ".join(f"{slug}({judgments.get(slug, 0)})" for slug in site[:5]) or "NO RESULTS"
        missed = [slug for slug, grade in sorted(judgments.items(), key=lambda item: -item[1]) if grade == 3]
        missed = [slug for slug in missed if slug not in site]
        where = f" [{query['postcode']}]" if query.get("postcode") else ""
        print(
            f"{query['kind']:<10} {figure(row['ndcg']['site']):>5} {figure(row['ndcg']['baseline']):>5}"
            f"  {query['q']!r}{where}  ->  {top}" + (f"  |  missed: {', '.join(missed)}" if missed else "")
        )
        if row["error"]:
            print(f"{'':<22}search failed: {row['error']}")


def set_run(*, name, database, verbose):
    """Load one set's directory, run its queries and print its figures."""
    directory, query_files = SETS[name]
    records = json.loads((DATA / directory).read_text())["services"]
    queries = [query for file in query_files for query in json.loads((DATA / file).read_text())["queries"]]
    started = time.monotonic()
    directory_load(records=records)
    loaded = time.monotonic()
    rows = evaluate(queries=queries, index=baseline_index())
    finished = time.monotonic()
    print(
        f"Search relevance, set {name!r} on {database}: {len(records)} services, {len(queries)} queries; "
        f"loading took {loaded - started:.1f} s, searching {finished - loaded:.1f} s.\n"
    )
    if verbose:
        verbose_print(rows)
        print()
    table_print(rows)
    failures = sum(1 for row in rows if row["error"])
    if failures:
        print(f"\n{failures} searches failed with an error (counted as no results); see --verbose.")
    print()


def main():
    """Parse the options, build the throwaway database, run each set and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="one set (default: every set)")
    parser.add_argument("--verbose", action="store_true", help="print a line per query")
    parser.add_argument("--postgres-name", default=POSTGRES_NAME, help="the throwaway PostgreSQL database's name")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="relevance-") as folder:
        postgres = options.database == "postgres"
        django_setup(postgres_create(options.postgres_name) if postgres else f"sqlite:///{Path(folder) / 'db.sqlite3'}")
        from django.core.management import call_command

        try:
            call_command("migrate", verbosity=0, interactive=False)
            for name in options.set or list(SETS):
                set_run(name=name, database=options.database, verbose=options.verbose)
        finally:
            if postgres:
                postgres_drop(options.postgres_name)
            else:
                from django.db import connections

                connections.close_all()


if __name__ == "__main__":
    main()
    sys.exit(0)
