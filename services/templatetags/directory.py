"""Template filters for the directory's pages."""

from django import template

register = template.Library()


@register.filter
def any_selected(options):
    """True when any choice in a filter is ticked: `{% if options|any_selected %}`."""
    return any(option.selected for option in options)


@register.filter
def clock(value):
    """A time the GOV.UK way: 9am, 9:30am, midday, 5:15pm."""
    if value is None:
        return ""
    if value.hour == 12 and value.minute == 0:
        return "midday"
    hour = value.hour % 12 or 12
    minutes = f":{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"
