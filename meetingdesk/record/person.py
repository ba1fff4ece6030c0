"""Who asked, answered, contributed or owns an action, as the record writes them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Person:
    """Who asked, answered, contributed or owns an action: a programme participant or free text."""

    name: str
    key: str | None = None  # programme participant key, when known
    delegation: str | None = None
    group: str | None = None
    protected: bool = False  # a protected identity: reports show ``group`` instead of ``name``

    @property
    def label(self) -> str:
        """Name and delegation, for the rapporteur's own screens."""
        if self.delegation and self.delegation not in self.name:
            return f"{self.name} ({self.delegation})"
        return self.name

    def to_payload(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "key": self.key,
            "delegation": self.delegation,
            "group": self.group,
            "protected": self.protected,
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any] | None) -> Person | None:
        if not data:
            return None
        return cls(
            name=data["name"],
            key=data.get("key"),
            delegation=data.get("delegation"),
            group=data.get("group"),
            protected=bool(data.get("protected", False)),
        )
