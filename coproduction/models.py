"""Models for the coproduction app."""
