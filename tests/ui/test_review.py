"""The secretariat's review window after the HRC side event ran start to finish on a fake clock.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/test_review.py   # re-renders docs/screenshots/review*.png
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "report"))  # the whole-sitting runs the report tests use

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
