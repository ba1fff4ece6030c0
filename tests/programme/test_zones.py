"""Time lines in several zones and the printed programme.

The lines a secretariat pastes into an invitation must carry the right daylight-saving name for
the date of the meeting: the seeds themselves get it wrong ("9:00 – 10:00 EST" on 14 March 2025).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from meetingdesk.programme.model import (
    AgendaItem,
    Meeting,
    Participant,
    Segment,
    Sitting,
    SpeakerSlot,
    StandingItem,
)
from meetingdesk.programme.zones import city_name, render_programme, time_line, zone_abbreviation

D = dt.datetime


def test_hrc_line_is_cet_in_geneva_and_edt_in_new_york():
    # US daylight saving time began on 9 March 2025, Europe's only on 30 March: the invitation's
    # "(9:00 – 10:00 EST)" is wrong, the product says EDT.
    line = time_line(D(2025, 3, 14, 14, 0), D(2025, 3, 14, 15, 0), "Europe/Zurich", ["America/New_York"])
    assert line == "Friday, 14 March 2025, 14:00–15:00 CET (Geneva) / 09:00–10:00 EDT (New York)"


def test_hlpf_line_is_1915_cest_not_the_invitations_1916():
    line = time_line(D(2024, 7, 17, 13, 15), D(2024, 7, 17, 14, 30), "America/New_York", ["Europe/Zurich"])
    assert line == "Wednesday, 17 July 2024, 13:15–14:30 EDT (New York) / 19:15–20:30 CEST (Geneva)"


@pytest.mark.parametrize(
    ("day", "geneva", "new_york"),
    [
        # spring 2025: US changes on 9 March, Europe on 30 March
        (dt.date(2025, 3, 7), "14:00–15:00 CET", "08:00–09:00 EST"),  # both on standard time: 6 h
        (dt.date(2025, 3, 10), "14:00–15:00 CET", "09:00–10:00 EDT"),  # only the US changed: 5 h
        (dt.date(2025, 3, 28), "14:00–15:00 CET", "09:00–10:00 EDT"),
        (dt.date(2025, 3, 31), "14:00–15:00 CEST", "08:00–09:00 EDT"),  # both on summer time
        # autumn 2024: Europe changes on 27 October, the US on 3 November
        (dt.date(2024, 10, 25), "14:00–15:00 CEST", "08:00–09:00 EDT"),
        (dt.date(2024, 10, 28), "14:00–15:00 CET", "09:00–10:00 EDT"),  # only Europe changed
        (dt.date(2024, 11, 1), "14:00–15:00 CET", "09:00–10:00 EDT"),
        (dt.date(2024, 11, 4), "14:00–15:00 CET", "08:00–09:00 EST"),
    ],
)
def test_weeks_when_europe_and_the_us_change_clocks_on_different_days(day, geneva, new_york):
    start = dt.datetime.combine(day, dt.time(14, 0))
    line = time_line(start, start + dt.timedelta(hours=1), "Europe/Zurich", ["America/New_York"])
    assert f"{geneva} (Geneva) / {new_york} (New York)" in line


def test_half_and_three_quarter_hour_offsets_are_written_as_utc_offsets():
    # Asia/Kathmandu is UTC+5:45 and the zone database names it only "+0545".
    line = time_line(D(2025, 3, 14, 14, 0), D(2025, 3, 14, 15, 0), "Europe/Zurich", ["Asia/Kathmandu"])
    assert line.endswith(" / 18:45–19:45 UTC+5:45 (Kathmandu)")
    assert zone_abbreviation(D(2025, 3, 14, 12, 0, tzinfo=ZoneInfo("America/Sao_Paulo"))) == "UTC-3"
    assert zone_abbreviation(D(2025, 3, 14, 12, 0, tzinfo=ZoneInfo("Asia/Tashkent"))) == "UTC+5"  # tzname "+05"
    assert zone_abbreviation(D(2025, 3, 14, 12, 0, tzinfo=ZoneInfo("Asia/Karachi"))) == "PKT"
    assert zone_abbreviation(D(2025, 3, 14, 12, 0, tzinfo=ZoneInfo("Asia/Kolkata"))) == "IST"


def test_islamabad_morning_is_the_same_night_in_new_york():
    # 10:15 PKT (UTC+5) is 05:15 UTC, 01:15 EDT on the same date: no date is added.
    line = time_line(D(2024, 7, 30, 10, 15), D(2024, 7, 30, 12, 0), "Asia/Karachi", ["America/New_York"])
    assert line == "Tuesday, 30 July 2024, 10:15–12:00 PKT (Islamabad) / 01:15–03:00 EDT (New York)"


def test_a_display_zone_on_another_date_shows_its_date():
    tokyo = time_line(D(2024, 7, 17, 20, 0), D(2024, 7, 17, 21, 30), "America/New_York", ["Asia/Tokyo"])
    assert tokyo == "Wednesday, 17 July 2024, 20:00–21:30 EDT (New York) / Thursday 18 July, 09:00–10:30 JST (Tokyo)"
    new_york = time_line(D(2024, 7, 18, 9, 0), D(2024, 7, 18, 10, 0), "Asia/Tokyo", ["America/New_York"])
    assert new_york.endswith(" / Wednesday 17 July, 20:00–21:00 EDT (New York)")
    new_year = time_line(D(2024, 12, 31, 20, 0), D(2024, 12, 31, 21, 0), "America/New_York", ["Asia/Tokyo"])
    assert new_year.endswith(" / Wednesday, 1 January 2025, 10:00–11:00 JST (Tokyo)")


def test_an_interval_that_ends_after_midnight_says_so():
    line = time_line(D(2024, 7, 17, 13, 15), D(2024, 7, 17, 14, 30), "Europe/Zurich", ["Asia/Tokyo"])
    assert line.endswith(" / 20:15–21:30 JST (Tokyo)")
    late = time_line(D(2024, 7, 17, 23, 0), D(2024, 7, 18, 1, 0), "Europe/Zurich", [])
    assert late == "Wednesday, 17 July 2024, 23:00–01:00 (+1 day) CEST (Geneva)"


def test_a_clock_change_inside_the_interval_names_both_sides():
    # New York falls back at 02:00 EDT on 3 November 2024.
    line = time_line(D(2024, 11, 3, 0, 30), D(2024, 11, 3, 3, 0), "America/New_York", [])
    assert line == "Sunday, 3 November 2024, 00:30 EDT–03:00 EST (New York)"


def test_aware_times_are_converted_into_the_home_zone():
    utc = dt.timezone.utc
    line = time_line(D(2025, 3, 14, 13, 0, tzinfo=utc), None, "Europe/Zurich", ["America/New_York"])
    assert line == "Friday, 14 March 2025, 14:00 CET (Geneva) / 09:00 EDT (New York)"


def test_city_names_come_from_the_zone_name():
    assert city_name("America/New_York") == "New York"
    assert city_name("America/Argentina/Buenos_Aires") == "Buenos Aires"
    assert city_name("Europe/Vienna") == "Vienna"
    assert city_name("Europe/Zurich") == "Geneva"  # the UN duty station on that zone


def test_a_misspelt_zone_is_reported_by_name():
    with pytest.raises(ValueError, match="unknown time zone 'Europe/Genva'"):
        time_line(D(2025, 3, 14, 14, 0), None, "Europe/Genva", [])


# --- the printed programme --------------------------------------------------------------------


def _person(key, name, **fields):
    fields.setdefault("modality", "in_person")
    fields.setdefault("protected", False)
    return Participant(key=key, name=name, **fields)


def _slot(participant, role="speaker", minutes=None, note=None):
    low, high = minutes if isinstance(minutes, tuple) else (minutes, minutes)
    return SpeakerSlot(
        participant=participant,
        role=role,
        min_seconds=None if low is None else low * 60,
        max_seconds=None if high is None else high * 60,
        note=note,
    )


def hrc_meeting() -> Meeting:
    """The HRC side event of 14 March 2025, built by hand (the seed's agenda)."""
    maalla = _person("maalla", "Najat Maalla M'jid", title="Dr.", position_title="Special Representative of the Secretary-General on Violence against Children")
    waly = _person("waly", "Ghada Waly", title="Ms.", position_title="Executive Director", affiliation="UNODC", modality="video")
    otiende = _person("otiende", "Sophie Otiende", title="Ms.", position_title="Champion for victims of human trafficking and survivor")
    landry = _person("landry", "Guillaume Landry", title="Mr.", position_title="Executive Director", affiliation="ECPAT", modality="online")
    tamang = _person("tamang", "Charimaya Tamang", title="Ms.", affiliation="Shakti Samuha", modality="online", language="ne")
    meeting = Meeting(
        title="Trafficking in children on the rise: immediate action required",
        venue="Palais des Nations, Geneva",
        room="Room XXII",
        format="hybrid",
        time_zone="Europe/Zurich",
        display_zones=["America/New_York"],
        languages=["en", "fr", "ne", "es"],
        participants=[maalla, waly, otiende, landry, tamang],
    )
    sitting = Sitting(date=dt.date(2025, 3, 14), start=dt.time(14, 0), end=dt.time(15, 0))
    meeting.sittings.append(sitting)
    sitting.segments = [
        Segment(
            title="Setting the scene", kind="opening", start=dt.time(14, 0), end=dt.time(14, 20),
            slots=[_slot(maalla, "moderator", 5, note="Welcome"), _slot(waly, "keynote"), _slot(otiende, minutes=6)],
        ),
        Segment(
            title="Actions taken and remaining challenges", kind="panel", start=dt.time(14, 20), end=dt.time(14, 45),
            slots=[_slot(landry, "panellist", (3, 5)), _slot(tamang, "panellist", (3, 5))],
        ),
        Segment(title="Q&A", kind="qa", planned_seconds=600),
        Segment(title="Closing remarks", kind="closing", start=dt.time(14, 55), slots=[_slot(maalla, "moderator")]),
    ]
    return meeting


def test_printed_programme_has_title_venue_sitting_line_segments_and_speakers():
    text = render_programme(hrc_meeting())
    lines = text.splitlines()
    assert lines[0] == "TRAFFICKING IN CHILDREN ON THE RISE: IMMEDIATE ACTION REQUIRED"
    assert "Venue: Room XXII, Palais des Nations, Geneva" in lines
    assert "Interpretation: English, French, Nepali, Spanish" in lines
    assert "Friday, 14 March 2025, 14:00–15:00 CET (Geneva) / 09:00–10:00 EDT (New York)" in lines
    assert "  14:00–14:20 CET / 09:00–09:20 EDT  Setting the scene" in lines
    # the Q&A is given only as 10 minutes after the panel: the plan places it 14:45–14:55
    assert "  14:45–14:55 CET / 09:45–09:55 EDT  Q&A" in lines
    assert "  14:55–15:00 CET / 09:55–10:00 EDT  Closing remarks" in lines
    assert (
        "      • Dr. Najat Maalla M'jid, Special Representative of the Secretary-General on Violence"
        " against Children (moderator, 5 min) — Welcome"
    ) in lines
    assert "      • Ms. Ghada Waly, Executive Director, UNODC (key address, video message)" in lines
    assert "      • Ms. Sophie Otiende, Champion for victims of human trafficking and survivor (6 min)" in lines
    assert "      • Mr. Guillaume Landry, Executive Director, ECPAT (online, 3–5 min)" in lines
    assert "EST" not in text.replace("CEST", "")


def test_a_protected_identity_is_never_printed():
    meeting = hrc_meeting()
    survivor = _person("survivor-a", "Amina Example", group="survivor_leader", protected=True, modality="online")
    meeting.participants.append(survivor)
    meeting.sittings[0].segments[1].slots.append(_slot(survivor, "panellist", 5, note="Amina speaks from Nairobi"))
    text = render_programme(meeting)
    assert "Amina" not in text
    assert "      • Survivor leader (identity protected) (online, 5 min)" in text.splitlines()


def test_agenda_items_head_their_segments_and_standing_items_list_their_questions():
    meeting = Meeting(
        title="Constructive Dialogue", format="hybrid", time_zone="Europe/Vienna", display_zones=[], languages=["en"],
    )
    item = AgendaItem(number="IV", title="Interactive exchange on relevant activities of non-governmental stakeholders")
    meeting.items.append(item)
    sitting = Sitting(date=dt.date(2024, 7, 10), start=dt.time(15, 0), end=dt.time(18, 0), title="Afternoon")
    meeting.sittings.append(sitting)
    segment = Segment(title="Tour-de-table", kind="tour_de_table", item=item, start=dt.time(16, 30), end=dt.time(17, 45))
    segment.standing_items.append(
        StandingItem(key="universalization", title="Role of non-governmental stakeholders", questions=["How can they contribute?"])
    )
    sitting.segments.append(segment)
    lines = render_programme(meeting).splitlines()
    assert "Afternoon: Wednesday, 10 July 2024, 15:00–18:00 CEST (Vienna)" in lines
    assert "IV. Interactive exchange on relevant activities of non-governmental stakeholders" in lines
    assert "  16:30–17:45 CEST  Tour-de-table" in lines
    assert lines.index("      ❖ Role of non-governmental stakeholders") + 1 == lines.index("          – How can they contribute?")


def test_segments_in_a_display_zone_on_another_date_carry_that_date():
    meeting = Meeting(title="Evening briefing", format="online", time_zone="America/New_York", display_zones=["Asia/Tokyo"], languages=["en"])
    sitting = Sitting(date=dt.date(2024, 7, 17), start=dt.time(20, 0), end=dt.time(21, 0))
    meeting.sittings.append(sitting)
    sitting.segments.append(Segment(title="Briefing", kind="address", start=dt.time(20, 0), end=dt.time(21, 0)))
    lines = render_programme(meeting).splitlines()
    assert "Wednesday, 17 July 2024, 20:00–21:00 EDT (New York) / Thursday 18 July, 09:00–10:00 JST (Tokyo)" in lines
    assert "  20:00–21:00 EDT / 09:00–10:00 JST (Thu 18 Jul)  Briefing" in lines


def test_a_fixed_offset_zone_is_labelled_by_its_real_offset():
    # the Etc names count west: Etc/GMT-1 is one hour *ahead* of UTC
    line = time_line(D(2025, 3, 14, 14, 0), D(2025, 3, 14, 15, 0), "Europe/Zurich", ["Etc/GMT-1", "Etc/GMT+5", "Etc/UTC"])
    assert line.endswith(" / 14:00–15:00 UTC+1 (UTC+1) / 08:00–09:00 UTC-5 (UTC-5) / 13:00–14:00 UTC (UTC)")
    assert "GMT-1" not in line and "GMT+5" not in line


def test_segments_after_midnight_carry_their_date():
    meeting = Meeting(title="Night session", format="in_person", time_zone="Europe/Zurich", display_zones=["America/New_York"], languages=["en"])
    sitting = Sitting(date=dt.date(2025, 3, 14), start=dt.time(22, 0), end=dt.time(1, 30))
    meeting.sittings.append(sitting)
    sitting.segments += [
        Segment(title="Consultations", kind="other", start=dt.time(22, 0), end=dt.time(0, 30)),
        Segment(title="Adoption", kind="closing", start=dt.time(0, 30), end=dt.time(1, 30)),
    ]
    lines = render_programme(meeting).splitlines()
    assert "Friday, 14 March 2025, 22:00–01:30 (+1 day) CET (Geneva) / 17:00–20:30 EDT (New York)" in lines
    assert "  22:00–00:30 (+1 day) CET / 17:00–19:30 EDT  Consultations" in lines
    # 00:30 in Geneva is on Saturday; New York is still on Friday, the sitting's date
    assert "  00:30–01:30 CET (Sat 15 Mar) / 19:30–20:30 EDT  Adoption" in lines
