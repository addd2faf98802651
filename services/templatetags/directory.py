"""Template filters for the directory's pages."""

from django import template

register = template.Library()


@register.filter
def any_selected(options):
    """True when any choice in a filter is ticked: `{% if options|any_selected %}`."""
    return any(option.selected for option in options)
