"""The tour-de-table grid of the constructive dialogue (10 July 2024) in the record and the Word summary."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from meetingdesk.live import FakeClock
from meetingdesk.programme.model import Segment, Sitting
from meetingdesk.record import Record as RapporteurRecord
from meetingdesk.report.export import export
from meetingdesk.report.record import build_record
from meetingdesk.store.programmes import import_file
from readback import docx_text, pdf_text
from report_samples import PROGRAMMES


def test_tour_grid_in_record_and_word(store, tmp_path):
    meeting_id, _ = import_file(store, PROGRAMMES / "constructive-dialogue-2024-07-10.toml")
    with store.session() as s:
        sitting_id, tour = s.execute(
            select(Sitting.id, Segment.id).join(Segment).where(Sitting.meeting_id == meeting_id,
                                                                 Segment.kind == "tour_de_table")).first()
    clock = FakeClock(dt.datetime(2024, 7, 10, 14, 30, tzinfo=dt.timezone.utc))
    with RapporteurRecord.open(store, sitting_id, clock, author="Rapporteur") as rap:
        rap.set_tour_order(tour, ["La Strada International", "ECPAT International", "Fundación Esperanza"])
        rap.add_contribution("La Strada International", "NGOs can push for ratification through parliaments.",
                             item="universalization", question=1, seconds=150, segment_id=tour)
        clock.advance(200)
        rap.add_contribution("ECPAT International", "Training for hotel and travel staff on child trafficking.",
                             item="gender-youth-rights", seconds=120, segment_id=tour)
        rap.pass_turn("Fundación Esperanza", segment_id=tour)

    record = build_record(store, meeting_id)
    (table,) = record.tours
    assert [k for k, _t, _q in table.items] == ["universalization", "technical-assistance", "gender-youth-rights"]
    rows = {r.stakeholder: r for r in table.rows}
    assert rows["La Strada International"].cells["universalization"] == "NGOs can push for ratification through parliaments."
    assert rows["ECPAT International"].seconds == 120 and rows["Fundación Esperanza"].passed

    (docx,) = export(record, "docx", tmp_path / "dialogue.docx")
    text = docx_text(docx)
    assert "Tour de table: inputs" in text and "Training for hotel and travel staff on child trafficking." in text
    assert "Fundación Esperanza" in text and "passed" in text
    (pdf,) = export(record, "pdf", tmp_path / "dialogue.pdf")
    assert "Fundación Esperanza" in " ".join(pdf_text(pdf).split())
