"""Whether a service is open now, and its week in a line, for the key facts at the top of its page.

A service's page is kept for the day (services.service_page), so these work on plain (weekday, opens,
closes) tuples that the kept page carries, and the status is worked out afresh on every visit.
Bank holidays in England come from the `holidays` package: on one, a family is told to check first,
because a listing's weekly times rarely say whether it opens on them.
"""

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

import holidays

from services.templatetags.directory import clock

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class OpeningStatus:
    text: str
    is_open: bool


@lru_cache(maxsize=8)
def bank_holidays(year):
    return holidays.country_holidays("GB", subdiv="ENG", years=year)


def bank_holiday_name(*, day):
    """The name of the bank holiday in England on this day, or ''."""
    return bank_holidays(day.year).get(day, "")


def opening_times_plain(*, opening_times):
    """A service's opening times as (weekday, "HH:MM", "HH:MM") tuples, which keep in any cache."""
    return [(time.weekday, time.opens.strftime("%H:%M"), time.closes.strftime("%H:%M")) for time in opening_times]


def _time(text):
    return datetime.time.fromisoformat(text)


def opening_status(*, times, at):
    """ "Open now", "Opens today at …", "Closed today" and so on at the moment `at` (local time); None without times."""
    if not times:
        return None
    holiday = bank_holiday_name(day=at.date())
    if holiday:
        return OpeningStatus(f"Bank holiday ({holiday}): check with the service before you go", is_open=False)
    today = sorted((_time(opens), _time(closes)) for weekday, opens, closes in times if weekday == at.weekday())
    now = at.time()
    for opens, closes in today:
        if opens <= now < closes:
            return OpeningStatus(f"Open now, until {clock(closes)}", is_open=True)
    later = [opens for opens, _closes in today if opens > now]
    if later:
        return OpeningStatus(f"Closed now, opens today at {clock(later[0])}", is_open=False)
    return OpeningStatus("Closed today" if not today else "Closed for the rest of today", is_open=False)


def opening_week(*, times):
    """The week in a few words: "Monday to Friday, 9am to 5pm; Saturday, 10am to midday"."""
    hours_by_day = {}
    for weekday, opens, closes in sorted(times):
        hours_by_day.setdefault(weekday, []).append(f"{clock(_time(opens))} to {clock(_time(closes))}")
    runs = []  # [first day, last day, hours] for days in a row with the same hours
    for weekday in sorted(hours_by_day):
        hours = ", ".join(hours_by_day[weekday])
        if runs and runs[-1][1] == weekday - 1 and runs[-1][2] == hours:
            runs[-1][1] = weekday
        else:
            runs.append([weekday, weekday, hours])
    parts = []
    for first, last, hours in runs:
        if first == last:
            days = DAYS[first]
        elif last == first + 1:
            days = f"{DAYS[first]} and {DAYS[last]}"
        else:
            days = f"{DAYS[first]} to {DAYS[last]}"
        parts.append(f"{days}, {hours}")
    return "; ".join(parts)


CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")


def clock_parse(*, text):
    """A time as people type it: "9", "9am", "9.30", "09:30", "9:30pm", "17:00", "midday", "noon".

    A bare hour from 1 to 7 without am or pm is read as the afternoon (few services open at 3 in the
    morning). Raises ValueError for anything that is not a time of day.
    """
    cleaned = " ".join(str(text).lower().split())
    if cleaned in ("midday", "noon", "12 noon"):
        return datetime.time(12, 0)
    if cleaned == "midnight":
        return datetime.time(0, 0)
    match = CLOCK.match(cleaned)
    if not match:
        raise ValueError(text)
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), (match.group(3) or "").replace(".", "")
    if minute > 59:
        raise ValueError(text)
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match.group(2) is None and 1 <= hour <= 7:
        hour += 12
    if hour > 23:
        raise ValueError(text)
    return datetime.time(hour, minute)
