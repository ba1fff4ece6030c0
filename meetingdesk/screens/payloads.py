"""What each page is sent: JSON-ready dicts built from the live view (and, for the chair, the
rapporteur's record), with public names only.

Names. Only the view's ``public_name`` fields are read (a protected person's distinct label,
"Survivor leader A", in the language the screens are shared in), never ``name``; a protected person's delegation is left out. Then every string
of the payload is scrubbed of every form of a protected name (``Redactor``, as the reports are),
since free text — the chair's message, a question, a title, a speech text — may name anyone.

Clocks. A figure that runs (a speaker's time, a segment's, the count-down to the next segment) is
sent as ``{"rate": -1 or 1, "zero": epoch}``: its value at the instant ``t`` is ``rate * (t - zero)``;
``{"rate": 0, "value": seconds}`` while it stands still (paused). A page computes what it shows from
its own estimate of the server's time: it ticks on its own, every page shows the same second, and a
payload stays the same while time passes, so the server sends one only when something changed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from meetingdesk import i18n
from meetingdesk.i18n import N_
from meetingdesk.live.settings import LiveSettings
from meetingdesk.programme.identities import ProtectedNames
from meetingdesk.programme.languages import language_name
from meetingdesk.report.redact import Redactor

SCREENS = ("speaker", "interpreters", "chair")


def build(screen: str, view: Any, now: float, *, settings: LiveSettings, snapshot: Any, names: ProtectedNames,
          record: Any = None) -> dict[str, Any]:
    """The payload of ``screen`` for ``view`` (computed at ``now``, epoch seconds on the sitting's
    timeline), scrubbed of protected names."""
    page = Page(view, now, settings, snapshot)
    if screen == "speaker":
        payload = page.speaker_screen()
    elif screen == "interpreters":
        payload = page.interpreters_screen()
    elif screen == "chair":
        payload = page.chair_screen(record, names)
    else:
        raise ValueError(f"no screen called {screen!r}; the screens are {', '.join(SCREENS)}")
    return Redactor(names).scrub(payload)


def clock(value: float, now: float, rate: int) -> dict[str, Any]:
    """A figure worth ``value`` at ``now`` that runs at ``rate`` (-1 counts down, 1 up, 0 stands)."""
    if rate == 0:
        return {"rate": 0, "value": round(value, 3)}
    return {"rate": rate, "zero": round(now - value / rate, 3)}


def _epoch(when: dt.datetime | None) -> float | None:
    return None if when is None else when.timestamp()


def _hhmm(when: dt.datetime | None) -> str | None:
    return None if when is None else when.strftime("%H:%M")


def _language(code: str | None) -> str | None:
    return language_name(code, i18n.language()) if code else None


class Page:
    """The parts the three screens are made of, for one view."""

    def __init__(self, view: Any, now: float, settings: LiveSettings, snapshot: Any):
        self.view, self.now, self.settings, self.snapshot = view, now, settings, snapshot

    def _protected(self, key: str | None) -> bool:
        person = self.snapshot.people.get(key) if key else None
        return person is not None and person.protected

    def _delegation(self, key: str | None, delegation: str | None) -> str | None:
        return None if self._protected(key) else delegation

    # ------------------------------------------------------------------ shared parts
    def common(self) -> dict[str, Any]:
        view, sitting = self.view, self.view.sitting
        return {
            "meeting": self.snapshot.meeting_title,
            "sitting": {"title": sitting.title, "status": sitting.status, "rehearsal": bool(sitting.rehearsal)},
            "zone": view.now.strftime("%Z"),
            "thresholds": {"warning": self.settings.warning_seconds, "danger": self.settings.danger_seconds},
            "message": view.message or "",
            "slow_down": bool(view.speaker is not None and view.interpretation is not None and view.interpretation.slow_down),
        }

    def turn(self) -> dict[str, Any] | None:
        """Who has the floor and their clock: the time left (signed: negative is overtime), or,
        without a limit, the time spoken."""
        sp = self.view.speaker
        if sp is None:
            return None
        running = not sp.paused
        if sp.allotment is not None:
            figure = clock(sp.allotment - sp.elapsed, self.now, -1 if running else 0)
        else:
            figure = clock(sp.elapsed, self.now, 1 if running else 0)
        return {
            "public_name": sp.public_name,
            "delegation": self._delegation(sp.participant_key, sp.delegation),
            "turn": f"{sp.entry_id}.{sp.extension}",  # a page flashes once per turn (and per extension)
            "limit": sp.allotment is not None,
            "clock": figure,
            "paused": bool(sp.paused),
            "stop_at_zero": bool(sp.stop_at_zero),
            "kind": sp.kind,
            "modality": sp.modality,
            "language": _language(sp.language),
        }

    def segment(self) -> dict[str, Any] | None:
        seg = self.view.current_segment
        if seg is None:
            return None
        elapsed = seg.elapsed or 0.0
        if seg.planned_seconds is not None:
            figure = clock(seg.planned_seconds - elapsed, self.now, -1)
        else:
            figure = clock(elapsed, self.now, 1)
        return {
            "title": seg.title,
            "kind": seg.kind,
            "planned": [_hhmm(seg.planned_start), _hhmm(seg.planned_end)],
            "limit": seg.planned_seconds is not None,
            "clock": figure,
            "time_permitting": bool(seg.time_permitting),
        }

    def next_segment(self) -> dict[str, Any] | None:
        """The segment that starts next, and, while an open sitting waits between segments, the
        count-down to its planned start."""
        view, upcoming = self.view, self.view.next_segment
        if upcoming is None or view.sitting.status == "closed":
            return None
        start = upcoming.planned_start
        waiting = view.current_segment is None and view.sitting.status == "open"
        return {
            "title": upcoming.title,
            "planned": _hhmm(upcoming.planned_start),
            "countdown": {"rate": -1, "zero": round(start.timestamp(), 3)} if waiting and start is not None else None,
        }

    def next_speaker(self) -> str | None:
        first = self.view.next_speaker
        return None if first is None or self.view.sitting.status == "closed" else first.public_name

    # ------------------------------------------------------------------ the three screens
    def speaker_screen(self) -> dict[str, Any]:
        turn = self.turn()
        if turn is not None:
            turn.pop("delegation")
        return {
            **self.common(),
            "speaker": turn,
            "segment": None if self.view.current_segment is None else {"title": self.view.current_segment.title},
            "next_speaker": self.next_speaker(),
            "next_segment": self.next_segment(),
        }

    def interpreters_screen(self) -> dict[str, Any]:
        info = self.view.interpretation
        common = self.common()
        if info is None:
            return {**common, "time": None, "floor_language": None, "speaker": None, "booths": [], "next": [], "unserved": []}

        def who(s: Any, speech: bool = False) -> dict[str, Any]:
            text = "received" if s.text_received else "missing" if s.text_received is False and s.text_missing else "none"
            out = {"public_name": s.public_name, "language": _language(s.language), "relay": s.relay, "text": text}
            if speech:
                out["speech"] = s.text or None
            return out

        turn = self.turn()
        return {
            **common,
            # the speaker's time, small: when to expect the end of the speech
            "time": None if turn is None else {k: turn[k] for k in ("clock", "limit", "paused", "stop_at_zero")},
            "floor_language": _language(info.floor_language),
            "speaker": None if info.speaker is None else who(info.speaker, speech=True),
            "booths": [
                {"label": b.label, "mode": b.mode, "source": _language(b.source), "via": b.via, "interpreters": b.interpreters}
                for b in info.booths
            ],
            "next": [who(s) for s in info.next],
            "unserved": [_language(code) for code in info.unserved],
        }

    def chair_screen(self, record: Any, names: ProtectedNames) -> dict[str, Any]:
        view = self.view
        sitting = view.sitting
        return {
            **self.common(),
            "segment": self.segment(),
            "speaker": self.turn(),
            "offset": round(sitting.offset_seconds),
            "planned_end": _hhmm(sitting.planned_end),
            "projected_end": _hhmm(sitting.projected_end),
            "queue": [
                {
                    "public_name": e.public_name,
                    "delegation": self._delegation(e.participant_key, e.delegation),
                    "kind": e.kind,
                    "online": bool(e.online),
                    "allotment": e.allotment,
                    "fits": bool(e.fits),
                }
                for e in view.queue
            ],
            "cut_index": view.cut_index,
            "dropped": [e.public_name for e in view.dropped],
            "next_speaker": self.next_speaker(),
            "next_segment": self.next_segment(),
            "segments": [
                {"title": s.title, "status": s.status, "planned": [_hhmm(s.planned_start), _hhmm(s.planned_end)]}
                for s in view.segments
            ],
            "questions": questions(record, names),
        }


def public(person: Any, names: ProtectedNames) -> str:
    """How the chair's screen names a person of the record: a protected one by their label."""
    if person is None:
        return i18n.gettext(N_("unnamed"))
    if person.key is not None and names.hides(person.key):
        return names.labels[person.key]
    if person.protected:  # protected, but not a participant the programme knows by key
        return names.protected_label
    return person.name


def questions(record: Any, names: ProtectedNames) -> dict[str, Any] | None:
    """The questions waiting for the panel and the next round, from the rapporteur's record (None
    while the sitting has no question at all)."""
    if record is None or not record.questions():
        return None
    return {
        "waiting": len(record.waiting_questions()),
        "rounds": len(record.rounds()),
        "round": [
            {
                "label": q.label,
                "asker": public(q.asker, names),
                "to": [public(p, names) for p in q.addressed_to],
                "text": q.text,
            }
            for q in record.next_round()
        ],
    }
