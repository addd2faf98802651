"""Template filters every app uses."""

from django import template

from localoffer.markdown import markdown_to_html

register = template.Library()


@register.filter
def markdown(text):
    """Staff markdown as sanitised HTML: `{{ page.body|markdown }}`."""
    return markdown_to_html(text)
