"""The main window: sample meetings on first run, the programme tree, programme files, layout."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.app import ErrorReporter, start
from ui.main_window import MainWindow
from ui.models import NodeKind, ProgrammeColumn, Roles
from ui_samples import HRC, HRC_TITLE


def _choose(window: MainWindow, title_part: str) -> None:
    for row in range(window.meetings.rowCount()):
        if title_part in window.meetings.data(window.meetings.index(row, 0)):
            window.meeting_list.setCurrentIndex(window.meetings.index(row, 0))
            return
    raise AssertionError(f"no meeting titled {title_part!r}")


def _rows(model, parent):
    return [
        [model.data(model.index(r, c, parent)) for c in range(model.columnCount(parent))]
        for r in range(model.rowCount(parent))
    ]


def test_first_start_lists_the_four_sample_meetings(qtbot, store, settings):
    window = start(store, settings)
    qtbot.addWidget(window)
    titles = [window.meetings.data(window.meetings.index(r, 0)) for r in range(window.meetings.rowCount())]
    assert len(titles) == 4
    assert any(HRC_TITLE in t for t in titles)
    assert "sample meetings were loaded" in window.statusBar().currentMessage()


def test_hrc_programme_shows_its_segments_with_planned_times(qtbot, sample_store, settings, qtmodeltester):
    window = MainWindow(sample_store, settings)
    qtbot.addWidget(window)
    _choose(window, HRC_TITLE)
    model = window.programme
    qtmodeltester.check(model)
    assert model.parent() is window  # Qt's QObject.parent(), not an index (the override used to shadow it)

    sitting = model.index(0, 0)
    assert model.data(sitting, Roles.KIND) == NodeKind.SITTING.value
    assert model.data(model.index(0, ProgrammeColumn.TIME)) == "14:00–15:00 CET"
    assert "New York: 09:00–10:00 EDT" in model.data(sitting, Qt.ItemDataRole.ToolTipRole)

    segments = _rows(model, sitting)
    assert [(s[ProgrammeColumn.TITLE], s[ProgrammeColumn.TIME]) for s in segments] == [
        ("Setting the scene", "14:00–14:20"),
        ("Actions taken and remaining challenges", "14:20–14:45"),
        ("Q&A – other States invited to intervene", "14:45–14:55"),
        ("Closing remarks", "14:55–15:00"),
    ]
    panel = _rows(model, model.index(1, 0, sitting))
    tamang = next(r for r in panel if "Charimaya Tamang" in r[ProgrammeColumn.TITLE])
    assert tamang[ProgrammeColumn.ALLOTMENT] == "3–5 min"
    assert tamang[ProgrammeColumn.MODALITY] == "Online"
    assert tamang[ProgrammeColumn.LANGUAGE] == "Nepali (ne)"
    opening = _rows(model, model.index(0, 0, sitting))
    assert opening[1][ProgrammeColumn.MODALITY] == "Video message"
    assert window.windowTitle().startswith(HRC_TITLE)


def test_a_protected_participant_is_marked_on_the_operator_screen(qtbot, sample_store, settings):
    window = MainWindow(sample_store, settings)
    qtbot.addWidget(window)
    _choose(window, "Accelerating Action on SDG16.2")
    model = window.programme
    protected = []
    sitting = model.index(0, 0)
    for s in range(model.rowCount(sitting)):
        segment = model.index(s, 0, sitting)
        for r in range(model.rowCount(segment)):
            index = model.index(r, 0, segment)
            if model.data(index, Roles.PROTECTED):
                protected.append(model.data(index))
    assert protected and all("[protected identity]" in name for name in protected)


def test_meeting_list_model_passes_the_model_tester(qtbot, sample_store, settings, qtmodeltester):
    window = MainWindow(sample_store, settings)
    qtbot.addWidget(window)
    qtmodeltester.check(window.meetings)


def test_opening_a_programme_file_imports_it_and_remembers_it(qtbot, store, settings):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert window.meetings.rowCount() == 0
    assert window.open_programme_file(str(HRC)) is not None
    assert window.meetings.rowCount() == 1
    assert window.programme.rowCount() == 1
    assert window.recent_files() == [str(HRC.resolve())]
    assert [a.data() for a in window.recent_menu.actions()] == [str(HRC.resolve())]
    assert "Imported hrc-side-event-2025-03-14.toml" in window.statusBar().currentMessage()


def test_opening_a_broken_file_shows_where_and_what_and_keeps_the_database(qtbot, sample_store, settings, tmp_path):
    broken = tmp_path / "broken.toml"
    text = HRC.read_text(encoding="utf-8").replace('kind = "panel"', 'kind = "panle"')
    broken.write_text(text, encoding="utf-8")
    line = next(i for i, s in enumerate(text.splitlines(), start=1) if 'kind = "panle"' in s)

    window = MainWindow(sample_store, settings)
    qtbot.addWidget(window)
    before = window.meetings.rowCount()
    assert window.open_programme_file(str(broken)) is None

    box = window.problem_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert not box.isModal()
    assert "broken.toml was not imported" in box.text()
    assert f"broken.toml:{line}" in box.informativeText()
    assert "kind" in box.informativeText()
    assert window.meetings.rowCount() == before
    assert window.recent_files() == []


def test_a_file_that_cannot_be_read_says_so(qtbot, store, settings, tmp_path):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    missing = tmp_path / "nowhere.toml"
    assert window.open_programme_file(str(missing)) is None
    assert "nowhere.toml cannot be read" in window.problem_box.text()
    assert "nowhere.toml" in window.problem_box.informativeText()


def test_start_opens_the_file_given_on_the_command_line(qtbot, store, settings, tmp_path):
    window = start(store, settings, open_file=str(HRC))
    qtbot.addWidget(window)
    assert window.current_meeting_id is not None
    assert window.windowTitle().startswith(HRC_TITLE)


def test_start_says_when_the_database_was_upgraded(qtbot, sample_store, settings):
    sample_store.upgraded_from = "0001"
    window = start(sample_store, settings)
    qtbot.addWidget(window)
    assert "upgraded from schema 0001" in window.statusBar().currentMessage()


def test_window_geometry_and_last_meeting_are_restored(qtbot, sample_store, settings):
    first = MainWindow(sample_store, settings)
    qtbot.addWidget(first)
    first.resize(701, 517)  # within the offscreen screen (800×600): restoreGeometry keeps windows on screen
    _choose(first, HRC_TITLE)
    chosen = first.current_meeting_id
    first.close()

    second = MainWindow(sample_store, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (701, 517)
    assert second.current_meeting_id == chosen


def test_an_uncaught_error_is_logged_and_shown_without_blocking(qtbot, caplog, tmp_path):
    reporter = ErrorReporter(tmp_path / "meetingdesk.log")
    with caplog.at_level(logging.ERROR, logger="meetingdesk.ui"):
        try:
            raise RuntimeError("the projector cable came loose")
        except RuntimeError as e:
            reporter.excepthook(type(e), e, e.__traceback__)
    assert "uncaught exception" in caplog.text
    box = reporter.box
    qtbot.addWidget(box)
    assert box.isVisible() and not box.isModal()
    assert "the projector cable came loose" in box.text()
    assert str(tmp_path / "meetingdesk.log") in box.informativeText()

    try:
        raise ValueError("second")
    except ValueError as e:
        reporter.excepthook(type(e), e, e.__traceback__)
    assert reporter.box is box
    assert "second" in box.text() and "2 errors" in box.informativeText()
