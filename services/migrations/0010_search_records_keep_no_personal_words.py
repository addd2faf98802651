"""Searches stored before keep only the words that cannot identify anyone, as new searches do.

The rule is `services.search_privacy.query_scrub`, a pure function of text and word lists; the
directory's words come from the historical models. Rows that become the same text on the same day
are added together. A stored search that held an email or web address (its punctuation already
gone, so where the address began cannot be told) is not kept at all.
"""

import re

from django.db import migrations

from services.search_privacy import ADDRESS_WORDS, NOT_KEPT, query_scrub

TOWNS = ("bournemouth", "christchurch", "poole", "countywide", "online", "phone")
WORD_RE = re.compile(r"[\w']+")


def words(text):
    return {word.replace("'", "") for word in WORD_RE.findall(str(text or "").lower())}


def search_records_clean(apps, schema_editor):
    SearchRecord = apps.get_model("services", "SearchRecord")
    if not SearchRecord.objects.exists():
        return
    always = set(TOWNS)
    for term, also in apps.get_model("services", "SearchTerm").objects.values_list("term", "also_known_as"):
        always |= words(term) | words(also)
    for model in ("Category", "Need"):
        for name in apps.get_model("services", model).objects.values_list("name", flat=True):
            always |= words(name)
    known = set()
    for texts in apps.get_model("services", "Service").objects.values_list("name", "summary", "description"):
        for text in texts:
            known |= words(text)
    merged = {}
    for query, day, searches, results in SearchRecord.objects.values_list("query", "day", "searches", "results"):
        if words(query) & ADDRESS_WORDS:
            key = (NOT_KEPT, day)
        else:
            key = (query_scrub(text=query, always=always, known=known.__contains__), day)
        total, found = merged.get(key, (0, 0))
        merged[key] = (total + searches, max(found, results))
    SearchRecord.objects.all().delete()
    SearchRecord.objects.bulk_create(
        SearchRecord(query=query, day=day, searches=searches, results=results)
        for (query, day), (searches, results) in merged.items()
    )


class Migration(migrations.Migration):
    dependencies = [("services", "0009_provider_accounts_and_pending_changes")]

    operations = [migrations.RunPython(search_records_clean, migrations.RunPython.noop)]
