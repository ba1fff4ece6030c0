"""The live sitting: journal, replay, clocks, queue."""
