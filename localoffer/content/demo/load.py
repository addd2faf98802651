"""Demo data for the localoffer app, loaded by `manage.py seed_demo`. Idempotent: safe to run again."""

from django.conf import settings
from django.utils.text import slugify

from localoffer.content.crisis import DEFAULT_BODY, DEFAULT_HEADING, DEFAULT_PHRASES
from localoffer.content.demo.easy_read import EASY_READ
from localoffer.content.demo.glossary import GLOSSARY
from localoffer.content.demo.news import NEWS, NEWS_TOPICS
from localoffer.content.demo.pages import PAGES
from localoffer.content.demo.translations import NEWS_TRANSLATIONS, TRANSLATIONS
from localoffer.content.models import (
    CrisisPanel,
    EasyReadPage,
    EasyReadPoint,
    GlossaryTerm,
    InformationPage,
    NewsItem,
    NewsTranslation,
    PageTranslation,
    Topic,
)
from localoffer.content.topics import topics_ensure


def loaded():
    """True when the demo information pages are in the database."""
    return InformationPage.objects.exists()


def load(*, stdout, options):
    """Create or update the glossary, information pages and news; report what was done on stdout."""
    for term, abbreviation, aliases, definition in GLOSSARY:
        GlossaryTerm.objects.update_or_create(
            slug=slugify(term),
            defaults={"term": term, "abbreviation": abbreviation, "aliases": aliases, "definition": definition},
        )
    pages = {}
    for order, (path, title, summary, body) in enumerate(PAGES):
        parent_path, _, slug = path.rpartition("/")
        text = body.strip().replace("PHONE", settings.CONTACT_PHONE).replace("EMAIL", settings.CONTACT_EMAIL)
        pages[path], _ = InformationPage.objects.update_or_create(
            parent=pages.get(parent_path),
            slug=slug,
            defaults={"title": title, "summary": summary, "body": text, "order": order, "published": True},
        )
    load_easy_read(pages=pages)
    for entry in TRANSLATIONS:
        PageTranslation.objects.update_or_create(
            page=pages[entry["path"]],
            language=entry["language"],
            defaults={
                "title": entry["title"],
                "summary": entry["summary"],
                "body": _contact(entry["body"].strip()),
                "made_by_person": True,
                "demo": True,
                "published": True,
            },
        )
    topics_ensure()
    for slug, title, published_on, summary, body in NEWS:
        item, _ = NewsItem.objects.update_or_create(
            slug=slug,
            defaults={
                "title": title,
                "published_on": published_on,
                "summary": summary,
                "body": body.strip(),
                "published": True,
            },
        )
        item.topics.set(Topic.objects.filter(slug__in=NEWS_TOPICS.get(slug, [])))
    for entry in NEWS_TRANSLATIONS:
        NewsTranslation.objects.update_or_create(
            item=NewsItem.objects.get(slug=entry["slug"]),
            language=entry["language"],
            defaults={
                "title": entry["title"],
                "summary": entry["summary"],
                "body": _contact(entry["body"].strip()),
                "made_by_person": True,
                "demo": True,
                "published": True,
            },
        )
    if not CrisisPanel.objects.exists():  # staff's own words and numbers are never overwritten
        CrisisPanel.objects.create(heading=DEFAULT_HEADING, body=DEFAULT_BODY, phrases=DEFAULT_PHRASES)
    stdout.write(
        f"Glossary: {len(GLOSSARY)} terms. Information pages: {len(PAGES)}, {len(EASY_READ)} in easy read. "
        f"News items: {len(NEWS)}."
    )


def _contact(text):
    return text.replace("PHONE", settings.CONTACT_PHONE).replace("EMAIL", settings.CONTACT_EMAIL)


def load_easy_read(*, pages):
    """Create or replace the easy-read versions of the demo pages, points and all."""
    for entry in EASY_READ:
        easy_read, _ = EasyReadPage.objects.update_or_create(
            page=pages[entry["path"]],
            defaults={"title": entry["title"], "introduction": _contact(entry["introduction"]), "published": True},
        )
        easy_read.points.all().delete()
        EasyReadPoint.objects.bulk_create(
            EasyReadPoint(
                easy_read=easy_read,
                order=order,
                text=_contact(point["text"]),
                pictogram=point["pictogram"],
                alt_text=point["alt"],
            )
            for order, point in enumerate(entry["points"])
        )
