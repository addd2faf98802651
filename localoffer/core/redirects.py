"""Where to send the browser next: an address a visitor sent us is used only when it is ours."""

from django.urls import Resolver404, resolve
from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(request, target, fallback, *, local_page=False):
    """`target` when it is safe to send the browser there, otherwise `fallback`.

    Safe means on this site's host, and not from https down to http. With `local_page`, it must
    be a path of this site (no host or scheme at all) that is one of its pages: what a page vote
    stores and links back to.
    """
    if local_page:
        safe = target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts=None)
        return target if safe and _resolves(target) else fallback
    allowed = url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure())
    return target if allowed else fallback


def _resolves(path):
    try:
        resolve(path)
    except Resolver404:
        return False
    return True
