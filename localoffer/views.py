"""The home page, which brings the directory's categories and needs together with the site's advice."""

from django.conf import settings
from django.shortcuts import render

from services.models import Category, Need


def home(request):
    """The front door: search, the main categories and areas of need, key advice and the pledge."""
    return render(
        request,
        "home.html",
        {
            "categories": Category.objects.filter(parent=None),
            "needs": Need.objects.filter(parent=None),
            # The page's own search box is the one search on it: two boxes that search different things confuse.
            "hide_header_search": True,
            "sendiass_url": settings.SENDIASS_URL,
        },
    )
