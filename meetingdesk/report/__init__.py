"""Secretariat review and reports: the record of a meeting, statistics, and its exports."""
