""" "Is this page useful?": on every public page, plain forms without JavaScript, JSON for the inline version."""

import pytest

from coproduction.models import PageVote

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/co-production/", "/feedback/", "/privacy/", "/co-production/forums/"])
def test_every_public_page_asks_whether_it_was_useful(client, path):
    html = client.get(path).content.decode()
    assert "Is this page useful?" in html
    assert f'name="path" value="{path}"' in html
    assert "Do not include personal information" in html


def test_error_pages_do_not_ask(client):
    assert "Is this page useful?" not in client.get("/no-such-page/").content.decode()


def test_yes_without_javascript_thanks_and_links_back(client):
    response = client.post("/feedback/page-useful/", {"path": "/privacy/", "useful": "yes"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Thank you for your feedback" in html and 'href="/privacy/"' in html
    assert PageVote.objects.get().useful is True


def test_no_without_javascript_asks_what_went_wrong_and_stores_the_comment_on_that_vote(client):
    response = client.post("/feedback/page-useful/", {"path": "/privacy/", "useful": "no"})
    html = response.content.decode()
    assert "What went wrong?" in html
    assert "Do not include personal information" in html
    assert 'action="/feedback/page-useful/what-went-wrong/"' in html
    token = html.split('name="token" value="')[1].split('"')[0]
    response = client.post(
        "/feedback/page-useful/what-went-wrong/", {"token": token, "path": "/privacy/", "comment": "Too long <b>"}
    )
    assert "Thank you for your feedback" in response.content.decode()
    vote = PageVote.objects.get()
    assert (vote.path, vote.useful, vote.comment) == ("/privacy/", False, "Too long <b>")


def test_inline_vote_answers_json(client):
    response = client.post(
        "/feedback/page-useful/", {"path": "/", "useful": "no"}, headers={"accept": "application/json"}
    )
    token = response.json()["token"]
    assert token
    response = client.post(
        "/feedback/page-useful/what-went-wrong/",
        {"token": token, "path": "/", "comment": "Could not find it"},
        headers={"accept": "application/json"},
    )
    assert response.json() == {"ok": True}
    assert PageVote.objects.get().comment == "Could not find it"


def test_a_comment_cannot_be_added_twice_or_with_a_forged_token(client):
    client.post("/feedback/page-useful/", {"path": "/", "useful": "no"})
    vote = PageVote.objects.get()
    client.post("/feedback/page-useful/what-went-wrong/", {"token": "forged", "path": "/", "comment": "Spam"})
    vote.refresh_from_db()
    assert vote.comment == ""


@pytest.mark.parametrize("path", ["/no-such-page/", "https://evil.example/", "//evil.example/", "", "x" * 600])
def test_a_page_that_does_not_exist_gets_a_clear_message_not_a_500(client, path):
    response = client.post("/feedback/page-useful/", {"path": path, "useful": "yes"})
    assert response.status_code == 400
    assert "We could not record your answer" in response.content.decode()
    assert not PageVote.objects.exists()


def test_votes_are_rate_limited_per_address(client, settings):
    settings.PAGE_VOTE_RATE_LIMIT = "2/h"
    for _ in range(2):
        client.post("/feedback/page-useful/", {"path": "/", "useful": "yes"})
    response = client.post("/feedback/page-useful/", {"path": "/", "useful": "yes"})
    assert response.status_code == 429
    assert PageVote.objects.count() == 2


def test_a_get_to_the_vote_address_is_refused(client):
    assert client.get("/feedback/page-useful/").status_code == 405
