"""The news as an Atom feed at /news/feed/, for feed readers and other sites."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from localoffer.content.models import NewsItem

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Atom1Feed
    title = "SEND Local Offer news – BCP Council"
    subtitle = "News and updates about special educational needs and disabilities (SEND) support in BCP."

    def link(self):
        return reverse("news")

    def feed_url(self):
        return reverse("news_feed")

    def items(self):
        return NewsItem.objects.public()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.published_on, datetime.time(9)))

    def item_updateddate(self, item):
        return item.updated_at
