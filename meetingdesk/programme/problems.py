"""Problems found in a programme, and the errors that carry them.

A problem names where it is (file, line, field) and what is wrong, in words a
secretariat understands. ``str(problem)`` is the line printed by
``meetingdesk check``: ``file:line: error: field: message``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    severity: Severity
    message: str
    field: str | None = None  # dotted path, e.g. "sittings[1].segments[2].end"
    file: str | None = None
    line: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        where = self.file or "<programme>"
        if self.line is not None:
            where += f":{self.line}"
        field = f"{self.field}: " if self.field else ""
        return f"{where}: {self.severity}: {field}{self.message}"


class ProgrammeError(Exception):
    """A programme has errors; ``problems`` lists all of them (warnings too)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class UnreadableFile(Exception):
    """The file cannot be read at all (missing, unreadable, not text). Exit code 2."""

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: cannot read: {reason}")
