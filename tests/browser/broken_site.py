"""A test-only URLconf: two pages with the faults the crawl must catch, one linked from the other.

The site's Content-Security-Policy applies here too, so the faults are in markup, not inline styles.
"""

from django.http import HttpResponse, HttpResponseNotFound
from django.urls import path

HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/static/css/application.css"><title>{title}</title></head>"""

HOME = (
    HEAD.format(title="A broken home page")
    + """
<body><main><h1 class="govuk-heading-xl">A broken home page</h1>
<p class="govuk-body">See <a class="govuk-link" href="/too-wide/">the wide page</a>.</p>
<form method="get" action="/too-wide/"><label class="govuk-label" for="q">Search</label>
<input class="govuk-input" id="q" name="q" type="search"></form>
</main></body></html>"""
)

TOO_WIDE = (
    HEAD.format(title="")
    + """
<body><main>
<table width="600"><tr><td class="govuk-body">A table too wide for a phone</td></tr></table>
<img src="/static/images/favicon.svg">
<p>Text in the browser's default font</p>
</main></body></html>"""
)

handler404 = "tests.browser.broken_site.not_found"


def not_found(request, exception):
    return HttpResponseNotFound(HOME.replace("A broken home page", "Page not found"))


urlpatterns = [
    path("", lambda request: HttpResponse(HOME), name="home"),
    path("too-wide/", lambda request: HttpResponse(TOO_WIDE), name="too-wide"),
]
