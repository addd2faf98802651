"""Pages of the printed directory: choose a booklet, see it being prepared, download it; ask for a paper copy."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.views.decorators.cache import cache_control

from localoffer.core.views import PublicFormView
from services.models import Booklet
from services.printed.booklets import (
    booklet_is_current,
    booklet_part,
    booklet_request,
    booklet_search_part,
    booklet_stylesheet,
)
from services.printed.copies import printed_copy_request
from services.printed.forms import BookletForm, PrintedCopyForm

CRUMBS = [("Home", "/"), ("Find services", "/services/")]


def chosen_search(request):
    """The search a booklet is asked for: from the results page's link (?search=...) or the form sent."""
    if request.method == "POST":
        key = request.POST.get("part", "")
        return booklet_part(key=key) if key.startswith("search:") else None
    return booklet_search_part(query=request.GET["search"]) if request.GET.get("search") else None


def print_directory(request):
    """Choose a part of the directory (or the search one came from) and the print size; the booklet is queued
    and its page shown at once."""
    search = chosen_search(request)
    form = BookletForm(request.POST if request.method == "POST" else None, search=search)
    if request.method == "POST" and form.is_valid():
        part = booklet_part(key=form.cleaned_data["part"])
        booklet = booklet_request(part=part, large_print=form.cleaned_data["large_print"])
        return redirect(booklet)
    return render(
        request,
        "services/booklets/choose.html",
        {"form": form, "search": search, "crumbs": [*CRUMBS, ("Print or download the directory", None)]},
    )


def booklet(request, pk):
    """A booklet's page: being prepared (with a link to look again), or ready to download and print."""
    booklet = get_object_or_404(Booklet.objects.defer("html", "pdf"), pk=pk)
    part = booklet_part(key=booklet.part)
    context = {
        "booklet": booklet,
        "current": booklet_is_current(booklet=booklet),
        "again": BookletForm(initial={"part": booklet.part, "large_print": "yes" if booklet.large_print else "no"}),
        "part_exists": part is not None,
        "crumbs": [
            *CRUMBS,
            ("Print or download the directory", reverse("printed:choose")),
            (str(booklet), None),
        ],
    }
    response = render(request, "services/booklets/booklet_page.html", context)
    response["Cache-Control"] = "no-store"  # "being prepared" must not be kept by a browser or proxy
    return response


def ready_booklet(pk):
    booklet = get_object_or_404(Booklet, pk=pk)
    if booklet.status != Booklet.Status.READY:
        raise Http404("This booklet is not ready yet")
    return booklet


def booklet_pdf(request, pk):
    """The booklet as a PDF."""
    booklet = ready_booklet(pk)
    response = HttpResponse(bytes(booklet.pdf), content_type="application/pdf")
    part = "search" if booklet.part.startswith("search:") else booklet.part.replace(":", "-")
    name = f"send-local-offer-{part}{'-large-print' if booklet.large_print else ''}.pdf"
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


def booklet_print(request, pk):
    """The same booklet as one web page, to print from the browser."""
    return HttpResponse(ready_booklet(pk).html)


@cache_control(max_age=3600, public=True)
def booklet_css(request):
    """The booklet's stylesheet, for its print view."""
    return HttpResponse(booklet_stylesheet(), content_type="text/css; charset=utf-8")


class PrintedCopyView(PublicFormView):
    """Ask the Local Offer team to post a printed booklet."""

    form_class = PrintedCopyForm
    template_name = "services/booklets/request_copy.html"
    name = "printed-copy"
    success_url = reverse_lazy("printed:request-copy-done")

    def get_context_data(self, **kwargs):
        return {
            **kwargs,
            "crumbs": [
                *CRUMBS,
                ("Print or download the directory", reverse("printed:choose")),
                ("Request a printed copy", None),
            ],
        }

    def submit(self, form):
        printed_copy_request(**form.cleaned_data)


request_copy = PrintedCopyView.as_view()


def request_copy_done(request):
    if PrintedCopyView.sent(request) is None:
        return redirect("printed:request-copy")
    return render(
        request,
        "services/booklets/request_copy_done.html",
        {"crumbs": [*CRUMBS, ("Print or download the directory", reverse("printed:choose"))]},
    )
