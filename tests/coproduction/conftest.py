"""Shared fixtures for co-production tests: an action committed, then the mail worker's turn."""

import pytest

from localoffer.core.mail import emails_send_pending


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run an action as a request would (its after-commit work included), then let the mail worker
    send what it queued, as the worker beside the site does within seconds."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            result = action(*args, **kwargs)
        emails_send_pending()
        return result

    return run
