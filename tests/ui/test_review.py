"""The secretariat's review window after the HRC side event ran start to finish on a fake clock.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/test_review.py   # re-renders docs/screenshots/review*.png
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "report"))  # the whole-sitting runs the report tests use
sys.path.insert(0, str(ROOT / "tests" / "live"))  # the HRC side event before it opens

from hrc_programme import SITTING_START_UTC, add_hrc_side_event  # noqa: E402
from report_samples import run_hrc  # noqa: E402
from ui.review import ReviewWindow  # noqa: E402


@pytest.fixture
def hrc(store):
    return run_hrc(store)


@pytest.fixture
def window(qtbot, store, hrc):
    w = ReviewWindow(store, hrc[0], hrc[1])
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def column(view, c):
    m = view.model()
    return [m.index(r, c).data() for r in range(m.rowCount())]


def test_tables_show_what_happened(window, qtmodeltester):
    for view in (window.segments_view, window.speakers_view, window.not_heard_view, window.questions_view,
                 window.notes_view, window.statistics_view):
        qtmodeltester.check(view.model())
    assert column(window.segments_view, 5) == ["−3:20", "+1:20", "−1:10", "+1:10"]
    assert column(window.speakers_view, 1)[:3] == ["Dr. Najat Maalla M'jid", "Ms. Ghada Waly", "Survivor leader"]
    model = window.speakers_view.model()
    holy_see = column(window.speakers_view, 1).index("Delegation of the Holy See")
    assert model.index(holy_see, 12).data() == "4:30"
    assert model.index(holy_see, 12).data(0x0009).name() == "#c8372d"  # ForegroundRole: over time in red
    assert column(window.not_heard_view, 0) == ["Save the Children"] and column(window.not_heard_view, 4) == ["received"]
    assert column(window.questions_view, 4) == ["How can States share data on online recruitment?",
                                                "What support reaches survivors after the trial?"]
    assert column(window.notes_view, 0)[:3] == ["Key message"] * 3
    assert "Otiende" not in " ".join(str(x) for v in (window.speakers_view, window.notes_view, window.questions_view)
                                     for c in range(v.model().columnCount()) for x in column(v, c))
    assert "12 interventions" in window.summary.text()
    assert not window.tabs.isTabEnabled(4)  # the HRC side event had no tour de table
    assert not window.statistics_picture.drawn  # charts are drawn when first shown
    window.tabs.setCurrentIndex(6)
    assert window.statistics_picture.drawn and not window.statistics_picture.label.pixmap().isNull()


def test_export_runs_off_the_ui_thread_with_progress(window, qtbot, tmp_path):
    target = tmp_path / "summary.docx"
    with qtbot.waitSignal(window.exported, timeout=60_000) as done:
        window.export_to("docx", target)
        assert window.progress.isVisible() and not window.export_buttons["pdf"].isEnabled()
    assert done.args == [[str(target)]] and target.exists()
    assert not window.progress.isVisible() and window.export_buttons["pdf"].isEnabled()
    assert window.status.text() == "Wrote summary.docx"

    from docx import Document

    text = "\n".join(c.text for t in Document(str(target)).tables for row in t.rows for c in row.cells)
    assert "Sophie Otiende" not in text
    window.clear_actions["otiende"].setChecked(True)
    with qtbot.waitSignal(window.exported, timeout=60_000):
        window.export_to("csv", tmp_path / "speakers.csv")
    assert "Ms. Sophie Otiende" in (tmp_path / "speakers.csv").read_text(encoding="utf-8-sig")


def test_a_failed_export_says_why(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.export_failed, timeout=30_000) as failed:
        window.export_to("pdf", tmp_path / "missing" / "x.pdf")
    assert "does not exist" in failed.args[0] and window.export_buttons["docx"].isEnabled()


def corrections_in_journal(store, sitting_id):
    from meetingdesk.record.journal import read_record

    with store.engine.connect() as conn:
        return [e for e in read_record(conn, sitting_id) if e.kind == "correction"]


@pytest.fixture
def correcting(qtbot, store, hrc):
    """The review with a fake clock, the Delegation of Chile's intervention selected."""
    import datetime as dt

    from meetingdesk.live import FakeClock

    w = ReviewWindow(store, hrc[0], hrc[1], clock=FakeClock(dt.datetime(2025, 3, 15, 9, 0, tzinfo=dt.timezone.utc)))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.tabs.setCurrentIndex(1)
    assert not w.correct_button.isEnabled()  # nothing selected, nothing to correct
    w.speakers_view.selectRow(column(w.speakers_view, 1).index("Delegation of Chile"))
    return w


def test_the_record_is_read_only(window):
    from PySide6.QtCore import Qt

    for view in (window.segments_view, window.speakers_view, window.not_heard_view, window.questions_view,
                 window.notes_view, window.statistics_view, window.corrections_view):
        m = view.model()
        assert view.editTriggers() == view.EditTrigger.NoEditTriggers
        assert not any(m.flags(m.index(r, c)) & Qt.ItemFlag.ItemIsEditable
                       for r in range(m.rowCount()) for c in range(m.columnCount()))
    assert window.correct_action in window.speakers_view.actions()  # the one way to change it: a correction
    assert window.speakers_view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_a_correction_is_recorded_with_who_and_why_and_shown(correcting, store, hrc):
    from PySide6.QtCore import Qt

    w = correcting
    assert not w.tabs.isTabEnabled(w.corrections_tab)
    w.correct_button.click()
    dialog = w.correction_dialog
    assert dialog.isVisible() and dialog.isModal() and "10. Delegation of Chile" in dialog.heading.text()
    assert [dialog.field.itemData(i) for i in range(dialog.field.count())] == [
        "name", "delegation", "language", "modality", "group", "gender", "start", "end"]
    dialog.field.setCurrentIndex(dialog.field.findData("modality"))
    assert dialog.choice.isVisible() and not dialog.value.isVisible() and dialog.current.text() == "In person"
    dialog.field.setCurrentIndex(dialog.field.findData("language"))
    assert dialog.value.isVisible() and dialog.current.text() == "English"
    dialog.value.setText("es")
    dialog.who.setText("M. Dupont (secretariat)")
    dialog.why.setText("Chile spoke Spanish; the list had no language")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    assert not dialog.isVisible() and w.correction_dialog is None
    [event] = corrections_in_journal(store, hrc[1])
    assert (event.author, event.payload["field"], event.payload["value"], event.payload["why"]) == (
        "M. Dupont (secretariat)", "language", "es", "Chile spoke Spanish; the list had no language")
    m = w.speakers_view.model()
    row = column(w.speakers_view, 1).index("Delegation of Chile *")  # marked as in the reports
    assert m.index(row, 6).data() == "Spanish" and m.index(row, 6).data(Qt.ItemDataRole.FontRole).italic()
    assert "by M. Dupont (secretariat)" in m.index(row, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert "English → Spanish" in m.index(row, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert not m.index(row, 5).data(Qt.ItemDataRole.FontRole)  # the modality was not corrected
    assert w.tabs.isTabEnabled(w.corrections_tab) and w.tabs.tabText(w.corrections_tab) == "Corrections (1)"
    assert [column(w.corrections_view, c)[0] for c in range(7)] == [
        "10", "Delegation of Chile", "language", "English", "Spanish", "M. Dupont (secretariat)",
        "Chile spoke Spanish; the list had no language"]
    assert "Spanish" in [s.label for s in w.record.statistics.by_language]
    assert w.selected_intervention().number == 10  # still on the row just corrected

    w.correct_action.trigger()  # the same, from the table's context menu; who is remembered
    dialog = w.correction_dialog
    assert dialog.who.text() == "M. Dupont (secretariat)"
    dialog.field.setCurrentIndex(dialog.field.findData("end"))
    assert dialog.value.text() == "14:48:00"  # what the table shows now, to edit
    dialog.value.setText("14:47:30")
    dialog.why.setText("the floor was given to the Holy See 30 s late")
    dialog.accept()
    assert len(corrections_in_journal(store, hrc[1])) == 2
    assert m is not w.speakers_view.model() and column(w.speakers_view, 9)[9] == "14:47:30"
    assert w.tabs.tabText(w.corrections_tab) == "Corrections (2)"


@pytest.mark.parametrize("field, value, why, reason", [
    ("language", "es", "  ", "say why the record is corrected"),
    ("end", "quarter to three", "late", "is not a time"),
    ("language", "klingonish", "wrong", "klingonish"),
])
def test_a_refused_correction_writes_nothing_and_says_why(correcting, store, hrc, field, value, why, reason):
    w = correcting
    before = column(w.speakers_view, 6)
    dialog = w.open_correction()
    dialog.field.setCurrentIndex(dialog.field.findData(field))
    dialog.value.setText(value)
    dialog.who.setText("M. Dupont (secretariat)")
    dialog.why.setText(why)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and w.correction_dialog is dialog  # still open, to fix what was refused
    assert dialog.error.isVisible() and reason in dialog.error.text() and dialog.error.text().startswith("Not recorded")
    assert corrections_in_journal(store, hrc[1]) == []
    assert column(w.speakers_view, 6) == before and not w.tabs.isTabEnabled(w.corrections_tab)
    dialog.field.setCurrentIndex(dialog.field.findData("group"))
    assert not dialog.error.isVisible()  # a new choice clears the old reason
    dialog.reject()
    assert corrections_in_journal(store, hrc[1]) == [] and w.correction_dialog is None


def test_an_export_that_would_name_a_protected_person_writes_nothing_and_lists_each_mention(
    qtbot, store, hrc, tmp_path, monkeypatch
):
    from meetingdesk.programme.identities import ProtectedNames

    monkeypatch.setattr(ProtectedNames, "redact", lambda self, text: text)  # redaction misses: the last scan must not
    w = ReviewWindow(store, hrc[0], hrc[1])
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    target = tmp_path / "summary.docx"
    with qtbot.waitSignal(w.mentions_found, timeout=60_000) as found:
        w.export_to("docx", target)
    dialog = w.mentions_dialog
    assert dialog is not None and dialog.isVisible() and not target.exists()
    assert w.status.text() == f"Not written: {len(found.args[0])} mention(s) of a protected name"
    rows = [[dialog.model.index(r, c).data() for c in range(5)] for r in range(dialog.model.rowCount())]
    assert ["summary.docx", "word/document.xml", "Sophie Otiende", "Survivor leader"] in [r[:4] for r in rows]
    assert any("Survivor leader. [Sophie Otiende] described how children are recruited online." in r[4] for r in rows)
    assert dialog.back_button.isDefault()
    keep = os.environ.get("MEETINGDESK_SCREENSHOTS")
    if keep:
        qtbot.waitUntil(lambda: w.status.width() >= w.status.sizeHint().width())  # laid out
        w.grab().save(str(Path(keep) / "review-mentions-window.png"))
        dialog.grab().save(str(Path(keep) / "review-mentions.png"))

    dialog.back_button.click()  # go back: nothing written
    assert w.mentions_dialog is None and not target.exists()
    with qtbot.waitSignal(w.mentions_found, timeout=60_000):
        w.export_to("docx", target)
    with qtbot.waitSignal(w.exported, timeout=60_000):
        w.mentions_dialog.write_button.click()  # let these mentions through: written
    assert target.exists() and w.status.text() == "Wrote summary.docx"
    w.close()


def render(folder: Path) -> None:
    """The review window after the HRC run, on its timeline and its statistics tabs."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from meetingdesk.store import open_store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'review.sqlite'}")
        meeting_id, sitting_id = run_hrc(store)
        w = ReviewWindow(store, meeting_id, sitting_id)
        w.resize(1280, 860)
        w.show()
        app.processEvents()
        w.grab().save(str(folder / "review.png"))
        for index, name in ((1, "review-speakers.png"), (6, "review-statistics.png")):
            w.tabs.setCurrentIndex(index)
            app.processEvents()
            w.grab().save(str(folder / name))
        w.close()
        store.engine.dispose()


if __name__ == "__main__":
    render(ROOT / "docs" / "screenshots")


def test_the_main_window_opens_the_review_of_the_selected_meeting(qtbot, store, hrc, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    main = MainWindow(store, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.choose_meeting(hrc[0])
    review = main.open_review()
    qtbot.addWidget(review)
    assert isinstance(review, ReviewWindow) and review.isVisible()
    assert "12 interventions" in review.summary.text()
    assert "Ctrl+Shift+E" in main.review_action.toolTip()
    main.close()
    assert not review.isVisible()


def test_a_review_open_during_the_sitting_keeps_up_with_the_console_and_the_rapporteur(qtbot, store):
    """A review seat (the secretariat's screen, another machine) follows the journals: what the console
    and the rapporteur write appears without reopening it, and the row being looked at stays selected."""
    from meetingdesk.live import FakeClock, LiveSitting
    from meetingdesk.programme.model import Sitting
    from meetingdesk.record import Record
    from ui.seats import Seats

    sitting_id = add_hrc_side_event(store)
    with store.session() as session:
        meeting_id = session.get(Sitting, sitting_id).meeting_id
    clock = FakeClock(SITTING_START_UTC)
    console = LiveSitting.open(store, sitting_id, clock)
    rapporteur = Record.open(store, sitting_id, clock, live=console, author="Anna")
    seats = Seats(store, clock=clock)  # no loop here: the test sweeps the watch where the app's loop would
    try:
        console.open_sitting()
        console.start_segment()
        console.call_next()
        window = seats.review(meeting_id, sitting_id)
        qtbot.addWidget(window)
        window.refresh_timer.setInterval(0)
        window.show()
        assert window.speakers_view.model().rowCount() == 1
        window.speakers_view.selectRow(0)

        clock.advance(5 * 60)
        console.call_next()  # on the console's machine
        seats.watch.sweep()
        qtbot.waitUntil(lambda: window.speakers_view.model().rowCount() == 2)
        assert window.tabs.tabText(window.spoke_tab) == "Who spoke (2)"
        assert window.selected_intervention() is window.record.interventions[0]  # still selected
        assert window.status.text() == "Up to date with the journals at 14:05:00"

        rapporteur.add_note("Survivors must be heard")  # on the rapporteur's machine
        seats.watch.sweep()
        qtbot.waitUntil(lambda: column(window.notes_view, 2) == ["Survivors must be heard"])
        assert window.tabs.tabText(window.notes_tab) == "Notes, key messages, next steps (1)"

        reloads = []
        window.reload = lambda: reloads.append(1)  # nothing new: nothing read again
        seats.watch.sweep()
        qtbot.wait(20)
        assert reloads == []
        window.close()
        assert seats.watch._targets == []  # a closed review follows nothing
    finally:
        rapporteur.close()
        console.close()
        seats.close()
