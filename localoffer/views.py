"""Site-wide pages: home, the statutory notices, health check and error pages."""

import logging

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

from localoffer import retention
from services.models import Category, Need

logger = logging.getLogger(__name__)


def home(request):
    """The front door: search, the main categories and areas of need, key advice and the pledge."""
    return render(
        request,
        "localoffer/home.html",
        {
            "categories": Category.objects.filter(parent=None),
            "needs": Need.objects.filter(parent=None),
        },
    )


def notice(request, template):
    """A statutory notice page (accessibility, privacy, cookies, contact)."""
    return render(request, f"localoffer/{template}.html")


def privacy(request):
    """The privacy notice, with retention periods read from the same rules the purge uses."""
    return render(request, "localoffer/privacy.html", {"retention": retention.RULES})


@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not; for load balancers and monitors."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def page_not_found(request, exception):
    """A 404 that helps a family find their way again."""
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    """A 500 that apologises and offers other ways to get help; it must not touch the database."""
    return render(request, "500.html", status=500)
