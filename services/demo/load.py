"""Demo data for the services app, loaded by `manage.py seed_demo`. Idempotent: safe to run again.

The listings (`directory.py`), their organisations (`organisations.py`) and places (`places.py`) are
invented: phone numbers are in Ofcom's range for drama (01632 960xxx), emails and websites use
example.org, and street names are made up. Postcode districts are real so that distances work.
Services are matched by slug, so reloading updates them and keeps their ids.
"""

import datetime
import inspect
import random
import re

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from services import taxonomy
from services.demo.directory import LISTINGS
from services.demo.organisations import PROVIDERS
from services.demo.places import VENUES
from services.demo.translations import service_translations_load
from services.demo.waits import waits_load
from services.directory_version import directory_changed
from services.models import (
    AccessibilityFeature,
    Category,
    LocalOfferAnswer,
    LocalOfferQuestion,
    Location,
    Need,
    OpeningTime,
    Organisation,
    ProviderAccount,
    Service,
)
from services.postcodes import districts
from services.reviews import review_due_after

# Which Local Offer question each short answer key stands for (the standard questions, in order).
QUESTION_KEYS = dict(
    zip(["needs", "involved", "training", "access", "next", "worried"], taxonomy.QUESTIONS, strict=True)
)
DELIVERY = {"in person": "in_person", "online": "online", "phone": "by_phone", "home visits": "home_visits"}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ORGANISATION_NOTE = "This organisation and its services are made up for the demonstration site."
CONTACT_NAMES = [
    "Aisha Brennan", "Tom Whitcombe", "Priya Hallam", "Gareth Lund", "Nia Okafor", "Ruth Penhale", "Dev Marsh",
    "Claire Tovey", "Sam Aldous", "Marta Kowal", "Joe Ferris", "Helen Strode", "Kezia Dunmore", "Liam Carver",
    "Fiona Blakemore", "Amir Sheikh", "Beth Nancarrow", "Owen Pryce", "Lucy Fenwick", "Grace Ellery",
    "Hannah Rook", "Matt Quennell", "Zoe Tallis", "Ben Ashdown", "Sophie Merrit", "Ellie Vance",
]  # fmt: skip
# Rows the demo writes in bulk get a history record like any edit, so an earlier version can be restored.
DEMO_REASON = "Loaded with the demo data"
RETIRED_MARKER = "is a fictional service made up for this demonstration site"
RETIRED_ORGANISATIONS = ["puffin-bay-childrens-therapies-nhs-fictional", "bcp-example-council-send-team"]
STREETS = ["Kittiwake Road", "Samphire Lane", "Gorse Hill Avenue", "Heron Quay", "Lantern Street", "Pinecone Way"]
MAILBOX_SKIP = {"and", "the", "for", "of", "with", "a", "in", "to", "at", "on"}
TOWN_DISTRICTS = {
    Location.Town.BOURNEMOUTH: ["BH1", "BH2", "BH3", "BH4", "BH5", "BH6", "BH7", "BH8", "BH9", "BH10", "BH11"],
    Location.Town.CHRISTCHURCH: ["BH23"],
    Location.Town.POOLE: ["BH12", "BH13", "BH14", "BH15", "BH16", "BH17"],
}


def rng_for(key):
    """A random generator seeded by the record's slug, so that reloading picks the same values."""
    return random.Random(key)


def plain(text):
    """A one-paragraph field (summary, eligibility, fees) as one line, however it was wrapped in the data."""
    return " ".join(text.split())


def markdown(text):
    """A description or answer as markdown, with the data's hard-wrapped lines joined back into paragraphs."""
    lines = []
    for line in (raw.strip() for raw in inspect.cleandoc(text).splitlines()):
        starts_block = not line or line.startswith(("- ", "#")) or re.match(r"\d+\. ", line)
        if lines and lines[-1] and not lines[-1].startswith("#") and not starts_block:
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return "\n".join(lines)


def opening_times(text):
    """Weekly sessions from "Mon-Fri 09:00-17:00; Tue,Thu 18:00-20:00 (drop-in)" as (weekday, opens, closes, note)."""
    rows = []
    for part in filter(None, (piece.strip() for piece in text.split(";"))):
        days, hours, *note = part.split(" ", 2)
        opens, closes = hours.split("-")
        for span in days.split(","):
            first, _, last = span.partition("-")
            for weekday in range(WEEKDAYS.index(first), WEEKDAYS.index(last or first) + 1):
                rows.append((weekday, opens, closes, note[0].strip("()") if note else ""))
    return rows


def delivery_flags(text):
    """The Service fields for "in person, online, phone, home visits"."""
    modes = {mode.strip() for mode in text.split(",")}
    if unknown := modes - set(DELIVERY):
        raise ValueError(f"Unknown delivery {unknown}; use {list(DELIVERY)}")
    return {field: mode in modes for mode, field in DELIVERY.items()}


def loaded():
    """True when the directory has any service (the demo's, or someone's own)."""
    return Service.objects.exists()


def load(*, stdout, options):
    """Create or update this app's demo records; report what was done on stdout."""
    taxonomy.taxonomy_load()
    lookups = {
        "categories": {category.slug: category for category in Category.objects.all()},
        "needs": {need.slug: need for need in Need.objects.all()},
        "features": {feature.slug: feature for feature in AccessibilityFeature.objects.all()},
        "questions": {question.question: question for question in LocalOfferQuestion.objects.filter(is_active=True)},
        "venues": {venue.key: venue for venue in VENUES},
    }
    organisations = {
        provider.key: organisation_save(provider=provider, number=number) for number, provider in enumerate(PROVIDERS)
    }
    providers = {provider.key: provider for provider in PROVIDERS}
    for number, listing in enumerate(LISTINGS):
        service_save(
            listing=listing,
            number=number,
            organisation=organisations[listing.organisation],
            provider=providers[listing.organisation],
            **lookups,
        )
    hidden_save(organisation=organisations["heathland"], categories=lookups["categories"])
    waits_load()
    service_translations_load()
    retired_remove()
    provider_save(organisation=organisations[LISTINGS[0].organisation], stdout=stdout)
    stdout.write(
        f"Directory: {len(LISTINGS)} demo services from {len(PROVIDERS)} organisations, across "
        f"{len(lookups['categories'])} categories and {len(lookups['needs'])} needs."
    )
    if options.get("services"):
        made = synthetic_load(
            total=options["services"],
            organisations=list(organisations.values()),
            categories=lookups["categories"],
            needs=lookups["needs"],
            features=list(lookups["features"].values()),
        )
        stdout.write(f"Directory: {made} synthetic services added ({options['services']} wanted in all).")
    directory_changed()


DEMO_PROVIDER_EMAIL = "provider@example.org"


def provider_save(*, organisation, stdout):
    """A provider account for one organisation, to try the provider area with (no email is sent)."""
    account = ProviderAccount.objects.filter(email=DEMO_PROVIDER_EMAIL).first()
    if account is None:
        users = get_user_model().objects
        user = users.filter(username=DEMO_PROVIDER_EMAIL).first() or users.create_user(
            username=DEMO_PROVIDER_EMAIL, email=DEMO_PROVIDER_EMAIL
        )
        account = ProviderAccount.objects.create(user=user, name="Demo Provider", email=DEMO_PROVIDER_EMAIL)
    account.organisations.set([organisation])
    stdout.write(
        f"Provider area: sign in at /provider/sign-in/ as {DEMO_PROVIDER_EMAIL} (for {organisation.name}); "
        "the mail worker prints the sign-in link."
    )


def organisation_save(*, provider, number):
    """Create or update one demo organisation, matched by slug so that its open data id stays the same."""
    slug = slugify(provider.name)
    organisation, _ = Organisation.objects.update_or_create(
        slug=slug,
        defaults={
            "name": provider.name,
            "description": f"{plain(provider.description)}\n\n{ORGANISATION_NOTE}",
            "website": f"https://example.org/{slug}",
            "email": f"hello@{slug}.example.org",
            "phone": f"01632 960{number:03d}",
        },
    )
    return organisation


def service_save(*, listing, number, organisation, provider, categories, needs, features, questions, venues):
    """Create or update one demo service with its locations, opening times and Local Offer answers."""
    slug = slugify(listing.name)
    rng = rng_for(slug)
    minimum, maximum = listing.ages
    days_ago = listing.reviewed_days_ago if listing.reviewed_days_ago is not None else rng.randint(5, 340)
    reviewed = timezone.localdate() - datetime.timedelta(days=days_ago)
    mailbox = "-".join([word for word in slug.split("-") if word not in MAILBOX_SKIP][:3])
    service, _ = Service.objects.update_or_create(
        slug=slug,
        defaults={
            "name": listing.name,
            "organisation": organisation,
            "summary": plain(listing.summary),
            "description": markdown(listing.description),
            "status": Service.Status.TEMPORARILY_CLOSED if listing.closed else Service.Status.PUBLISHED,
            "status_note": plain(listing.closed),
            "minimum_age": minimum,
            "maximum_age": maximum,
            "cost": listing.cost,
            "fees": plain(listing.fees),
            "access": listing.access,
            "referral_details": plain(listing.referral),
            "eligibility": plain(listing.eligibility),
            "coverage": listing.coverage,
            **delivery_flags(listing.delivery),
            "opening_notes": plain(listing.opening_notes),
            "contact_name": listing.contact or rng.choice(CONTACT_NAMES),
            "phone": f"01632 960{100 + number:03d}",
            "email": f"{mailbox}@{organisation.slug}.example.org",
            "website": f"https://example.org/{organisation.slug}/{slug}",
            "last_reviewed": reviewed,
            "review_due": review_due_after(reviewed),
        },
    )
    service.categories.set([categories[slug] for slug in listing.categories])
    service.needs.set([needs[slug] for slug in listing.needs])
    # Recreated each time, but keeping their open data ids so that reloading the demo changes none.
    kept = list(service.locations.order_by("pk").values("open_referral_id", "open_referral_service_at_location_id"))
    service.locations.all().delete()
    for index, key in enumerate(listing.places):
        venue = venues[key]
        location = Location.objects.create(
            service=service,
            **(kept[index] if index < len(kept) else {}),
            name=venue.name,
            address=venue.address,
            town=venue.town,
            postcode=venue.postcode,
            latitude=venue.latitude,
            longitude=venue.longitude,
            accessibility_notes=venue.notes,
        )
        location.accessibility.set([features[feature] for feature in venue.features])
    service.opening_times.all().delete()
    bulk_create_with_history(
        [
            OpeningTime(service=service, weekday=weekday, opens=opens, closes=closes, note=note)
            for weekday, opens, closes, note in opening_times(listing.times)
        ],
        OpeningTime,
        default_change_reason=DEMO_REASON,
    )
    service.answers.all().delete()
    answers = {**provider.answers, **listing.answers}
    bulk_create_with_history(
        [
            LocalOfferAnswer(service=service, question=questions[question], answer=markdown(answers[key]))
            for key, (question, _) in QUESTION_KEYS.items()
            if key in answers and question in questions
        ],
        LocalOfferAnswer,
        default_change_reason=DEMO_REASON,
    )
    return service


def hidden_save(*, organisation, categories):
    """A draft and an archived listing, which the public never sees."""
    for status, name, summary, category in (
        (
            Service.Status.DRAFT,
            "Seashell Nurture Group (draft)",
            "A nurture group for Key Stage 1 pupils, written up ahead of its first term.",
            "school-support",
        ),
        (
            Service.Status.ARCHIVED,
            "Old Pier Holiday Club (archived)",
            "A summer holiday club that no longer runs.",
            "holiday-activities",
        ),
    ):
        service, _ = Service.objects.update_or_create(
            slug=slugify(name),
            defaults={
                "name": name,
                "organisation": organisation,
                "status": status,
                "summary": summary,
                "description": "Not shown to the public.",
            },
        )
        service.categories.set([categories[category]])


def retired_remove():
    """Remove what earlier versions of the demo loaded (one templated copy per town) and nothing else."""
    Service.objects.filter(description__contains=RETIRED_MARKER).exclude(slug__startswith="synthetic-service-").delete()
    Organisation.objects.filter(slug__in=RETIRED_ORGANISATIONS, services__isnull=True).delete()


def synthetic_description(listing, minimum, maximum):
    """The templated description of a synthetic copy of a listing (benchmarks need volume, not variety)."""
    return (
        f"{plain(listing.summary)}\n\n"
        f"A synthetic copy of {listing.name}, made for benchmarks, for children and young people aged "
        f"{minimum} to {maximum} in the BCP area.\n\n"
        "## What happens\n\n"
        "- a first conversation about what you and your child need\n"
        "- sessions planned around your child's interests and strengths\n"
        "- a short written summary you can share with school or your GP"
    )


def synthetic_load(*, total, organisations, categories, needs, features):
    """Add services named "Synthetic service NNNNN" until there are `total` of them; returns how many were made."""
    existing = set(Service.objects.filter(slug__startswith="synthetic-service-").values_list("slug", flat=True))
    templates = [(listing, opening_times(listing.times)) for listing in LISTINGS]
    venue_names = [venue.name for venue in VENUES]
    sub_categories = [category for category in categories.values() if category.parent_id]
    specific_needs = [need for need in needs.values() if need.parent_id]
    towns = list(TOWN_DISTRICTS)
    today = timezone.localdate()
    services, category_links, need_links, locations, times = [], [], [], [], []
    for number in range(1, total + 1):
        slug = f"synthetic-service-{number:05d}"
        if slug in existing:
            continue
        rng = rng_for(slug)
        listing, sessions = rng.choice(templates)
        minimum = rng.randint(0, 20)
        maximum = rng.randint(minimum, 25)
        coverage = rng.choices(["locations", "area", "online"], weights=[85, 10, 5])[0]
        service = Service(
            slug=slug,
            name=f"Synthetic service {number:05d}: {listing.name}",
            organisation=rng.choice(organisations),
            summary=plain(listing.summary),
            description=synthetic_description(listing, minimum, maximum),
            status=Service.Status.PUBLISHED,
            minimum_age=minimum,
            maximum_age=maximum,
            cost=rng.choice(Service.Cost.values),
            access=rng.choice(Service.Access.values),
            coverage=coverage,
            in_person=coverage != "online",
            online=coverage == "online" or rng.random() < 0.3,
            by_phone=rng.random() < 0.3,
            home_visits=rng.random() < 0.1,
            phone="01632 960999",
            email="synthetic@example.org",
            last_reviewed=today - datetime.timedelta(days=rng.randint(0, 500)),
        )
        service.review_due = review_due_after(service.last_reviewed)
        service.keep_description_html()  # bulk_create does not call save()
        services.append(service)
        own = [categories[slug] for slug in listing.categories]
        for category in {*own, rng.choice(sub_categories)}:
            category_links.append(Service.categories.through(service=service, category=category))
        own_needs = [needs[slug] for slug in listing.needs] or [rng.choice(specific_needs)]
        for need in set(own_needs):
            need_links.append(Service.needs.through(service=service, need=need))
        if coverage == "locations":
            town = rng.choice(towns)
            district = rng.choice(TOWN_DISTRICTS[town])
            latitude, longitude = districts()[district]
            locations.append(
                (
                    Location(
                        service=service,
                        name=rng.choice(venue_names),
                        address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
                        town=town,
                        postcode=f"{district} {rng.randint(1, 9)}AB",
                        latitude=latitude + rng.uniform(-0.01, 0.01),
                        longitude=longitude + rng.uniform(-0.015, 0.015),
                    ),
                    rng.sample(features, rng.randint(0, 4)),
                )
            )
        for weekday, opens, closes, note in sessions:
            times.append(OpeningTime(service=service, weekday=weekday, opens=opens, closes=closes, note=note))
    bulk_create_with_history(services, Service, batch_size=500, default_change_reason=DEMO_REASON)
    Service.categories.through.objects.bulk_create(category_links, batch_size=2000)
    Service.needs.through.objects.bulk_create(need_links, batch_size=2000)
    bulk_create_with_history(
        [location for location, _ in locations], Location, batch_size=1000, default_change_reason=DEMO_REASON
    )
    Location.accessibility.through.objects.bulk_create(
        [
            Location.accessibility.through(location=location, accessibilityfeature=feature)
            for location, chosen in locations
            for feature in chosen
        ],
        batch_size=2000,
    )
    bulk_create_with_history(times, OpeningTime, batch_size=2000, default_change_reason=DEMO_REASON)
    return len(services)
