"""Sitemap of the directory's published services, for `django.contrib.sitemaps`."""

from django.contrib.sitemaps import Sitemap

from services.models import Service, ServiceTranslation


class ServiceSitemap(Sitemap):
    """Every published service page, with when it last changed."""

    changefreq = "weekly"
    priority = 0.8
    limit = 5000

    def items(self):
        return Service.objects.filter(status=Service.Status.PUBLISHED).only("slug", "updated").order_by("name", "pk")

    def lastmod(self, service):
        return service.updated


class TranslatedServiceSitemap(Sitemap):
    """Each published service's page with its summary in another language (`?lang=`), made by a person."""

    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return (
            ServiceTranslation.objects.filter(
                published=True, made_by_person=True, service__status=Service.Status.PUBLISHED
            )
            .select_related("service")
            .order_by("service__name", "service__pk", "language")
        )

    def location(self, translation):
        return translation.get_absolute_url()

    def lastmod(self, translation):
        return translation.updated_at
