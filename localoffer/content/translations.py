"""Information pages in other languages, made by people: which exist for a page, and one as shown."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from localoffer.content.glossary import VERSION_KEY as GLOSSARY_VERSION_KEY
from localoffer.content.information import VERSION, page_at, page_context
from localoffer.content.markdown import render_markdown
from localoffer.content.models import PageTranslation
from localoffer.core.rendered import rendered_cached, shared_version_changed, shared_versions, version_key


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


def translation_shown(translation):
    """What the page's template reads of a translation, as plain values that can be kept."""
    return {
        "language": translation.language,
        "direction": translation.direction,
        "get_language_display": translation.get_language_display(),
        "get_absolute_url": translation.get_absolute_url(),
        "title": translation.title,
        "summary": translation.summary,
        "demo": translation.demo,
    }


def translated_page_shown(*, path, language):
    """What the translated page's template needs, as `translated_page_context` gives it but in plain values that
    can be kept; None when the page has no such translation to show."""
    context = translated_page_context(path=path, language=language)
    if context is None:
        return None
    return {
        "translation": translation_shown(context["translation"]),
        "translations": [translation_shown(other) for other in context["translations"]],
        "page": {"get_absolute_url": context["page"].get_absolute_url()},
        "document": {"html": context["document"].html},
        "contents": [],
        "crumbs": context["crumbs"],
    }


def public_translated_page(*, path, language):
    """A translated page as `translated_page_shown` gives it, kept until any information page, translation or the
    glossary changes. Asked for in the page's language, as its language names are shown in it."""
    versions = shared_versions(version_key(VERSION), GLOSSARY_VERSION_KEY)
    if versions is None:
        return translated_page_shown(path=path, language=language)
    return rendered_cached(
        parts=("information-translation", *versions, path, language),
        render=lambda: translated_page_shown(path=path, language=language),
    )


@receiver(post_save, sender=PageTranslation)
@receiver(post_delete, sender=PageTranslation)
def _translation_saved(sender, **kwargs):
    """A full page lists its languages, so kept full pages are made afresh."""
    shared_version_changed(VERSION)
