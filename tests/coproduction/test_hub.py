"""The co-production hub: staff text, the values video without third-party cookies, the links."""

import pytest

from coproduction.models import HubPage

pytestmark = pytest.mark.django_db


def test_hub_shows_staff_text_and_links_to_every_way_to_take_part(client):
    HubPage.objects.update(introduction="Our **own** words <script>bad()</script>")
    html = client.get("/co-production/").content.decode()
    assert "<strong>own</strong>" in html
    assert "<script>bad()" not in html
    assert "2021" in html and "Ofsted" in html
    for href in ("/co-production/pledge/", "/co-production/interview-panels/", "/co-production/forums/",
                 "/co-production/you-said-we-did/", "/information/send-improvement-plan/", "/feedback/"):  # fmt: skip
        assert f'href="{href}"' in html


def test_video_is_a_plain_link_with_transcript_and_no_iframe_until_played(client):
    HubPage.objects.update(video_url="https://www.youtube.com/watch?v=abcDEF12345", video_transcript="Hello families")
    html = client.get("/co-production/").content.decode()
    assert "<iframe" not in html
    assert 'href="https://www.youtube.com/watch?v=abcDEF12345"' in html
    assert 'data-embed-url="https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1"' in html
    assert "Video transcript" in html and "Hello families" in html


def test_a_video_address_that_is_not_youtube_is_only_linked(client):
    HubPage.objects.update(video_url="https://video.example.org/values")
    html = client.get("/co-production/").content.decode()
    assert 'href="https://video.example.org/values"' in html
    assert "data-embed-url" not in html


def test_no_video_address_means_no_video_section(client):
    HubPage.objects.update(video_url="")
    assert "Play the video" not in client.get("/co-production/").content.decode()
