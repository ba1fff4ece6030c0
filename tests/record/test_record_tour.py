"""The tour-de-table of the constructive dialogue of 10 July 2024: three standing items with guiding questions."""

from __future__ import annotations

import pytest

from meetingdesk.live import CommandRefused, LiveSitting
from meetingdesk.record import Record
from meetingdesk.store import open_store
from record_samples import segment_id

ITEMS = ("universalization", "technical-assistance", "gender-youth-rights")
ROUND = ["La Strada International", "ECPAT International", "Fundación Esperanza", "Tech Against Trafficking"]


def test_a_tour_de_table_over_the_three_standing_items(store, dialogue_afternoon, tour_clock, db_url):
    tour = segment_id(store, dialogue_afternoon, "tour_de_table")
    record = Record.open(store, dialogue_afternoon, tour_clock)
    try:
        info = record.programme.segment(tour)
        assert tuple(i.key for i in info.standing_items) == ITEMS
        assert all(len(i.questions) == 3 for i in info.standing_items)

        record.set_tour_order(tour, ROUND)
        assert record.next_stakeholder(tour).name == "La Strada International"

        record.add_contribution("La Strada International", "NGOs can push for ratification through parliaments.",
                                item="universalization", question=1, seconds=150, segment_id=tour)
        record.add_contribution("La Strada International", "Survivor advisory boards at national level.",
                                item="gender-youth-rights", question=3, seconds=95, segment_id=tour)
        tour_clock.advance(300)
        record.add_contribution("ECPAT International", "Training for hotel and travel staff on child trafficking.",
                                item="technical-assistance", question=3, seconds=240, segment_id=tour)
        record.pass_turn("Fundación Esperanza", segment_id=tour)
        tour_clock.advance(250)
        record.add_contribution("Tech Against Trafficking", "Data sharing between platforms and law enforcement.",
                                item="universalization", question=2, seconds=120, segment_id=tour)
        record.add_contribution("Tech Against Trafficking", "Multi-stakeholder working groups with the private sector.",
                                item="technical-assistance", question=2, seconds=60, segment_id=tour)
        # someone not on the round asks for the floor at the end, on no single item
        record.add_contribution("Walk Free", "Supports the call for a survivor fund.", seconds=45, segment_id=tour)
        assert record.next_stakeholder(tour) is None

        grid = record.tour_grid(tour)
        assert [r.stakeholder.name for r in grid.rows] == ROUND + ["Walk Free"]
        assert [i.key for i in grid.items] == list(ITEMS)
        # what was collected, at a glance: stakeholder × item → number of contributions
        table = {r.stakeholder.name: [len(r.cells[k]) for k in ITEMS] for r in grid.rows}
        assert table == {
            "La Strada International": [1, 0, 1],
            "ECPAT International": [0, 1, 0],
            "Fundación Esperanza": [0, 0, 0],
            "Tech Against Trafficking": [1, 1, 0],
            "Walk Free": [0, 0, 0],
        }
        passed = {r.stakeholder.name: r.passed for r in grid.rows}
        assert passed == {name: name == "Fundación Esperanza" for name in ROUND + ["Walk Free"]}
        assert {r.stakeholder.name: r.seconds for r in grid.rows}["La Strada International"] == 245
        assert [c.summary for c in grid.rows[-1].general] == ["Supports the call for a survivor fund."]
        strada = grid.cell("La Strada International", "gender-youth-rights")[0]
        assert (strada.question, strada.summary) == (3, "Survivor advisory boards at national level.")
        # which item had nothing from whom: the third item was addressed by one stakeholder only
        assert sum(bool(r.cells["gender-youth-rights"]) for r in grid.rows) == 1

        # a correction moves a contribution to another question, history kept
        ecpat = grid.cell("ECPAT International", "technical-assistance")[0]
        record.edit_contribution(ecpat.id, question=1)
        assert record.tour_grid(tour).cell("ECPAT International", "technical-assistance")[0].question == 1

        with pytest.raises(CommandRefused, match="not a standing item"):
            record.add_contribution("Walk Free", "x", item="organs", segment_id=tour)
        with pytest.raises(CommandRefused, match="has 3 guiding questions, not a question 4"):
            record.add_contribution("Walk Free", "x", item="universalization", question=4, segment_id=tour)
        assert record.search("fundacion") and record.search("fundacion")[0].field == "stakeholder"
        before = record.tour_grid(tour)
    finally:
        record.close()
    store.engine.dispose()

    again = open_store(db_url)
    try:
        with Record.open(again, dialogue_afternoon, tour_clock) as reopened:
            assert reopened.tour_grid(tour) == before
    finally:
        again.engine.dispose()


def test_a_contribution_takes_the_running_segment_and_the_speakers_time_from_the_live_sitting(
    store, dialogue_afternoon, tour_clock
):
    tour = segment_id(store, dialogue_afternoon, "tour_de_table")
    with LiveSitting.open(store, dialogue_afternoon, tour_clock) as live, \
            Record.open(store, dialogue_afternoon, tour_clock, live=live) as record:
        live.open_sitting()
        live.start_segment(tour)
        live.request_floor(name="ECPAT International", group="civil_society")
        live.call_next()
        tour_clock.advance(185)
        context = record.context()
        assert context.segment_id == tour
        assert context.speaker_name == "ECPAT International"
        assert context.speaker_elapsed == pytest.approx(185)
        cid = record.add_contribution(context.speaker_name, "Child-friendly reporting channels.",
                                      item="gender-youth-rights", question=2, seconds=context.speaker_elapsed)
        c = record.contributions(tour)[0]
        assert (c.id, c.segment_id, c.seconds, c.speaker_entry_id) == (cid, tour, pytest.approx(185), context.speaker_entry_id)


def test_a_contribution_needs_a_segment_when_the_sitting_has_several_places_for_it(store, hrc, hrc_clock):
    # the HRC side event has no tour-de-table and no segment is running: say which segment
    with Record.open(store, hrc, hrc_clock) as record:
        with pytest.raises(CommandRefused, match="say which segment"):
            record.add_contribution("France", "We support the call.")
        assert record.events() == ()
