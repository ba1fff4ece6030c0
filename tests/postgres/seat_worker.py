"""A seat in a process of its own, for the multi-seat tests: ``python seat_worker.py URL SITTING ROLE START``.

ROLE is display, interpreters, rapporteur (followers) or console (opens as a console would: it follows
while another console holds the sitting, and can take it over). It follows with a ``Watch`` on an
asyncio loop, as the app does, and answers one line per line on stdin:

- ``show LIVE_SEQ RECORD_SEQ AT``: once its journals have reached those seqs (woken by the watch, never
  by this line), what it would render at AT, pickled and base64-encoded on one line;
- rapporteur: ``note TEXT`` / ``question TEXT``: logs it, answers its stamp (segment, speaker entry);
- console: ``holder`` (who holds the sitting), ``take_over``, ``do COMMAND`` (answers the last seq).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import pickle
import sys

from meetingdesk.live import FakeClock, LiveSitting, Watch
from meetingdesk.record import Record
from meetingdesk.store import open_store


def rendered(role: str, live: LiveSitting, record: Record | None, at: float):
    view = live.view(at)
    if role == "display":  # the speaker's display paints the whole live view (public names only)
        return view
    if role == "interpreters":
        return view.interpretation
    if role == "rapporteur":
        assert record is not None
        return (view.current_segment, view.speaker, [(q.id, q.number, q.text, q.segment_id, q.speaker_entry_id)
                                                     for q in record.questions()],
                [(n.id, n.text, n.segment_id, n.speaker_entry_id) for n in record.notes()])
    return view


async def main(url: str, sitting: int, role: str, start: str) -> None:
    store = open_store(url)
    clock = FakeClock(dt.datetime.fromisoformat(start))
    live = LiveSitting.open(store, sitting, clock, follow=role != "console")
    record = Record.open(store, sitting, clock, live=live, author="Rapporteur") if role == "rapporteur" else None
    watch = Watch(store, name=role)
    for target in (live, record):
        if target is not None:
            watch.follow(target)
    changed = asyncio.Event()
    for target in (live, record):
        if target is not None:
            target.subscribe(lambda _change: changed.set())
    watch.start()
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    print("ready", flush=True)
    while line := (await reader.readline()).decode():
        word, _, rest = line.strip().partition(" ")
        if word == "show":
            live_seq, record_seq, at = rest.split()
            while live.last_seq < int(live_seq) or (record is not None and record.last_seq < int(record_seq)):
                changed.clear()
                await asyncio.wait_for(changed.wait(), 30)
            answer = rendered(role, live, record, float(at))
        elif word in ("note", "question"):
            logged = record.add_note(rest) if word == "note" else record.add_question(rest, asker="Chile")
            event = next(e for e in record.events() if e.id == logged)
            answer = (event.segment_id, event.speaker_entry_id, record.last_seq)
        elif word == "holder":
            answer = (live.holds, live.lease.holder if live.lease else None)
        elif word == "take_over":
            live.take_over()
            answer = live.last_seq
        elif word == "do":
            getattr(live, rest)()
            answer = live.last_seq
        else:
            answer = f"unknown line {line!r}"
        print(base64.b64encode(pickle.dumps(answer)).decode(), flush=True)
    watch.close()
    if record is not None:
        record.close()
    live.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]))
