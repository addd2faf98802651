"""A newcomer signs in to the admin as each role with a demo account and a code from the command line."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings

from localoffer.staff.demo import DEMO_PASSWORD, DEMO_STAFF
from localoffer.staff.roles import ROLE_NAMES
from services.models import Service

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def no_throttle(settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def code_for(username, capsys):
    call_command("demo_code", username)
    return re.search(r"code now: (\d{6})", capsys.readouterr().out).group(1)


@override_settings(DEBUG=True)
def test_each_role_signs_in_with_its_demo_account_and_the_printed_code(client, capsys, no_throttle):
    call_command("seed_demo", verbosity=0)
    roles = {role for _, _, role in DEMO_STAFF if role}
    assert roles == set(ROLE_NAMES)
    for username, _, _ in DEMO_STAFF:
        client.logout()
        step = client.post("/admin/login/?next=/admin/", {"username": username, "password": DEMO_PASSWORD}, follow=True)
        assert "Enter your code" in step.content.decode(), username
        signed_in = client.post("/admin/two-factor/?next=/admin/", {"code": code_for(username, capsys)})
        assert signed_in.status_code == 302 and signed_in["Location"] == "/admin/", username
        assert client.get("/admin/").status_code == 200


@override_settings(DEBUG=True)
def test_demo_code_lists_every_demo_account_with_the_password(capsys):
    call_command("seed_demo", verbosity=0)
    capsys.readouterr()
    call_command("demo_code")
    out = capsys.readouterr().out
    for username, _, _ in DEMO_STAFF:
        assert re.search(rf"{username}\s.*code now: \d{{6}}", out)
    assert DEMO_PASSWORD in out


def test_no_demo_staff_account_is_made_and_no_code_shown_when_debug_is_off(capsys):
    call_command("seed_demo", verbosity=0)
    assert not get_user_model().objects.filter(username__startswith="demo-").exists()
    with pytest.raises(CommandError, match="only with DEBUG on"):
        call_command("demo_code", "demo-editor")


def test_seed_demo_if_empty_keeps_what_someone_changed():
    call_command("seed_demo", verbosity=0)
    service = Service.objects.order_by("pk").first()
    original = service.name
    service.name = "Renamed by an editor"
    service.save()
    call_command("seed_demo", if_empty=True, verbosity=0)
    service.refresh_from_db()
    assert service.name == "Renamed by an editor"
    call_command("seed_demo", verbosity=0)
    service.refresh_from_db()
    assert service.name == original


def test_seed_demo_if_empty_loads_an_empty_database():
    call_command("seed_demo", if_empty=True, verbosity=0)
    assert Service.objects.exists()


def test_the_port_moves_the_site_and_its_emailed_links():
    script = "import django; django.setup(); from django.conf import settings; print(settings.SITE_URL)"
    env = {"DJANGO_SETTINGS_MODULE": "localoffer.settings", "DEBUG": "true", "PORT": "8100", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "http://127.0.0.1:8100"
    dry_run = subprocess.run(  # noqa: S603
        ["/usr/bin/make", "-n", "run", "PORT=8100", "BIN=.venv/bin"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "runserver 127.0.0.1:8100" in dry_run.stdout
    assert "seed_demo --if-empty" in dry_run.stdout
