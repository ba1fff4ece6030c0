"""Whole sittings for the report tests: the sample programmes run on a fake clock through the
public live API, with a rapporteur logging through ``meetingdesk.record``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.programme.model import Participant
from meetingdesk.record import Record as RapporteurRecord
from meetingdesk.store.programmes import import_file, load_meeting

UTC = dt.timezone.utc
PROGRAMMES = Path(__file__).resolve().parents[2] / "resources" / "programmes"
HRC_FILE = PROGRAMMES / "hrc-side-event-2025-03-14.toml"
HLPF_FILE = PROGRAMMES / "hlpf-side-event-2024-07-17.toml"


class Run:
    """Moves a fake clock to local wall times of the meeting and drives a live sitting and a rapporteur."""

    def __init__(self, store, sitting_id: int, clock: FakeClock, offset: dt.timedelta):
        self.clock, self.offset = clock, offset
        self.live = LiveSitting.open(store, sitting_id, clock)
        self.rapporteur = RapporteurRecord.open(store, sitting_id, clock, live=self.live, author="Anna Rapporteur")

    def at(self, hh: int, mm: int, ss: int = 0) -> None:
        day = self.clock.utc().astimezone(dt.timezone(self.offset)).date()
        target = dt.datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=dt.timezone(self.offset))
        self.clock.advance((target - self.clock.utc()).total_seconds())

    def close(self) -> None:
        self.rapporteur.close()
        self.live.close()


def protect(store, meeting_id: int, key: str) -> None:
    """Mark a participant's identity protected (as a secretariat does in the programme)."""
    with store.session() as session:
        p = session.scalars(select(Participant).where(Participant.meeting_id == meeting_id, Participant.key == key)).one()
        p.protected = True
        session.commit()


def rename(store, meeting_id: int, names: dict[str, str]) -> None:
    """Give participants (by key) other names, without honorific (the name is the first thing printed)."""
    with store.session() as session:
        for p in session.scalars(select(Participant).where(Participant.meeting_id == meeting_id,
                                                           Participant.key.in_(names))):
            p.name, p.title = names[p.key], None
        session.commit()


def run_hrc(store, *, protect_otiende: bool = True, names: dict[str, str] | None = None) -> tuple[int, int]:
    """The HRC side event of 14 March 2025, start to finish. Returns (meeting id, sitting id).

    With ``protect_otiende`` Ms. Sophie Otiende (named publicly in the real programme) is marked
    protected, so the reports must show her as "Survivor leader"; the rapporteur's note names her.
    ``names``: other names for some participants (by key).
    """
    meeting_id, _ = import_file(store, HRC_FILE)
    if protect_otiende:
        protect(store, meeting_id, "otiende")
    if names:
        rename(store, meeting_id, names)
    sitting_id = load_meeting(store, meeting_id).sittings[0].id
    clock = FakeClock(dt.datetime(2025, 3, 14, 12, 55, tzinfo=UTC))
    r = Run(store, sitting_id, clock, dt.timedelta(hours=1))  # CET
    live, rap = r.live, r.rapporteur
    segments = {s.kind: s.id for s in live.view().segments}
    try:
        r.at(14, 2)
        live.open_sitting()
        live.start_segment()
        live.call_next()  # Maalla, 5 min
        r.at(14, 7, 10)
        live.call_next()  # Waly, video message
        r.at(14, 12, 10)
        live.call_next()  # Otiende, 6 min
        r.at(14, 15)
        rap.add_note("Sophie Otiende described how children are recruited online.")
        rap.add_key_message("Survivors must be heard in the design of every response.")
        r.at(14, 18, 40)
        live.end_segment()
        live.request_floor(name="Delegation of Chile", delegation="Chile", group="member_state", segment_id=segments["qa"])
        live.request_floor(name="Delegation of the Holy See", delegation="Holy See", group="observer_state",
                           segment_id=segments["qa"])
        live.request_floor(name="Save the Children", group="civil_society", online=True, segment_id=segments["qa"])

        r.at(14, 19)
        live.start_segment()  # the panel
        for until in ((14, 23), (14, 26, 30), (14, 31, 30), (14, 35, 30)):
            live.call_next()
            r.at(*until)
        live.call_next()  # Landry, online
        r.at(14, 35, 50)
        landry = live.view().speaker.entry_id
        live.drop(landry)  # his connection fails
        live.call_next()  # Tamang, Nepali
        r.at(14, 37)
        live.pause()
        r.at(14, 37, 30)
        live.resume()
        rap.add_key_message("Technology-facilitated trafficking needs cooperation with platforms.")
        r.at(14, 41, 20)
        live.call(landry)
        r.at(14, 45, 20)
        live.end_segment()

        r.at(14, 45, 40)
        live.start_segment()  # Q&A
        live.call_next()  # Chile
        q1 = rap.add_question("How can States share data on online recruitment?", asker="Delegation of Chile",
                              delegation="Chile", addressed_to=["beavan"])
        r.at(14, 48)
        live.call_next()  # the Holy See
        q2 = rap.add_question("What support reaches survivors after the trial?", delegation="Holy See",
                              addressed_to=["otiende"])
        r.at(14, 50, 20)
        rap.put_round([q1, q2])
        rap.answer(q1, "INTERPOL's ICSE database is open to every member country.", by=["beavan"])
        r.at(14, 54, 30)
        live.end_segment()  # Save the Children is not heard
        not_heard = live.view().not_heard[0].entry_id
        live.mark_written_statement(not_heard)

        r.at(14, 55)
        live.start_segment()  # closing
        live.call_next()
        rap.add_key_message("Child trafficking is rising and prevention must start in schools.")
        rap.add_next_step("Publish the joint OSRSG-VAC/UNODC strategy", owner="UNODC")
        rap.add_next_step("Report back at HRC 61", owner="OSRSG-VAC")
        r.at(15, 1, 10)
        live.close_sitting()
    finally:
        r.close()
    return meeting_id, sitting_id


def run_hlpf(store) -> tuple[int, int]:
    """The HLPF side event of 17 July 2024, with its protected survivor leader online."""
    meeting_id, _ = import_file(store, HLPF_FILE)
    sitting_id = load_meeting(store, meeting_id).sittings[0].id
    clock = FakeClock(dt.datetime(2024, 7, 17, 17, 10, tzinfo=UTC))
    r = Run(store, sitting_id, clock, dt.timedelta(hours=-4))  # EDT
    live, rap = r.live, r.rapporteur
    try:
        r.at(13, 15)
        live.open_sitting()
        t = 13 * 60 + 15
        for _segment in range(3):  # opening, two addresses
            live.start_segment()
            live.call_next()
            t += 6
            r.at(t // 60, t % 60)
        live.start_segment()  # the panel of five
        for _ in range(5):
            live.call_next()
            t += 6
            r.at(t // 60, t % 60, 30)
        rap.add_key_message("Survivor leader A asked for survivor-led monitoring of every national plan.")
        live.start_segment()  # interventions, time permitting
        live.request_floor(name="Delegation of Mexico", delegation="Mexico", group="member_state")
        live.call_next()
        rap.add_question("How will the appraisal count survivor input?", delegation="Mexico",
                         addressed_to=["survivor-leader-a"])
        t += 3
        r.at(t // 60, t % 60)
        live.start_segment()  # closing
        live.call_next()
        rap.add_next_step("Feed the recommendations into the Summit of the Future", owner="UNODC")
        t += 5
        r.at(t // 60, t % 60)
        live.close_sitting()
    finally:
        r.close()
    return meeting_id, sitting_id
