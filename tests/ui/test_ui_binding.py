"""The Qt binding must not eat references: a console repaints every second for hours."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Pinger(QObject):
    ping = Signal()


def test_qt_calls_and_signals_keep_the_reference_counts_of_none_and_true(qapp):
    # PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call of a void method
    # and one to True on every emit(): a live console aborted the interpreter ("Fatal Python
    # error: none_dealloc") after some tens of thousands of repaints. pyproject.toml excludes it.
    timer, pinger = QTimer(), _Pinger()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        timer.stop()
        pinger.ping.emit()
    assert sys.getrefcount(None) - none_before > -20
    assert sys.getrefcount(True) - true_before > -20
