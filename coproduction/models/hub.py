"""The co-production hub's staff-editable text: one row, edited in the admin."""

from urllib.parse import parse_qs, urlparse

from django.db import models
from django.urls import reverse

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com"}


class HubPage(models.Model):
    """The words on /co-production/; there is only ever one (see `HubPage.load`)."""

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    introduction = models.TextField(help_text="What co-production means here. Markdown.")
    commitment = models.TextField(help_text="The council's and NHS Dorset's commitment. Markdown.")
    video_title = models.CharField(max_length=200, blank=True)
    video_url = models.URLField(
        blank=True, help_text="The values video's address, for example https://www.youtube.com/watch?v=..."
    )
    video_transcript = models.TextField(blank=True, help_text="A text version of the video. Markdown.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "co-production hub page"
        constraints = [models.CheckConstraint(condition=models.Q(singleton=True), name="hubpage_single_row")]

    def __str__(self):
        return "Co-production hub page"

    def get_absolute_url(self):
        return reverse("coproduction:hub")

    @classmethod
    def load(cls):
        """The hub's one row, made with empty text if staff have not written it yet."""
        page, _ = cls.objects.get_or_create(singleton=True, defaults={"introduction": "", "commitment": ""})
        return page

    @property
    def youtube_id(self):
        """The YouTube video id in `video_url`, or "" when it is not a YouTube address."""
        url = urlparse(self.video_url or "")
        if url.hostname not in YOUTUBE_HOSTS:
            return ""
        if url.hostname == "youtu.be":
            video = url.path.strip("/")
        elif url.path.startswith("/embed/"):
            video = url.path.removeprefix("/embed/").strip("/")
        else:
            video = parse_qs(url.query).get("v", [""])[0]
        return video if video.replace("-", "").replace("_", "").isalnum() else ""

    @property
    def video_embed_url(self):
        """The privacy-enhanced player, which sets no cookies until the video is played."""
        return f"https://www.youtube-nocookie.com/embed/{self.youtube_id}?autoplay=1" if self.youtube_id else ""
