"""Preparing a meeting in the app: an agenda pasted, the programme editor, inscriptions, saving, the console."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QMessageBox

from meetingdesk.live.clock import FakeClock
from meetingdesk.live.engine import LiveSitting
from meetingdesk.programme.editing import Draft
from meetingdesk.programme.files import check_file, parse_programme
from meetingdesk.store.programmes import list_meetings, load_meeting, samples_folder
from ui.agenda_paste import AgendaPasteWindow
from ui.app import start
from ui.editor import TAB_MEETING, TAB_PROGRAMME, EditorWindow
from ui.editor_models import ERROR_BACKGROUND, WARNING_BACKGROUND
from ui.main_window import MainWindow

FIXTURES = Path(__file__).parents[1] / "programme" / "fixtures"
HRC_AGENDA = (FIXTURES / "hrc-2025-03-14-agenda.txt").read_text(encoding="utf-8")
TODAY = dt.date(2025, 1, 6)  # the day the agenda is pasted, weeks before the meeting
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
UTC = dt.timezone.utc


def _show(qtbot, window) -> None:
    """Show the window and wait until it is the active one, so its shortcuts reach it."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _activate(qtbot, window)


def _activate(qtbot, window) -> None:
    """Make the window the active one again (a completion list that was shown took that away)."""
    with qtbot.waitActive(window):
        window.activateWindow()


def _editor(qtbot, store, draft) -> EditorWindow:
    window = EditorWindow(store, draft)
    _show(qtbot, window)
    return window


@pytest.fixture
def hrc_draft():
    return Draft.from_agenda(HRC_AGENDA, "the pasted agenda", TODAY)


@pytest.fixture
def hlpf_draft():
    text = (samples_folder() / "hlpf-side-event-2024-07-17.toml").read_text(encoding="utf-8")
    return Draft.from_data(tomllib.loads(text))


def _type_in_cell(qtbot, view, index, text: str) -> None:
    """Type into a cell as a person does: select it, type, press Return."""
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    _type_in_editor(qtbot, view, text)


def _type_in_editor(qtbot, view, text: str) -> None:
    """Type into the cell being edited (or choose from its list), then Return."""
    editor = view.indexWidget(view.currentIndex())
    if isinstance(editor, QComboBox):
        editor.setCurrentText(text)
    else:
        assert isinstance(editor, QLineEdit), editor
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        if editor.completer() is not None and editor.completer().popup().isVisible():
            qtbot.keyClick(editor.completer().popup(), Qt.Key.Key_Escape)  # the text as typed, not a suggestion
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate hands the text over on the next turn of the event loop
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _type_in_form(qtbot, window, key: str, text: str) -> None:
    widget = window.meeting_form.widgets[key]
    window.tabs.setCurrentIndex(TAB_MEETING)
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    else:
        window.meeting_form.set_text(key, text)
        window.meeting_form.commit(key)


def _cell(model, row: int, key: str):
    return model.index(row, model.column_of(key))


# --------------------------------------------------------------------------- a new meeting


def test_ctrl_shift_n_pastes_an_agenda_and_ctrl_return_opens_the_draft_with_the_lines_not_read(qtbot, store, settings):
    main = MainWindow(store, settings)
    _show(qtbot, main)
    assert main.paste_action.shortcut().toString() == "Ctrl+Shift+N"
    qtbot.keyClick(main, Qt.Key.Key_N, CTRL | SHIFT)
    paste = main.editors[-1]
    assert isinstance(paste, AgendaPasteWindow) and paste.isVisible()
    _show(qtbot, paste)

    qtbot.keyClick(paste.text, Qt.Key.Key_Return, CTRL)  # nothing pasted yet
    assert paste.statusBar().currentMessage() == "Paste an agenda first: the box is empty."
    paste.today = TODAY
    paste.text.setPlainText(HRC_AGENDA)
    qtbot.keyClick(paste.text, Qt.Key.Key_Return, CTRL)

    editor = main.editors[-1]
    assert isinstance(editor, EditorWindow) and editor.isVisible() and not paste.isVisible()
    qtbot.addWidget(editor)
    assert [s.title for s in editor.draft.meeting.sittings[0].segments] == [
        "Setting the scene", "Actions taken and remaining challenges", "Q&A – other states invited to intervene", "Closing remarks",
    ]  # fmt: skip
    unread = editor.unread
    assert [unread.data(unread.index(r, 0)) for r in range(unread.rowCount())] == ["Line 5: Proposed draft questions:"]
    index = unread.index(0, 0)
    editor.unread_view.clicked.emit(index)  # a click on the line shows it in the pasted text
    cursor = editor.source_view.textCursor()
    assert cursor.blockNumber() == 4 and cursor.selectedText() == "Proposed draft questions:"
    editor.close()


def test_file_new_meeting_starts_an_empty_one_that_says_what_it_needs(qtbot, store, settings):
    main = MainWindow(store, settings)
    _show(qtbot, main)
    main.new_action.trigger()
    editor = main.editors[-1]
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "New meeting[*] — Programme editor"
    assert editor.summary.text() == "4 errors, 0 warnings: fix the errors to save"
    needed = [editor.problems.data(editor.problems.index(r, 0)) for r in range(editor.problems.rowCount())]
    assert needed[0] == 'Meeting › Title\n"title" is required but missing'
    assert "Meeting › sittings\na programme needs at least one [[sittings]] table" in needed[-1]
    note = editor.meeting_form.notes["title"]
    assert note.isVisible() and "required but missing" in note.text()


# --------------------------------------------------------------------------- the editor's tables and forms


def test_every_model_of_the_editor_passes_the_model_tester(qtbot, store, hrc_draft, qtmodeltester):
    editor = _editor(qtbot, store, hrc_draft)
    editor.segments_view.setCurrentIndex(editor.segments.index(1, 0))
    for model in (editor.sittings, editor.segments, editor.slots, editor.standing, editor.participants,
                  editor.booths, editor.items, editor.problems, editor.unread):  # fmt: skip
        qtmodeltester.check(model)
    editor.add_row(editor.booths_view)
    qtmodeltester.check(editor.booths)
    editor.close()


def test_times_and_allotments_typed_in_cells_as_people_type_them(qtbot, store, hrc_draft):
    editor = _editor(qtbot, store, hrc_draft)
    segments, slots = editor.segments, editor.slots
    editor.tabs.setCurrentIndex(TAB_PROGRAMME)
    _type_in_cell(qtbot, editor.segments_view, _cell(segments, 0, "end"), "2.15 pm")
    assert segments.data(_cell(segments, 0, "end")) == "14:15"
    _type_in_cell(qtbot, editor.segments_view, _cell(segments, 1, "start"), "14.15")
    editor.segments_view.setCurrentIndex(segments.index(1, 0))
    _type_in_cell(qtbot, editor.slots_view, _cell(slots, 0, "minutes"), "3-4")
    assert slots.data(_cell(slots, 0, "minutes")) == "3–4 min"
    _type_in_cell(qtbot, editor.slots_view, _cell(slots, 1, "minutes"), "4 min")
    assert slots.data(_cell(slots, 1, "minutes")) == "4 min"
    _type_in_cell(qtbot, editor.slots_view, _cell(slots, 1, "role"), "Moderator")
    assert editor.draft.meeting.sittings[0].segments[1].slots[1].role == "moderator"

    _type_in_cell(qtbot, editor.segments_view, _cell(segments, 3, "start"), "quarter to three")
    assert segments.data(_cell(segments, 3, "start")) == "14:55"  # unchanged
    message = editor.statusBar().currentMessage()
    assert message.startswith("Sitting 1 (14 March 2025) › Segment 4 “Closing remarks” › Start:")
    assert message.endswith('"quarter to three" is not a time; type it as 14:20, 14.20 or 2:20 pm')
    editor.close()


def test_a_problem_shows_on_its_field_and_in_the_list_and_a_click_goes_to_the_field(qtbot, store, hrc_draft):
    editor = _editor(qtbot, store, hrc_draft)
    segments = editor.segments
    _type_in_cell(qtbot, editor.segments_view, _cell(segments, 0, "end"), "13:50")
    end = _cell(segments, 0, "end")
    assert segments.data(end, Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    assert "Error: the segment ends at 13:50, before it starts at 14:00" in segments.data(end, Qt.ItemDataRole.ToolTipRole)
    assert editor.summary.text() == "1 error, 1 warning: fix the errors to save"

    editor.tabs.setCurrentIndex(TAB_MEETING)
    first = editor.problems.index(0, 0)
    assert editor.problems.data(first) == (
        "Sitting 1 (14 March 2025) › Segment 1 “Setting the scene” › End\n"
        "the segment ends at 13:50, before it starts at 14:00"
    )
    editor.problems_view.clicked.emit(first)
    assert editor.tabs.currentIndex() == TAB_PROGRAMME
    assert editor.segments_view.currentIndex() == end and editor.segments_view.hasFocus()

    # a warning on the speakers of a segment as a whole: above their table, and a click selects them
    warning = next(r for r in range(editor.problems.rowCount()) if "tight" in editor.problems.data(editor.problems.index(r, 0)))
    editor.problems_view.clicked.emit(editor.problems.index(warning, 0))
    assert editor.segments_view.currentIndex().row() == 1 and editor.slots_view.hasFocus()
    note = editor.table_notes[editor.slots_view]
    assert note.isVisible() and note.text() == "Warning: tight: the 6 panellists may take up to 30 min and the segment has 25 min"
    assert segments.data(segments.index(1, 0), Qt.ItemDataRole.BackgroundRole).color() == WARNING_BACKGROUND
    editor.close()


def test_the_meeting_form_shows_problems_under_their_field_and_goes_there(qtbot, store, hrc_draft):
    editor = _editor(qtbot, store, hrc_draft)
    form = editor.meeting_form
    _type_in_form(qtbot, editor, "time_zone", "Europe/Genva")
    assert form.notes["time_zone"].text().startswith('Error: "Europe/Genva" is not a time zone; did you mean "Europe/Zurich"')
    _type_in_form(qtbot, editor, "registration_deadline", "the 40th of May")
    assert form.notes["registration_deadline"].text().startswith('Not read: "the 40th of May" is not a date')
    assert editor.draft.meeting.registration_deadline is None
    _type_in_form(qtbot, editor, "registration_deadline", "10 March 2025")
    assert editor.draft.meeting.registration_deadline == dt.date(2025, 3, 10)
    assert not form.notes["registration_deadline"].isVisible()

    editor.tabs.setCurrentIndex(TAB_PROGRAMME)
    problem = next(p for p in editor.draft.validation.errors if p.field == "meeting.time_zone")
    editor.go_to(problem)
    assert editor.tabs.currentIndex() == TAB_MEETING and form.widgets["time_zone"].hasFocus()
    _type_in_form(qtbot, editor, "time_zone", "Europe/Zurich")
    assert form.notes["time_zone"].text() == ""
    editor.close()


def test_zones_and_languages_are_completed(qtbot, store, hrc_draft):
    editor = _editor(qtbot, store, hrc_draft)
    zone = editor.meeting_form.widgets["time_zone"].completer()
    zone.setCompletionPrefix("zur")
    assert [zone.completionModel().index(r, 0).data() for r in range(zone.completionCount())] == ["Europe/Zurich"]
    languages = editor.meeting_form.widgets["languages"]
    completer = languages.completer()
    languages.setText("en, nep")
    completer.setCompletionPrefix(completer.splitPath(languages.text())[0])
    found = completer.completionModel().index(0, 0)
    assert found.data() == "ne — Nepali"
    assert completer.pathFromIndex(found) == "en, ne"

    # in a cell: the booth's languages
    editor.tabs.setCurrentIndex(3)
    booth = editor.add_row(editor.booths_view)
    assert booth is not None
    cell_editor = QApplication.focusWidget()
    assert isinstance(cell_editor, QLineEdit) and cell_editor.completer() is not None
    editor.close()


def test_undo_and_redo_with_the_keyboard(qtbot, store, hrc_draft):
    editor = _editor(qtbot, store, hrc_draft)
    segments = editor.segments
    _type_in_cell(qtbot, editor.segments_view, _cell(segments, 0, "title"), "Welcome")
    assert editor.undo_action.text() == "&Undo Change title of “Setting the scene”"
    qtbot.keyClick(editor.segments_view, Qt.Key.Key_Z, CTRL)
    assert segments.data(_cell(segments, 0, "title")) == "Setting the scene"
    qtbot.keyClick(editor.segments_view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert segments.data(_cell(segments, 0, "title")) == "Welcome"
    assert editor.isWindowModified()
    editor.draft.saved(editor.draft.held)  # close without the question
    editor.close()


def test_rows_are_added_removed_and_reordered_by_drag_or_keyboard(qtbot, store, hrc_draft):
    editor = _editor(qtbot, store, hrc_draft)
    editor.segments_view.setCurrentIndex(editor.segments.index(1, 0))
    slots, view = editor.slots, editor.slots_view
    names = lambda: [slots.data(_cell(slots, r, "participant")) for r in range(slots.rowCount())]  # noqa: E731
    first, second = names()[:2]
    assert view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove and view.dragEnabled()

    # drag the first panellist below the third
    data = slots.mimeData([slots.index(0, 0)])
    slots.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert names()[:3] == [second, names()[1], first]
    assert [s.participant.display_name for s in editor.draft.meeting.sittings[0].segments[1].slots][2] == first

    # Alt+Up brings them back one place
    view.setFocus()
    view.setCurrentIndex(slots.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names()[1] == first and view.currentIndex().row() == 1

    # a new speaker after the current one; choosing who from the participants
    qtbot.keyClick(view, Qt.Key.Key_Insert, CTRL)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.findText("Ms. Sophie Otiende") >= 0
    _type_in_editor(qtbot, view, "Ms. Sophie Otiende")
    assert names()[2] == "Ms. Sophie Otiende" and slots.rowCount() == 7
    qtbot.keyClick(view, Qt.Key.Key_Delete, CTRL)
    assert slots.rowCount() == 6 and "Ms. Sophie Otiende" not in names()
    editor.draft.saved(editor.draft.held)  # close without the question
    editor.close()


def test_guiding_questions_of_a_standing_item_are_edited_one_a_line(qtbot, store):
    text = (samples_folder() / "constructive-dialogue-2024-07-10.toml").read_text(encoding="utf-8")
    editor = _editor(qtbot, store, Draft.from_data(tomllib.loads(text)))
    sitting = next(r for r in range(editor.sittings.rowCount()) if editor.sittings.obj(editor.sittings.index(r, 0)).segments
                   and any(g.standing_items for g in editor.sittings.obj(editor.sittings.index(r, 0)).segments))  # fmt: skip
    editor.sittings_view.setCurrentIndex(editor.sittings.index(sitting, 0))
    tour = next(r for r in range(editor.segments.rowCount()) if editor.segments.obj(editor.segments.index(r, 0)).standing_items)
    editor.segments_view.setCurrentIndex(editor.segments.index(tour, 0))
    assert editor.standing.rowCount() == 3
    item = editor.standing.obj(editor.standing.index(0, 0))
    assert editor.questions.toPlainText().splitlines() == item.questions
    editor.questions.setPlainText("How can stakeholders contribute?\n\nWhat is missing?")
    editor.commit_questions()
    assert item.questions == ["How can stakeholders contribute?", "What is missing?"]
    assert editor.standing.data(_cell(editor.standing, 0, "questions")) == "How can stakeholders contribute?; What is missing?"
    editor.draft.saved(editor.draft.held)  # close without the question
    editor.close()


# --------------------------------------------------------------------------- saving and exporting


def test_ctrl_s_is_refused_while_errors_remain_then_saves_and_the_main_window_shows_the_meeting(qtbot, store, settings, tmp_path):
    main = MainWindow(store, settings)
    _show(qtbot, main)
    editor = main.open_editor(Draft.from_agenda(HRC_AGENDA, "the pasted agenda", TODAY))
    qtbot.addWidget(editor)
    _show(qtbot, editor)
    _type_in_cell(qtbot, editor.sittings_view, _cell(editor.sittings, 0, "end"), "13:00")
    qtbot.keyClick(editor.sittings_view, Qt.Key.Key_S, CTRL)
    assert editor.statusBar().currentMessage() == "Not saved: 1 error must be fixed first (warnings may stay)."
    assert list_meetings(store) == []
    assert editor.sittings_view.currentIndex() == _cell(editor.sittings, 0, "end")  # the error, to fix
    assert not editor.export_to(tmp_path / "draft.toml") and not (tmp_path / "draft.toml").exists()

    _type_in_cell(qtbot, editor.sittings_view, _cell(editor.sittings, 0, "end"), "15:00")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor.sittings_view, Qt.Key.Key_S, CTRL)
    [row] = list_meetings(store)
    assert saved.args == [row.id] and main.current_meeting_id == row.id
    assert not editor.isWindowModified() and editor.statusBar().currentMessage() == "Saved to the database."

    assert editor.export_to(tmp_path / "hrc.toml")
    assert [p.severity for p in check_file(tmp_path / "hrc.toml")] == ["warning"]  # the tight panel: allowed
    editor.close()


def test_a_meeting_whose_sitting_is_running_keeps_that_sitting_as_it_is(qtbot, store, settings):
    from meetingdesk.store.programmes import import_file

    meeting_id, _ = import_file(store, samples_folder() / "hrc-side-event-2025-03-14.toml")
    sitting_id = load_meeting(store, meeting_id).sittings[0].id
    live = LiveSitting.open(store, sitting_id, FakeClock(dt.datetime(2025, 3, 14, 12, 59, tzinfo=UTC)))
    live.open_sitting()
    live.start_segment()
    live.close()

    main = MainWindow(store, settings)
    _show(qtbot, main)
    main.choose_meeting(meeting_id)
    qtbot.keyClick(main, Qt.Key.Key_E, CTRL)
    editor = main.editors[-1]
    qtbot.addWidget(editor)
    segments = editor.segments
    end = _cell(segments, 1, "end")
    assert not segments.flags(end) & Qt.ItemFlag.ItemIsEditable
    assert "is running now, on the programme it was opened with" in segments.data(end, Qt.ItemDataRole.ToolTipRole)
    editor.tabs.setCurrentIndex(TAB_PROGRAMME)
    note = editor.table_notes[editor.segments_view]  # said once, above the segments
    assert note.isVisible() and note.text().startswith("The sitting of 14 March 2025 is running now")
    assert not editor.table_notes[editor.slots_view].isVisible()
    editor.add_row(editor.segments_view)
    assert editor.statusBar().currentMessage().endswith("Add, move or skip speakers and segments from the console.")
    assert editor.meeting_form.widgets["time_zone"].isReadOnly()
    assert not editor.draft.modified
    editor.close()


# --------------------------------------------------------------------------- inscriptions


def test_inscriptions_imported_into_the_chosen_segment_with_late_ones_flagged(qtbot, store, hlpf_draft):
    editor = _editor(qtbot, store, hlpf_draft)
    interventions = next(r for r in range(editor.segments.rowCount()) if editor.segments.obj(editor.segments.index(r, 0)).kind == "interventions")
    editor.segments_view.setCurrentIndex(editor.segments.index(interventions, 0))
    assert editor.import_inscriptions_from(FIXTURES / "hlpf-inscriptions.csv")
    assert editor.message.text() == "Imported from hlpf-inscriptions.csv"
    assert editor.message.informativeText().splitlines()[:2] == [
        "4 inscriptions imported.",
        "1 registered after the deadline, flagged late: Mr. Valentin Rybakov.",
    ]
    slots = editor.slots
    assert slots.rowCount() == 4
    late = _cell(slots, 3, "registered")
    assert slots.data(late) == "2024-07-16 08:15"
    assert slots.data(late, Qt.ItemDataRole.BackgroundRole).color() == WARNING_BACKGROUND
    assert "Registered after the deadline" in slots.data(late, Qt.ItemDataRole.ToolTipRole)
    assert slots.data(_cell(slots, 3, "note")) == "registered late (after the deadline of 15 July 2024)"
    editor.message.close()
    editor.draft.saved(editor.draft.held)  # close without the question
    editor.close()


def test_a_bad_inscriptions_file_says_where_and_adds_nothing(qtbot, store, hlpf_draft, tmp_path):
    editor = _editor(qtbot, store, hlpf_draft)
    path = tmp_path / "list.csv"
    path.write_text("Name,Registered\nMaria Santos,12/07/2024 10:30\nJane Roe,someday\n", encoding="utf-8")
    assert not editor.import_inscriptions_from(path)
    assert editor.message.icon() == QMessageBox.Icon.Warning
    assert editor.message.informativeText() == (
        'list.csv, row 3, column B "Registered": "someday" is not a date and time; type it as 2024-07-12 10:30 or 12/07/2024 10:30'
    )
    assert not editor.draft.modified
    editor.message.close()
    editor.close()


def test_closing_with_unsaved_changes_asks_first(qtbot, store, hrc_draft):
    editor = _editor(qtbot, store, hrc_draft)
    _type_in_form(qtbot, editor, "subtitle", "HRC 58")
    editor.close()
    assert editor.isVisible() and editor.question is not None
    editor.question.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible() and editor.question is None
    editor.close()
    editor.question.button(QMessageBox.StandardButton.Discard).click()
    assert not editor.isVisible()


# --------------------------------------------------------------------------- from a fresh start to a running sitting


def test_paste_fix_save_and_run_the_hrc_side_event(qtbot, store, settings, tmp_path):
    """From a fresh start: the agenda of the HRC side event pasted, its problems fixed in the
    editor until check is clean, Ctrl+S, and the sitting run in the console."""
    main = start(store, settings)  # as the application starts: the sample meetings loaded
    _show(qtbot, main)
    samples = len(list_meetings(store))
    paste = main.paste_agenda(today=TODAY)
    _show(qtbot, paste)
    paste.text.setPlainText(HRC_AGENDA)
    qtbot.keyClick(paste.text, Qt.Key.Key_Return, CTRL)
    editor = main.editors[-1]
    _show(qtbot, editor)

    # the meeting: its title and languages were assumed
    _type_in_form(qtbot, editor, "title", "Trafficking in children on the rise: immediate action required")
    _type_in_form(qtbot, editor, "languages", "en, fr, ne, es")
    _type_in_form(qtbot, editor, "pivot_language", "en")
    assert {p.field for p in editor.draft.validation.problems} == {"meeting.languages", "sittings[0].segments[1].slots"}
    # the interpretation plan
    editor.tabs.setCurrentIndex(3)
    for into, heard in (("en", "fr, ne, es"), ("fr", "en"), ("es", "en"), ("ne", "en")):
        editor.add_row(editor.booths_view)  # a new row, its first cell open to type in
        _type_in_editor(qtbot, editor.booths_view, into)
        row = editor.booths_view.currentIndex().row()
        _type_in_cell(qtbot, editor.booths_view, _cell(editor.booths, row, "from"), heard)
    # the panel: six panellists of 3 to 4 minutes fit its 25
    editor.tabs.setCurrentIndex(TAB_PROGRAMME)
    editor.segments_view.setCurrentIndex(editor.segments.index(1, 0))
    for row in range(editor.slots.rowCount()):
        _type_in_cell(qtbot, editor.slots_view, _cell(editor.slots, row, "minutes"), "3-4")
    assert editor.summary.text() == "No problems: ready to save"

    _activate(qtbot, editor)
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.slots_view, Qt.Key.Key_S, CTRL)
    assert len(list_meetings(store)) == samples + 1
    row = next(r for r in list_meetings(store) if r.id == main.current_meeting_id)  # shown at once
    assert row.title == "Trafficking in children on the rise: immediate action required"
    assert editor.export_to(tmp_path / "hrc.toml")
    assert check_file(tmp_path / "hrc.toml") == []
    assert parse_programme((tmp_path / "hrc.toml").read_text(encoding="utf-8")).meeting.pivot_language == "en"
    editor.close()

    # the console runs it: on the day, a minute before it starts
    clock = FakeClock(dt.datetime(2025, 3, 14, 12, 59, tzinfo=UTC))
    sitting_id = load_meeting(store, row.id).sittings[0].id
    assert main.select_sitting(sitting_id)
    console = main.run_selected_sitting(clock=clock)
    qtbot.addWidget(console)
    console.start_next_segment()
    live = console.live
    live.call_next()
    assert live.view().speaker.name == "Dr. Najat Maalla M'jid"
    clock.advance(5 * 60)
    live.call_next()
    assert live.view().speaker.name == "Ms. Ghada Waly"
    console.close()

    # and what was saved opens again the same, journal and all
    again = LiveSitting.open(store, sitting_id, clock)
    view = again.view()
    assert view.current_segment.title == "Setting the scene" and view.speaker.name == "Ms. Ghada Waly"
    assert [e.name for e in view.queue] == ["Ms. Sophie Otiende"]
    again.close()


def test_a_meeting_deleted_while_it_was_edited_is_not_saved_and_the_editor_says_so(qtbot, store, hrc_draft, tmp_path):
    from meetingdesk.programme.model import Meeting
    from meetingdesk.store.drafts import save_draft

    meeting_id = save_draft(store, hrc_draft)
    editor = _editor(qtbot, store, hrc_draft)
    with store.session() as session, session.begin():
        session.delete(session.get(Meeting, meeting_id))
    _type_in_form(qtbot, editor, "subtitle", "HRC 58")
    assert editor.save() is None
    assert editor.statusBar().currentMessage() == (
        f"Not saved: there is no meeting {meeting_id} in the database (`meetingdesk meetings` lists them). "
        "Export the programme file to keep your work."
    )
    assert editor.export_to(tmp_path / "kept.toml") and [p.severity for p in check_file(tmp_path / "kept.toml")] == ["warning"]
    editor.draft.saved(editor.draft.held)  # close without the question
    editor.close()


def test_two_editors_on_one_meeting_the_later_save_is_refused_and_keeps_its_work(qtbot, store, hrc_draft, tmp_path):
    from meetingdesk.store.drafts import load_draft, save_draft

    meeting_id = save_draft(store, hrc_draft)
    first = _editor(qtbot, store, load_draft(store, meeting_id))
    second = _editor(qtbot, store, load_draft(store, meeting_id))
    _type_in_form(qtbot, first, "subtitle", "HRC 58")
    assert first.save() == meeting_id
    _activate(qtbot, second)
    _type_in_form(qtbot, second, "room", "Room XX")
    assert second.save() is None
    assert second.statusBar().currentMessage().startswith("Not saved: this meeting was saved elsewhere")
    assert second.isWindowModified()  # the work is still there, and can be exported
    assert load_meeting(store, meeting_id).subtitle == "HRC 58"
    assert second.export_to(tmp_path / "kept.toml") and 'room = "Room XX"' in (tmp_path / "kept.toml").read_text(encoding="utf-8")
    for editor in (first, second):
        editor.draft.saved(editor.draft.held)  # close without the question
        editor.close()
