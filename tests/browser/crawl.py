"""A crawl of the site that checks one page of each shape in a real browser.

Discovery reads pages over HTTP (fast, no rendering): every link from the home page, the
sitemap and a missing page, the site's search forms sent with a word, a typo, a word nothing
matches and nonsense in every box, and the links in any email the site sends. A page is checked
in the browser when it shows something no checked page of its kind (its URL pattern) has shown
yet: a template, or an element with a class. Every form on a
checked page is then sent as it would be without JavaScript: empty, with a badly formed email
address where it asks for one, and filled in (once per submit button), and each page that comes
back is checked and crawled in turn. So a new page, template, component or form is checked
without anyone adding it to a list.

Each checked page must have no axe-core violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules,
no sideways scrolling in a 320 px window, exactly one h1, a title, only the site's font (the home
page heading's) for text in `main`, `novalidate` on every form, and the error border on every field in error.
"""

import re
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from axe_playwright_python.sync_playwright import Axe
from django.urls import Resolver404, resolve

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
AXE_SCRIPT = Axe().axe_script
AXE_RUN = """(options) => axe.run(document, options).then((results) => results.violations.map((v) => ({
  id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((node) => node.target.join(" ")),
})))"""
SKIPPED_PREFIXES = ("/static/", "/media/", "/api/", "/admin/", "/__")
# A GET form is sent with each word in its first box, and with nonsense in every box.
SEARCH_WORDS = ("autism", "austim", "zxqvj")  # found, misspelt, nothing found
NONSENSE = "ZZ99 abc"
MAX_FETCHES = 800
# Once this many pages of one kind in a row have shown nothing new, the rest of that kind are
# taken to be like them (a directory of thousands of services is crawled in the same time).
ENOUGH_OF_A_KIND = 8
MISSING_PAGE = "/a-page-that-does-not-exist/"

# What a person would type; the crawler picks by input type, then by the field's name.
VALID_TEXT = {
    "email": "sam.example@example.org",
    "tel": "01202 123456",
    "number": "3",
    "date": "2030-06-01",
    "url": "https://example.org/",
}
VALID_BY_NAME = [
    (re.compile(r"postcode"), "BH14"),
    (re.compile(r"phone"), "01202 123456"),
    (re.compile(r"email"), "sam.example@example.org"),
    (re.compile(r"organisation"), "Poole Parent Forum"),
    (re.compile(r"-amount$|-order$"), "6"),  # a wait in weeks, a step's number
    (re.compile(r"opens$"), "9am"),  # times as people write them
    (re.compile(r"closes$"), "5pm"),
    (re.compile(r"name"), "Sam Example"),
]
# Radio groups where the first choice needs more than a person filling in the visible boxes would give
# (a listing "at the places listed" needs a place); the crawl chooses this value instead.
RADIO_CHOICE = {"coverage": "area"}
VALID_SENTENCE = "The opening times on this page helped us plan a visit."
INVALID_EMAIL = "sam.example-at-example.org"

# Run in the page: everything the crawl checks besides axe, in one round trip.
PAGE_CHECKS = r"""
(site) => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
      .slice(0, 3)
      .map((el) => [el.tagName.toLowerCase(), ...el.classList].join("."));
    problems.push(`scrolls sideways at ${root.clientWidth} px: ${root.scrollWidth} px wide (${wide.join(", ")})`);
  }
  const h1s = document.querySelectorAll("h1").length;
  if (h1s !== 1) problems.push(`has ${h1s} h1 elements, not one`);
  if (!document.title.trim()) problems.push("has no title");
  const main = document.querySelector("main");
  if (!main) {
    problems.push("has no main element");
  } else {
    const code = "pre, code, kbd, samp, .lo-code, .lo-code-inline";
    const off = new Map();
    for (const el of main.querySelectorAll("*")) {
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      const box = el.getBoundingClientRect();
      if (!text || el.closest(code) || box.width <= 1 || box.height <= 1) continue;  // visually hidden
      const family = getComputedStyle(el).fontFamily;
      if (family !== site) {
        const key = `${el.tagName.toLowerCase()} in ${family}`;
        off.set(key, (off.get(key) || 0) + 1);
      }
    }
    for (const [key, n] of off) problems.push(`${n} text element(s) not in the site's font: ${key}`);
  }
  for (const form of document.querySelectorAll("form")) {
    if (!form.noValidate) problems.push(`a form (action ${form.getAttribute("action")}) lacks novalidate`);
  }
  for (const group of document.querySelectorAll(".govuk-form-group--error")) {
    for (const input of group.querySelectorAll("input.govuk-input, textarea, select")) {
      // A question revealed under an option has a form group (and error state) of its own.
      if (input.closest(".govuk-form-group") !== group) continue;
      if (![...input.classList].some((c) => c.endsWith("--error"))) {
        problems.push(`field ${input.name} is in error without the error border`);
      }
    }
  }
  return problems;
}
"""

CONTROLS = "input, select, textarea, button"

# A form's visible fields, each with what the crawler needs to fill or clear it.
FORM_FIELDS = r"""
(form) => [...form.elements].filter((el) => el.matches(CONTROLS)).map((el, index) => ({
  index,
  tag: el.tagName.toLowerCase(),
  type: (el.type || "").toLowerCase(),
  name: el.name || "",
  value: el.value,
  visible: !!el.getClientRects().length && !el.closest(".lo-honeypot, [hidden]") && !el.disabled,
  options: el.tagName === "SELECT" ? [...el.options].map((o) => o.value) : [],
}))
""".replace("CONTROLS", repr(CONTROLS))


@dataclass
class Problem:
    where: str
    what: str

    def __str__(self):
        return f"{self.where}: {self.what}"


@dataclass
class Crawl:
    """One crawl of the site at `base_url` with the browser tab `page` (one context for the whole crawl).

    `templates_heard()` may return the names of the templates rendered since it was last called
    (a live server in the test's process can tell); `after_submit()` may return the addresses of
    pages the site has just told someone about by email.
    """

    page: object
    base_url: str
    templates_heard: object = None
    after_submit: object = None
    font: str = None
    problems: list = field(default_factory=list)
    checked: list = field(default_factory=list)
    fetched: int = 0
    _queue: deque = field(default_factory=deque)
    _seen: set = field(default_factory=set)
    _seen_shapes: set = field(default_factory=set)
    _covered: set = field(default_factory=set)
    _forms_done: set = field(default_factory=set)
    _landed_by_get: bool = False
    _unremarkable: dict = field(default_factory=dict)

    def run(self):
        """Crawl until nothing new turns up; returns the problems found (empty when all is well)."""
        self.request = self.page.context.request  # shares the tab's cookies: a session follows the crawl
        self.page.context.add_init_script(AXE_SCRIPT)  # sent to the browser once, not for every check
        self._enqueue("/")
        self._enqueue(MISSING_PAGE)
        self._enqueue_sitemap()
        while self._queue:
            path = self._queue.popleft()
            html = self._fetch(path)
            if html is not None:
                self._discover(path, html)
        return self.problems

    def report(self):
        """The problems, one line each, grouped under the page they were found on."""
        lines = [f"{len(self.problems)} problems on {len(self.checked)} pages checked ({self.fetched} fetched):"]
        last = None
        for problem in self.problems:
            if problem.where != last:
                lines.append(problem.where)
                last = problem.where
            lines.append(f"  - {problem.what}")
        return "\n".join(lines)

    # Discovery over HTTP.

    def _enqueue(self, url, *, base="/"):
        parts = urlsplit(urljoin(base, url))
        if parts.scheme not in ("http", "https", ""):
            return
        if parts.netloc and parts.netloc != urlsplit(self.base_url).netloc and base != "sitemap":
            return
        path = parts.path or "/"
        if path.startswith(SKIPPED_PREFIXES) or path.endswith((".xml", ".txt", "/feed/")):
            return
        query = parse_qsl(parts.query, keep_blank_values=True)
        # One page for each set of query parameters: filters and pages of results are endless.
        shape = (path, frozenset(name for name, _ in query)) if query else path
        if shape in self._seen_shapes:
            return
        self._seen_shapes.add(shape)
        address = path + (f"?{urlencode(query)}" if query else "")
        if address not in self._seen:
            self._seen.add(address)
            self._queue.append(address)

    def _enqueue_sitemap(self):
        response = self.request.get(self.base_url + "/sitemap.xml")
        if response.ok:
            for loc in re.findall(r"<loc>([^<]+)</loc>", response.text()):
                self._enqueue(urlsplit(loc).path, base="sitemap")

    def _fetch(self, path):
        if self.fetched >= MAX_FETCHES or self._unremarkable.get(route_of(path), 0) >= ENOUGH_OF_A_KIND:
            return None
        self.fetched += 1
        self._heard()
        response = self.request.get(self.base_url + path, max_redirects=0)
        if 300 <= response.status < 400:
            self._enqueue(response.headers.get("location", ""), base=path)
            return None
        if response.status >= 500:
            self.problems.append(Problem(path, f"answers {response.status}"))
            return None
        if "text/html" not in response.headers.get("content-type", ""):
            return None
        html = response.text()
        if self._shows_something_new(path, html):
            self.check(path)
        return html

    def _heard(self):
        return self.templates_heard() if self.templates_heard else set()

    def _shows_something_new(self, path, html):
        """True when the page has a template or element no checked page of its kind had; now covered."""
        kind = route_of(path)
        features = {f"template {name}" for name in self._heard()} | page_features(html)
        new = {(kind, feature) for feature in features} - self._covered
        self._covered |= new
        self._unremarkable[kind] = 0 if new else self._unremarkable.get(kind, 0) + 1
        return bool(new)

    def _discover(self, path, html):
        parser = LinkParser()
        parser.feed(html)
        for href in parser.links:
            self._enqueue(href, base=path)
        for action, names in parser.search_forms:
            action_path = urlsplit(urljoin(path, action or path)).path
            tries = [{names[0]: word} for word in SEARCH_WORDS] + [dict.fromkeys(names, NONSENSE)]
            for query in tries:
                self._enqueue(f"{action_path}?{urlencode(query)}", base=path)
                self._seen_shapes.discard((action_path, frozenset(query)))

    # Checks in the browser.

    def check(self, path, *, steps=None):
        """Check the page at `path` (or the one the browser reached by `steps`) and send its forms."""
        page = self.page
        page.set_viewport_size({"width": 320, "height": 800})
        if steps is None:
            steps = [path]
            page.goto(self.base_url + path)
        self.checked.append(path)
        if self.font is None:  # the home page's heading is in the site's font
            self.font = page.evaluate("getComputedStyle(document.querySelector('h1') || document.body).fontFamily")
        self.problems += [Problem(path, what) for what in page.evaluate(PAGE_CHECKS, self.font)]
        for width in (320, 1280):
            page.set_viewport_size({"width": width, "height": 800})
            for violation in page.evaluate(AXE_RUN, AXE_OPTIONS):
                targets = ", ".join(violation["targets"])
                self.problems.append(
                    Problem(path, f"axe {violation['id']} at {width} px ({violation['help']}): {targets}")
                )
        self._send_forms(path, steps)

    def _send_forms(self, where, steps):
        """Send each new kind of form on the page; `steps` lead the browser back to the page."""
        url = self.page.url
        forms = self.page.locator("form[method=post i]")
        new_forms = []
        for index in range(forms.count()):
            form = forms.nth(index)
            fields = form.evaluate(FORM_FIELDS)
            buttons = [f for f in fields if f["type"] == "submit" and f["visible"]]
            action = route_of(urlsplit(urljoin(url, form.get_attribute("action") or url)).path)
            if action.endswith("sign-out/"):  # it would end the session the rest of the crawl follows
                continue
            shape = (action, tuple(sorted({f["name"] for f in fields if f["visible"]})))
            if shape not in self._forms_done and buttons:
                self._forms_done.add(shape)
                new_forms.append((index, fields, buttons))
        for index, fields, buttons in new_forms:
            visible = [f for f in fields if f["visible"] and f["type"] not in ("submit", "button", "hidden")]
            variants = [("filled in", button) for button in buttons]
            if any(f["type"] == "email" for f in visible):
                variants.insert(0, ("sent with a bad email address", buttons[0]))
            if visible:
                variants.insert(0, ("sent empty", buttons[0]))
            for how, button in variants:
                send = (index, fields, how, button)
                label = f"{where}, form {how}" + (f" ({button['value']})" if button["value"] else "")
                self._reach(steps)
                if self._send(label, send) or how != "filled in":
                    self.check(label, steps=self._way_back(steps, send))

    def _way_back(self, steps, send):
        """How to come back to the page a form led to: its address when the site redirected there
        (post/redirect/get, so a single-use link need not be used again), else the form sent again."""
        if self._landed_by_get:
            parts = urlsplit(self.page.url)
            return [parts.path + (f"?{parts.query}" if parts.query else "")]
        return [*steps, send]

    def _reach(self, steps):
        self.page.set_viewport_size({"width": 1280, "height": 800})
        for step in steps:
            if isinstance(step, str):
                self.page.goto(self.base_url + step)
            else:
                self._send(None, step)

    def _send(self, label, send):
        """Fill in and send a form as without JavaScript; `label` names it in problems (None: replaying).

        True when the page it leads to shows something new, so is worth checking.
        """
        index, fields, how, button = send
        page = self.page
        form = page.locator("form[method=post i]").nth(index)
        fill(form, fields, empty=how == "sent empty", bad_email=how == "sent with a bad email address")
        page.evaluate("window.addEventListener('submit', (e) => e.stopImmediatePropagation(), true)")
        buttons = [f for f in fields if f["type"] == "submit" and f["visible"]]
        self._heard()
        try:
            with page.expect_navigation(timeout=5_000) as navigation:
                form.locator("button[type=submit], input[type=submit]").nth(buttons.index(button)).click()
            self._landed_by_get = navigation.value.request.method == "GET"
        except Exception as error:  # noqa: BLE001 - any failure to send is the crawl's finding
            if label:
                self.problems.append(Problem(label, f"could not be sent: {error}"))
            return False
        if label is None:
            return False
        errors = page.locator(".govuk-error-summary")
        if how == "filled in" and errors.count():
            summary = errors.inner_text().replace("\n", " ")
            self.problems.append(Problem(label, f"was refused when filled in: {summary}"))
        path, html = urlsplit(page.url).path, page.content()
        new = self._shows_something_new(path, html)
        self._discover(path, html)
        for address in self.after_submit() if self.after_submit else []:
            self._enqueue(address)
        return new


def fill(form, fields, *, empty, bad_email):
    """Fill in (or empty) the form's visible fields as a person would."""
    controls = form.evaluate_handle(f"(form) => [...form.elements].filter((el) => el.matches('{CONTROLS}'))")
    chosen_groups = set()
    for f in fields:
        if not f["visible"] or f["type"] in ("submit", "button", "hidden", "file"):
            continue
        element = controls.get_property(str(f["index"])).as_element()
        if f["type"] in ("radio", "checkbox"):
            if empty:  # as a person would find it with nothing chosen (a radio cannot be unclicked)
                element.evaluate("(el) => { el.checked = false; }")
            elif f["name"] not in chosen_groups and RADIO_CHOICE.get(f["name"], f["value"]) == f["value"]:
                chosen_groups.add(f["name"])
                element.set_checked(True)
        elif f["tag"] == "select":
            options = [value for value in f["options"] if value]
            if empty and "" in f["options"]:
                element.select_option(value="")
            elif not empty and options:
                element.select_option(value=options[0])
        elif empty:
            element.fill("")
        elif bad_email and f["type"] == "email":
            element.fill(INVALID_EMAIL)
        else:
            element.fill(valid_text(f))


def valid_text(f):
    if f["type"] in VALID_TEXT:
        return VALID_TEXT[f["type"]]
    for pattern, value in VALID_BY_NAME:
        if pattern.search(f["name"]):
            return value
    return VALID_SENTENCE if f["tag"] == "textarea" else "Sam Example"


def route_of(path):
    """The URL pattern a path (with or without its query) belongs to: pages of one pattern are one kind."""
    try:
        return resolve(urlsplit(path).path).route
    except Resolver404:
        return "(not found)"


class LinkParser(HTMLParser):
    """The links, and the text boxes of each GET form, in a page."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.search_forms = []
        self._form = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"].split("#")[0] or ".")
        elif tag == "form":
            get = (attrs.get("method") or "get").lower() == "get"
            self._form = {"action": attrs.get("action"), "boxes": []} if get else None
        elif tag == "input" and self._form is not None and attrs.get("type") in ("search", "text"):
            self._form["boxes"] += [attrs["name"]] if attrs.get("name") else []

    def handle_endtag(self, tag):
        if tag == "form" and self._form:
            if self._form["boxes"]:
                self.search_forms.append((self._form["action"], self._form["boxes"]))
            self._form = None


class FeatureParser(HTMLParser):
    """What a page's main content is made of: each element name, and each element with each class."""

    def __init__(self):
        super().__init__()
        self.features = set()
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self._depth = 1
            return
        if not self._depth:
            return
        self.features.add(tag)
        for name, value in attrs:
            if name == "class" and value:
                self.features |= {f"{tag}.{css}" for css in value.split() if "!" not in css}

    def handle_endtag(self, tag):
        if tag == "main":
            self._depth = 0


def page_features(html):
    parser = FeatureParser()
    parser.feed(html)
    return parser.features
