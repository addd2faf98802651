"""The demo directory: one listing for each service, read from data/listings.toml."""

from services.demo.listing import Listing, demo_records

LISTINGS = demo_records(file="listings", table="listing", shape=Listing)
