"""Test data: plain functions that make saved rows with sensible defaults."""

from datetime import timedelta
from itertools import count

from django.contrib.auth.models import Group, User
from django.utils import timezone

from coproduction.models import Booking, Event, Feedback, PanelVolunteer, Pledge, PledgeLevel, Theme, YouSaidWeDid

_serial = count(1)


def level(slug="individual"):
    """One of the pledge levels the migration made."""
    return PledgeLevel.objects.get(slug=slug)


def pledge(*, status=Pledge.Status.CONFIRMED, levels=("individual",), **fields):
    n = next(_serial)
    defaults = {
        "name": f"Testy Person{n}",
        "email": f"person{n}@example.org",
        "who": "parent-carer",
        "status": status,
        "confirmed_at": timezone.now() if status == Pledge.Status.CONFIRMED else None,
    }
    made = Pledge.objects.create(**{**defaults, **fields})
    made.levels.set(PledgeLevel.objects.filter(slug__in=levels))
    return made


def event(*, days=7, capacity=None, **fields):
    n = next(_serial)
    starts = timezone.now() + timedelta(days=days)
    defaults = {
        "title": f"Example forum {n}",
        "slug": f"example-forum-{n}",
        "summary": "A forum for testing.",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=2),
        "place": "Example Hall, Poole",
        "capacity": capacity,
    }
    return Event.objects.create(**{**defaults, **fields})


def booking(*, event, status=Booking.Status.BOOKED, **fields):
    n = next(_serial)
    return Booking.objects.create(
        event=event, status=status, **{"name": f"Booker {n}", "email": f"booker{n}@example.org", **fields}
    )


def volunteer(**fields):
    n = next(_serial)
    defaults = {
        "name": f"Volunteer {n}",
        "email": f"volunteer{n}@example.org",
        "phone": "01202 000 000",
        "who": "parent-carer",
        "age_group": "5-10",
        "availability": ["evenings"],
        "access_needs": "A quiet room",
    }
    return PanelVolunteer.objects.create(**{**defaults, **fields})


def feedback(**fields):
    n = next(_serial)
    defaults = {
        "reference": f"LO-2000-{n:05d}",
        "kind": "complaint",
        "about": "website",
        "message": "The search did not find the service.",
        "name": f"Writer {n}",
        "email": f"writer{n}@example.org",
        "due_on": timezone.localdate() + timedelta(days=28),
    }
    return Feedback.objects.create(**{**defaults, **fields})


def entry(*, theme="transport", published=True, **fields):
    made_theme, _ = Theme.objects.get_or_create(slug=theme, defaults={"name": theme.title()})
    defaults = {"you_said": "Families said transport was hard.", "we_did": "We fixed the form."}
    return YouSaidWeDid.objects.create(theme=made_theme, published=published, **{**defaults, **fields})


def admin_sign_in(client, user):
    """Sign a staff user in to the admin as if they had given their password and second factor."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    device, _ = StaticDevice.objects.get_or_create(user=user, name="Recovery codes")
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def staff(*, role=None, superuser=False, username=None):
    """A staff user, in the named role's group when given; password "password-for-tests"."""
    username = username or f"staff{next(_serial)}"
    user = User.objects.create_user(
        username=username, password="password-for-tests", is_staff=True, is_superuser=superuser
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def migration_data():
    """Make again what the data migration made (pledge levels, hub text); live-server tests flush it."""
    import importlib

    from coproduction.models import HubPage

    migration = importlib.import_module("coproduction.migrations.0002_levels_hub_text_and_roles")
    for order, (slug, name, summary, description) in enumerate(migration.LEVELS):
        PledgeLevel.objects.update_or_create(
            slug=slug, defaults={"name": name, "summary": summary, "description": description, "order": order}
        )
    HubPage.objects.update_or_create(
        singleton=True,
        defaults={
            "introduction": migration.INTRODUCTION,
            "commitment": migration.COMMITMENT,
            "video_transcript": migration.TRANSCRIPT,
        },
    )
