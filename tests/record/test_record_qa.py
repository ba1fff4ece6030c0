"""Q&A during the HRC side event of 14 March 2025: questions taken while the moderator runs the sitting."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from meetingdesk.live import CommandRefused, LiveSitting
from meetingdesk.live.journal import journal_event
from meetingdesk.record import ANSWERED, MERGED, NOT_REACHED, PUT, WAITING, Record
from meetingdesk.store import open_store
from record_samples import segment_id


def _journal_rows(store) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(journal_event))


def _to_qa(live: LiveSitting, clock, qa: int) -> None:
    """The moderator opens the sitting, holds the opening and the panel, then starts the Q&A."""
    live.open_sitting()
    live.start_segment()  # setting the scene
    clock.advance(20 * 60)
    live.start_segment()  # the panel
    live.call_next()
    clock.advance(25 * 60)
    live.start_segment(qa)


@pytest.fixture
def sitting(store, hrc, hrc_clock):
    live = LiveSitting.open(store, hrc, hrc_clock)
    record = Record.open(store, hrc, hrc_clock, live=live, author="rapporteur-1")
    yield live, record
    record.close()
    live.close()


def test_a_round_of_three_questions_two_answered_one_merged_one_not_reached(store, hrc, hrc_clock, sitting, db_url):
    live, record = sitting
    qa = segment_id(store, hrc, "qa")
    _to_qa(live, hrc_clock, qa)
    moderator_rows = _journal_rows(store)

    q1 = record.add_question(
        "How does INTERPOL share data on children groomed online with national police?",
        asker="Delegate of France", delegation="France", addressed_to=["beavan", "choluj"],
    )
    hrc_clock.advance(40)
    q2 = record.add_question(
        "How are survivors involved in designing child protection services?",
        asker="Participant on Teams", source="online", addressed_to=["tamang"],
    )
    hrc_clock.advance(35)
    q3 = record.add_question(
        "What is the role of the private sector in breaking the demand?", asker="Délégation de la Côte d'Ivoire",
        delegation="Côte d'Ivoire", addressed_to=["landry"],
    )
    q4 = record.add_question(
        "Is there shared data on grooming through social media?", asker="Delegate of the Holy See",
        delegation="Holy See", addressed_to=["beavan"],
    )
    record.merge(q4, into=q1)

    # What the moderator sees: who is waiting, and what the next round would put to the panel
    assert [q.label for q in record.waiting_questions()] == ["Q1", "Q2", "Q3"]
    assert [q.id for q in record.next_round()] == [q1, q2, q3]
    assert record.put_round() == 1
    assert record.waiting_questions() == []
    assert [q.status for q in record.questions()] == [PUT, PUT, PUT, MERGED]
    assert record.rounds()[0].question_ids == (q1, q2, q3)

    # Beavan takes the floor to answer: the answer is his, from the live speaker
    live.request_floor("beavan")
    live.call_next()
    hrc_clock.advance(90)
    a1 = record.answer(q1, "INTERPOL's ICSE database links victim images across 68 countries; Une formation spécialisée des policiers.")
    live.request_floor("tamang", online=True)
    live.call_next()
    hrc_clock.advance(120)
    record.answer(q2, "Shakti Samuha survivors train police and shelter staff.")
    with pytest.raises(CommandRefused, match="merged with Q1"):
        record.answer(q4, "same answer")

    live.start_segment()  # closing remarks: the Q&A is over
    assert record.close_questions() == [q3]
    assert {q.label: q.status for q in record.questions()} == {
        "Q1": ANSWERED, "Q2": ANSWERED, "Q3": NOT_REACHED, "Q4": MERGED,
    }
    first = record.question(q1)
    assert [p.key for p in first.answers[0].by] == ["beavan"]
    assert [p.key for p in record.question(q2).answers[0].by] == ["tamang"]
    assert first.segment_id == qa
    assert [q.id for q in record.merged_into(q1)] == [q4]

    # the rapporteur never wrote to the moderator's journal
    assert _journal_rows(store) == len(live.events())  # every row of journal_event is the moderator's
    assert [e.kind for e in live.events()[moderator_rows:]] == [
        "floor_requested", "speaker_called", "floor_requested", "speaker_called", "segment_started",
    ]

    # search: a word of an answer finds its question, whatever the case and accents
    hits = record.search("SPECIALISEE")
    assert [(h.kind, h.id, h.field) for h in hits] == [("question", q1, "answer")]
    assert [h.id for h in record.search("cote d'ivoire")] == [q3]
    assert [h.id for h in record.search("icse")] == [q1]

    # reopening the database restores everything, times included
    before = [(q.id, q.text, q.status, q.round, q.merged_into, q.at, [a.note for a in q.answers]) for q in record.questions()]
    record.close()
    live.close()
    store.engine.dispose()
    again = open_store(db_url)
    reopened = Record.open(again, hrc, hrc_clock)
    try:
        after = [(q.id, q.text, q.status, q.round, q.merged_into, q.at, [a.note for a in q.answers])
                 for q in reopened.questions()]
        assert after == before
        assert reopened.question(q1).answers[0].id == a1
        assert reopened.question(q1).author == "rapporteur-1"
        assert [h.id for h in reopened.search("spécialisée")] == [q1]
    finally:
        reopened.close()
        again.engine.dispose()


def test_refused_commands_write_nothing(store, hrc, hrc_clock, sitting):
    live, record = sitting
    q1 = record.add_question("What works?", asker="Kenya")
    q2 = record.add_question("What is missing?", asker="Chile")
    record.merge(q2, into=q1)
    count = len(record.events())
    with pytest.raises(CommandRefused, match="Q2 is merged, not waiting"):
        record.put_round([q1, q2])
    with pytest.raises(CommandRefused, match="cannot be merged with itself"):
        record.merge(q1, q1)
    with pytest.raises(CommandRefused, match="question is empty"):
        record.add_question("   ")
    with pytest.raises(CommandRefused, match="online or in advance"):
        record.add_question("Why?", source="fax")
    with pytest.raises(CommandRefused, match="there is no question 999"):
        record.answer(999, "no")
    assert len(record.events()) == count
    assert record.questions(WAITING)[0].id == q1


def test_corrections_are_events_and_history_is_kept(store, hrc, hrc_clock, sitting):
    live, record = sitting
    q = record.add_question("How can we stop traffickers recuiting online?", asker="France", source="advance")
    a = record.answer(q, "Platform cooperation.", by=["beavan"])
    record.edit_question(q, text="How can we stop traffickers recruiting online?")
    record.edit_answer(a, "Platform cooperation and take-down orders.")
    record.set_status(q, WAITING)  # put back: the moderator wants it asked again
    question = record.question(q)
    assert question.text == "How can we stop traffickers recruiting online?"
    assert question.answers[0].note == "Platform cooperation and take-down orders."
    assert question.status == WAITING
    assert [e.kind for e in record.events()] == [
        "question_added", "question_answered", "question_edited", "answer_edited", "question_status_set",
    ]
    assert record.events()[0].payload["text"] == "How can we stop traffickers recuiting online?"


def test_the_moderators_undo_never_touches_the_record(store, hrc, hrc_clock, sitting):
    live, record = sitting
    live.open_sitting()
    live.start_segment()
    note = record.add_note("Opening: the Special Representative welcomes the panel.")
    live.undo()  # the moderator undoes the segment start
    assert live.view().current_segment is None
    assert [n.id for n in record.notes()] == [note]


def test_a_second_rapporteur_sees_the_first_ones_entries_in_the_order_they_were_logged(store, hrc, hrc_clock):
    first = Record.open(store, hrc, hrc_clock, author="A")
    second = Record.open(store, hrc, hrc_clock, author="B")
    changes = []
    second.subscribe(changes.append)
    try:
        q = first.add_question("What is missing?", asker="Kenya")
        change = second.catch_up()
        assert change is not None and change.requires_questions_redraw() and not change.requires_notes_redraw()
        assert [x.id for x in second.questions()] == [q]
        assert second.catch_up() is None  # only what is new is read, once
        first.add_question("Who pays?", asker="Chile")
        note = second.add_note("Kenya asks what is missing.")  # takes in the question logged before it, then itself
        assert changes[-1].requires_questions_redraw() and changes[-1].requires_notes_redraw()
        assert [x.text for x in second.questions()] == ["What is missing?", "Who pays?"]
        assert [n.author for n in second.notes()] == ["B"]
        assert first.catch_up().requires_notes_redraw() and [n.id for n in first.notes()] == [note]
        assert [e.seq for e in first.events()] == [e.seq for e in second.events()] == [1, 2, 3]
    finally:
        first.close()
        second.close()
