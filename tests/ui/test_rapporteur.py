"""The rapporteur's window: keyboard entry pre-filled from a live sitting on a fake clock, search, models."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from sqlalchemy import select

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.programme.model import Segment, Sitting
from meetingdesk.record import Record
from meetingdesk.store.programmes import import_file
from ui.rapporteur import CONSOLE_KEYS, RapporteurWindow
from ui.seats import Seats

UTC = dt.timezone.utc
PROGRAMMES = Path(__file__).resolve().parents[2] / "resources" / "programmes"
CTRL = Qt.KeyboardModifier.ControlModifier


def _import(store, name: str, index: int = 0) -> int:
    meeting_id, _ = import_file(store, PROGRAMMES / name)
    with store.session() as s:
        return list(s.scalars(select(Sitting.id).where(Sitting.meeting_id == meeting_id).order_by(Sitting.position)))[index]


def _segment(store, sitting_id: int, kind: str) -> int:
    with store.session() as s:
        return s.scalar(select(Segment.id).where(Segment.sitting_id == sitting_id, Segment.kind == kind))


@pytest.fixture
def clock():
    return FakeClock(dt.datetime(2025, 3, 14, 13, 0, tzinfo=UTC))  # 14:00 in Geneva


@pytest.fixture
def hrc(store):
    return _import(store, "hrc-side-event-2025-03-14.toml")


@pytest.fixture
def live(store, hrc, clock):
    sitting = LiveSitting.open(store, hrc, clock)
    yield sitting
    sitting.close()


def _show(qtbot, w) -> None:
    """Show the window and wait until it is the active one, so its shortcuts reach it."""
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitActive(w):
        w.activateWindow()


@pytest.fixture
def window(qtbot, store, hrc, clock, live):
    w = RapporteurWindow(Record.open(store, hrc, clock, live=live, author="rapporteur"))
    _show(qtbot, w)
    return w


def _type(qtbot, widget, text: str) -> None:
    """Type into a line edit; accented text arrives as an input method would commit it
    (QTest can only synthesise key presses for ASCII)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def _enter(qtbot, window) -> None:
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Return)


def _cells(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_note_typed_at_the_keyboard_names_a_speaker_only_when_the_rapporteur_does(qtbot, window, live, clock):
    live.open_sitting()
    live.start_segment()
    live.call_next()  # Dr. Najat Maalla M'jid welcomes the room
    assert "Setting the scene" in window.context_label.text()
    assert "Dr. Najat Maalla M'jid" in window.context_label.text()

    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.kind.name == "note"
    assert window.text_edit.hasFocus()
    assert window.who_edit.text() == "" and window.who_edit.isVisible()  # "Speaker, if named": not pre-filled
    clock.advance(30)
    qtbot.keyClicks(window.text_edit, "38 per cent of detected victims are children")
    live.call_next()  # the video message starts before the rapporteur presses Enter
    _enter(qtbot, window)

    assert _cells(window.notes, 4) == ["38 per cent of detected victims are children"]
    assert _cells(window.notes, 3) == [""]  # Dr. Maalla M'jid had the floor, but the note does not name her
    assert _cells(window.notes, 0) == ["14:00:30"]
    assert window.text_edit.text() == ""
    assert "Ms. Ghada Waly" in window.context_label.text()

    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    _type(qtbot, window.who_edit, "Nepal")
    _type(qtbot, window.text_edit, "Raised a point of order on the list")
    _enter(qtbot, window)
    assert _cells(window.notes, 3) == ["", "Nepal"]  # named by the rapporteur, not Ms. Waly at the floor

    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    _type(qtbot, window.owner_edit, "OSRSG-VAC")
    _type(qtbot, window.text_edit, "Share the ICAT call to action")
    _enter(qtbot, window)
    assert window.record.next_steps()[0].owner == "OSRSG-VAC"
    assert _cells(window.notes, 1) == ["note", "note", "next step"]


def test_questions_from_the_keyboard_a_round_and_an_answer_pre_filled_with_the_panellists_asked(
    qtbot, window, live, clock, store, hrc
):
    live.open_sitting()
    live.start_segment(_segment(store, hrc, "qa"))
    for asker, to, text in [
        ("Delegate of France", "Mark Beavan, Aleksandra Choluj", "How is data on online grooming shared?"),
        ("Holy See", "Charimaya Tamang", "How are survivors involved?"),
        ("Côte d'Ivoire", "", "What role for the private sector?"),
        ("Kenya", "", "Any regional cooperation?"),
    ]:
        qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
        _type(qtbot, window.who_edit, asker)
        _type(qtbot, window.to_edit, to)
        _type(qtbot, window.text_edit, text)
        _enter(qtbot, window)
    assert _cells(window.questions, 0) == ["Q1", "Q2", "Q3", "Q4"]
    assert window.questions.index(0, 3).data() == "Mr. Mark Beavan, Ms. Aleksandra Choluj"
    assert window.tabs.tabText(0) == "Questions (4 waiting)"

    qtbot.keyClick(window, Qt.Key.Key_R, CTRL)  # the next round: three questions
    assert _cells(window.questions, 5) == ["put to the panel (round 1)"] * 3 + ["waiting"]

    live.request_floor("beavan")
    live.call_next()
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.who_edit.text() == "Mr. Mark Beavan"  # a question in a Q&A: from whoever has the floor
    window.questions_view.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    assert window.who_edit.text() == "Mr. Mark Beavan, Ms. Aleksandra Choluj"  # pre-filled: those it was put to
    window.who_edit.setText("Mark Beavan")  # only he answered
    _type(qtbot, window.text_edit, "Une formation spécialisée des policiers")
    _enter(qtbot, window)
    assert window.questions.index(0, 5).data() == "answered"
    assert window.questions.index(0, 6).data() == "Mr. Mark Beavan: Une formation spécialisée des policiers"

    window.questions_view.clearSelection()
    window.questions_view.selectionModel().select(
        window.questions.index(3, 0), window.questions_view.selectionModel().SelectionFlag.Select
        | window.questions_view.selectionModel().SelectionFlag.Rows,
    )
    window.questions_view.selectionModel().select(
        window.questions.index(1, 0), window.questions_view.selectionModel().SelectionFlag.Select
        | window.questions_view.selectionModel().SelectionFlag.Rows,
    )
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.questions.index(3, 5).data() == "merged with Q2"

    # search: Ctrl+F, a word of the answer without its accents
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.search_edit.hasFocus()
    qtbot.keyClicks(window.search_edit, "SPECIALISEE")
    assert window.tabs.currentWidget() is window.results_view
    assert _cells(window.results, 1) == ["Q1"]
    assert _cells(window.results, 2) == ["answer"]
    assert window.tabs.tabText(3) == "Search (1)"


def test_a_refused_entry_says_why_and_saves_nothing(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    _type(qtbot, window.text_edit, "an answer to nothing")
    _enter(qtbot, window)
    assert window.statusBar().currentMessage() == "Not saved: select the question that was answered"
    assert window.text_edit.text() == "an answer to nothing"  # kept, to be saved once a question is chosen
    assert window.record.events() == ()
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # it was a question after all: switching keeps the text
    _enter(qtbot, window)
    assert window.statusBar().currentMessage() == "Saved Q1"
    assert [q.text for q in window.record.questions()] == ["an answer to nothing"]
    _enter(qtbot, window)
    assert window.statusBar().currentMessage() == "Not saved: the question is empty"
    assert len(window.record.events()) == 1


def test_the_window_never_takes_the_moderators_keys(qtbot, window, live):
    taken = {
        s.toString(QKeySequence.SequenceFormat.PortableText)
        for a in window.findChildren(QAction)
        for s in a.shortcuts()
    }
    console = {QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText) for k in CONSOLE_KEYS}
    assert taken and not taken & console
    live.open_sitting()
    before = len(live.events())
    for key in (Qt.Key.Key_N, Qt.Key.Key_Space, Qt.Key.Key_E):
        qtbot.keyClick(window.questions_view, key)
    assert len(live.events()) == before


def test_a_contribution_to_the_tour_de_table_with_speaker_and_time_pre_filled(qtbot, store, qtmodeltester):
    sitting = _import(store, "constructive-dialogue-2024-07-10.toml", 1)
    tour = _segment(store, sitting, "tour_de_table")
    clock = FakeClock(dt.datetime(2024, 7, 10, 14, 30, tzinfo=UTC))
    with LiveSitting.open(store, sitting, clock) as live:
        live.open_sitting()
        live.start_segment(tour)
        live.request_floor(name="La Strada International", group="civil_society")
        live.call_next()
        window = RapporteurWindow(Record.open(store, sitting, clock, live=live, author="rapporteur"))
        _show(qtbot, window)
        window.record.set_tour_order(tour, ["La Strada International", "ECPAT International"])
        clock.advance(125)

        qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
        assert window.who_edit.text() == "La Strada International"
        assert window.seconds_spin.value() == 125
        window.item_combo.setCurrentIndex(window.item_choices.index(("gender-youth-rights", 2)))
        _type(qtbot, window.text_edit, "Youth councils in national referral mechanisms")
        _enter(qtbot, window)
        # ECPAT passes: Enter with no summary
        qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
        window.who_edit.setText("ECPAT International")
        _enter(qtbot, window)

        grid = window.grid
        assert grid.columnCount() == 6  # stakeholder, three items, general, time
        assert grid.headerData(3, Qt.Orientation.Horizontal).startswith("3. Gender, youth")
        assert _cells(grid, 0) == ["La Strada International", "ECPAT International"]
        assert grid.index(0, 3).data() == "Q2: Youth councils in national referral mechanisms"
        assert grid.index(0, 5).data() == "2:05"
        assert grid.index(1, 1).data() == "passed"
        for model in (window.grid, window.questions, window.notes, window.results):
            qtmodeltester.check(model)
        window.close()


def test_every_model_passes_the_model_tester_with_data(qtbot, window, qtmodeltester, live):
    record = window.record
    q = record.add_question("What works?", asker="France", addressed_to=["beavan"], source="online")
    record.add_question("What is missing?", asker="Kenya")
    record.put_round()
    record.answer(q, "Cooperation.", by=["beavan"])
    record.add_note("A note")
    record.add_key_message("A key message")
    window.search_edit.setText("what")
    assert window.results.rowCount() == 2
    for model in (window.questions, window.notes, window.grid, window.results):
        qtmodeltester.check(model)
    assert window.grid.rowCount() == 0  # the HRC side event has no tour-de-table


def test_entries_of_another_rapporteur_appear_when_the_watch_hears_of_them(qtbot, window, store, hrc, clock):
    import asyncio

    from following import seen

    from meetingdesk.live import Watch

    async def another_rapporteur_logs() -> None:
        watch = Watch(store, name="rapporteur")  # as ui.seats follows the window's record on the app's loop
        watch.follow(window.record)
        watch.start()
        try:
            with Record.open(store, hrc, clock, author="second rapporteur") as other:
                other.add_question("Who funds survivor-led groups?", asker="Kenya")
                other.add_key_message("Survivors must lead the response.")
            await seen(window.record, lambda: len(window.record.notes()) == 1)
        finally:
            watch.close()

    assert window.questions.rowCount() == 0
    asyncio.run(another_rapporteur_logs())
    assert _cells(window.questions, 4) == ["Who funds survivor-led groups?"]
    assert _cells(window.notes, 4) == ["Survivors must lead the response."]
    assert window.tabs.tabText(0) == "Questions (1 waiting)"


def test_inputs_collected_during_a_qa_go_to_the_qa_unless_they_address_a_standing_item(qtbot, store):
    sitting = _import(store, "constructive-dialogue-2024-07-10.toml", 1)
    qa, tour = _segment(store, sitting, "qa"), _segment(store, sitting, "tour_de_table")
    clock = FakeClock(dt.datetime(2024, 7, 10, 13, 45, tzinfo=UTC))
    with LiveSitting.open(store, sitting, clock) as live:
        live.open_sitting()
        live.start_segment(qa)  # "Q&A session and collection of inputs on related activities (Panel 2)"
        window = RapporteurWindow(Record.open(store, sitting, clock, live=live, author="rapporteur"))
        _show(qtbot, window)
        for choice, text in [((None, None), "Shelter network in the Western Balkans"),
                             (("universalization", 1), "Campaign for ratification in two States")]:
            qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
            _type(qtbot, window.who_edit, "ASTRA")
            window.item_combo.setCurrentIndex(window.item_choices.index(choice))
            _type(qtbot, window.text_edit, text)
            _enter(qtbot, window)
        assert [c.summary for c in window.record.contributions(qa)] == ["Shelter network in the Western Balkans"]
        assert [c.summary for c in window.record.contributions(tour)] == ["Campaign for ratification in two States"]
        assert window.grid.index(0, 1).data() == "Q1: Campaign for ratification in two States"
        window.close()


def _protected(store, sitting_id: int, *keys: str) -> None:
    from meetingdesk.programme.model import Participant

    with store.session() as s:
        meeting_id = s.get(Sitting, sitting_id).meeting_id
        for p in s.scalars(select(Participant).where(Participant.meeting_id == meeting_id, Participant.key.in_(keys))):
            p.protected, p.group = True, "survivor_leader"
        s.commit()


def test_a_protected_name_is_marked_as_it_is_typed_and_ctrl_l_puts_the_label_instead(qtbot, store, hrc, clock, live):
    _protected(store, hrc, "otiende", "tamang")
    window = RapporteurWindow(Record.open(store, hrc, clock, live=live, author="rapporteur"))
    _show(qtbot, window)
    live.open_sitting()
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert not window.marks_row.isVisible()
    _type(qtbot, window.text_edit, "Sophie’s story moved the room; CHARIMAYA agreed")
    assert [(m.text, m.label) for m in window.marks.found()] == [("Sophie", "Survivor leader A"),
                                                                  ("CHARIMAYA", "Survivor leader B")]
    assert window.marks_row.isVisible()
    assert window.marks_label.text() == "Protected name: “Sophie” → “Survivor leader A”, “CHARIMAYA” → “Survivor leader B”"
    assert window.label_button.text() == "Use the labels  Ctrl+L"
    # the names are underlined on a red tint where they stand in the field, as a spelling checker marks a word
    picture = window.text_edit.grab().toImage()
    tinted = {x for x in range(picture.width()) for y in range(picture.height())
              if picture.pixelColor(x, y).name() in ("#fce8e6", "#c5221f")}
    assert tinted and min(tinted) < picture.width() // 4
    keep = os.environ.get("MEETINGDESK_SCREENSHOTS")
    if keep:
        qtbot.waitUntil(lambda: window.label_button.width() >= window.label_button.sizeHint().width())  # laid out
        window.grab().save(str(Path(keep) / "rapporteur-protected-name.png"))

    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.text_edit.text() == "Survivor leader A’s story moved the room; Survivor leader B agreed"
    assert window.marks.found() == [] and not window.marks_row.isVisible()
    _enter(qtbot, window)
    assert [n.text for n in window.record.notes()] == ["Survivor leader A’s story moved the room; Survivor leader B agreed"]

    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # the owner of a next step is free text too
    _type(qtbot, window.owner_edit, "Ms. Otiende")
    assert window.marks_row.isVisible()
    window.label_button.click()
    assert window.owner_edit.text() == "Survivor leader A"
    window.close()


def test_a_question_is_pre_filled_with_the_speaker_at_the_floor_only_in_a_qa(qtbot, window, live, store, hrc):
    live.open_sitting()
    live.start_segment()
    live.call_next()  # Dr. Maalla M'jid opens: she is not asking a question
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.who_edit.text() == ""
    live.start_segment(_segment(store, hrc, "qa"))
    live.request_floor(name="Delegation of Chile", delegation="Chile")
    live.call_next()
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.who_edit.text() == "Delegation of Chile"


def test_the_workspace_asks_the_rapporteurs_name_and_the_summary_prints_it(qtbot, store, hrc, clock, live, settings):
    from meetingdesk.report.record import build_record
    from ui.rapporteur import NAME_KEY

    settings.setValue(NAME_KEY, "Anna Rapporteur")
    window = Seats(store, settings, clock).rapporteur(hrc, live)
    _show(qtbot, window)
    dialog = window.name_dialog
    assert dialog is not None and dialog.isVisible() and dialog.textValue() == "Anna Rapporteur"  # remembered
    dialog.setTextValue("Anna María Rapporteur")
    dialog.accept()
    assert window.record.author == "Anna María Rapporteur" and settings.value(NAME_KEY) == "Anna María Rapporteur"
    assert window.windowTitle().endswith("— Anna María Rapporteur")
    window.record.add_key_message("Survivors must lead.")
    window.close()
    with store.session() as s:
        meeting_id = s.get(Sitting, hrc).meeting_id
    assert build_record(store, meeting_id).rapporteurs == ["Anna María Rapporteur"]

    again = Seats(store, settings, clock).rapporteur(hrc, live)
    qtbot.addWidget(again)
    assert again.name_dialog.textValue() == "Anna María Rapporteur"
    again.close()
