"""A news item's page as the public see it, kept until a news item, its topics or the glossary change, or the
date does."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import timezone

from localoffer.content.glossary import VERSION_KEY as GLOSSARY_VERSION_KEY
from localoffer.content.models import NewsItem, Topic
from localoffer.core.rendered import rendered_cached, shared_version_changed, shared_versions, version_key

VERSION = "news"


def public_item_render(*, slug):
    """A public news item's title, summary, date and main content as HTML; None when there is none to show."""
    item = NewsItem.objects.public().filter(slug=slug).first()
    if item is None:
        return None
    return {
        "item": {"title": item.title, "summary": item.summary, "published_on": item.published_on},
        "main": render_to_string("localoffer/includes/news_item.html", {"item": item}),
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
def _news_item_saved(sender, **kwargs):
    shared_version_changed(VERSION)
