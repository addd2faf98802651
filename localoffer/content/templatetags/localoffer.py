"""Template filters every app uses."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from localoffer.content.crisis import crisis_panel_load
from localoffer.content.markdown import markdown_to_html, render_markdown
from localoffer.core import frame
from localoffer.core.addresses import address

register = template.Library()


@register.filter
def markdown(text):
    """Staff markdown as sanitised HTML: `{{ page.body|markdown }}`."""
    return markdown_to_html(text)


@register.filter
def markdown_plain(text):
    """Staff markdown as sanitised HTML without glossary links: urgent text read as written, no query."""
    return render_markdown(text, glossary=False).html


@register.filter
def minutes(duration):
    """A timedelta in words: 30 minutes, 1 minute, 2 hours."""
    total = int(duration.total_seconds() // 60)
    if total and total % 60 == 0:
        hours = total // 60
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{total} minute{'s' if total != 1 else ''}"


@register.filter
def page_links(page):
    """The page numbers to link for a Page: the first, the last and two either side, None for a gap."""
    numbers = page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    # A page number or the paginator's ellipsis, lazy text that comparing would translate each time.
    return [number if isinstance(number, int) else None for number in numbers]


@register.simple_tag(name="address")
def address_tag(viewname):
    """A fixed address, as {% url %} gives it but reversed once a process: `{% address "alerts:new" %}`."""
    return address(viewname)


PREVIOUS_ICON = (
    '<svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13"'
    ' width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m6.5938-0.0078125-6.7266 6.7266'
    ' 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path></svg>'
)
NEXT_ICON = (
    '<svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13"'
    ' width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m8.107-0.0078125-1.4136 1.414'
    ' 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path></svg>'
)


@register.simple_tag
def pagination(page_obj, query=""):
    """GOV.UK pagination for a Page: `{% pagination page_obj query %}`, query being the URL-encoded rest of the address.

    Written here rather than as an included template: it is on every page of results, and built as a string it
    costs a tenth as much. Only blank lines when there is one page (the lines the template had around it).
    """
    if not page_obj.has_other_pages():
        return mark_safe("\n\n\n")  # noqa: S308 (blank lines)
    start = f"?{conditional_escape(query)}&amp;page=" if query else "?page="
    link = '<a class="govuk-link govuk-pagination__link" href="' + start
    parts = ['\n\n\n<nav class="govuk-pagination" aria-label="Pages of results">\n  ']
    if page_obj.has_previous():
        parts.append(
            f'\n    <div class="govuk-pagination__prev">\n      {link}{page_obj.previous_page_number()}" rel="prev">'
            f"\n        {PREVIOUS_ICON}\n"
            '        <span class="govuk-pagination__link-title">Previous'
            '<span class="govuk-visually-hidden"> page</span></span>\n      </a>\n    </div>\n  '
        )
    parts.append('\n  <ul class="govuk-pagination__list">\n    ')
    for number in page_links(page_obj):
        if number is None:
            parts.append(
                '\n      \n        <li class="govuk-pagination__item govuk-pagination__item--ellipses">&ctdot;</li>'
                "\n      \n    "
            )
        elif number == page_obj.number:
            parts.append(
                '\n      \n        <li class="govuk-pagination__item govuk-pagination__item--current">\n'
                f'          {link}{number}" aria-label="Page {number}" aria-current="page">{number}</a>\n'
                "        </li>\n      \n    "
            )
        else:
            parts.append(
                '\n      \n        <li class="govuk-pagination__item">\n'
                f'          {link}{number}" aria-label="Page {number}">{number}</a>\n'
                "        </li>\n      \n    "
            )
    parts.append("\n  </ul>\n  ")
    if page_obj.has_next():
        parts.append(
            f'\n    <div class="govuk-pagination__next">\n      {link}{page_obj.next_page_number()}" rel="next">\n'
            '        <span class="govuk-pagination__link-title">Next'
            '<span class="govuk-visually-hidden"> page</span></span>'
            f"\n        {NEXT_ICON}\n      </a>\n    </div>\n  "
        )
    parts.append("\n</nav>\n\n")
    return mark_safe("".join(parts))  # noqa: S308 (fixed markup, numbers and the escaped query)


@register.inclusion_tag("includes/help_now.html")
def help_now(heading_level=2):
    """ "Need help now?" and impartial SEND advice: the numbers a worried family looks for.

    The urgent help is the crisis panel staff keep in the admin (the one a search for words of crisis
    shows), so a number changed there is changed here too; SENDIASS comes from settings.
    """
    return {
        "heading": f"h{heading_level}",
        "crisis": crisis_panel_load(),
        "sendiass_phone": settings.SENDIASS_PHONE,
        "sendiass_url": settings.SENDIASS_URL,
    }


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumb_trail(*steps):
    """Breadcrumbs written in a template: text and link pairs, then the current page's text.

    `{% breadcrumb_trail _("Home") "home" _("Co-production") "coproduction:hub" _("Sign the pledge") %}`: a link
    is a URL name or a path (from `get_absolute_url` or `{% url ... as %}`); with no text at the end, the last
    step is a link too. Views that build their own trail pass `crumbs` to
    the same include.
    """
    pairs, current = (steps[:-1], [(steps[-1], None)]) if len(steps) % 2 else (steps, [])
    crumbs = [
        (text, link if str(link).startswith("/") else reverse(link))
        for text, link in zip(pairs[::2], pairs[1::2], strict=True)
    ]
    return {"crumbs": [*crumbs, *current]}


@register.simple_tag
def site_footer():
    """The page's footer, the same on every page (made once a process and language)."""
    return frame.site_footer()


@register.simple_tag
def phase_banner():
    """The beta banner, the same on every page (made once a process and language)."""
    return frame.phase_banner()


@register.simple_tag(takes_context=True)
def service_navigation(context):
    """The header's navigation, the section being viewed marked (made once a process for each section)."""
    return frame.service_navigation(
        service_name=context.get("service_name", ""),
        navigation=context.get("navigation", ()),
        hide_header_search=context.get("hide_header_search"),
    )


@register.simple_tag(takes_context=True)
def page_useful(context):
    """ "Is this page useful?" for this page and visitor."""
    token, request = context.get("csrf_token"), context.get("request")
    if not token or token == "NOTPROVIDED" or request is None:  # noqa: S105 (no forms to protect: rendered as it is)
        return render_to_string("includes/page_useful.html", {"csrf_token": token, "request": request})
    return frame.page_useful(csrf_token=token, path=request.path)
