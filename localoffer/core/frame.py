"""The parts of every page's frame that are the same for every visitor, made once per process and language.

The footer, the phase banner and the header's navigation depend only on the language, the site's
addresses and a few values of the page (which section it is in, whether its header has a search box),
so each is rendered from its template the first time it is asked for with those values and kept for the
life of the process. "Is this page useful?" is kept the same way with stand-ins where each visitor's
CSRF token and the page's path go, and those are put in on each request.
"""

import functools

from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

TOKEN_HERE = "lo-frame-csrf-token"  # noqa: S105 (a stand-in, replaced by the real token)
PATH_HERE = "lo-frame-path"


@functools.lru_cache(maxsize=256)
def frame_part_rendered(template_name, language, script_prefix, values):
    """The template rendered with only these `values` (name and value pairs, hashable), kept per language and
    script prefix, which its translated words and its {% url %} addresses depend on."""
    return render_to_string(template_name, dict(values))


def frame_part(template_name, **values):
    """A part of the frame rendered from `template_name` with these values alone, made once a process."""
    html = frame_part_rendered(template_name, get_language(), get_script_prefix(), tuple(values.items()))
    return mark_safe(html)  # noqa: S308 (a rendered template)


def site_footer():
    """The footer: its links and the council's line."""
    return frame_part("includes/footer.html")


def phase_banner():
    """The beta banner under the header, with its link to the feedback form."""
    return frame_part("includes/phase_banner.html")


def service_navigation(*, service_name, navigation, hide_header_search):
    """The header's service name, its sections (`navigation`, the one being viewed marked) and its search box."""
    return frame_part(
        "includes/service_navigation.html",
        service_name=service_name,
        navigation=tuple(item._replace(text=str(item.text)) for item in navigation),
        hide_header_search=bool(hide_header_search),
    )


def page_useful(*, csrf_token, path):
    """ "Is this page useful?", its two forms carrying this visitor's CSRF token and the page's path."""
    html = frame_part("includes/page_useful.html", csrf_token=TOKEN_HERE, request=FramePath(PATH_HERE))
    html = html.replace(TOKEN_HERE, conditional_escape(csrf_token)).replace(PATH_HERE, conditional_escape(path))
    return mark_safe(html)  # noqa: S308 (a rendered template and escaped values)


class FramePath(str):
    """A stand-in for the request in a kept template: only its path is read."""

    @property
    def path(self):
        return str(self)
