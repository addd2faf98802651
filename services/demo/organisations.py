"""The organisations in the demo directory, read from data/organisations.toml."""

from services.demo.listing import Provider, demo_records

PROVIDERS = demo_records(file="organisations", table="organisation", shape=Provider)
