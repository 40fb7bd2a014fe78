"""Working days in Vietnam: weekends and the public holidays (the maintained ``holidays``
package, which follows the government's yearly decisions on Tết and substitute days)."""

from datetime import date, timedelta
from functools import cache

import holidays


@cache
def _holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("VN", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def working_days_between(start_on: date, end_on: date) -> int:
    """Working days after ``start_on`` up to and including ``end_on`` (0 when not later)."""
    days, day = 0, start_on
    while day < end_on:
        day += timedelta(days=1)
        days += is_working_day(day)
    return days


def add_working_days(start_on: date, days: int) -> date:
    """The day ``days`` working days after ``start_on`` ("within 10 working days")."""
    day, left = start_on, days
    while left > 0:
        day += timedelta(days=1)
        left -= is_working_day(day)
    return day
