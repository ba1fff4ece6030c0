"""MeetingDesk core: programme, live sitting, record and reports. Never imports Qt."""

__version__ = "0.1.0"
