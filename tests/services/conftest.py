"""What the directory's tests share."""

import pytest

from services import taxonomy


@pytest.fixture
def vocabulary():
    """The standard categories, needs and search vocabulary, as `make run` loads them."""
    taxonomy.taxonomy_load()
