"""Django's i18n template tags, with each plain {% translate "words" %} rendered once per process and language.

A page says the same few dozen labels on every visit, and Django's tag looks each one up in the catalogue
through a lazy string at every rendering. Here a tag with nothing but its words (no filter, no context, no
`as`) keeps what it rendered for each language, so it costs one look-up after the first time. The catalogues
are read once a process, as Django reads them, so what is kept never goes stale. Every template's
`{% load i18n %}` loads this library (TEMPLATES' "libraries" in settings).
"""

from django.template import Library
from django.templatetags import i18n
from django.utils import translation

register = Library()
register.tags.update(i18n.register.tags)
register.filters.update(i18n.register.filters)


LANGUAGE_KEY = "localoffer.translate_tags.language"


def active_language(context):
    """The active language, read once per template rendering rather than once per tag: Django keeps it in a
    context-local, which takes longer to read than the kept words do."""
    language = context.render_context.get(LANGUAGE_KEY)
    if language is None:
        language = context.render_context[LANGUAGE_KEY] = translation.get_language()
    return language


class KeptLanguageNode(i18n.LanguageNode):
    """{% language %}: the words inside it, and those after it, read the language afresh."""

    def render(self, context):
        context.render_context.dicts[-1].pop(LANGUAGE_KEY, None)
        try:
            return super().render(context)
        finally:
            context.render_context.dicts[-1].pop(LANGUAGE_KEY, None)


class KeptTranslateNode(i18n.TranslateNode):
    """A translate tag that keeps its rendering per language when it is only words."""

    def __init__(self, filter_expression, noop, asvar=None, message_context=None):
        super().__init__(filter_expression, noop, asvar, message_context)
        words_only = not (noop or asvar or message_context or filter_expression.filters)
        self.kept = {} if words_only and filter_expression.var.literal is not None else None

    def render(self, context):
        if self.kept is None:
            return super().render(context)
        language = active_language(context)
        value = self.kept.get(language)
        if value is None:
            value = self.kept[language] = super().render(context)
        return value


@register.tag("translate")
@register.tag("trans")
def do_translate(parser, token):
    node = i18n.do_translate(parser, token)
    return KeptTranslateNode(node.filter_expression, node.noop, node.asvar, node.message_context)


@register.tag("language")
def do_language(parser, token):
    node = i18n.language(parser, token)
    return KeptLanguageNode(node.nodelist, node.language)
