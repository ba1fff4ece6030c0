"""The record a report is made of, after the HRC side event ran start to finish on a fake clock."""

from __future__ import annotations

import datetime as dt

import pytest

from meetingdesk.live import CommandRefused, FakeClock
from meetingdesk.report.corrections import correct
from meetingdesk.report.record import build_record


def t(hh, mm, ss=0):
    return dt.time(hh, mm, ss)


def test_segments_planned_against_actual(store, hrc):
    record = build_record(store, hrc[0])
    rows = [(s.title, s.planned_start.time(), s.planned_end.time(), s.actual_start.time(), s.actual_end.time(), s.overrun)
            for s in record.segments]
    assert rows == [
        ("Setting the scene", t(14, 0), t(14, 20), t(14, 2), t(14, 18, 40), -200),
        ("Actions taken and remaining challenges", t(14, 20), t(14, 45), t(14, 19), t(14, 45, 20), 80),
        ("Q&A – other States invited to intervene", t(14, 45), t(14, 55), t(14, 45, 40), t(14, 54, 30), -70),
        ("Closing remarks", t(14, 55), t(15, 0), t(14, 55), t(15, 1, 10), 70),
    ]
    assert record.sittings[0].status == "closed" and record.sittings[0].actual_end.time() == t(15, 1, 10)


def test_who_spoke_when_and_for_how_long(store, hrc):
    record = build_record(store, hrc[0])
    by_name = {i.speaker: i for i in record.interventions}
    waly = by_name["Ms. Ghada Waly"]
    assert (waly.start.time(), waly.end.time(), waly.seconds, waly.modality, waly.role) == (
        t(14, 7, 10), t(14, 12, 10), 300, "Video message", "Key address")
    tamang = by_name["Ms. Charimaya Tamang"]
    assert (tamang.language, tamang.modality, tamang.group, tamang.gender) == ("Nepali", "Online", "Civil society", "Female")
    assert tamang.seconds == 300  # 5:30 at the floor, 30 s paused while the relay dropped out
    landry = by_name["Mr. Guillaume Landry"]  # dropped at 14:35:50, called back at 14:41:20
    assert landry.parts == 2 and landry.seconds == 20 + 240
    assert [(a.time(), b.time()) for a, b in landry.spans] == [(t(14, 35, 30), t(14, 35, 50)), (t(14, 41, 20), t(14, 45, 20))]
    holy_see = by_name["Delegation of the Holy See"]
    assert (holy_see.allotment, holy_see.overtime, holy_see.floor) == (120, 270, True)
    assert [i.number for i in record.interventions] == list(range(1, 13))
    assert not_heard_row(record) == ("Save the Children", "Civil society", True)


def not_heard_row(record):
    (n,) = record.not_heard
    return n.speaker, n.group, n.written_statement


def test_rapporteur_entries_and_statistics(store, hrc):
    record = build_record(store, hrc[0])
    q1, q2 = record.questions
    assert (q1.asker, q1.addressed_to, q1.status) == ("Delegation of Chile", ["Mr. Mark Beavan"], "answered")
    assert q1.answers == [("Mr. Mark Beavan", "INTERPOL's ICSE database is open to every member country.")]
    assert q2.status == "put to the panel"
    assert [n.text for n in record.key_messages][-1] == "Child trafficking is rising and prevention must start in schools."
    assert [(n.text, n.owner) for n in record.next_steps] == [
        ("Publish the joint OSRSG-VAC/UNODC strategy", "UNODC"), ("Report back at HRC 61", "OSRSG-VAC")]
    st = record.statistics
    assert (st.interventions, st.total_seconds) == (12, 3450)
    assert {s.label: (s.seconds, s.count) for s in st.by_language} == {"English": (3150, 11), "Nepali": (300, 1)}
    assert {s.label: s.count for s in st.by_gender} == {"Female": 6, "Male": 2, "Not recorded": 4}
    assert {s.label: (s.seconds, s.count) for s in st.panel_vs_floor} == {"Panel": (2920, 10), "Floor": (530, 2)}
    assert record.moderators == ["Dr. Najat Maalla M'jid"] and record.rapporteurs == ["Anna Rapporteur"]


def test_protected_identity_shown_by_role_unless_cleared(store, hrc):
    hidden = build_record(store, hrc[0])
    third = hidden.interventions[2]
    assert (third.speaker, third.participant, third.affiliation) == ("Survivor leader", None, None)
    assert hidden.notes[0].text == "Survivor leader described how children are recruited online."
    assert hidden.questions[1].addressed_to == ["Survivor leader"]
    cleared = build_record(store, hrc[0], clear={"otiende"})
    assert cleared.interventions[2].speaker == "Ms. Sophie Otiende"
    assert cleared.notes[0].text.startswith("Sophie Otiende described")
    with pytest.raises(LookupError, match="no participant 'nobody'"):
        build_record(store, hrc[0], clear={"nobody"})


def test_a_correction_is_an_event_with_who_and_why(store, hrc):
    meeting_id, sitting_id = hrc
    clock = FakeClock(dt.datetime(2025, 3, 15, 9, 0, tzinfo=dt.timezone.utc))
    chile = build_record(store, meeting_id).interventions[9]
    assert chile.speaker == "Delegation of Chile"
    with pytest.raises(CommandRefused, match="say why"):
        correct(store, sitting_id, chile.entry_id, "language", "es", who="Secretariat", why=" ", clock=clock)
    with pytest.raises(CommandRefused, match="cannot be corrected"):
        correct(store, sitting_id, chile.entry_id, "seconds", "10", who="Secretariat", why="x", clock=clock)
    with pytest.raises(CommandRefused, match="never took the floor"):
        correct(store, sitting_id, 999, "language", "es", who="Secretariat", why="x", clock=clock)
    correct(store, sitting_id, chile.entry_id, "language", "es", who="M. Dupont (secretariat)",
            why="Chile spoke Spanish; the list had no language", clock=clock)
    correct(store, sitting_id, chile.entry_id, "end", "14:47:30", who="M. Dupont (secretariat)",
            why="the floor was given to the Holy See 30 s late", clock=clock)
    record = build_record(store, meeting_id)
    chile = record.interventions[9]
    assert (chile.language, chile.end.time(), chile.seconds, chile.corrected) == ("Spanish", t(14, 47, 30), 110, True)
    assert {s.label: s.count for s in record.statistics.by_language} == {"English": 10, "Nepali": 1, "Spanish": 1}
    first = record.corrections[0]
    assert (first.who, first.why, first.intervention, first.field, first.old, first.new) == (
        "M. Dupont (secretariat)", "Chile spoke Spanish; the list had no language", 10, "language", "English", "Spanish")


def test_a_running_sitting_counts_the_current_speaker_to_now(store):
    from meetingdesk.store.programmes import import_file, load_meeting
    from report_samples import HRC_FILE, Run

    meeting_id, _ = import_file(store, HRC_FILE)
    sitting_id = load_meeting(store, meeting_id).sittings[0].id
    clock = FakeClock(dt.datetime(2025, 3, 14, 13, 0, tzinfo=dt.timezone.utc))
    run = Run(store, sitting_id, clock, dt.timedelta(hours=1))
    try:
        run.live.open_sitting()
        run.live.start_segment()
        run.live.call_next()
        run.at(14, 3, 30)
        record = build_record(store, meeting_id, now=clock.utc())
    finally:
        run.close()
    (maalla,) = record.interventions
    assert (maalla.end, maalla.seconds) == (None, 210)
    assert record.segments[0].status == "running" and record.segments[0].actual_seconds == 210


def test_a_speaker_who_switches_language_counts_in_both(store):
    """Floor time per language comes from the journal: Ms. Tamang starts in Nepali, goes on in English."""
    import datetime as dt

    from meetingdesk.live import FakeClock, LiveSitting
    from meetingdesk.store.programmes import import_file, load_meeting
    from report_samples import HRC_FILE

    meeting_id, _ = import_file(store, HRC_FILE)
    sitting_id = load_meeting(store, meeting_id).sittings[0].id
    clock = FakeClock(dt.datetime(2025, 3, 14, 13, 20, tzinfo=dt.timezone.utc))
    with LiveSitting.open(store, sitting_id, clock) as live:
        live.open_sitting()
        live.start_segment(live.view().segments[1].id)  # straight to the panel
        for _ in range(5):
            live.call_next()
            clock.advance(60)
        live.call_next()  # Ms. Tamang, Nepali
        clock.advance(120)
        live.set_floor_language("en")
        clock.advance(60)
        live.close_sitting()
    record = build_record(store, meeting_id)
    tamang = next(i for i in record.interventions if i.speaker == "Ms. Charimaya Tamang")
    assert tamang.languages == {"Nepali": 120, "English": 60} and tamang.language == "Nepali, English"
    by_language = {s.label: (s.seconds, s.count) for s in record.statistics.by_language}
    assert by_language == {"English": (5 * 60 + 60, 6), "Nepali": (120, 1)}
