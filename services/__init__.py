"""The SEND service directory: organisations, services, locations, taxonomies, search, shortlist."""
