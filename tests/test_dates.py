import datetime

import pytest

from q7x2clean.dates import complete_year, find_dates

D = datetime.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("by Press Xpress May 18, 2025", D(2025, 5, 18)),
        ("Published: 18 May 2025", D(2025, 5, 18)),
        ("2025-05-18T10:00", D(2025, 5, 18)),
        ("18.05.2025", D(2025, 5, 18)),
        ("18. Mai 2025", D(2025, 5, 18)),
        ("18 maja 2025", D(2025, 5, 18)),
        ("le 18 mai 2025", D(2025, 5, 18)),
        ("18 de mayo de 2025", D(2025, 5, 18)),
        ("2025年5月18日", D(2025, 5, 18)),
        ("Wednesday, July 23, 2025", D(2025, 7, 23)),
    ],
)
def test_dates_in_many_forms(text, expected):
    assert find_dates(text)[0].date == expected


def test_ambiguous_numeric_dates_follow_the_page_convention():
    assert find_dates("03/04/2025", month_first=True)[0].date == D(2025, 3, 4)
    assert find_dates("03/04/2025")[0].date == D(2025, 4, 3)
    assert find_dates("25/04/2025", month_first=True)[0].date == D(2025, 4, 25)


def test_yearless_date_is_completed_only_from_a_reference():
    found = find_dates("Washington, Jan 17")[0]
    assert found.date is None and not found.has_year and found.text == "Jan 17"
    found = find_dates("Washington, Jan 17", D(2026, 11, 21))[0]
    assert found.date == D(2026, 1, 17)


def test_year_completion_never_goes_past_the_reference():
    assert complete_year(12, 30, D(2026, 1, 5)) == D(2025, 12, 30)
    assert complete_year(2, 29, D(2026, 3, 1)) is None  # no 29 Feb in 2026 or 2025
    assert complete_year(1, 17, None) is None


def test_impossible_dates_are_ignored():
    assert find_dates("2025-13-45") == []
    assert find_dates("31.02.2025") == []
    assert find_dates("version 1.2.3") == []
