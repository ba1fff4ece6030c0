"""The moderator console and the speaker display, driven by the keyboard against a real live
sitting on a fake clock and a temporary SQLite store."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from console_driver import BEFORE_START, UTC, add_programme, press, tick
from meetingdesk.live.clock import FakeClock
from meetingdesk.live.settings import LiveSettings
from meetingdesk.programme.model import Meeting
from ui.console import ConsoleWindow, open_console
from ui.models import AgendaColumn, QueueColumn, Roles
from ui.style import PHASE_COLOURS


def test_keyboard_alone_runs_the_opening_of_the_hrc_side_event(qtbot, console, clock):
    live = console.live
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # opens the sitting, starts a segment
    view = live.view()
    assert view.sitting.status == "open"
    assert view.current_segment.title == "Setting the scene"
    assert console.clocks.segment_title.text() == "Setting the scene"
    assert console.agenda.data(console.agenda.index(0, AgendaColumn.SEGMENT), Roles.STATUS) == "running"
    assert console.agenda.data(console.agenda.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert console.agenda.data(console.agenda.index(0, AgendaColumn.PLANNED)) == "14:00–14:20"

    press(qtbot, console, Qt.Key.Key_N)  # Dr. Maalla, 5 min
    assert console.card.name.text() == "Dr. Najat Maalla M'jid"
    assert "Moderator" in console.card.details.text() and "English (en)" in console.card.details.text()
    assert console.card.timer.text() == "5:00"
    tick(console, clock, 61)
    assert console.card.timer.text() == "3:59"
    assert (console.clocks.segment_clock.text(), console.clocks.segment_word.text()) == ("18:59", "left")
    assert console.clocks.segment_detail.text() == "1:01 of 20:00 elapsed"

    press(qtbot, console, Qt.Key.Key_P)
    assert live.view().speaker.paused and console.card.state.text() == "Paused"
    tick(console, clock, 20)
    assert console.card.timer.text() == "3:59"
    press(qtbot, console, Qt.Key.Key_P)
    assert not live.view().speaker.paused

    press(qtbot, console, Qt.Key.Key_Plus)
    assert console.card.timer.text() == "4:29"
    press(qtbot, console, Qt.Key.Key_Equal)
    assert console.card.timer.text() == "4:59"
    press(qtbot, console, Qt.Key.Key_Minus)
    assert console.card.timer.text() == "4:29"

    press(qtbot, console, Qt.Key.Key_E)
    assert live.view().speaker is None
    assert console.card.name.text() == "Nobody has the floor"

    press(qtbot, console, Qt.Key.Key_Space)  # the video key address
    assert live.view().speaker.name == "Ms. Ghada Waly"
    assert "Video message" in console.card.details.text()

    press(qtbot, console, Qt.Key.Key_S)  # Ms. Otiende is not in the room yet: call her again later
    assert [e.name for e in live.view().dropped] == ["Ms. Sophie Otiende"]
    assert "Ms. Sophie Otiende" in console.dropped_label.text()
    press(qtbot, console, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)
    assert [e.name for e in live.view().queue] == ["Ms. Sophie Otiende"]

    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the recall
    assert [e.name for e in live.view().dropped] == ["Ms. Sophie Otiende"]


def test_message_to_the_speaker_is_typed_inline_and_reaches_the_display(qtbot, console, clock):
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, console, Qt.Key.Key_N)
    display = console.ensure_display()
    qtbot.addWidget(display)

    press(qtbot, console, Qt.Key.Key_M)
    assert console.message_edit.isVisible() and console.message_edit.hasFocus()
    assert not QApplication.activeModalWidget()
    qtbot.keyClicks(console.message_edit, "Please conclude")  # the letters type, they trigger nothing
    assert console.live.view().speaker.name == "Dr. Najat Maalla M'jid"
    qtbot.keyClick(console.message_edit, Qt.Key.Key_Return)
    assert console.live.view().message == "Please conclude"
    assert not console.message_edit.isVisible()
    assert "Please conclude" in console.card.message.text()
    assert display.shown.message == "Please conclude"

    press(qtbot, console, Qt.Key.Key_M)  # an empty line clears the message
    console.message_edit.clear()
    qtbot.keyClick(console.message_edit, Qt.Key.Key_Return)
    assert console.live.view().message == ""
    assert display.shown.message == ""

    press(qtbot, console, Qt.Key.Key_M)
    qtbot.keyClick(console.message_edit, Qt.Key.Key_Escape)  # Esc cancels without sending
    assert not console.message_edit.isVisible()
    press(qtbot, console, Qt.Key.Key_E)  # and the keys work again
    assert console.live.view().speaker is None


def test_point_of_order_and_requests_from_the_floor(qtbot, console, clock):
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    completions = console.request.completer.model().stringList()
    assert "Ms. Laura Arango — Colombia" in completions and "Colombia" in completions

    press(qtbot, console, Qt.Key.Key_R)
    assert console.request.entry.hasFocus()
    qtbot.keyClicks(console.request.entry, "Colombia")
    qtbot.keyClick(console.request.entry, Qt.Key.Key_Return)
    queue = console.live.view().queue
    assert queue[-1].participant_key == "arango" and queue[-1].kind == "speaker"

    press(qtbot, console, Qt.Key.Key_O)
    assert console.request.kind.currentData() == "point_of_order"
    console.request.online.setChecked(True)
    qtbot.keyClicks(console.request.entry, "Kenya")
    qtbot.keyClick(console.request.entry, Qt.Key.Key_Return)
    head = console.live.view().queue[0]
    assert (head.name, head.kind, head.online) == ("Kenya", "point_of_order", True)
    assert console.queue.data(console.queue.index(0, QueueColumn.KIND)) == "point of order, online"
    assert console.queue.data(console.queue.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert console.request.entry.text() == "" and console.request.kind.currentData() == "speaker"


def test_a_refused_command_is_a_notice_not_a_dialog(qtbot, console):
    press(qtbot, console, Qt.Key.Key_N)  # the sitting is not open yet
    assert QApplication.activeModalWidget() is None
    assert "The sitting has not been opened yet" in console.notices.texts()
    assert console.live.view().sitting.status == "planned"


def test_overrun_becomes_delay_and_the_agenda_shows_over_and_underrun(qtbot, console, clock):
    live = console.live
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tick(console, clock, 22 * 60)  # the 20-minute opening runs 2 minutes over
    assert (console.clocks.segment_clock.text(), console.clocks.segment_word.text()) == ("+2:00", "over")
    assert console.agenda.data(console.agenda.index(0, AgendaColumn.DIFFERENCE)) == "+2:00"
    press(qtbot, console, Qt.Key.Key_D)
    assert live.view().sitting.delay_seconds == pytest.approx(120)
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the panel starts
    tick(console, clock, 20 * 60)
    press(qtbot, console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # ends 5 minutes early
    row = console.agenda.index(1, AgendaColumn.DIFFERENCE)
    assert console.agenda.data(row) == "−5:00"
    assert console.agenda.data(row, Qt.ItemDataRole.ForegroundRole).color().name() == "#1b6e35"
    assert console.agenda.data(console.agenda.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name() == "#7a7a7a"


def test_queue_cut_line_limit_and_drag_to_reorder(qtbot, console, clock, qtmodeltester):
    live = console.live
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    clock.advance(1)  # a second press at once would be taken for a key bounce
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the panel: six at 3–5 min in 25
    for name in ("Kenya", "France", "Brazil"):
        live.request_floor(name=name, delegation=name)
    qtmodeltester.check(console.queue)
    qtmodeltester.check(console.agenda)
    view = live.view()
    assert view.cut_index is not None
    assert console.queue.cut_index == view.cut_index
    assert f"{view.cut_index} of 9 fit" in console.fit_label.text()
    assert "would fit everyone" in console.fit_label.text()
    beyond = console.queue.index(view.cut_index, QueueColumn.SPEAKER)
    assert console.queue.data(beyond, Roles.FITS) is False

    model = console.queue
    before = [e.entry_id for e in live.view().queue]
    moved = before[-1]
    data = model.mimeData([model.index(len(before) - 1, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # Brazil to the top
    after = [e.entry_id for e in live.view().queue]
    assert after[0] == moved and after[1:] == before[:-1]
    assert [model.data(model.index(r, 0), Roles.ID) for r in range(model.rowCount())] == after
    qtmodeltester.check(console.queue)


def test_clock_ticks_repaint_only_what_changed(qtbot, console, clock):
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, console, Qt.Key.Key_N)
    changes = []
    console.agenda.dataChanged.connect(lambda *args: changes.append(args))
    resets = []
    console.queue.modelReset.connect(lambda: resets.append(1))
    tick(console, clock, 1)
    tick(console, clock, 1)
    assert changes == [] and resets == []
    assert console.card.timer.text() == "4:58"


def test_the_ticker_wakes_at_the_next_second_boundary_of_the_timers(qtbot, console, clock):
    clock.advance(0.25)
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, console, Qt.Key.Key_N)
    assert console.ticker.running
    clock.advance(0.4)
    console.ticker.refresh()
    assert 600 <= console.ticker.next_delay_ms() <= 603


def test_speaker_display_follows_the_console_without_drift(qtbot, console, clock):
    press(qtbot, console, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # show the display
    display = console.display
    qtbot.addWidget(display)
    assert display.isVisible()
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, console, Qt.Key.Key_N)
    for step in (0.3, 1.0, 59.7, 120.5, 88.9):
        tick(console, clock, step)
        assert display.shown.timer == console.card.timer.text()
    assert display.shown.name == "Dr. Najat Maalla M'jid"


def test_speaker_display_colours_flash_and_overtime(qtbot, console, clock):
    display = console.ensure_display()
    qtbot.addWidget(display)
    display.resize(1280, 720)
    display.show()
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, console, Qt.Key.Key_N)  # 5 minutes
    assert display.shown.colour == PHASE_COLOURS["normal"]
    assert display.digit_height() >= 0.30 * display.height()
    tick(console, clock, 275)
    assert display.shown.timer == "0:25" and display.shown.colour == PHASE_COLOURS["warning"]
    assert not display.flashing
    tick(console, clock, 25)
    assert display.shown.timer == "0:00" and display.shown.colour == PHASE_COLOURS["danger"]
    assert display.flashing
    tick(console, clock, 7)
    assert display.shown.timer == "+0:07" and display.shown.colour == PHASE_COLOURS["overtime"]
    assert console.card.timer.text() == "+0:07"
    assert display.digit_height() >= 0.30 * display.height()


def test_speaker_display_can_stop_at_zero(qtbot, store, settings, hrc, clock):
    window = open_console(store, hrc, clock=clock, settings=settings, live_settings=LiveSettings(stop_at_zero=True))
    qtbot.addWidget(window)
    display = window.ensure_display()
    qtbot.addWidget(display)
    window.start_next_segment()
    window.live.call_next()
    tick(window, clock, 320)
    assert display.shown.timer == "0:00"
    window.close()


def test_a_protected_identity_never_reaches_the_speaker_display(qtbot, store, settings, programme_file):
    _, sitting = add_programme(store, programme_file)  # Sita Thapa speaks second, protected
    clock = FakeClock(BEFORE_START)
    window = open_console(store, sitting, clock=clock, settings=settings)
    qtbot.addWidget(window)
    display = window.ensure_display()
    qtbot.addWidget(display)
    window.start_next_segment()
    window.live.call_next()
    window.live.call_next()
    assert "Sita Thapa" in window.card.name.text() and "protected" in window.card.name.text()
    assert display.shown.name == "Survivor leader"
    assert "Thapa" not in display.shown.name
    window.close()


def test_display_full_screen_toggle_and_choice_of_screen(qtbot, console):
    press(qtbot, console, Qt.Key.Key_F11)
    display = console.display
    qtbot.addWidget(display)
    assert display.isFullScreen()
    display.full_screen_action.trigger()
    assert not display.isFullScreen()
    screen = QGuiApplication.screens()[-1]
    display.show_on(screen)
    assert display.screen() is screen
    assert console.settings.value("display/screen") == screen.name()
    assert display.preferred_screen() is screen


def test_every_key_is_shown_in_menus_and_tooltips(console):
    expected = {
        "nextSpeaker": ["N", "Space"],
        "pauseResume": ["P"],
        "plus30": ["+", "="],
        "minus30": ["-"],
        "endSpeaker": ["E"],
        "skipSpeaker": ["S"],
        "pointOfOrder": ["O"],
        "overrunToDelay": ["D"],
        "message": ["M"],
        "undo": ["Ctrl+Z"],
    }
    menu_actions = {a.objectName() for m in console.menuBar().actions() for a in m.menu().actions()}
    for name, keys in expected.items():
        action = console.actions_by_name[name]
        assert [k.toString() for k in action.shortcuts()] == keys
        assert f"({keys[0]}" in action.toolTip()
        assert name in menu_actions


def test_reopening_a_sitting_resumes_where_it_truly_is(qtbot, store, settings, hrc, clock):
    first = open_console(store, hrc, clock=clock, settings=settings)
    qtbot.addWidget(first)
    first.start_next_segment()
    first.live.call_next()
    clock.advance(90)
    first.close()
    clock.advance(30)  # the console was closed for 30 seconds
    second = open_console(store, hrc, clock=clock, settings=settings)
    qtbot.addWidget(second)
    assert second.card.name.text() == "Dr. Najat Maalla M'jid"
    assert second.card.timer.text() == "3:00"
    second.close()


def test_the_main_window_runs_the_selected_sitting(qtbot, store, settings, hrc, clock):
    from ui.main_window import MainWindow

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    with store.session() as session:
        title = session.get(Meeting, window.current_meeting_id).title
    assert "Trafficking" in title
    console = window.run_selected_sitting(clock=clock)
    qtbot.addWidget(console)
    assert isinstance(console, ConsoleWindow) and console.isVisible()
    assert console.clocks.segment_title.text().startswith("Next: Setting the scene (planned 14:00)")
    assert window.run_selected_sitting(clock=clock) is console  # the same console comes back
    window.close()


def test_the_rapporteur_workspace_opens_beside_the_console_and_shares_its_live_sitting(qtbot, store, settings, hrc, clock):
    from ui.main_window import MainWindow
    from ui.rapporteur import RapporteurWindow

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    console = window.run_selected_sitting(clock=clock)
    qtbot.addWidget(console)
    console.live.open_sitting()
    console.live.start_segment()
    console.live.call_next()
    rapporteur = window.open_rapporteur()
    qtbot.addWidget(rapporteur)
    assert isinstance(rapporteur, RapporteurWindow) and rapporteur.isVisible()
    assert rapporteur.live is console.live  # entries are pre-filled from the running sitting
    assert rapporteur.record.context().speaker_name == "Dr. Najat Maalla M'jid"
    assert window.open_rapporteur() is rapporteur
    assert "Ctrl+Shift+R" in window.rapporteur_action.toolTip()
    window.close()
    assert not rapporteur.isVisible()


def test_reminders_from_the_core_are_planned_and_shown_as_notices(qtbot, store, settings, hrc, clock):
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    from meetingdesk.schedule import Notice, NoticeKind, Severity

    scheduler = AsyncIOScheduler()  # not started: the jobs wait, nothing runs in the test
    window = open_console(store, hrc, clock=clock, settings=settings, scheduler=scheduler)
    qtbot.addWidget(window)
    window.start_next_segment()
    assert any(r.kind is NoticeKind.SEGMENT_ENDING for r in window.reminders.scheduled())
    window.show_reminder(
        Notice(NoticeKind.SEGMENT_ENDING, "“Setting the scene” ends in 5 minutes", clock.utc(), Severity.WARNING, late=True)
    )
    assert QApplication.activeModalWidget() is None
    assert window.notices.texts()[-1] == "“Setting the scene” ends in 5 minutes (late: the computer was asleep)"
    assert window.notices.labels[-1].objectName() == "notice-reminder"
    window.close()
    assert window.reminders is None and not scheduler.get_jobs()


def test_a_sample_tried_on_another_day_runs_as_a_rehearsal_on_time(qtbot, store, settings, hrc):
    """A newcomer opens the 2025 sample today: the plan moves to now instead of showing months behind."""
    from PySide6.QtGui import QAction

    clock = FakeClock(dt.datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    window = open_console(store, hrc, clock=clock, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.findChild(QAction, "nextSegment").trigger()  # Ctrl+N: opens the sitting, starts a segment
    tick(window, clock, 30)
    assert window.live.view().sitting.offset_seconds == 0
    assert window.clocks.projected_end.text() == "Rehearsal · Projected end 12:00 (planned 12:00)"
    assert window.clocks.segment_clock.text() == "19:30"
    window.close()
