"""Agendas in the shapes real invitations take, each with the draft it must give.

The texts in ``agendas/`` are written the way secretariats in New York, Geneva, Vienna, Nairobi and
Bangkok write them: clock times as "1:15 p.m.", "13h15" or "09.00 hrs", or durations only; the date
and the start in one line; the format and the languages in a sentence; dashes of every kind.
Below each is the draft it must give, field by field; every draft must also load and check
without errors.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from meetingdesk.programme.agenda_import import import_agenda
from meetingdesk.programme.files import check_file

AGENDAS = Path(__file__).with_name("agendas")
TODAY = dt.date(2025, 1, 6)
D = dt.date


def draft_of(name: str):
    path = AGENDAS / f"{name}.txt"
    return import_agenda(path.read_text(encoding="utf-8"), source=path.name, today=TODAY)


def shape(draft) -> dict:
    """The draft's data, as a reader checks it: what it says, not how the file is laid out."""
    data = tomllib.loads(draft.toml)
    m = data["meeting"]
    keys = ("title", "subtitle", "venue", "room", "format", "platform", "time_zone", "display_zones", "languages", "intervention_minutes", "assumed")
    segments = [seg for sitting in data["sittings"] for seg in sitting.get("segments", [])]
    return {
        "meeting": {k: m[k] for k in keys if k in m},
        "sittings": [(s["date"], s["start"], s.get("end"), s.get("assumed", [])) for s in data["sittings"]],
        "segments": [(g["title"], g["kind"], g.get("start"), g.get("end"), g.get("minutes"), g.get("assumed", [])) for g in segments],
        "slots": [[(s["participant"], s["role"], s.get("minutes"), s.get("note")) for s in g.get("slots", [])] for g in segments],
        "people": {p["id"]: (p.get("title"), p["name"], p.get("position"), p.get("affiliation"), p.get("modality", "in_person")) for p in data.get("participants", [])},
        "unread": [(u.line, u.text) for u in draft.unread],
    }


EXPECTED = {
    # UN Headquarters: "1:15 p.m." times, the date and the hours in one line, the format and the
    # languages in sentences, a moderator named before the programme, a video message, and the
    # panellists' allotment given after their list
    "new-york-side-event": {
        "meeting": {
            "title": "Financing the fight against trafficking in persons: what works",
            "subtitle": "HIGH-LEVEL POLITICAL FORUM 2025 – SIDE EVENT",
            "venue": "United Nations Headquarters, New York",
            "room": "Conference Room 11",
            "format": "hybrid",
            "platform": "Zoom",
            "time_zone": "America/New_York",
            "languages": ["en", "fr", "es"],
            "assumed": ["time_zone"],
        },
        "sittings": [(D(2025, 7, 15), "13:15", "14:30", [])],
        "segments": [
            ("Welcome remarks", "opening", "13:15", "13:20", None, []),
            ("Keynote address", "address", "13:20", "13:30", None, []),
            ("Panel discussion", "panel", "13:30", "14:10", None, []),
            ("Interactive discussion with Member States and civil society", "interventions", "14:10", "14:25", None, []),
            ("Closing remarks by the Moderator", "closing", "14:25", "14:30", None, []),
        ],
        "slots": [
            [("ana-lima", "moderator", None, "Moderator"), ("jonas-berg", "speaker", None, None)],
            [("amina-diallo", "keynote", None, None)],
            [("kofi-mensah", "panellist", [5, 7], None), ("li-wei", "panellist", [5, 7], None), ("sara-gomez", "panellist", [5, 7], None)],
            [],
            [],
        ],
        "people": {
            "ana-lima": ("Ms.", "Ana Lima", "Director", "Global Initiative for Safe Migration", "in_person"),
            "jonas-berg": ("H.E. Mr.", "Jonas Berg", "Permanent Representative of Norway to the United Nations", None, "in_person"),
            "amina-diallo": ("Ms.", "Amina Diallo", "Executive Director", "UNODC", "video"),
            "kofi-mensah": ("Mr.", "Kofi Mensah", "Minister of Labour", "Ghana", "in_person"),
            "li-wei": ("Ms.", "Li Wei", "Head of Financial Intelligence", "Asian Development Bank", "in_person"),
            "sara-gomez": ("Ms.", "Sara Gómez", "Survivor leader", "Colombia", "online"),
        },
        "unread": [],
    },
    # Palais des Nations: "13h15" times, "(Geneva time)", a "|" between the hours and the title,
    # panellists under a panel heading with en-dash bullets
    "geneva-hrc-side-event": {
        "meeting": {
            "title": "Protecting children on the move from trafficking",
            "subtitle": "Side event on the margins of the 59th session of the Human Rights Council",
            "venue": "Palais des Nations",
            "room": "Room XXIV",
            "format": "hybrid",
            "time_zone": "Europe/Zurich",
            "languages": ["en", "fr"],
            "assumed": ["format"],
        },
        "sittings": [(D(2025, 6, 25), "13:15", "14:30", [])],
        "segments": [
            ("Opening remarks", "opening", "13:15", "13:20", None, []),
            ("Panel", "panel", "13:20", "13:50", None, []),
            ("Q&A with the audience", "qa", "13:50", "14:20", None, []),
            ("Closing remarks and way forward", "closing", "14:20", "14:30", None, []),
        ],
        "slots": [
            [("claire-dupont", "speaker", 5, None)],
            [("hassan-omar", "panellist", None, None), ("elena-petrova", "panellist", None, None), ("samuel-okoye", "panellist", None, None)],
            [],
            [],
        ],
        "people": {
            "claire-dupont": ("H.E. Ms.", "Claire Dupont", "Permanent Representative of France", None, "in_person"),
            "hassan-omar": ("Dr.", "Hassan Omar", "Special Rapporteur on trafficking in persons", None, "in_person"),
            "elena-petrova": ("Ms.", "Elena Petrova", "Director", "Child Protection Hub", "in_person"),
            "samuel-okoye": ("Mr.", "Samuel Okoye", "Youth advocate", "Nigeria", "online"),
        },
        "unread": [],
    },
    # Vienna International Centre: numbered items with durations (in figures and in words) and no
    # clock time; the start is in the date line; the end follows from the durations
    "vienna-durations-only": {
        "meeting": {
            "title": "Side event: Data for justice – measuring trafficking in persons",
            "subtitle": "Commission on Crime Prevention and Criminal Justice, thirty-fourth session",
            "venue": "Vienna International Centre",
            "room": "Board Room B",
            "format": "in_person",
            "time_zone": "Europe/Vienna",
            "languages": ["en", "es"],
            "assumed": ["time_zone"],
        },
        "sittings": [(D(2025, 5, 22), "15:00", "16:25", ["end"])],
        "segments": [
            ("Opening remarks by the Chair", "opening", None, None, 5, []),
            ("Presentation of the Global Report on Trafficking in Persons", "address", None, None, 15, []),
            ("Panel discussion", "panel", None, None, 40, []),
            ("Questions and answers", "qa", None, None, 20, []),
            ("Closing", "closing", None, None, 5, []),
        ],
        "slots": [
            [],
            [("julia-weber", "presenter", 15, None)],
            [("diego-ramirez", "panellist", None, None), ("fatima-zahra", "panellist", None, None)],
            [],
            [],
        ],
        "people": {
            "julia-weber": ("Ms.", "Julia Weber", "Research Officer", "UNODC", "in_person"),
            "diego-ramirez": ("Mr.", "Diego Ramírez", "Prosecutor, Office of the Attorney General", "Mexico", "in_person"),
            "fatima-zahra": ("Ms.", "Fatima Zahra", "Director, National Statistics Office", "Morocco", "in_person"),
        },
        "unread": [],
    },
    # UN Office at Nairobi: "Date:", "Time:", "Venue:" and "Mode:" labels, "10:00 am — 10:15 am" with
    # em dashes, a speaker named in the heading after a dash
    "nairobi-regional-consultation": {
        "meeting": {
            "title": "Regional consultation on trafficking in persons in East Africa",
            "venue": "United Nations Office at Nairobi",
            "room": "Conference Room 2",
            "format": "hybrid",
            "platform": "Microsoft Teams",
            "time_zone": "Africa/Nairobi",
            "languages": ["en"],
            "assumed": ["time_zone", "languages"],
        },
        "sittings": [(D(2025, 3, 10), "10:00", "12:30", [])],
        "segments": [
            ("Arrival and registration", "other", "10:00", "10:15", None, ["kind"]),
            ("Welcome remarks", "opening", "10:15", "10:30", None, []),
            ("Session 1: Regional trends", "other", "10:30", "11:30", None, ["kind"]),
            ("Health break", "break", "11:30", "11:45", None, []),
            ("Plenary discussion", "interventions", "11:45", "12:15", None, []),
            ("Way forward and closing", "closing", "12:15", "12:30", None, []),
        ],
        "slots": [
            [],
            [("peter-kamau", "speaker", None, None)],
            [("grace-achieng", "presenter", 15, None), ("yusuf-hassan", "presenter", 15, None)],
            [],
            [],
            [],
        ],
        "people": {
            "peter-kamau": ("Mr.", "Peter Kamau", "Director, Division of Conference Services", "UNON", "in_person"),
            "grace-achieng": ("Ms.", "Grace Achieng", "Regional Coordinator", "IOM", "in_person"),
            "yusuf-hassan": ("Mr.", "Yusuf Hassan", "Senior Analyst", "IGAD", "in_person"),
        },
        "unread": [],
    },
    # ESCAP, Bangkok: "09.00 – 09.10 hrs", "(Bangkok time)", a "Tentative programme" heading, a
    # moderator inside a session, figure-dash bullets, a horizontal bar in a title
    "bangkok-expert-group": {
        "meeting": {
            "title": "Expert group meeting on technology-facilitated trafficking in persons in Asia and the Pacific",
            "venue": "United Nations Conference Centre, Bangkok",
            "room": "Meeting Room G",
            "format": "hybrid",
            "time_zone": "Asia/Bangkok",
            "languages": ["en"],
            "assumed": ["format", "languages"],
        },
        "sittings": [(D(2025, 2, 27), "09:00", "12:00", [])],
        "segments": [
            ("Opening session", "opening", "09:00", "09:10", None, []),
            ("Session 1: Online recruitment and exploitation", "other", "09:10", "10:30", None, ["kind"]),
            ("Coffee break", "break", "10:30", "10:45", None, []),
            ("Session 2: Platform accountability ― roundtable discussion", "panel", "10:45", "11:45", None, []),
            ("Closing remarks", "closing", "11:45", "12:00", None, []),
        ],
        "slots": [
            [("naomi-tan", "speaker", None, "Welcome remarks")],
            [
                ("arjun-rao", "moderator", None, "Moderator"),
                ("malee-srisuk", "speaker", 10, None),
                ("nguyen-van-an", "speaker", 10, None),
                ("sophie-martin", "speaker", 10, None),
            ],
            [],
            [],
            [],
        ],
        "people": {
            "naomi-tan": ("Ms.", "Naomi Tan", "Deputy Executive Secretary", "ESCAP", "in_person"),
            "arjun-rao": ("Mr.", "Arjun Rao", "Chief, Social Development Division", "ESCAP", "in_person"),
            "malee-srisuk": ("Ms.", "Malee Srisuk", "Director, Anti-Trafficking Division", "Royal Thai Police", "in_person"),
            "nguyen-van-an": ("Mr.", "Nguyen Van An", "Legal Officer, Ministry of Public Security", "Viet Nam", "in_person"),
            "sophie-martin": ("Dr.", "Sophie Martin", "Researcher", "Tech Against Trafficking", "online"),
        },
        "unread": [],
    },
    # An online webinar: date, hours, zone and format in one line between "|", a minus sign and a
    # figure dash in ranges, a horizontal bar and a hyphen between title and speaker, durations only
    "online-webinar-dashes": {
        "meeting": {
            "title": "Webinar: Survivors' voices in anti-trafficking policy",
            "format": "online",
            "platform": "Zoom",
            "time_zone": "America/New_York",
            "languages": ["en", "es", "fr"],
            "intervention_minutes": 2,
            "assumed": ["time_zone", "languages"],
        },
        "sittings": [(D(2025, 1, 15), "09:00", "10:30", [])],
        "segments": [
            ("Opening remarks", "opening", None, None, 5, []),
            ("Keynote", "address", None, None, 10, ["minutes"]),
            ("Panel discussion", "panel", None, None, 45, []),
            ("Open floor: statements from Member States", "interventions", None, None, None, []),
            ("Wrap-up and next steps", "closing", None, None, 5, []),
        ],
        "slots": [
            [("dana-white", "speaker", 5, None)],
            [("omar-farouk", "keynote", [8, 10], None)],
            [],
            [],
            [],
        ],
        "people": {
            "dana-white": ("Ms.", "Dana White", "Chief, Human Trafficking Section", "UNODC", "in_person"),
            "omar-farouk": ("Mr.", "Omar Farouk", "Special Envoy", "African Union", "in_person"),
        },
        "unread": [],
    },
}


def test_there_are_six_agendas_from_five_duty_stations_and_a_webinar():
    assert sorted(p.stem for p in AGENDAS.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("part", ["meeting", "sittings", "segments", "slots", "people", "unread"])
def test_each_agenda_gives_its_draft(name, part):
    assert shape(draft_of(name))[part] == EXPECTED[name][part]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_draft_loads_and_checks_without_errors(name, tmp_path):
    path = tmp_path / f"{name}.toml"
    path.write_text(draft_of(name).toml, encoding="utf-8")
    assert [str(p) for p in check_file(path) if p.is_error] == []
