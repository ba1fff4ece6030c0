"""The interpreters' view and the console's interpretation controls, on the HRC side event (seed 002):
before Charimaya Tamang is called the moderator sees French and Spanish will be on relay from English,
the booths' window shows it, "slow down" reaches the booths, a language switch moves the booths.

Set MEETINGDESK_SCREENSHOTS to a folder to keep the rendered picture (docs/screenshots/interpreter-view.png)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from console_driver import UTC, add_programme, press, show_console
from meetingdesk.live.clock import FakeClock
from ui.console import ConsoleWindow, open_console
from ui.interpreter_view import BoothModel, InterpreterView
from ui_samples import HRC

RELAY = "Next: Ms. Charimaya Tamang speaks Nepali — French and Spanish on relay from English"


def _console(qtbot, store, settings, clock, path=HRC) -> ConsoleWindow:
    return show_console(qtbot, store, add_programme(store, path)[1], clock, settings)


def until_tamang_is_next(qtbot, console, clock) -> None:
    """Keyboard only: the opening, then the panel up to Guillaume Landry."""
    clock.advance(60)
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # open, start the opening
    for seconds in (300, 300, 360):
        press(qtbot, console, Qt.Key.Key_N)
        clock.advance(seconds)
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the panel
    for _ in range(5):
        press(qtbot, console, Qt.Key.Key_N)
        clock.advance(180)
    console.ticker.tick()


def booth_rows(view: InterpreterView) -> dict[str, str]:
    model = view.booths
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


def test_the_moderator_and_the_booths_see_the_relay_before_charimaya_tamang_is_called(qtbot, console, clock, tmp_path):
    until_tamang_is_next(qtbot, console, clock)
    assert console.live.view().speaker.name == "Mr. Guillaume Landry"
    assert RELAY in console.card.interpretation.text()
    assert "Next: Ms. Charimaya Tamang's text was not sent to the interpreters in advance" in console.card.interpretation.text()

    press(qtbot, console, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    booths = console.interpreters
    qtbot.addWidget(booths)
    assert booths.isVisible()
    assert booths.now_name.text() == "Mr. Guillaume Landry" and booths.now_language.text() == "English"
    assert booths.next_rows[0].text() == (
        "1. Ms. Charimaya Tamang — Nepali — French and Spanish on relay from English — No text received")
    assert booths.next_rows[1].text() == "Nobody else is on the list."

    press(qtbot, console, Qt.Key.Key_N)  # Charimaya Tamang has the floor
    assert (booths.now_name.text(), booths.now_language.text()) == ("Ms. Charimaya Tamang", "Nepali")
    assert booths.relay.text() == "French and Spanish on relay from English"
    assert booths.now_text.text() == "No text received"
    assert booth_rows(booths) == {
        "English": "Direct from Nepali",
        "French": "RELAY from English booth",
        "Spanish": "RELAY from English booth",
        "Nepali": "Floor language: listeners hear the speaker",
    }
    assert "Now: Ms. Charimaya Tamang speaks Nepali — French and Spanish on relay from English" in console.card.interpretation.text()
    assert "Nepali (ne)" in console.card.details.text()

    press(qtbot, console, Qt.Key.Key_W)  # the chair asks her to slow down: the booths see it first
    assert booths.slow_down.isVisible()
    booths.resize(1000, 680)
    picture = booths.grab()
    assert not picture.isNull() and picture.width() >= 900
    image = picture.toImage()
    assert image.format() != QImage.Format.Format_Invalid
    picture.save(str(tmp_path / "interpreter-view.png"))
    keep = os.environ.get("MEETINGDESK_SCREENSHOTS")
    if keep:
        picture.save(str(Path(keep) / "interpreter-view.png"))


def test_slow_down_is_sent_with_w_shown_to_the_booths_and_cleared_with_w(qtbot, console, clock):
    until_tamang_is_next(qtbot, console, clock)
    press(qtbot, console, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    booths = console.interpreters
    qtbot.addWidget(booths)
    assert not booths.slow_down.isVisible()
    press(qtbot, console, Qt.Key.Key_W)
    assert booths.slow_down.isVisible()
    assert "SLOW DOWN" in booths.slow_down.text()
    assert [e.payload for e in console.live.events() if e.kind == "slow_down_set"] == [{"on": True}]
    clock.advance(5)
    console.ticker.tick()  # a clock tick does not hide it
    assert booths.slow_down.isVisible()
    press(qtbot, console, Qt.Key.Key_W)
    assert not booths.slow_down.isVisible()
    press(qtbot, console, Qt.Key.Key_W)
    press(qtbot, console, Qt.Key.Key_N)  # the next speaker starts without it
    assert not booths.slow_down.isVisible()


def test_a_speaker_switching_to_english_moves_every_booth_to_direct(qtbot, console, clock):
    until_tamang_is_next(qtbot, console, clock)
    press(qtbot, console, Qt.Key.Key_N)
    console.ensure_interpreter_view().show()
    qtbot.addWidget(console.interpreters)
    clock.advance(120)
    english = console.language_menu.findChild(type(console.actions_by_name["floorLanguage"]), "floorLanguage-en")
    english.trigger()
    booths = console.interpreters
    assert booths.now_language.text() == "English" and booths.relay.text() == ""
    assert set(booth_rows(booths).values()) == {"Direct from English", "Floor language: listeners hear the speaker"}
    assert "English (en)" in console.card.details.text()
    assert [e.payload for e in console.live.events() if e.kind == "floor_language_set"] == [{"language": "en"}]
    english.trigger()  # already English: refused as a notice
    assert any("already speaking English" in t for t in console.notices.texts())


def test_interpretation_keys_are_in_the_menu_and_collide_with_no_other(console):
    menus = {m.text(): [a.objectName() for a in m.menu().actions()] for m in console.menuBar().actions()}
    assert {"interpreterView", "slowDown", "floorLanguage"} <= set(menus["In&terpretation"])
    keys = {}
    for action in console.findChildren(type(console.actions_by_name["slowDown"])):
        for key in action.shortcuts():
            assert key.toString() not in keys, f"{key.toString()} is used by {keys[key.toString()]} and {action.objectName()}"
            keys[key.toString()] = action.objectName()
    assert keys["W"] == "slowDown" and keys["Ctrl+I"] == "interpreterView" and keys["L"] == "floorLanguage"
    assert "(W)" in console.actions_by_name["slowDown"].toolTip()


def test_a_protected_identity_never_reaches_the_booths(qtbot, store, settings, clock, tmp_path):
    text = HRC.read_text(encoding="utf-8").replace('language = "ne"\n', 'language = "ne"\nprotected = true\n', 1)
    path = tmp_path / "protected.toml"
    path.write_text(text, encoding="utf-8")
    console = _console(qtbot, store, settings, clock, path)
    live = console.live
    clock.advance(60)
    live.open_sitting()
    live.start_segment(live.view().segments[1].id)  # straight to the panel
    for _ in range(5):
        live.call_next()
    booths = console.ensure_interpreter_view()
    qtbot.addWidget(booths)
    assert booths.next_rows[0].text().startswith("1. Civil society — Nepali — French and Spanish on relay from English")
    live.call_next()
    shown = [booths.now_name.text(), booths.relay.text()] + [r.text() for r in booths.next_rows]
    assert booths.now_name.text() == "Civil society"
    assert not any("Tamang" in s or "Charimaya" in s for s in shown)
    console.close()


def test_the_booth_model_passes_the_model_tester(qtbot, console, clock, qtmodeltester):
    until_tamang_is_next(qtbot, console, clock)
    model = BoothModel()
    model.update(console.live.view().interpretation.booths)
    qtmodeltester.check(model)
    press(qtbot, console, Qt.Key.Key_N)
    model.update(console.live.view().interpretation.booths)
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 3


def test_l_offers_the_meetings_languages_beside_the_speaker(qtbot, console, clock):
    press(qtbot, console, Qt.Key.Key_L)  # nobody speaks yet
    assert "Nobody is speaking." in console.notices.texts()
    assert not console.language_menu.isVisible()
    until_tamang_is_next(qtbot, console, clock)
    press(qtbot, console, Qt.Key.Key_L)
    menu = console.language_menu
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["&1 English (en)", "&2 French (fr)", "&3 Nepali (ne)", "&4 Spanish (es)"]
    qtbot.keyClick(menu, Qt.Key.Key_2)  # Mr. Landry goes on in French
    qtbot.waitUntil(lambda: not menu.isVisible())
    view = console.live.view()
    assert view.interpretation.floor_language == "fr"
    assert {b.label: b.mode for b in view.interpretation.booths} == {
        "English": "direct", "French": "floor", "Spanish": "relay", "Nepali": "relay"}
    assert "Now: Mr. Guillaume Landry speaks French — Spanish and Nepali on relay from English" in console.card.interpretation.text()


SIX = Path(__file__).resolve().parents[1] / "interpretation" / "six-language-dialogue.toml"


def test_six_languages_the_booths_see_the_chinese_retour_and_who_takes_relay_from_it(qtbot, store, settings, tmp_path):
    clock = FakeClock(dt.datetime(2025, 6, 12, 13, 59, tzinfo=UTC))  # 09:59 in New York
    console = _console(qtbot, store, settings, clock, SIX)
    live = console.live
    clock.advance(60)
    live.open_sitting()
    live.start_segment(live.view().segments[1].id)  # statements: China, then the Russian Federation
    booths = console.ensure_interpreter_view()
    qtbot.addWidget(booths)
    booths.show()
    assert booths.next_rows[0].text() == (
        "1. Mr. Li Wei — Chinese — French, Spanish, Arabic and Russian on relay from English (Chinese retour) — Text received")
    assert booths.next_rows[1].text() == "2. Ms. Olga Petrova — Russian — French, Spanish, Arabic and Chinese on relay from English — No text received"
    live.call_next()
    assert (booths.now_name.text(), booths.now_language.text(), booths.now_text.text()) == ("Mr. Li Wei", "Chinese", "Text received")
    assert booth_rows(booths) == {
        "English": "Standby: another booth works into this language",
        "French": "RELAY from English (Chinese retour) booth",
        "Spanish": "RELAY from English (Chinese retour) booth",
        "Arabic": "RELAY from English (Chinese retour) booth",
        "Russian": "RELAY from English (Chinese retour) booth",
        "Chinese": "Floor language: listeners hear the speaker",
        "English (Chinese retour)": "Direct from Chinese",
    }
    assert "Next: Ms. Olga Petrova's text was not sent to the interpreters in advance" in console.card.interpretation.text()
    booths.resize(1000, 680)
    picture = booths.grab()
    assert not picture.isNull()
    keep = os.environ.get("MEETINGDESK_SCREENSHOTS")
    if keep:
        picture.save(str(Path(keep) / "interpreter-view-six-languages.png"))
    console.close()


def test_interpreter_turn_changes_are_planned_as_console_reminders(qtbot, store, settings, clock):
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    from meetingdesk.schedule import NoticeKind

    scheduler = AsyncIOScheduler()  # not started: the jobs wait, nothing runs in the test
    window = open_console(store, add_programme(store, HRC)[1], clock=clock, settings=settings, scheduler=scheduler)
    qtbot.addWidget(window)
    clock.advance(60)
    window.start_next_segment()
    turns = [r for r in window.reminders.scheduled() if r.kind is NoticeKind.INTERPRETER_TURN]
    assert [r.at for r in turns] == [dt.datetime(2025, 3, 14, 13, 30, tzinfo=UTC)]
    window.show_reminder(turns[0].notice())
    assert window.notices.texts()[-1] == (
        "Interpreters change over now in the English, French, Spanish and Nepali booths (30 minutes since 14:00).")
    window.close()
    assert not scheduler.get_jobs()


def test_the_booths_read_the_speech_text_they_were_sent(qtbot, store, settings, clock, tmp_path):
    speech = "Excellencies,\nchildren account for 38 per cent of detected victims."
    text = HRC.read_text(encoding="utf-8").replace(
        'participant = "otiende"\nrole = "speaker"\nminutes = 6\n',
        f'participant = "otiende"\nrole = "speaker"\nminutes = 6\ntext = """{speech}"""\n',
        1,
    )
    assert speech in text
    path = tmp_path / "with-text.toml"
    path.write_text(text, encoding="utf-8")
    console = _console(qtbot, store, settings, clock, path)
    live = console.live
    clock.advance(60)
    live.open_sitting()
    live.start_segment()
    booths = console.ensure_interpreter_view()
    qtbot.addWidget(booths)
    live.call_next()  # Dr. Maalla: the moderator reads no text
    console.ticker.tick()
    assert booths.speech.isHidden()
    live.call_next()  # Ms. Waly's video
    live.call_next()  # Ms. Otiende, whose text reached the booths
    console.ticker.tick()
    assert booths.now_text.text() == "Text received"
    assert not booths.speech.isHidden() and booths.speech.toPlainText() == speech
    assert booths.speech.isReadOnly()
    live.end_speaker()
    console.ticker.tick()
    assert booths.speech.isHidden()
    console.close()
