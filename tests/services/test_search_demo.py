"""Families' common questions on the demo directory: money help and Carer's Allowance, however typed."""

import pytest
from django.core.management import call_command

from tests.services.search_directory import names, search

pytestmark = pytest.mark.django_db

MONEY = {"Benefits Advice for Families of Disabled Children", "Grants and Money Help"}


def test_money_questions_put_the_benefits_and_money_services_in_the_top_three():
    call_command("seed_demo", verbosity=0)
    for typed in ("Carer's Allowance", "carers allowance", "carer's allowance", "Carer’s Allowance"):
        assert names(search(f"q={typed}"))[0] == "Benefits Advice for Families of Disabled Children", typed
    top = names(search("q=help paying for things"))[:3]
    assert set(top) >= MONEY, top
