"""Protected identities in exports: one place that decides what a report may name.

A participant marked ``protected`` appears in a report by their role or group
label ("Survivor leader") unless the secretariat clears them for that export.
The ``Redactor`` is applied once, while the report's ``Record`` is assembled:
every export renders that record only, so no format can leak a name the
record does not hold. Free text (a rapporteur's note that names the speaker,
a journal payload) is scrubbed too: the full name, the name with honorific,
the surname and the participant's key are replaced by the label, as whole
words and whatever their case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from meetingdesk.live.snapshot import public_name
from meetingdesk.programme.model import Participant


@dataclass
class Redactor:
    labels: dict[str, str] = field(default_factory=dict)  # protected key -> label
    _pattern: re.Pattern[str] | None = None
    _replace: dict[str, str] = field(default_factory=dict)  # folded term -> label

    @classmethod
    def for_participants(cls, participants: Iterable[Participant], clear: Iterable[str] = ()) -> Redactor:
        cleared = set(clear)
        r = cls()
        for p in participants:
            if not p.protected or p.key in cleared:
                continue
            label = public_name(p)
            r.labels[p.key] = label
            terms = {p.name, p.display_name, p.key}
            parts = p.name.split()
            if len(parts) > 1 and len(parts[-1]) >= 3:
                terms.add(parts[-1])  # the surname alone ("Ms. Otiende said ...")
            for term in terms:
                if term and term.casefold() != label.casefold():
                    r._replace[term.casefold()] = label
        if r._replace:
            alternatives = sorted(r._replace, key=len, reverse=True)
            r._pattern = re.compile(
                r"(?<!\w)(" + "|".join(re.escape(t) for t in alternatives) + r")(?!\w)", re.IGNORECASE
            )
        return r

    def hides(self, key: str | None) -> bool:
        return key is not None and key in self.labels

    def text(self, value: str | None) -> str | None:
        """Free text with every protected name replaced by its label."""
        if value is None or self._pattern is None:
            return value
        return self._pattern.sub(lambda m: self._replace[m.group(1).casefold()], value)

    def data(self, value: Any) -> Any:
        """A JSON-like value (a journal payload) with every string scrubbed."""
        if self._pattern is None:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {k: self.data(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.data(v) for v in value]
        return value
