"""Interpretation in a live sitting, through the core on a fake clock: the floor language, what each
booth does, the moderator's alerts before a speaker who needs relay, the slow-down signal, and the
floor time per language the journal gives after the sitting."""

from __future__ import annotations

import datetime as dt

import pytest

from interpretation_samples import HRC, HRC_START, SIX, SIX_START, UTC, open_live
from meetingdesk.live import CommandRefused, LanguageTimeView, LiveSitting, Touched
from meetingdesk.schedule import NoticeKind, due_reminders

TAMANG_RELAY = "Ms. Charimaya Tamang speaks Nepali — French and Spanish on relay from English"


@pytest.fixture
def hrc(store):
    live, clock = open_live(store, HRC, HRC_START)
    clock.advance(60)  # 14:00 in Geneva
    live.open_sitting()
    yield live, clock
    live.close()


def booths(view) -> dict[str, tuple]:
    return {b.label: (b.mode, b.source, b.via) for b in view.interpretation.booths}


def run_hrc_until_tamang_is_next(live, clock) -> None:
    """The opening (with a pause), then the panel up to Guillaume Landry; Charimaya Tamang is next."""
    live.start_segment()
    live.call_next()  # Dr. Najat Maalla M'jid, English
    clock.advance(240)
    live.pause()
    clock.advance(30)  # not floor time
    live.resume()
    clock.advance(60)
    live.call_next()  # Ms. Ghada Waly, video message
    clock.advance(300)
    live.call_next()  # Ms. Sophie Otiende
    clock.advance(360)
    live.start_segment()  # the panel
    for _ in range(5):  # Choluj, Arango, Odugbesan, Beavan, Landry: 3 minutes each
        live.call_next()
        clock.advance(180)


def test_before_calling_charimaya_tamang_the_moderator_sees_french_and_spanish_on_relay_from_english(hrc):
    live, clock = hrc
    run_hrc_until_tamang_is_next(live, clock)
    view = live.view()
    assert view.speaker.name == "Mr. Guillaume Landry"
    assert view.interpretation.floor_language == "en"
    assert f"Next: {TAMANG_RELAY}" in view.interpretation.alerts
    assert "Next: Ms. Charimaya Tamang's text was not sent to the interpreters in advance" in view.interpretation.alerts
    tamang = view.interpretation.next[0]
    assert (tamang.public_name, tamang.language, tamang.relay) == (
        "Ms. Charimaya Tamang", "ne", "French and Spanish on relay from English")
    assert view.queue[0].language == "ne" and view.queue[0].text_received is False

    live.call_next()
    view = live.view()
    assert view.interpretation.floor_language == "ne"
    assert f"Now: {TAMANG_RELAY}" in view.interpretation.alerts
    assert booths(view) == {
        "English": ("direct", "ne", None),
        "French": ("relay", "en", "English"),
        "Spanish": ("relay", "en", "English"),
        "Nepali": ("floor", None, None),
    }


def test_an_english_speaker_keeps_every_booth_direct_and_raises_no_alert(hrc):
    live, clock = hrc
    live.start_segment()
    live.call_next()
    view = live.view()
    assert booths(view) == {
        "English": ("floor", None, None),
        "French": ("direct", "en", None),
        "Spanish": ("direct", "en", None),
        "Nepali": ("direct", "en", None),
    }
    # the moderator reads no prepared statement: no reminder about her text; the next speaker's is missing
    assert view.interpretation.alerts == ("Next: Ms. Ghada Waly's text was not sent to the interpreters in advance",)


def test_floor_time_per_language_comes_from_the_journal_with_pauses_excluded(store, hrc):
    live, clock = hrc
    run_hrc_until_tamang_is_next(live, clock)
    live.call_next()  # Charimaya Tamang, Nepali
    clock.advance(200)
    live.set_floor_language("en")  # she goes on in English
    view = live.view()
    assert booths(view)["Nepali"] == ("direct", "en", None) and booths(view)["French"] == ("direct", "en", None)
    assert [a for a in view.interpretation.alerts if a.startswith("Now:")] == [
        "Now: Ms. Charimaya Tamang's text was not sent to the interpreters in advance"]  # no relay any more
    clock.advance(25)
    live.pause()
    clock.advance(15)
    live.resume()
    clock.advance(35)
    live.end_speaker()
    live.close_sitting()

    english = 300 + 300 + 360 + 5 * 180 + 60
    expected = (LanguageTimeView("en", float(english)), LanguageTimeView("ne", 200.0))
    assert live.view().interpretation.floor_time == expected
    tamang = [(t.language, t.seconds) for t in live.view().interpretation.turns if t.name == "Ms. Charimaya Tamang"]
    assert tamang == [("ne", 200.0), ("en", 60.0)]
    switch = [e for e in live.events() if e.kind == "floor_language_set"]
    assert [e.payload for e in switch] == [{"language": "en"}]

    # the record is the journal: a sitting reopened after the meeting gives the same tally
    sitting_id = live.snapshot.sitting_id
    before = live.view()
    live.close()
    with LiveSitting.open(store, sitting_id, clock) as reopened:
        assert reopened.view().interpretation.floor_time == expected
        assert reopened.view() == before


def test_reopening_mid_turn_resumes_the_floor_language_the_slow_down_and_the_tally(store, hrc):
    live, clock = hrc
    run_hrc_until_tamang_is_next(live, clock)
    live.call_next()
    clock.advance(90)
    live.set_floor_language("en")
    live.slow_down()
    clock.advance(30)
    before = live.view()
    sitting_id = live.snapshot.sitting_id
    live.close()  # a power cut: everything acknowledged is in the journal
    with LiveSitting.open(store, sitting_id, clock) as reopened:
        after = reopened.view()
        assert after == before
        assert (after.interpretation.floor_language, after.interpretation.slow_down) == ("en", True)
        tamang = [(t.language, t.seconds) for t in after.interpretation.turns if "Tamang" in t.name]
        assert tamang == [("ne", 90.0), ("en", 30.0)]


def test_a_language_switch_can_be_undone_and_is_refused_when_it_makes_no_sense(hrc):
    live, clock = hrc
    with pytest.raises(CommandRefused, match="nobody is speaking"):
        live.set_floor_language("fr")
    live.start_segment()
    live.call_next()
    with pytest.raises(CommandRefused, match="already speaking English"):
        live.set_floor_language("en")
    with pytest.raises(CommandRefused, match='"english" is not a language code'):
        live.set_floor_language("english")
    clock.advance(10)
    live.set_floor_language("FR")  # normalised
    assert live.view().interpretation.floor_language == "fr"
    assert booths(live.view())["Spanish"] == ("relay", "en", "English")  # the Spanish booth hears only English
    clock.advance(10)
    live.undo()
    clock.advance(10)
    view = live.view()
    assert view.interpretation.floor_language == "en"
    assert view.interpretation.floor_time == (LanguageTimeView("en", 30.0),)


def test_slow_down_is_a_journal_event_shown_until_cleared_or_the_turn_ends(hrc):
    live, clock = hrc
    live.start_segment()
    with pytest.raises(CommandRefused, match="nobody is speaking"):
        live.slow_down()
    live.call_next()
    change = live.slow_down()
    assert change.requires_interpreters_redraw() and Touched.INTERPRETATION in change
    assert live.view().interpretation.slow_down is True
    with pytest.raises(CommandRefused, match="already show"):
        live.slow_down()
    live.slow_down(False)
    assert live.view().interpretation.slow_down is False
    with pytest.raises(CommandRefused, match="no “slow down” signal to clear"):
        live.slow_down(False)
    live.slow_down()
    live.call_next()  # the next speaker starts with a clean slate
    assert live.view().interpretation.slow_down is False
    assert [e.payload["on"] for e in live.events() if e.kind == "slow_down_set"] == [True, False, True]


def test_interpreter_turn_changes_are_reminders_every_thirty_minutes(hrc):
    live, clock = hrc
    live.start_segment()
    view = live.view()
    turns = [r for r in due_reminders(view, view.now) if r.kind == NoticeKind.INTERPRETER_TURN]
    assert [(r.at, r.text) for r in turns] == [(
        dt.datetime(2025, 3, 14, 13, 30, tzinfo=UTC),
        "Interpreters change over now in the English, French, Spanish and Nepali booths (30 minutes since 14:00).",
    )]
    live.close_sitting()
    view = live.view()
    assert not [r for r in due_reminders(view, view.now) if r.kind == NoticeKind.INTERPRETER_TURN]


# --------------------------------------------------------------------------- six languages


@pytest.fixture
def six(store):
    live, clock = open_live(store, SIX, SIX_START)
    clock.advance(60)
    live.open_sitting()
    yield live, clock
    live.close()


def test_six_languages_with_an_english_pivot_and_a_chinese_retour(six):
    live, clock = six
    live.start_segment()
    live.call_next()  # the chair speaks Arabic; the English booth takes it direct, the rest relay
    view = live.view()
    assert view.interpretation.floor_language == "ar"
    assert booths(view) == {
        "English": ("direct", "ar", None),
        "French": ("relay", "en", "English"),
        "Spanish": ("relay", "en", "English"),
        "Arabic": ("floor", None, None),
        "Russian": ("relay", "en", "English"),
        "Chinese": ("relay", "en", "English"),
        "English (Chinese retour)": ("standby", None, None),
    }
    assert view.interpretation.alerts == (
        "Now: H.E. Ms. Amina Haddad speaks Arabic — French, Spanish, Russian and Chinese on relay from English",)

    clock.advance(240)
    live.start_segment()  # statements: China first
    view = live.view()
    assert [(n.name, n.language) for n in view.interpretation.next] == [("Mr. Li Wei", "zh"), ("Ms. Olga Petrova", "ru")]
    assert view.interpretation.alerts == (
        "Next: Mr. Li Wei speaks Chinese — French, Spanish, Arabic and Russian on relay from English (Chinese retour)",)

    live.call_next()
    view = live.view()
    assert booths(view)["English (Chinese retour)"] == ("direct", "zh", None)
    assert booths(view)["English"] == ("standby", None, None)
    assert booths(view)["Russian"] == ("relay", "en", "English (Chinese retour)")
    assert view.interpretation.speaker.text_received is True
    assert "Next: Ms. Olga Petrova's text was not sent to the interpreters in advance" in view.interpretation.alerts

    clock.advance(180)
    live.call_next()  # Russian
    clock.advance(170)
    live.call_next()  # French
    clock.advance(150)
    live.end_speaker()
    assert live.view().interpretation.floor_time == (
        LanguageTimeView("fr", 150.0), LanguageTimeView("ar", 240.0),
        LanguageTimeView("zh", 180.0), LanguageTimeView("ru", 170.0))


def test_six_languages_three_hour_sitting_has_five_interpreter_turn_changes(six):
    live, clock = six
    live.start_segment()
    view = live.view()
    turns = [r for r in due_reminders(view, view.now) if r.kind == NoticeKind.INTERPRETER_TURN]
    assert [r.at.astimezone(UTC).strftime("%H:%M") for r in turns] == ["14:30", "15:00", "15:30", "16:00", "16:30"]
    assert "English (Chinese retour)" in turns[0].text
