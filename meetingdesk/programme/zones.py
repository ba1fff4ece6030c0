"""Times in several zones, and the printed programme a secretariat pastes into an invitation.

Invitations carry lines such as "13:15 (New York time) / 19:15 (Geneva time)" and these are often
wrong (a typo, or "EST" in a week when New York is on EDT). Here the line is computed from the
meeting's home zone and display zones, with the abbreviation that zoneinfo gives for *that* date:

    Friday, 14 March 2025, 14:00–15:00 CET (Geneva) / 09:00–10:00 EDT (New York)

A display zone whose calendar date differs from the home date shows its own date.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from meetingdesk import i18n
from meetingdesk.i18n import Later, Message, _

from .enums import MeetingFormat, Modality, Role, SegmentKind
from .identities import ProtectedNames, labels
from .languages import language_name
from .model import Meeting, Participant, Segment, Sitting, SpeakerSlot
from .plan import plan_sitting, sitting_bounds

DASH = "\u2013"  # en dash, as in "14:00–15:00"

# Cities whose zone carries another city's name, as UN documents name them: Geneva is on
# Europe/Zurich, Islamabad on Asia/Karachi. Other cities are found by the zone's own city.
_CITY_ZONES = {
    "Geneva": "Europe/Zurich",
    "Islamabad": "Asia/Karachi",
    "New Delhi": "Asia/Kolkata",
    "Beijing": "Asia/Shanghai",
    "Washington": "America/New_York",
    "The Hague": "Europe/Amsterdam",
    "Bonn": "Europe/Berlin",
    "Montreal": "America/Toronto",
}
# The name a reader knows a zone by, where it is not the zone's own city.
_CITY_NAMES = {_CITY_ZONES[city]: city for city in ("Geneva", "Islamabad", "New Delhi", "Beijing")}

# Abbreviations seen in invitations and the zones they may stand for, the likeliest first: an
# abbreviation names no place, and the place decides when the clocks change.
ABBREVIATION_ZONES = {
    "CET": ["Europe/Zurich", "Europe/Vienna", "Europe/Brussels"],
    "CEST": ["Europe/Zurich", "Europe/Vienna", "Europe/Brussels"],
    "EST": ["America/New_York"],
    "EDT": ["America/New_York"],
    "ET": ["America/New_York"],
    "PKT": ["Asia/Karachi"],
    "EAT": ["Africa/Nairobi"],
    "ICT": ["Asia/Bangkok"],
    "GMT": ["Europe/London", "UTC"],
    "BST": ["Europe/London"],
    "UTC": ["UTC"],
}

# Zones of the old fixed-offset kind named like a region's standard time: "EST" is UTC-5 all
# year, while New York is on EDT in summer. The region each name is mistaken for.
_FIXED_LOOKALIKES = {"EST": "America/New_York", "MST": "America/Denver", "HST": "Pacific/Honolulu"}
_REGIONS = ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")


def _zone(zone: str | ZoneInfo) -> ZoneInfo:
    if isinstance(zone, ZoneInfo):
        return zone
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {zone!r}: expected an IANA name such as Europe/Zurich") from None


@cache
def known_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def _fold(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).casefold()


@cache
def _cities() -> dict[str, str]:
    """Every city a zone can be found by (folded: "new york"), and its zone."""
    cities: dict[str, str] = {}
    for key in sorted(known_zones()):
        if key.split("/", 1)[0] in _REGIONS:
            cities.setdefault(_fold(key.rsplit("/", 1)[-1]), key)
    cities.update({_fold(city): zone for city, zone in _CITY_ZONES.items()})
    return cities


def zone_for_city(city: str) -> str | None:
    """The zone of a city: "Geneva" → Europe/Zurich, "New York" → America/New_York; None if unknown."""
    return _cities().get(_fold(city))


def likely_zone(name: str) -> tuple[str, str | None] | None:
    """The zone a name that is not one most likely means, and the city it was recognised by when
    that city is not in the zone's own name: "Europe/Genva" → ("Europe/Zurich", "Geneva");
    "america/new york" → ("America/New_York", None); "CEST" → ("Europe/Zurich", None). None when
    nothing is close."""
    by_fold = {_fold(key): key for key in known_zones()}
    if _fold(name) in by_fold:
        return by_fold[_fold(name)], None
    if name.strip().upper() in ABBREVIATION_ZONES:
        return ABBREVIATION_ZONES[name.strip().upper()][0], None
    region, _slash, city = _fold(name).rpartition("/")
    cities = _cities()
    close = [city] if city in cities else difflib.get_close_matches(city, list(cities), n=6, cutoff=0.75)
    if not close:
        return None
    # the closest city wins; among those as close, one in the region the name gives
    ratio = {c: difflib.SequenceMatcher(None, city, c).ratio() for c in close}
    best = max(close, key=lambda c: (round(ratio[c], 2), cities[c].split("/")[0].casefold() == region))
    zone = cities[best]
    own_city = _fold(zone.rsplit("/", 1)[-1])
    return zone, (city_name(zone) if best != own_city else None)


def zone_problem(name: str) -> Message | None:
    """Why ``name`` is not an IANA time zone, with the likeliest one meant; None when it is one."""
    if name in known_zones():
        return None
    if name.strip().upper() in ABBREVIATION_ZONES:
        examples = [f'"{z}"' for z in ABBREVIATION_ZONES[name.strip().upper()]]
        return Message('"{name}" is an abbreviation, not a time zone: it names no place, and the place decides when '
                       "the clocks change; use the zone of the city, such as {examples}", name=name,
                       examples=Later(i18n.or_list, examples))
    guess = likely_zone(name)
    if guess is None:
        return Message('"{name}" is not a time zone; use an IANA name such as "Europe/Zurich" or "America/New_York"', name=name)
    zone, city = guess
    if city:
        return Message('"{name}" is not a time zone; did you mean "{zone}" ({city})?', name=name, zone=zone, city=city)
    return Message('"{name}" is not a time zone; did you mean "{zone}"?', name=name, zone=zone)


def fixed_lookalike(zone: str, day: dt.date) -> Message | None:
    """Why a fixed-offset zone such as "EST" misleads on ``day``: New York is on EDT in summer,
    while "EST" stays UTC-5. None when the zone is not one of those or the region is on standard time."""
    region = _FIXED_LOOKALIKES.get(zone)
    if region is None:
        return None
    noon = dt.datetime.combine(day, dt.time(12))
    fixed, there = noon.replace(tzinfo=ZoneInfo(zone)), noon.replace(tzinfo=ZoneInfo(region))
    if fixed.utcoffset() == there.utcoffset():
        return None
    return Message(
        '"{zone}" is a fixed offset ({abbreviation} = {offset} all year), but on {day} {city} is on {local} '
        '({local_offset}): times shown in "{zone}" are not {city}\'s; use "{region}"', zone=zone,
        abbreviation=zone_abbreviation(fixed), offset=_offset(fixed), day=Later(i18n.date, day, "long"),
        city=city_name(region), local=zone_abbreviation(there), local_offset=_offset(there), region=region)


def city_name(zone: str | ZoneInfo) -> str:
    """The city a reader knows the zone by: America/New_York → New York, Europe/Zurich → Geneva;
    a zone of a fixed offset by that offset (Etc/GMT-1 → UTC+1: the Etc names count west)."""
    z = _zone(zone)
    key = z.key
    if key in _CITY_NAMES:
        return _CITY_NAMES[key]
    if key.startswith("Etc/"):
        return _offset(dt.datetime(2000, 1, 1, tzinfo=z))
    return key.rsplit("/", 1)[-1].replace("_", " ")


def _offset(moment: dt.datetime) -> str:
    """ "UTC+5:45", "UTC-4", "UTC" """
    offset = moment.utcoffset() or dt.timedelta(0)
    if not offset:
        return "UTC"
    sign = "-" if offset < dt.timedelta(0) else "+"
    hours, rest = divmod(abs(int(offset.total_seconds())) // 60, 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_abbreviation(moment: dt.datetime) -> str:
    """The zone's abbreviation at that moment (CET, CEST, EDT, PKT), or "UTC+5:45" where the zone
    database has only a numeric name ("+0545")."""
    name = moment.tzname()
    if name and not name.startswith(("+", "-")):
        return name
    return _offset(moment) if moment.utcoffset() else "UTC+0"


def _long_date(day: dt.date, with_year: bool = True) -> str:
    return i18n.date(day, "full" if with_year else "MMMMEEEEd")


def _clock(moment: dt.datetime) -> str:
    return i18n.time(moment)


def _interval(start: dt.datetime, end: dt.datetime | None, zone: ZoneInfo) -> str:
    """'14:00–15:00 CET' in ``zone``; the end gets '(+1 day)' when it falls on the next date, and
    each end its own abbreviation when a clock change falls inside the interval."""
    s = start.astimezone(zone)
    if end is None:
        return f"{_clock(s)} {zone_abbreviation(s)}"
    e = end.astimezone(zone)
    later = e.date() - s.date()
    day_note = " " + i18n.ngettext("(+{days} day)", "(+{days} days)", later.days).format(days=later.days) if later.days > 0 else ""
    if zone_abbreviation(s) != zone_abbreviation(e):
        return f"{_clock(s)} {zone_abbreviation(s)}{DASH}{_clock(e)}{day_note} {zone_abbreviation(e)}"
    return f"{_clock(s)}{DASH}{_clock(e)}{day_note} {zone_abbreviation(s)}"


def _aware(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment


def time_line(
    start: dt.datetime,
    end: dt.datetime | None,
    home_zone: str | ZoneInfo,
    display_zones: Sequence[str | ZoneInfo] = (),
) -> str:
    """One interval in the home zone and every display zone.

    ``start``/``end`` are aware datetimes, or naive local times in the home zone. Example:
    ``Friday, 14 March 2025, 14:00–15:00 CET (Geneva) / 09:00–10:00 EDT (New York)``.
    """
    home = _zone(home_zone)
    start = _aware(start, home)
    end = _aware(end, home) if end is not None else None
    home_start = start.astimezone(home)
    parts = [f"{_long_date(home_start.date())}, {_interval(start, end, home)} ({city_name(home)})"]
    for other in display_zones:
        zone = _zone(other)
        local_start = start.astimezone(zone)
        date = ""
        if local_start.date() != home_start.date():
            date = _long_date(local_start.date(), with_year=local_start.year != home_start.year) + ", "
        parts.append(f"{date}{_interval(start, end, zone)} ({city_name(zone)})")
    return " / ".join(parts)


def _short_line(start: dt.datetime | None, end: dt.datetime | None, zones: list[ZoneInfo], home_day: dt.date) -> str:
    """'14:00–14:20 CET / 09:00–09:20 EDT' for a segment (the sitting line gives dates and cities);
    a zone on another date than the sitting's (after midnight, or far away) says so: '(Sat 15 Mar)'."""
    if start is None:
        return _("time to be set")
    parts = []
    for zone in zones:
        text = _interval(start, end, zone)
        day = start.astimezone(zone).date()
        if day != home_day:
            text += f" ({i18n.date(day, 'MMMEd')})"
        parts.append(text)
    return " / ".join(parts)


# --- the printed programme --------------------------------------------------------------------


def _minutes(seconds: int) -> str:
    minutes = seconds / 60
    return f"{minutes:g}"


def allotment(slot: SpeakerSlot) -> str | None:
    """'5 min', '3–5 min', or None when the slot has no allotment."""
    low, high = slot.min_seconds, slot.max_seconds
    if low is None or high is None or low == high:
        one = low if low is not None else high
        return None if one is None else _("{length} min", length=_minutes(one))
    return _("{low}–{high} min", low=_minutes(low), high=_minutes(high))


def public_name(participant: Participant) -> str:
    """How a participant appears in a printed (public) programme. A protected identity is never
    printed: the line says only what the person speaks as."""
    if participant.protected:
        people = participant.meeting.participants if participant.meeting is not None else [participant]
        return _("{value} (identity protected)", value=labels(people)[participant.key])
    described = [participant.display_name]
    described += [part for part in (participant.position_title, participant.affiliation) if part]
    return ", ".join(described)


def _slot_line(slot: SpeakerSlot) -> str:
    participant = slot.participant
    details = []
    role = slot.role or Role.SPEAKER.value
    if role not in (Role.SPEAKER.value, Role.PANELLIST.value):
        details.append(i18n.gettext(Role(role).label).lower() if role in Role.values() else role)
    if participant.modality == Modality.VIDEO.value:
        details.append(_("video message"))
    elif participant.modality == Modality.ONLINE.value:
        details.append(_("online"))
    amount = allotment(slot)
    if amount:
        details.append(amount)
    text = public_name(participant) + (f" ({', '.join(details)})" if details else "")
    repeats_role = slot.note and slot.note.lower() in (d.lower() for d in details)
    if slot.note and not participant.protected and not repeats_role:  # a note may name or describe the person
        text += f" — {slot.note}"
    return text


def _segment_heading(segment: Segment) -> str:
    title = segment.title
    kinds = []
    if segment.time_permitting:
        kinds.append(_("time permitting"))
    return title + (f" ({', '.join(kinds)})" if kinds else "")


def _sitting_lines(meeting: Meeting, sitting: Sitting, zones: list[ZoneInfo]) -> list[str]:
    start, end = sitting_bounds(sitting)
    head = time_line(start, end, zones[0], zones[1:])
    lines = [f"{sitting.title}: {head}" if sitting.title else head]
    if sitting.room and sitting.room != meeting.room:
        lines.append(_("Room: {room}", room=sitting.room))
    current_item = None
    for planned in plan_sitting(sitting):
        segment = planned.segment
        if segment.item is not None and segment.item is not current_item:
            current_item = segment.item
            lines += ["", f"{current_item.number}. {current_item.title}"]
        when = _short_line(planned.start, planned.end, zones, start.astimezone(zones[0]).date())
        lines += ["", f"  {when}  {_segment_heading(segment)}"]
        if segment.description:
            lines += [f"      {text}" for text in segment.description.strip().splitlines() if text.strip()]
        if segment.kind == SegmentKind.INTERVENTIONS.value and meeting.intervention_seconds:
            lines.append("      " + _("Interventions of {length} min each", length=_minutes(meeting.intervention_seconds)))
        for slot in segment.slots:
            lines.append(f"      • {_slot_line(slot)}")
        for standing in segment.standing_items:
            lines.append(f"      ❖ {standing.title}")
            lines += [f"          – {question}" for question in standing.questions or []]
    return lines


def render_programme(meeting: Meeting) -> str:
    """The programme as text: title, venue, each sitting in every zone, segments and speakers."""
    zones = [_zone(meeting.time_zone)] + [_zone(z) for z in meeting.display_zones or []]
    lines = [meeting.title.upper()]
    if meeting.subtitle:
        lines.append(meeting.subtitle)
    lines.append("")
    venue = ", ".join(part for part in (meeting.room, meeting.venue) if part)
    if venue:
        lines.append(_("Venue: {venue}", venue=venue))
    how = i18n.gettext(MeetingFormat(meeting.format).label) if meeting.format in MeetingFormat.values() else meeting.format
    extras = [part for part in (meeting.platform, meeting.webcast and _("webcast on {webcast}", webcast=meeting.webcast)) if part]
    lines.append(_("Format: {how}", how=how) + (f" ({'; '.join(extras)})" if extras else ""))
    if meeting.organisers:
        lines.append(_("Organised by: {join}", join='; '.join(meeting.organisers)))
    if meeting.co_sponsors:
        lines.append(_("Co-sponsored by: {join}", join='; '.join(meeting.co_sponsors)))
    if meeting.languages and (len(meeting.languages) > 1 or meeting.booths):
        lines.append(_("Interpretation: {join}", join=', '.join(language_name(code, i18n.language()) for code in meeting.languages)))
    if meeting.registration_deadline:
        limit = _(" for a {length}-minute intervention", length=_minutes(meeting.intervention_seconds)) if meeting.intervention_seconds else ""
        lines.append(_("Requests to speak{limit}: by {long_date}", limit=limit, long_date=_long_date(meeting.registration_deadline)))
    if meeting.contact:
        lines.append(_("Contact: {contact}", contact=meeting.contact))
    used = {id(seg.item) for s in meeting.sittings for seg in s.segments if seg.item is not None}
    if meeting.items and any(id(item) not in used for item in meeting.items):
        lines += ["", _("Agenda")] + [f"  {item.number}. {item.title}" for item in meeting.items]
    for sitting in meeting.sittings:
        lines += ["", *_sitting_lines(meeting, sitting, zones)]
    # a description or a title may name a protected person: the printed programme is public
    return ProtectedNames.of(meeting.participants).redact("\n".join(lines) + "\n")
