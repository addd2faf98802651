"""Sitemap of the directory's published services, for `django.contrib.sitemaps`."""

from django.contrib.sitemaps import Sitemap

from services.models import Service


class ServiceSitemap(Sitemap):
    """Every published service page, with when it last changed."""

    changefreq = "weekly"
    priority = 0.8
    limit = 5000

    def items(self):
        return Service.objects.filter(status=Service.Status.PUBLISHED).only("slug", "updated").order_by("name", "pk")

    def lastmod(self, service):
        return service.updated
