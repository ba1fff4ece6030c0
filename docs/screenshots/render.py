"""Render the README's screenshots: the main window, the About box, the moderator console (in a
1024×700 window, and its rehearsal notice before a sitting of another day starts) and the speaker
display (speaking, overtime, between speakers, between segments) during the HRC side event sample
(14 March 2025), on a fake clock so every run gives the same picture; the programme editor on
the draft of that event's pasted agenda; and the console and the review of the same sitting with the
application in French.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

UTC = dt.timezone.utc
HRC_TITLE = "Trafficking in children on the rise: immediate action required"
CONSOLE_SIZE = (1024, 700)  # a projector's or a small laptop's screen


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.app import brand

    brand(app)  # names and icon, as the application has them

    from meetingdesk.live.clock import FakeClock
    from meetingdesk.store import open_store
    from meetingdesk.store.programmes import ensure_samples, find_meeting_by_title
    from ui.console import open_console
    from ui.main_window import MainWindow
    from ui.models import Roles

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'screens.sqlite'}")
        ensure_samples(store)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)

        window = MainWindow(store, settings)
        window.choose_meeting(find_meeting_by_title(store, HRC_TITLE))
        window.resize(1280, 720)
        window.show()
        app.processEvents()
        window.grab().save(str(HERE / "main-window.png"))
        render_about(app, Path(tmp))

        sitting_id = window.programme.data(window.programme.index(0, 0), Roles.ID)
        # Monday 23 November 2026: a newcomer opens the 2025 sample; the console says it will be a rehearsal.
        later = open_console(store, sitting_id, clock=FakeClock(dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC)), settings=settings)
        later.resize(*CONSOLE_SIZE)
        later.show()
        app.processEvents()
        later.grab().save(str(HERE / "console-rehearsal.png"))
        later.close()  # nothing was done: the sitting is still to be held

        # 14:00:40 CET: the moderator opens the sitting 40 seconds late and runs it by keyboard.
        clock = FakeClock(dt.datetime(2025, 3, 14, 13, 0, 40, tzinfo=UTC))
        console = open_console(store, sitting_id, clock=clock, settings=settings)
        live = console.live
        console.resize(*CONSOLE_SIZE)
        console.show()
        console.start_next_segment()  # Setting the scene
        for seconds in (5 * 60 + 20, 5 * 60 + 5, 6 * 60 + 40):  # Maalla, Waly (video), Otiende
            live.call_next()
            clock.advance(seconds)
        console.start_next_segment()  # Actions taken and remaining challenges (panel)
        for seconds in (4 * 60 + 50, 5 * 60 + 10):  # Choluj, Arango
            live.call_next()
            clock.advance(seconds)
        live.call_next()  # Odugbesan: 5 min, now at 4:35 → amber
        live.request_floor(name="Kenya", delegation="Kenya")
        live.request_floor(name="France", delegation="France", online=True)
        clock.advance(4 * 60 + 35)
        live.message("Please conclude")
        console.ticker.tick()
        app.processEvents()
        console.grab().save(str(HERE / "console.png"))

        display = console.ensure_display()
        display.resize(1280, 720)
        display.show()
        console.ticker.tick()
        app.processEvents()
        display.grab().save(str(HERE / "speaker-display.png"))

        clock.advance(37)  # 12 seconds past her time
        live.message("")
        console.ticker.tick()
        display._stop_flash()  # the picture shows the count-up, not a flash frame
        console.ticker.tick()
        app.processEvents()
        display.grab().save(str(HERE / "speaker-display-overtime.png"))

        live.end_speaker()  # between speakers: who is next
        clock.advance(4)
        console.ticker.tick()
        app.processEvents()
        display.grab().save(str(HERE / "speaker-display-next.png"))

        for seconds in (3 * 60 + 40, 3 * 60 + 20, 2 * 60 + 50):  # Beavan, Landry, Tamang
            live.call_next()
            clock.advance(seconds)
        live.end_segment()  # 14:41:09: the panel ends early, the Q&A is planned for 14:45
        clock.advance(20)
        console.ticker.tick()
        app.processEvents()
        display.grab().save(str(HERE / "speaker-display-countdown.png"))
        console.close()
        render_editor(app, window)
        window.close()
        store.engine.dispose()
        render_french(app, Path(tmp))
    for name in ("main-window.png", "about.png", "console-rehearsal.png", "console.png", "speaker-display.png",
                 "speaker-display-overtime.png", "speaker-display-next.png", "speaker-display-countdown.png",
                 *EDITOR_PICTURES, *FRENCH_PICTURES):
        print(HERE / name)
    return 0


def render_about(app: QApplication, tmp: Path) -> None:
    """Help ▸ About on a new user's default database, so the folders it names are the usual ones."""
    from meetingdesk.store import open_store
    from ui.about import AboutDialog

    home = tmp / "home"
    saved = {k: os.environ.get(k) for k in ("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")}
    os.environ.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"), XDG_STATE_HOME=str(home / ".local" / "state"))
    try:
        store = open_store()
        about = AboutDialog(store)
        about.show()
        app.processEvents()
        about.grab().save(str(HERE / "about.png"))
        about.close()
        store.engine.dispose()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value

EDITOR_PICTURES = ("agenda-paste.png", "editor.png", "editor-meeting.png")


def render_editor(app, window) -> None:
    """The HRC side event's agenda pasted (Ctrl+Shift+N), and the draft in the programme editor
    just after the end of the opening was typed as 14:25 (it now overlaps the panel), then the
    home time zone misspelt."""
    from ui.editor import TAB_MEETING, TAB_PROGRAMME

    agenda = (ROOT / "tests" / "programme" / "fixtures" / "hrc-2025-03-14-agenda.txt").read_text(encoding="utf-8")
    paste = window.paste_agenda(today=dt.date(2025, 1, 6))
    paste.text.setPlainText(agenda)
    paste.show()
    app.processEvents()
    paste.grab().save(str(HERE / "agenda-paste.png"))
    paste.read()
    editor = window.editors[-1]
    editor.resize(1440, 860)
    editor.tabs.setCurrentIndex(TAB_PROGRAMME)
    segments = editor.segments
    editor.draft.enter(editor.draft.meeting.sittings[0].segments[0], "end", "14:25")
    editor.unread_view.setCurrentIndex(editor.unread.index(0, 0))
    editor.unread_view.clicked.emit(editor.unread.index(0, 0))
    editor.segments_view.setCurrentIndex(segments.index(1, 0))
    editor.problems_view.setCurrentIndex(editor.problems.index(0, 0))
    app.processEvents()
    editor.grab().save(str(HERE / "editor.png"))
    editor.tabs.setCurrentIndex(TAB_MEETING)
    editor.meeting_form.set_text("time_zone", "Europe/Genva")  # a typing mistake, caught on its field
    editor.meeting_form.commit("time_zone")
    app.processEvents()
    editor.grab().save(str(HERE / "editor-meeting.png"))
    editor.draft.saved(editor.draft.held)  # a picture, not a meeting: close without asking to save
    editor.close()


FRENCH_PICTURES = ("console-fr.png", "review-fr.png", "editor-fr.png")


def render_french(app: QApplication, tmp: Path) -> None:
    """The HRC side event run with MeetingDesk in French (Language ▸ Français): the console at 14:27
    with a Nepali speaker next, and the review once the sitting is closed."""
    from meetingdesk.live.clock import FakeClock
    from meetingdesk.store import open_store
    from meetingdesk.store.programmes import ensure_samples, find_meeting_by_title
    from ui import language
    from ui.console import open_console
    from ui.review import ReviewWindow

    translators = language.install(app, "fr")
    try:
        store = open_store(f"sqlite:///{tmp / 'french.sqlite'}")
        ensure_samples(store)
        settings = QSettings(str(tmp / "french.ini"), QSettings.Format.IniFormat)
        meeting_id = find_meeting_by_title(store, HRC_TITLE)
        from meetingdesk.store.programmes import load_meeting

        sitting_id = load_meeting(store, meeting_id).sittings[0].id
        clock = FakeClock(dt.datetime(2025, 3, 14, 13, 0, 40, tzinfo=UTC))
        console = open_console(store, sitting_id, clock=clock, settings=settings)
        live = console.live
        console.resize(*CONSOLE_SIZE)
        console.show()
        console.start_next_segment()
        for seconds in (5 * 60 + 20, 5 * 60 + 5, 6 * 60 + 40):
            live.call_next()
            clock.advance(seconds)
        console.start_next_segment()
        for seconds in (4 * 60 + 50, 5 * 60 + 10):
            live.call_next()
            clock.advance(seconds)
        live.call_next()
        live.request_floor(name="Kenya", delegation="Kenya", kind="right_of_reply")
        live.request_floor(name="France", delegation="France", online=True)
        clock.advance(4 * 60 + 35)
        france = live.view().queue[-1].entry_id
        console.command(live.withdraw, france)
        console.command(live.withdraw, france)  # pressed again: the refusal is in French
        console.ticker.tick()
        app.processEvents()
        console.grab().save(str(HERE / "console-fr.png"))
        while live.view().sitting.status == "open" and (live.view().current_segment or live.view().next_segment):
            while live.view().queue:
                live.call_next()
                clock.advance(150)
            if live.view().current_segment is not None:
                live.end_segment()
            if live.view().next_segment is None:
                break
            live.start_segment()
        live.close_sitting()
        console.close()
        review = ReviewWindow(store, meeting_id, sitting_id, settings=settings)
        review.resize(1280, 760)
        review.show()
        app.processEvents()
        review.grab().save(str(HERE / "review-fr.png"))
        review.close()
        # the programme editor on the same meeting: the held sitting refuses a change, in French
        from meetingdesk.store.drafts import load_draft
        from ui.editor import TAB_PROGRAMME, EditorWindow

        editor = EditorWindow(store, load_draft(store, meeting_id))
        editor.resize(1440, 860)
        editor.tabs.setCurrentIndex(TAB_PROGRAMME)
        editor.show()
        editor.segments_view.setCurrentIndex(editor.segments.index(0, 0))
        editor.add_row(editor.segments_view)  # a segment added to a sitting that has been held
        app.processEvents()
        editor.grab().save(str(HERE / "editor-fr.png"))
        editor.draft.saved(editor.draft.held)
        editor.close()
        store.engine.dispose()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        language.install(app, "en")


if __name__ == "__main__":
    raise SystemExit(main())
