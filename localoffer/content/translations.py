"""Information pages in other languages, made by people: which exist for a page, and one as shown."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from localoffer.content.information import VERSION, page_at, page_context
from localoffer.content.markdown import render_markdown
from localoffer.content.models import PageTranslation
from localoffer.core.rendered import shared_version_changed


def translations_for(*, page):
    """The page's published translations, by language code: only languages that exist are offered."""
    return list(PageTranslation.objects.filter(page=page, published=True, made_by_person=True))


def translated_page_context(*, path, language):
    """What the translated page's template needs, or None when the page has no such translation to show."""
    page, ancestors = page_at(path=path)
    if page is None:
        return None
    translations = translations_for(page=page)
    translation = next((t for t in translations if t.language == language), None)
    if translation is None:
        return None
    context = page_context(page=page, ancestors=ancestors)
    document = render_markdown(translation.body)
    context.update(translation=translation, translations=translations, document=document, contents=[])
    return context


@receiver(post_save, sender=PageTranslation)
@receiver(post_delete, sender=PageTranslation)
def _translation_saved(sender, **kwargs):
    """A full page lists its languages, so kept full pages are made afresh."""
    shared_version_changed(VERSION)
