"""The console's Q&A strip during the HRC side event: the moderator sees the questions the rapporteur
logs and puts the next round to the panel with Q, against a real store on a fake clock."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from console_driver import press
from meetingdesk.live.clock import FakeClock
from meetingdesk.programme.model import Segment
from meetingdesk.record import PUT, WAITING, Record
from ui.console import ConsoleWindow, open_console
from ui.questions_strip import POLL_SECONDS
from ui.rapporteur import RapporteurWindow


@pytest.fixture
def rapporteur(store, hrc, clock):
    """The rapporteur's record of the sitting, as on another machine."""
    record = Record.open(store, hrc, clock, author="rapporteur-1")
    yield record
    record.close()


def to_qa(store, hrc, console: ConsoleWindow, clock: FakeClock) -> None:
    """The moderator runs the opening and the panel, then starts the Q&A."""
    with store.session() as session:
        qa = session.scalars(select(Segment.id).where(Segment.sitting_id == hrc, Segment.kind == "qa")).first()
    live = console.live
    live.open_sitting()
    live.start_segment()
    clock.advance(20 * 60)
    live.start_segment()
    live.call_next()
    clock.advance(25 * 60)
    live.start_segment(qa)


def three_questions(record: Record) -> list[int]:
    return [
        record.add_question("How does INTERPOL share data on children groomed online with national police?",
                            asker="Delegate of France", delegation="France", addressed_to=["beavan", "choluj"]),
        record.add_question("How are survivors involved in designing child protection services?",
                            asker="Participant on Teams", source="online", addressed_to=["tamang"]),
        record.add_question("What is the role of the private sector in breaking the demand?",
                            asker="Délégation de la Côte d'Ivoire", delegation="Côte d'Ivoire", addressed_to=["landry"]),
    ]


def poll(console: ConsoleWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    console.ticker.tick()


def test_the_strip_shows_what_the_rapporteur_logs_on_another_machine_within_three_seconds(qtbot, store, hrc, console, clock, rapporteur):
    strip = console.questions_strip
    to_qa(store, hrc, console, clock)
    assert not strip.isVisible()  # no question yet
    three_questions(rapporteur)
    poll(console, clock, 1)
    assert not strip.isVisible()  # the strip looks at most every three seconds, not on every tick
    poll(console, clock, POLL_SECONDS)
    assert strip.isVisible()
    assert strip.summary.text() == "Q&A: 3 waiting"
    assert strip.next_round.text().splitlines() == [
        "Next round (Q):",
        "Q1 Delegate of France → Mr. Mark Beavan, Ms. Aleksandra Choluj",
        "Q2 Participant on Teams → Ms. Charimaya Tamang",
        "Q3 Délégation de la Côte d'Ivoire → Mr. Guillaume Landry",
    ]
    assert "INTERPOL" in strip.next_round.toolTip()

    rapporteur.add_question("Is there shared data on grooming through social media?", asker="Delegate of the Holy See",
                            delegation="Holy See", addressed_to=["beavan"])
    poll(console, clock, POLL_SECONDS)
    assert strip.summary.text() == "Q&A: 4 waiting"
    assert "Q4" not in strip.next_round.text()  # a round is three questions


def test_q_puts_the_next_round_to_the_panel_and_the_rapporteur_sees_it(qtbot, store, hrc, console, clock, rapporteur):
    strip = console.questions_strip
    to_qa(store, hrc, console, clock)
    q1, q2, q3 = three_questions(rapporteur)
    q4 = rapporteur.add_question("And the role of the financial sector?", asker="Delegate of Chile", addressed_to=["landry"])
    poll(console, clock, POLL_SECONDS)
    assert strip.summary.text() == "Q&A: 4 waiting"

    press(qtbot, console, Qt.Key.Key_Q)
    assert QApplication.activeModalWidget() is None
    assert strip.summary.text() == "Q&A: 1 waiting · 1 round put"
    assert strip.next_round.text() == "Next round (Q):\nQ4 Delegate of Chile → Mr. Guillaume Landry"
    assert console.notices.texts() == []

    rapporteur.catch_up()
    assert [rapporteur.question(i).status for i in (q1, q2, q3, q4)] == [PUT, PUT, PUT, WAITING]
    assert rapporteur.rounds()[0].question_ids == (q1, q2, q3)
    put = [e for e in rapporteur.events() if e.kind == "round_put"]
    assert [(e.author, e.segment_id) for e in put] == [("moderator", console.live.view().current_segment.id)]


def test_q_with_nothing_waiting_is_a_notice_not_a_dialog(qtbot, store, hrc, console, clock, rapporteur):
    to_qa(store, hrc, console, clock)
    press(qtbot, console, Qt.Key.Key_Q)  # no question at all
    assert QApplication.activeModalWidget() is None
    assert console.notices.texts() == ["No question is waiting"]

    rapporteur.add_question("What about online grooming?", asker="Delegate of France", addressed_to=["beavan"])
    poll(console, clock, POLL_SECONDS)
    press(qtbot, console, Qt.Key.Key_Q)
    assert console.questions_strip.summary.text() == "Q&A: no question waiting · 1 round put"
    assert console.questions_strip.next_round.text() == "Nothing to put to the panel."
    press(qtbot, console, Qt.Key.Key_Q)  # every question was put already
    assert console.notices.texts()[-1] == "No question is waiting"
    rapporteur.catch_up()
    assert len(rapporteur.rounds()) == 1


def test_a_round_the_rapporteur_already_put_is_not_put_twice(qtbot, store, hrc, console, clock, rapporteur):
    """The strip showed Q1–Q3; meanwhile the rapporteur put them from another machine: Q is refused."""
    to_qa(store, hrc, console, clock)
    three_questions(rapporteur)
    poll(console, clock, POLL_SECONDS)
    rapporteur.put_round()
    clock.advance(1)
    press(qtbot, console, Qt.Key.Key_Q)
    assert console.notices.texts() == ["Q1 is put to the panel, not waiting"]
    assert len(rapporteur.rounds()) == 1
    assert console.questions_strip.summary.text() == "Q&A: no question waiting · 1 round put"


def test_the_strip_is_hidden_while_the_sitting_has_no_question(qtbot, store, hrc, console, clock, rapporteur):
    to_qa(store, hrc, console, clock)
    poll(console, clock, POLL_SECONDS)
    assert console.questions_strip.isHidden()
    q = rapporteur.add_question("A question logged by mistake", asker="Delegate of France")
    poll(console, clock, POLL_SECONDS)
    assert console.questions_strip.isVisible()
    rapporteur.strike(q)
    poll(console, clock, POLL_SECONDS)
    assert console.questions_strip.isHidden()


def test_the_key_is_in_a_menu_and_its_tooltip_and_taken_by_no_other_action(console):
    action = console.actions_by_name["putRound"]
    assert [k.toString() for k in action.shortcuts()] == ["Q"]
    assert "(Q)" in action.toolTip()
    menu_actions = {a.objectName() for m in console.menuBar().actions() for a in m.menu().actions()}
    assert "putRound" in menu_actions
    keys = [k.toString() for a in console.actions_by_name.values() for k in a.shortcuts()]
    assert len(keys) == len(set(keys))


def test_a_rapporteur_window_in_the_same_app_repaints_the_strip_at_once(qtbot, store, settings, hrc, clock):
    from ui.main_window import MainWindow

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    console = window.run_selected_sitting(clock=clock)
    qtbot.addWidget(console)
    to_qa(store, hrc, console, clock)
    workspace = window.open_rapporteur()
    qtbot.addWidget(workspace)
    assert isinstance(workspace, RapporteurWindow)
    three_questions(workspace.record)
    assert console.questions_strip.summary.text() == "Q&A: 3 waiting"  # no poll needed: the strip listens

    console.questions_strip.put_next_round()
    workspace.record.catch_up()  # what the app's Watch does on the next change it hears of
    assert [q.status for q in workspace.record.questions()] == [PUT, PUT, PUT]
    assert "round 1" in workspace.questions.data(workspace.questions.index(0, 5))
    window.close()


def test_closing_the_console_closes_its_record(qtbot, store, settings, hrc, clock):
    console = open_console(store, hrc, clock=clock, settings=settings)
    qtbot.addWidget(console)
    record = console.questions_strip.record
    assert record.author == "moderator"
    console.close()
    assert console.questions_strip.record is None
    assert record._conn.closed


def test_screenshot_of_the_strip_during_the_hrc_q_and_a(qtbot, store, hrc, console, clock, rapporteur):
    to_qa(store, hrc, console, clock)
    three_questions(rapporteur)
    rapporteur.add_question("Is there shared data on grooming through social media?", asker="Delegate of the Holy See",
                            delegation="Holy See", addressed_to=["beavan"])
    console.live.request_floor("beavan")
    poll(console, clock, POLL_SECONDS)
    assert console.questions_strip.isVisible()
    QApplication.processEvents()  # let the layouts take in the new texts before the picture
    path = os.environ.get("MEETINGDESK_SCREENSHOT_DIR", "/tmp")
    assert console.grab().save(os.path.join(path, "console-questions.png"))
