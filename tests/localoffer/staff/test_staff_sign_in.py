"""Staff sign-in: a password and a second factor for every staff account, lockout, idle sign-out."""

import time
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from localoffer.staff import sign_in as staff
from localoffer.staff.middleware import LAST_SEEN

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-staff-password-2026"


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def officer():
    return get_user_model().objects.create_user(
        "officer", email="officer@example.org", password=PASSWORD, is_staff=True, is_superuser=True
    )


@pytest.fixture
def officer_with_app(officer):
    device = TOTPDevice.objects.create(user=officer, name=staff.AUTHENTICATOR_NAME, confirmed=True)
    codes = staff.recovery_codes_issue(user=officer)
    return officer, device, codes


def sign_in_with_password(client, username="officer", password=PASSWORD, address="192.0.2.10"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        follow=True,
    )


def test_a_password_alone_never_reaches_the_admin(client, officer):
    response = sign_in_with_password(client)
    assert response.redirect_chain[-1][0].startswith("/admin/two-factor/set-up/")
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/auth/user/").status_code == 302


@pytest.fixture
def no_throttle(settings):
    """django-otp makes each wrong code delay the next try; these tests retry at once."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


def test_new_staff_set_up_an_authenticator_and_get_recovery_codes(client, officer, no_throttle):
    link = staff.setup_link_issue(user=officer)
    sign_in_with_password(client)
    client.get(path_of(link))
    page = client.get("/admin/two-factor/set-up/?next=/admin/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html and "Set up your authenticator app" in html
    device = TOTPDevice.objects.get(user=officer, confirmed=False)
    assert staff.authenticator_secret(device).replace(" ", "") in html.replace(" ", "")

    wrong = client.post("/admin/two-factor/set-up/?next=/admin/", {"code": "000000"})
    assert "That code is not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    done = client.post("/admin/two-factor/set-up/?next=/admin/", {"code": current_code(device)}, follow=True)
    html = done.content.decode()
    assert "Save these codes somewhere safe now" in html
    assert html.count("<li><code>") == staff.RECOVERY_CODE_COUNT
    assert client.get("/admin/").status_code == 200
    # Shown once only.
    assert "Save these codes" not in client.get("/admin/two-factor/recovery-codes/").content.decode()


def test_staff_with_an_authenticator_enter_its_code_after_the_password(client, officer_with_app, no_throttle):
    _, device, _ = officer_with_app
    response = sign_in_with_password(client)
    assert response.redirect_chain[-1][0].startswith("/admin/two-factor/")
    assert "Enter your code" in response.content.decode()
    wrong = client.post("/admin/two-factor/?next=/admin/", {"code": "123456"})
    assert "That code is not right" in wrong.content.decode()
    ok = client.post("/admin/two-factor/?next=/admin/", {"code": current_code(device)})
    assert ok.status_code == 302 and ok["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_signs_in_once_only(client, officer_with_app, no_throttle):
    _, _, codes = officer_with_app
    sign_in_with_password(client)
    assert client.post("/admin/two-factor/", {"code": codes[0]}).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert StaticToken.objects.filter(token=codes[0].replace(" ", "")).count() == 0

    client.logout()
    sign_in_with_password(client)
    reused = client.post("/admin/two-factor/", {"code": codes[0]})
    assert "That code is not right" in reused.content.decode()
    assert client.get("/admin/").status_code == 302


def test_after_a_wrong_code_the_next_try_must_wait(client, officer_with_app):
    _, device, _ = officer_with_app
    sign_in_with_password(client)
    client.post("/admin/two-factor/", {"code": "000000"})
    too_soon = client.post("/admin/two-factor/", {"code": current_code(device)})
    assert "That code is not right" in too_soon.content.decode()
    assert client.get("/admin/").status_code == 302


def test_someone_with_only_the_password_cannot_add_their_own_authenticator(client, officer_with_app):
    officer, _, _ = officer_with_app
    sign_in_with_password(client)
    response = client.get("/admin/two-factor/set-up/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/")
    assert TOTPDevice.objects.filter(user=officer).count() == 1


def test_repeated_failed_sign_ins_lock_that_account_from_that_address(client, officer, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in_with_password(client, password="wrong-password", address="192.0.2.66")
    locked = client.post("/admin/login/", {"username": "officer", "password": PASSWORD}, REMOTE_ADDR="192.0.2.66")
    assert locked.status_code == 429
    assert "Too many attempts to sign in" in locked.content.decode()
    assert "30 minutes" in locked.content.decode()
    assert "Django administration" not in locked.content.decode()
    assert "<title>Account locked | SEND Local Offer staff</title>" in locked.content.decode()
    # The same person at another address is not locked out.
    elsewhere = sign_in_with_password(client, address="198.51.100.20")
    assert elsewhere.redirect_chain[-1][0].startswith("/admin/two-factor/")


def test_staff_are_signed_out_after_a_spell_without_activity(client, officer_with_app, settings):
    _, device, _ = officer_with_app
    sign_in_with_password(client)
    client.post("/admin/two-factor/", {"code": current_code(device)})
    assert client.get("/admin/").status_code == 200

    session = client.session
    session[LAST_SEEN] = int(time.time()) - settings.STAFF_IDLE_TIMEOUT_MINUTES * 60 - 5
    session.save()
    response = client.get("/admin/", follow=True)
    assert "You were signed out because you had not used the admin for a while" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_public_visitors_sessions_do_not_time_out(client):
    session = client.session
    session["shortlist"] = ["x"]
    session.save()
    client.get("/")
    assert LAST_SEEN not in client.session


def test_the_system_owner_can_reset_a_lost_second_factor(officer_with_app):
    officer, _, _ = officer_with_app
    out = StringIO()
    call_command("staff_2fa_reset", "officer", stdout=out)
    assert "sets up a new authenticator app with this link" in out.getvalue()
    assert not staff.has_second_factor(officer)


def test_the_page_asked_for_survives_the_second_factor_step_even_with_a_query_string(client, officer_with_app):
    _, device, _ = officer_with_app
    client.post(
        "/admin/login/?next=/admin/services/service/%3Fstatus__exact%3Dpublished%26review%3Doverdue",
        {
            "username": "officer",
            "password": PASSWORD,
            "next": "/admin/services/service/?status__exact=published&review=overdue",
        },
        REMOTE_ADDR="192.0.2.10",
    )
    step = client.get("/admin/login/?next=/admin/services/service/%3Fstatus__exact%3Dpublished%26review%3Doverdue")
    assert step.status_code == 302
    done = client.post(step["Location"], {"code": current_code(device)})
    assert done["Location"] == "/admin/services/service/?status__exact=published&review=overdue"


def test_a_next_address_on_another_site_is_ignored(client, officer_with_app):
    _, device, _ = officer_with_app
    sign_in_with_password(client)
    done = client.post("/admin/two-factor/?next=https://evil.example/steal", {"code": current_code(device)})
    assert done["Location"] == "/admin/"


def codes_on(html):
    return [code for code in html.split("<li><code>")[1:] for code in [code.split("</code>")[0]]]


def download_token(html):
    return html.split('name="codes" value="')[1].split('"')[0]


def test_new_recovery_codes_are_shown_once_and_kept_nowhere_but_the_page(client, officer_with_app):
    from django.contrib.sessions.models import Session
    from django.test import Client

    from tests.factories import staff_sign_in

    officer, _, _ = officer_with_app
    staff_sign_in(client, officer)

    response = client.post("/admin/two-factor/recovery-codes/")

    assert response.status_code == 200
    html = response.content.decode()
    codes = codes_on(html)
    assert len(codes) == staff.RECOVERY_CODE_COUNT
    assert "Download as a text file" in html
    assert "data-copy-codes" in html and "data-print-codes" in html and "js/recovery-codes" in html
    sessions = str([session.get_decoded() for session in Session.objects.all()])
    assert not any(code in sessions or code.replace(" ", "") in sessions for code in codes)
    assert "Save these codes" not in client.get("/admin/two-factor/recovery-codes/").content.decode()
    assert Client().get("/admin/two-factor/recovery-codes/").status_code == 302


def test_the_codes_just_shown_download_as_a_text_file(client, officer_with_app):
    from tests.factories import staff_sign_in

    officer, _, _ = officer_with_app
    staff_sign_in(client, officer)
    html = client.post("/admin/two-factor/recovery-codes/").content.decode()

    response = client.post("/admin/two-factor/recovery-codes/download/", {"codes": download_token(html)})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="send-local-offer-recovery-codes.txt"'
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    text = response.content.decode()
    assert "For: officer" in text
    assert all(code in text.splitlines() for code in codes_on(html))


def test_a_download_only_works_for_that_person_in_that_session(client, officer_with_app):
    from django.test import Client

    from tests.factories import make_staff, staff_sign_in

    officer, _, _ = officer_with_app
    staff_sign_in(client, officer)
    token = download_token(client.post("/admin/two-factor/recovery-codes/").content.decode())
    url = "/admin/two-factor/recovery-codes/download/"

    for other in (staff_sign_in(Client(), officer), staff_sign_in(Client(), make_staff("colleague"))):
        refused = other.post(url, {"codes": token}, follow=True)
        assert "Those codes can no longer be downloaded" in refused.content.decode()
    for token_sent in ("", "nonsense", token[:-2] + "xx", "\x00"):
        assert client.post(url, {"codes": token_sent}).status_code == 302
    assert client.get(url).status_code == 302
    assert Client().post(url, {"codes": token}).status_code == 302


def test_a_download_expires_after_an_hour(client, officer_with_app):
    from django.core import signing

    from tests.factories import staff_sign_in

    class SignedAnHourAgo(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - 3601)

    officer, _, _ = officer_with_app
    staff_sign_in(client, officer)
    salt = f"localoffer.recovery-codes-download:{officer.pk}:{client.session.session_key}"
    old = SignedAnHourAgo(salt=salt).sign_object(["1234 5678"], compress=True)
    fresh = signing.TimestampSigner(salt=salt).sign_object(["1234 5678"], compress=True)
    url = "/admin/two-factor/recovery-codes/download/"
    assert client.post(url, {"codes": fresh}).status_code == 200  # the same token, made now, works
    refused = client.post(url, {"codes": old}, follow=True)
    assert "Those codes can no longer be downloaded" in refused.content.decode()


def test_a_password_alone_cannot_enrol_an_authenticator(client, officer, no_throttle):
    sign_in_with_password(client)
    page = client.get("/admin/two-factor/set-up/")
    assert page.status_code == 403
    assert "You need a set-up link" in page.content.decode()
    assert "lo-qr" not in page.content.decode()
    device = TOTPDevice.objects.create(user=officer, name=staff.AUTHENTICATOR_NAME, confirmed=False)
    refused = client.post("/admin/two-factor/set-up/", {"code": current_code(device)})
    assert refused.status_code == 403
    assert not TOTPDevice.objects.filter(user=officer, confirmed=True).exists()
    assert client.get("/admin/").status_code == 302


def test_the_set_up_link_is_emailed_works_after_the_password_and_the_holder_is_told_of_the_new_device(
    client, officer, no_throttle
):
    from localoffer.core.models import OutboundEmail

    out = StringIO()
    call_command("staff_2fa_setup_link", "officer", stdout=out)
    sent = OutboundEmail.objects.get(purpose="staff-second-factor-link")
    assert sent.to == "officer@example.org" and "72 hours" in sent.body
    link = path_of(out.getvalue().strip().splitlines()[-1])
    assert link in sent.body
    assert client.get(link, follow=True).redirect_chain[-1][0].startswith("/admin/login/")
    response = sign_in_with_password(client)
    assert "Set up your authenticator app" in response.content.decode()
    device = TOTPDevice.objects.get(user=officer, confirmed=False)
    done = client.post("/admin/two-factor/set-up/", {"code": current_code(device)})
    assert "Save these codes somewhere safe now" in done.content.decode()
    told = OutboundEmail.objects.get(purpose="staff-second-factor-enrolled")
    assert told.to == "officer@example.org" and "If this was not you" in told.body


def test_a_set_up_link_works_once_and_only_the_newest_works(client, officer, no_throttle):
    first = staff.setup_link_issue(user=officer)
    second = staff.setup_link_issue(user=officer)
    sign_in_with_password(client)
    client.get(path_of(first))
    assert client.get("/admin/two-factor/set-up/").status_code == 403
    client.get(path_of(second))
    assert client.get("/admin/two-factor/set-up/").status_code == 200
    device = TOTPDevice.objects.get(user=officer, confirmed=False)
    client.post("/admin/two-factor/set-up/", {"code": current_code(device)})
    call_command("staff_2fa_reset", "officer", stdout=StringIO())
    client.logout()
    sign_in_with_password(client)
    client.get(path_of(second))
    assert client.get("/admin/two-factor/set-up/").status_code == 403


def test_a_set_up_link_runs_out_after_72_hours(client, officer, monkeypatch):
    issued_at = time.time() - 72 * 3600 - 60
    with monkeypatch.context() as past:
        past.setattr(time, "time", lambda: issued_at)
        old = staff.setup_link_issue(user=officer)
    sign_in_with_password(client)
    client.get(path_of(old))
    assert client.get("/admin/two-factor/set-up/").status_code == 403
    client.get(path_of(staff.setup_link_issue(user=officer)))
    assert client.get("/admin/two-factor/set-up/").status_code == 200
