"""Killing the application loses nothing the rapporteur was told was saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from meetingdesk.live import FakeClock
from meetingdesk.record import Record
from meetingdesk.store import open_store
from record_samples import HRC_START_UTC

WORKER = Path(__file__).with_name("record_kill_worker.py")
ACKS_BEFORE_KILL = 40


def test_sigkill_mid_typing_loses_no_acknowledged_note(tmp_path):
    db = tmp_path / "killed.sqlite"
    proc = subprocess.Popen([sys.executable, str(WORKER), str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    acked: list[int] = []
    try:
        first = proc.stdout.readline()
        assert first.startswith("ready "), first + proc.stderr.read()
        sitting_id = int(first.split()[1])
        while len(acked) < ACKS_BEFORE_KILL:
            line = proc.stdout.readline()
            assert line.startswith("ack "), line + proc.stderr.read()
            acked.append(int(line.split()[1]))
        os.kill(proc.pid, signal.SIGKILL)  # mid-write, most likely
        for line in proc.stdout:  # anything acknowledged between our last read and the kill
            if line.startswith("ack ") and line.endswith("\n"):
                acked.append(int(line.split()[1]))
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    store = open_store(f"sqlite:///{db}")
    try:
        with Record.open(store, sitting_id, FakeClock(HRC_START_UTC)) as record:
            found = [n.id for n in record.notes()]
            assert set(acked) <= set(found)
            assert found[: len(acked)] == acked  # in the order they were acknowledged
            assert all(n.text.startswith("note number ") for n in record.notes())
    finally:
        store.engine.dispose()
