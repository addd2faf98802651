"""Working days: weekdays that are not bank holidays in England and Wales, for feedback due dates."""

from datetime import timedelta
from functools import cache

import holidays


@cache
def _bank_holidays(year):
    return holidays.country_holidays("GB", subdiv="ENG", years=year)


def is_working_day(day):
    """True on a weekday that is not a bank holiday in England and Wales."""
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(*, start, days):
    """The date `days` working days after `start` (the day something arrives does not count)."""
    day = start
    remaining = days
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day
