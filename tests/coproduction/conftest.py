"""Shared fixtures for co-production tests: emails sent as the transaction commits."""

import pytest


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run the after-commit work (sending queued emails) that a real request's commit would run."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run
