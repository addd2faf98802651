"""Staff-written markdown to safe HTML, for pages, news, service descriptions and hub text.

Staff may use headings, lists, links, emphasis and tables; any raw HTML they type is removed
by the sanitiser, so nothing they write can run script or break the page's layout.
"""

import markdown as markdown_lib
import nh3
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "em", "h2", "h3", "h4", "h5", "h6", "hr", "li",
    "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "th": {"scope"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def markdown_to_html(text):
    """Render markdown as sanitised HTML. Headings start at level 2: the page owns its h1."""
    html = markdown_lib.markdown(
        text or "",
        extensions=["tables", "sane_lists", "toc"],
        extension_configs={"toc": {"baselevel": 2, "permalink": False}},
        output_format="html",
    )
    return mark_safe(  # noqa: S308  (nh3 has removed everything not on the allow-list)
        nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=None)
    )
