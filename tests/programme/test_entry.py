"""Values as a secretariat types them: clock times, durations, allotments, dates, languages, zones."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingdesk.programme import entry
from meetingdesk.programme.entry import EntryError
from meetingdesk.programme.enums import Modality, SegmentKind


@pytest.mark.parametrize(
    "typed, time",
    [
        ("14:20", dt.time(14, 20)),
        ("14.20", dt.time(14, 20)),
        ("2:20 pm", dt.time(14, 20)),
        ("2:20 p.m.", dt.time(14, 20)),
        ("2 PM", dt.time(14, 0)),
        ("12:05 am", dt.time(0, 5)),
        ("12 noon".replace(" noon", " pm"), dt.time(12, 0)),
        ("14h20", dt.time(14, 20)),
        ("1420", dt.time(14, 20)),
        (" 09:05 ", dt.time(9, 5)),
        ("14:20:30", dt.time(14, 20, 30)),
    ],
)
def test_clock_times_in_the_ways_people_type_them(typed, time):
    assert entry.read_time(typed) == time


@pytest.mark.parametrize(
    "typed, message",
    [
        ("25:00", '"25:00" is not a time of day'),
        ("24:00", 'midnight is "00:00"'),
        ("13 pm", "with am or pm the hour is 1 to 12"),
        ("half past two", "type it as 14:20, 14.20 or 2:20 pm"),
        ("14", "type it as 14:20"),  # a bare number is a duration as often as a time: say so
    ],
)
def test_a_time_that_cannot_be_read_says_how_to_type_it(typed, message):
    with pytest.raises(EntryError, match=message):
        entry.read_time(typed)


@pytest.mark.parametrize(
    "typed, seconds",
    [("5", (300, 300)), ("5 min", (300, 300)), ("2.5", (150, 150)), ("2,5 minutes", (150, 150)),
     ("3-5", (180, 300)), ("3–5 min", (180, 300)), ("3 to 5 mins each", (180, 300)), ("90 s", (90, 90))],
)  # fmt: skip
def test_allotments_fixed_or_a_range(typed, seconds):
    assert entry.read_allotment(typed) == seconds


def test_an_allotment_that_runs_backwards_or_is_no_time_is_refused():
    with pytest.raises(EntryError, match="runs backwards"):
        entry.read_allotment("5-3")
    with pytest.raises(EntryError, match="no time at all"):
        entry.read_seconds("0")
    with pytest.raises(EntryError, match="not a duration"):
        entry.read_seconds("five")


@pytest.mark.parametrize(
    "typed",
    ["2025-03-14", "14/03/2025", "14.03.2025", "14 March 2025", "Friday, 14 March 2025", "March 14, 2025", "14 Mar 2025"],
)
def test_dates(typed):
    assert entry.read_date(typed) == dt.date(2025, 3, 14)


def test_dates_month_first_when_told_and_impossible_dates_refused():
    assert entry.read_date("03/14/2025", day_first=False) == dt.date(2025, 3, 14)
    with pytest.raises(EntryError, match='"31/02/2025" is not a date in the calendar'):
        entry.read_date("31/02/2025")


def test_date_and_time_of_a_registration():
    assert entry.read_datetime("12 July 2024, 2:30 pm") == dt.datetime(2024, 7, 12, 14, 30)
    assert entry.read_datetime("2024-07-12T10:30:00") == dt.datetime(2024, 7, 12, 10, 30)
    assert entry.read_datetime("12/07/2024") == dt.datetime(2024, 7, 12, 0, 0)
    with pytest.raises(EntryError, match="is not a date and time"):
        entry.read_datetime("yesterday")


def test_languages_by_code_or_name_and_zones_in_their_own_spelling():
    assert entry.read_languages("English, fr; español") == ["en", "fr", "es"]
    assert entry.read_languages("np") == ["np"]  # kept as typed: the checks name what is wrong with it
    assert entry.read_zone("europe/zurich") == "Europe/Zurich"
    assert entry.read_zones("America/New York, Asia/Karachi") == ["America/New_York", "Asia/Karachi"]


def test_choices_by_value_label_or_synonym():
    assert entry.read_choice("Video message", Modality, "modality") == "video"
    assert entry.read_choice("in-person", Modality, "modality") == "in_person"
    assert entry.read_choice("Q&A", SegmentKind, "segment kind") == "qa"
    assert entry.read_choice("zoom", Modality, "modality", {"zoom": "online"}) == "online"
    with pytest.raises(EntryError, match="use one of: In person, Online, Video message"):
        entry.read_choice("teleport", Modality, "modality")


def test_language_completion_lists_two_letter_codes_with_names():
    choices = dict(entry.language_choices())
    assert choices["ne"] == "Nepali" and choices["fr"] == "French"
    assert len(choices) > 150


@given(st.times().map(lambda t: t.replace(microsecond=0)))
def test_a_time_shown_reads_back(time):
    assert entry.read_time(entry.show_time(time)) == time


@given(st.integers(1, 24 * 60 * 2).map(lambda half_minutes: half_minutes * 30), st.integers(0, 600).map(lambda n: n * 30))
def test_an_allotment_shown_reads_back(low, extra):
    value = (low, min(low + extra, 24 * 3600))
    assert entry.read_allotment(entry.show_allotment(value)) == value


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2999, 12, 31)).map(lambda d: d.replace(microsecond=0)))
def test_a_registration_time_shown_reads_back(when):
    assert entry.read_datetime(entry.show_datetime(when)) == when
