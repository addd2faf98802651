"""Models for the services app."""
