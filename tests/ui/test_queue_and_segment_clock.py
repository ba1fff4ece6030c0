"""Details the console takes from the core as they are: a video message is not "in the room", and
the segment clock turns amber with the speaker's timer, not seconds before the end."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console_driver import press, tick
from ui.models import QueueColumn
from ui.style import PHASE_COLOURS


def test_a_video_message_is_listed_as_such(qtbot, console):
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    rows = {console.queue.data(console.queue.index(r, QueueColumn.SPEAKER)): console.queue.data(console.queue.index(r, QueueColumn.KIND))
            for r in range(console.queue.rowCount())}
    assert rows["Ms. Ghada Waly"] == "video message"
    assert rows["Ms. Sophie Otiende"] == "in the room"


def test_the_segment_clock_turns_amber_with_the_speakers_timer(qtbot, console, clock):
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tick(console, clock, 15 * 60)
    press(qtbot, console, Qt.Key.Key_N)  # 5 minutes left in the segment, 5 for Dr. Maalla: they end together
    assert PHASE_COLOURS["normal"] in console.clocks.segment_clock.styleSheet()
    tick(console, clock, 4 * 60 + 31)
    assert console.card.timer.text() == "0:29" and console.clocks.segment_clock.text() == "0:29"
    assert PHASE_COLOURS["warning"] in console.card.timer.styleSheet()
    assert PHASE_COLOURS["warning"] in console.clocks.segment_clock.styleSheet()
