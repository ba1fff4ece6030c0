"""The speaker's display when nobody has the floor: who is next (by public name), and between
segments a count-down to the next segment's planned start, on the console too."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console_driver import add_programme, press, show_console, tick


def _display(qtbot, console):
    display = console.ensure_display()
    qtbot.addWidget(display)
    display.resize(1280, 720)
    display.show()
    return display


def test_between_speakers_the_display_shows_who_is_next(qtbot, console, clock):
    display = _display(qtbot, console)
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert (display.shown.heading, display.shown.waiting) == ("Next speaker", "Dr. Najat Maalla M'jid")
    press(qtbot, console, Qt.Key.Key_N)
    assert display.shown.name == "Dr. Najat Maalla M'jid" and display.shown.waiting == ""
    tick(console, clock, 290)
    press(qtbot, console, Qt.Key.Key_E)
    assert display.shown.timer == "" and display.shown.name == ""
    assert (display.shown.heading, display.shown.waiting) == ("Next speaker", "Ms. Ghada Waly")


def test_a_protected_next_speaker_is_announced_by_role_only(qtbot, store, settings, clock, programme_file):
    console = show_console(qtbot, store, add_programme(store, programme_file)[1], clock, settings)
    display = _display(qtbot, console)
    console.start_next_segment()
    console.live.call_next()
    console.live.end_speaker()  # Sita Thapa, protected, is next
    assert display.shown.heading == "Next speaker"
    assert display.shown.waiting == "Survivor leader" and "Thapa" not in display.shown.waiting
    console.close()


def test_between_segments_the_display_counts_down_to_the_next_planned_start(qtbot, console, clock):
    display = _display(qtbot, console)
    tick(console, clock, 60)  # 14:00
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tick(console, clock, 15 * 60)
    press(qtbot, console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # the opening ends at 14:15, 5 minutes early
    shown = display.shown
    assert shown.heading == "Next: Actions taken and remaining challenges"
    assert (shown.waiting, shown.note) == ("5:00", "until its planned start, 14:20 · first: Ms. Aleksandra Choluj")
    assert (console.clocks.segment_clock.text(), console.clocks.segment_word.text()) == ("5:00", "until 14:20")
    assert console.card.name.text() == "Between segments"
    assert console.card.details.text() == "Ctrl+N starts “Actions taken and remaining challenges”."

    clock.advance(0.4)
    console.ticker.refresh()
    assert 600 <= console.ticker.next_delay_ms() <= 602  # the count-down's next whole second
    tick(console, clock, 60.6)
    assert display.shown.waiting == "3:59" and console.clocks.segment_clock.text() == "3:59"
    tick(console, clock, 5 * 60)  # 14:21: the next segment is due
    assert (display.shown.waiting, display.shown.note) == ("", "planned for 14:20 · first: Ms. Aleksandra Choluj")
    assert console.clocks.segment_clock.text() == "–:––"
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the panel starts
    first = console.live.view().queue[0].public_name
    assert (display.shown.heading, display.shown.waiting, display.shown.note) == ("Next speaker", first, "")
