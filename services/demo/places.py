"""The places where demo services happen, read from data/places.toml."""

from services.demo.listing import Venue, demo_records

VENUES = demo_records(file="places", table="place", shape=Venue)
