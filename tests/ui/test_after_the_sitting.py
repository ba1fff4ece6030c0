"""What the moderator and the secretariat meet once a sitting is over: the console says it is closed,
the main window says the sitting was held, the review window opens wholly on the screen and counts
in good English, the export dialog starts in the documents folder with a file name a disk accepts,
and after a restart every window comes back where it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from console_driver import UTC, press, show_console, tick
from meetingdesk.live.clock import FakeClock
from meetingdesk.programme.model import Sitting
from meetingdesk.record import Record
from ui.main_window import MainWindow
from ui.models import ProgrammeColumn
from ui.review import ReviewWindow


def meeting_of(store, sitting_id: int) -> int:
    with store.session() as session:
        return session.get(Sitting, sitting_id).meeting_id


def run_briefly(qtbot, console, clock) -> None:
    """Keyboard only: open, a point of order, one speaker, then close."""
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    console.live.request_floor(name="Kenya", delegation="Kenya", kind="point_of_order")
    press(qtbot, console, Qt.Key.Key_N)
    assert console.card.details.text().startswith("Point of order")  # at the floor too, not only on the list
    tick(console, clock, 60)
    press(qtbot, console, Qt.Key.Key_N)
    assert not console.card.details.text().startswith("Point of order")
    tick(console, clock, 120)
    console.actions_by_name["closeSitting"].trigger()
    assert console.live.view().sitting.status == "closed"


def test_after_closing_the_console_no_longer_asks_for_the_next_speaker(qtbot, console, clock):
    run_briefly(qtbot, console, clock)
    assert console.card.name.text() == "The sitting is closed"
    assert "Press N" not in console.card.details.text()
    assert "Ctrl+Shift+E" in console.card.details.text()


def test_the_main_window_shows_that_a_sitting_was_held(qtbot, store, settings, hrc, clock):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    status = window.programme.index(0, ProgrammeColumn.KIND)
    assert window.programme.data(status) == ""
    console = window.run_selected_sitting(clock=clock)
    qtbot.addWidget(console)
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    console.queue_view.setFocus()
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 13:59
    assert window.programme.data(status) == "Running since 13:59"
    tick(console, clock, 3600)
    console.actions_by_name["closeSitting"].trigger()
    assert window.programme.data(status) == "Held 13:59–14:59"
    window.close()

    again = MainWindow(store, QSettings(settings.fileName(), QSettings.Format.IniFormat))  # after a restart
    qtbot.addWidget(again)
    assert again.programme.data(again.programme.index(0, ProgrammeColumn.KIND)) == "Held 13:59–14:59"


def test_the_review_counts_one_key_message_as_one(qtbot, store, hrc, clock):
    record = Record.open(store, hrc, clock, author="rapporteur")
    record.add_key_message("Prevention starts online")
    record.close()
    review = ReviewWindow(store, meeting_of(store, hrc), hrc)
    qtbot.addWidget(review)
    assert "1 key message" in review.summary.text() and "1 key messages" not in review.summary.text()
    assert "0 interventions" in review.summary.text() and "0 questions" in review.summary.text()


def test_the_review_window_opens_wholly_on_the_screen_of_the_main_window(qtbot, store, settings, hrc):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    review = window.open_review()
    qtbot.addWidget(review)
    room = window.screen().availableGeometry()
    # placed by the application (the window manager does not drop it wherever it finds room), inside the screen
    assert review.testAttribute(Qt.WidgetAttribute.WA_Moved)
    assert room.contains(review.frameGeometry())
    centre = review.geometry().center() - room.center()
    assert abs(centre.x()) <= 2 and abs(centre.y()) <= 2
    window.close()


def test_the_export_dialog_starts_in_the_documents_folder_with_a_name_a_disk_accepts(qtbot, store, settings, hrc, monkeypatch, tmp_path):
    review = ReviewWindow(store, meeting_of(store, hrc), hrc, settings=settings)
    qtbot.addWidget(review)
    asked = []

    def save_as(_parent, _caption, start, _filter):
        asked.append(start)
        return str(tmp_path / "exports" / "summary.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(review, "export_to", lambda fmt, path: None)
    (tmp_path / "exports").mkdir()
    review.export_buttons["docx"].click()
    first = Path(asked[0])
    assert first.parent == Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert first.name == "Trafficking in children on the rise - immediate action required 2025-03-14.docx"
    assert ":" not in first.name
    review.export_buttons["pdf"].click()  # the next one starts where the last one went
    assert Path(asked[1]).parent == tmp_path / "exports" and Path(asked[1]).suffix == ".pdf"


def test_after_a_restart_the_display_rapporteur_and_review_windows_come_back_where_they_were(qtbot, store, tmp_path, hrc, clock):
    path = str(tmp_path / "restart.ini")
    places = {"display": QRect(40, 60, 640, 360), "rapporteur": QRect(90, 70, 700, 520), "review": QRect(20, 90, 740, 540)}

    def windows(settings):
        main = MainWindow(store, settings)
        qtbot.addWidget(main)
        console = main.run_selected_sitting(clock=clock)
        qtbot.addWidget(console)
        opened = {"display": console.ensure_display(), "rapporteur": main.open_rapporteur(clock), "review": main.open_review()}
        opened["display"].show()
        for window in opened.values():
            qtbot.addWidget(window)
        return main, opened

    main, opened = windows(QSettings(path, QSettings.Format.IniFormat))
    for name, window in opened.items():
        window.setGeometry(places[name])
    QApplication.processEvents()
    main.close()  # quitting: everything is on disk once the main window is gone
    saved = Path(path).read_text()
    for key in ("display/geometry", "rapporteur/geometry", "review/geometry"):
        assert key.split("/")[0] in saved and "geometry" in saved

    main, opened = windows(QSettings(path, QSettings.Format.IniFormat))
    for name, window in opened.items():
        assert window.geometry() == places[name], name
    main.close()


def test_the_review_labels_a_rehearsal_and_reads_it_against_the_plan_it_ran_on(qtbot, store, settings, hrc):
    clock = FakeClock(dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC))  # 10:00 in Geneva, another day
    console = show_console(qtbot, store, hrc, clock, settings)
    run_briefly(qtbot, console, clock)
    console.close()
    review = ReviewWindow(store, meeting_of(store, hrc), hrc)
    qtbot.addWidget(review)
    assert review.windowTitle().endswith("(rehearsal)")
    assert review.summary.text().startswith("Rehearsal, Monday, 23 November 2026, planned 10:00–11:00 CET, held 10:00–10:03")
    assert review.rehearsal.isVisibleTo(review)
    assert "was a rehearsal" in review.rehearsal.text() and "programmed for Friday, 14 March 2025 at 14:00" in review.rehearsal.text()
    model = review.segments_view.model()
    assert model.index(0, 1).data() == "10:00–10:20"  # the plan it ran on, not 14:00–14:20
    assert model.index(0, 2).data().startswith("10:00")


def test_the_review_shows_a_point_of_order(qtbot, store, settings, hrc, console, clock):
    run_briefly(qtbot, console, clock)
    review = ReviewWindow(store, meeting_of(store, hrc), hrc)
    qtbot.addWidget(review)
    model = review.speakers_view.model()
    assert model.index(0, 1).data() == "Kenya"
    assert model.index(0, 4).data().endswith(", point of order")
    assert not review.rehearsal.isVisibleTo(review)
