"""Staff-written markdown to safe HTML, for pages, news, service descriptions and hub text.

Staff may use headings, lists, links, emphasis and tables; any raw HTML they type is removed
by the sanitiser, so nothing they write can run script or break the page's layout. The first
time each glossary term appears in a document it is explained in place (see `mark_glossary_terms`).
"""

import hashlib
import itertools
import re
import threading
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

import markdown as markdown_lib
import nh3
from django.urls import reverse
from django.utils.safestring import mark_safe
from markdown.extensions.toc import slugify_unicode

from localoffer.content.glossary import current_glossary, loaded_version
from localoffer.core.rendered import rendered_cached

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

# What the glossary markup adds. Staff HTML has already been cleaned by then, so these
# attributes can only come from `mark_glossary_terms` itself.
GLOSSARY_TAGS = ALLOWED_TAGS | {"span"}
GLOSSARY_ATTRIBUTES = {
    **ALLOWED_ATTRIBUTES,
    "a": {"href", "title", "class", "aria-describedby"},
    "span": {"class", "id", "hidden"},
}
# Never explain a term inside these: a link within a link, or words inside a heading or code.
NO_GLOSSARY_INSIDE = {"a", "abbr", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}
VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source"}

_definition_ids = itertools.count(1)
# A rendering is kept (localoffer.core.rendered) with its definitions numbered within the document; each
# use numbers them afresh, so two documents on one page never share an id.
LOCAL_ID = "lo-term-local-"
LOCAL_ID_ATTRIBUTE = re.compile(rf'(id|aria-describedby)="{LOCAL_ID}(\d+)"')


@dataclass
class RenderedMarkdown:
    """Sanitised HTML, and the document's main headings (id, text) for a contents list."""

    html: str
    headings: list = field(default_factory=list)


def sanitise(html, *, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES):
    """Keep only the allowed tags, attributes and link schemes."""
    return nh3.clean(html, tags=tags, attributes=attributes, url_schemes=URL_SCHEMES, link_rel=None)


def render_markdown(text, *, glossary=True):
    """Render markdown as sanitised HTML with glossary terms explained. Headings start at level 2.

    The same text with the same glossary is rendered once per app server and then kept in memory.
    """
    if glossary and text:
        matcher = current_glossary()
        # Named by what the matcher holds, not by the shared version it was read under, which may name an older
        # glossary for a moment while a change commits (service pages make sure of a newer one first).
        version = loaded_version() and matcher.digest
    else:
        matcher, version = None, "none"
    if version is None:  # the shared cache is down: the glossary's version is unknown, so keep nothing
        rendered = markdown_render(text, glossary=matcher)
    else:
        parts = ("markdown", version, text or "")
        rendered = rendered_cached(parts=parts, render=lambda: markdown_render(text, glossary=matcher), shared=False)
    return RenderedMarkdown(html=definition_ids_fresh(rendered.html), headings=rendered.headings)


converters = threading.local()


def markdown_converter():
    """This thread's markdown converter, made once (making one costs as much as converting a page), reset for reuse."""
    converter = getattr(converters, "converter", None)
    if converter is None:
        converter = converters.converter = markdown_lib.Markdown(
            extensions=["tables", "sane_lists", "toc"],
            extension_configs={"toc": {"baselevel": 2, "permalink": False, "slugify": heading_id}},
            output_format="html",
        )
    return converter.reset()


def markdown_render(text, *, glossary=None):
    """Markdown as sanitised HTML, with the glossary's terms explained when one is given."""
    converter = markdown_converter()
    html = contacts_linked(sanitise(converter.convert(text or "")))
    if glossary is not None and html:
        html = mark_glossary_terms(html, glossary=glossary)
    headings = [(token["id"], token["name"]) for token in converter.toc_tokens]
    return RenderedMarkdown(html=html, headings=headings)


TAG = re.compile(r"(<[^>]*>)")
NO_LINKS_INSIDE = {"a", "code", "pre"}
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?<!\.)")
# A UK phone number as people write it: 01202 123456, 0800 123 4567, (01202) 123 456, +44 1202 123456.
PHONE = re.compile(r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?(?:[\s-]?\d{2,4}){2,3}(?![\w@])")


def _phone_link(match):
    text = match.group(0)
    digits = re.sub(r"\D", "", text)
    if digits.startswith("44"):
        digits = "0" + digits[2:].removeprefix("0")
    if not (digits.startswith("0") and len(digits) in (10, 11)):
        return text
    return f'<a href="tel:{digits}">{text}</a>'


def _phones_linked(text):
    return PHONE.sub(_phone_link, text)


def contacts_linked(html):
    """Phone numbers and email addresses that staff wrote as plain text become tel: and mailto: links,
    so they can be tapped on a phone; text already in a link, or in code, is left as it is."""
    if not html or not (EMAIL.search(html) or PHONE.search(html)):
        return html
    parts = TAG.split(html)
    inside = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
            if name and name.group(1).lower() in NO_LINKS_INSIDE:
                inside += -1 if part.startswith("</") else 1
            continue
        if inside <= 0 and part:
            emailed = EMAIL.sub(lambda match: f'<a href="mailto:{match.group(0)}">{match.group(0)}</a>', part)
            pieces = TAG.split(emailed)  # leave the new mailto links alone
            parts[index] = "".join(
                piece if piece.startswith("<") or (i and pieces[i - 1].startswith("<a ")) else _phones_linked(piece)
                for i, piece in enumerate(pieces)
            )
    return "".join(parts)


def definition_ids_fresh(html):
    """The document with its definitions numbered anew, unique on the page it goes into."""
    if LOCAL_ID not in html:
        return mark_safe(html)  # noqa: S308  (sanitised when rendered)
    numbers = {}

    def fresh(match):
        number = numbers.setdefault(match.group(2), next(_definition_ids))
        return f'{match.group(1)}="lo-term-{number}"'

    return mark_safe(LOCAL_ID_ATTRIBUTE.sub(fresh, html))  # noqa: S308  (sanitised when rendered)


def heading_id(value, separator):
    """Heading anchors start "section-", so staff text can never take the page's own ids (main-content)."""
    return "section-" + slugify_unicode(value, separator)


def markdown_to_html(text):
    """Render markdown as sanitised HTML, glossary terms explained. Headings start at level 2: the page owns its h1."""
    return render_markdown(text).html


# Changed whenever a change here changes what markdown becomes, so that HTML kept from an older
# conversion is not used again.
CONVERSION = "1"


def markdown_fingerprint(text):
    """What HTML kept beside `text` must have been made from: this text by this conversion."""
    return hashlib.sha256(f"{CONVERSION}\n{text or ''}".encode()).hexdigest()


def markdown_kept(text):
    """`text` as sanitised HTML without the glossary's terms explained (they change without the text), to keep
    beside it, and its fingerprint: (html, fingerprint)."""
    return markdown_render(text).html, markdown_fingerprint(text)


def kept_markdown_to_html(*, text, html, fingerprint):
    """What markdown_to_html(text) gives, from HTML kept beside the text when it was saved (converted now when
    it was kept from other text or by another conversion), with the glossary's terms explained as they are now."""
    if fingerprint != markdown_fingerprint(text):
        return markdown_to_html(text)
    if html:
        html = mark_glossary_terms(html, glossary=current_glossary())
    return definition_ids_fresh(html)


def glossary_markup(*, text, entry, definition_id=None):
    """A term as a link to its glossary entry, with the definition beside it for assistive technology.

    Without JavaScript the link leads to the A to Z; with it, the term becomes a button that shows
    the definition in place. Screen readers hear the definition as the link's description either way.
    """
    definition_id = definition_id or f"lo-term-{next(_definition_ids)}"
    name = f"{entry.term} ({entry.abbreviation})" if entry.abbreviation else entry.term
    href = f"{reverse('glossary')}#{entry.slug}"
    return (
        f'<span class="lo-term"><a class="govuk-link lo-term__link" href="{escape(href)}" '
        f'aria-describedby="{definition_id}">{escape(text, quote=False)}</a>'
        f'<span class="lo-term__definition" id="{definition_id}" hidden>'
        f"{escape(name, quote=False)}: {escape(entry.definition, quote=False)}</span></span>"
    )


class _GlossaryMarker(HTMLParser):
    """Copies sanitised HTML through, explaining the first occurrence of each term in running text."""

    def __init__(self, glossary):
        super().__init__(convert_charrefs=True)
        self.glossary = glossary
        self.out = []
        self.open_tags = []
        self.seen = set()

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag not in VOID_TAGS:
            self.open_tags.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag in self.open_tags:
            while self.open_tags and self.open_tags.pop() != tag:
                pass

    def handle_data(self, data):
        if NO_GLOSSARY_INSIDE.intersection(self.open_tags):
            self.out.append(escape(data, quote=False))
            return
        position = 0
        for start, end, entry in self.glossary.find(data):
            if entry.slug in self.seen:
                continue
            self.seen.add(entry.slug)
            self.out.append(escape(data[position:start], quote=False))
            definition_id = f"{LOCAL_ID}{len(self.seen)}"
            self.out.append(glossary_markup(text=data[start:end], entry=entry, definition_id=definition_id))
            position = end
        self.out.append(escape(data[position:], quote=False))


def mark_glossary_terms(html, *, glossary):
    """Explain the first occurrence of each glossary term in sanitised HTML, then sanitise again."""
    if glossary.pattern is None:
        return html
    if "&" not in html and not glossary.pattern.search(html):
        # Without character references the text is the HTML's own characters, so no term in the HTML means
        # no term in its text, and copying it through would give it back unchanged.
        return html
    marker = _GlossaryMarker(glossary)
    marker.feed(html)
    marker.close()
    return sanitise("".join(marker.out), tags=GLOSSARY_TAGS, attributes=GLOSSARY_ATTRIBUTES)
