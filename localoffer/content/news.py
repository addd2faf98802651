"""A news item's page as the public see it, kept until a news item, its topics or the glossary change, or the
date does."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import timezone

from localoffer.content.glossary import VERSION_KEY as GLOSSARY_VERSION_KEY
from localoffer.content.markdown import render_markdown
from localoffer.content.models import NewsItem, NewsTranslation, Topic
from localoffer.core.rendered import rendered_cached, shared_version_changed, shared_versions, version_key

VERSION = "news"


def public_item_render(*, slug):
    """A public news item's title, summary, date and main content as HTML; None when there is none to show."""
    item = NewsItem.objects.public().filter(slug=slug).first()
    if item is None:
        return None
    translations = news_translations_for(item=item)
    return {
        "item": {"title": item.title, "summary": item.summary, "published_on": item.published_on},
        "hreflang": [(t.language, t.get_absolute_url()) for t in translations],
        "main": render_to_string(
            "content/includes/news_item.html", {"item": item, "page": item, "translations": translations}
        ),
    }


def news_translations_for(*, item):
    """The item's published translations, made by people: the chooser offers only languages that exist."""
    return list(NewsTranslation.objects.filter(item=item, published=True, made_by_person=True))


def translated_item_context(*, slug, language):
    """What a public news item's translated page needs, or None when it has no such translation to show."""
    item = NewsItem.objects.public().filter(slug=slug).first()
    if item is None:
        return None
    translations = news_translations_for(item=item)
    translation = next((t for t in translations if t.language == language), None)
    if translation is None:
        return None
    return {
        "item": item,
        "page": item,
        "translation": translation,
        "translations": translations,
        "document": render_markdown(translation.body),
    }


def public_item(*, slug):
    """A public news item as `public_item_render` gives it; items dated in the future appear on their day."""
    versions = shared_versions(version_key(VERSION), GLOSSARY_VERSION_KEY)
    if versions is None:
        return public_item_render(slug=slug)
    parts = ("news-item", *versions, timezone.localdate().isoformat(), slug)
    return rendered_cached(parts=parts, render=lambda: public_item_render(slug=slug))


@receiver(post_save, sender=NewsItem)
@receiver(post_delete, sender=NewsItem)
@receiver(m2m_changed, sender=NewsItem.topics.through)
@receiver(post_save, sender=Topic)
@receiver(post_delete, sender=Topic)
@receiver(post_save, sender=NewsTranslation)
@receiver(post_delete, sender=NewsTranslation)
def _news_item_saved(sender, **kwargs):
    shared_version_changed(VERSION)
