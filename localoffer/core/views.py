"""Pages every request may end on: the health check and the error pages (404, 500, 503)."""

import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)


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


# How long to tell browsers and crawlers to wait after a 503: about as long as PostgreSQL takes to restart.
RETRY_AFTER_SECONDS = 30


@requires_csrf_token
def server_error(request):
    """A 500 that apologises and offers other ways to get help; it must not touch the database.

    When the error is the database not answering (PostgreSQL restarting, a network blip), it is a
    503 with Retry-After instead, saying to try again shortly: the form being sent was in a
    transaction, so nothing of it was saved, and the next request reconnects by itself. The Open
    Referral UK API answers in its own JSON error shape.
    """
    error = sys.exc_info()[1]
    if not isinstance(error, OperationalError | InterfaceError):
        return render(request, "500.html", status=500)
    logger.warning("The database did not answer %s %s: %s", request.method, request.path, error)
    if request.path.startswith("/api/"):
        message = "The service is unavailable for a moment. Try again shortly."
        response = JsonResponse({"status": 503, "message": message}, status=503)
    else:
        response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
