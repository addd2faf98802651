"""The site's URLs plus one view that fails, to see the 500 page a family would get."""

from django.urls import path

from localoffer.urls import handler404, handler500  # noqa: F401
from localoffer.urls import urlpatterns as site_urlpatterns


def broken(request):
    raise RuntimeError("A deliberate failure for the 500 page test")


urlpatterns = [path("broken/", broken), *site_urlpatterns]
