"""Agendas in the shapes real invitations take, each with the draft it must give.

The texts in ``agendas/`` are written the way secretariats and their partners write them: UN
Headquarters, Geneva (OHCHR, the Palais), Vienna (UNODC), Nairobi (UNEP, regional NGOs), Bangkok
(ESCAP), Santiago (ECLAC), online webinars. Clock times as "1:15 p.m.", "13h15", "10.00–10.15",
"10h00-10h10", "09:30 hrs", "12 noon", "from 10:00 to 13:00", a start alone at the head of each
line, a 12-hour clock without "a.m."/"p.m.", or durations only; one sitting, two sittings, two days;
tables pasted from a word processor with tabs or "|"; speakers on the segment's line or listed under
it, with or without "Ms."/"Mr.", their affiliations after commas or in brackets, "(online)", "(TBC)",
"via video message"; moderators, Q&A inside a block, agenda items, a tour-de-table with standing items.
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
    keys = (
        "title", "subtitle", "organisers", "co_sponsors", "venue", "room", "format", "platform", "webcast", "time_zone",
        "display_zones", "languages", "intervention_minutes", "assumed",
    )
    segments = [seg for sitting in data["sittings"] for seg in sitting.get("segments", [])]
    return {
        "meeting": {k: m[k] for k in keys if k in m},
        "sittings": [(s["date"], s["start"], s.get("end"), s.get("assumed", [])) for s in data["sittings"]],
        "sitting_titles": [s.get("title") for s in data["sittings"]],
        "segments": [(g["title"], g["kind"], g.get("start"), g.get("end"), g.get("minutes"), g.get("assumed", [])) for g in segments],
        "segment_items": [g.get("item") for g in segments],
        "time_permitting": [g["title"] for g in segments if g.get("time_permitting")],
        "slots": [[(s["participant"], s["role"], s.get("minutes"), s.get("note")) for s in g.get("slots", [])] for g in segments],
        "standing_items": {
            g["title"]: [(i["id"], i["title"], i.get("questions", [])) for i in g["standing_items"]]
            for g in segments if g.get("standing_items")
        },
        "people": {p["id"]: (p.get("title"), p["name"], p.get("position"), p.get("affiliation"), p.get("modality", "in_person")) for p in data.get("participants", [])},
        "items": [(i["number"], i["title"]) for i in data.get("items", [])],
        "unread": [(u.line, u.text) for u in draft.unread],
    }


def default(part: str, got: dict):
    """What an agenda's expectation leaves out: no titles of sittings, no agenda items, …"""
    return {
        "sitting_titles": [None] * len(got["sittings"]),
        "segment_items": [None] * len(got["segments"]),
        "time_permitting": [],
        "standing_items": {},
        "items": [],
    }[part]


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
            [("ana-lima", "moderator", None, None), ("jonas-berg", "speaker", None, None)],
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
            ("Arrival and registration", "other", "10:00", "10:15", None, []),
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
                ("arjun-rao", "moderator", None, None),
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
    # UN Headquarters: a start alone at the head of each line ("1:15 p.m."), each segment ending at
    # the next line's start and the last at "2:30 p.m. End"; speakers after a dash on the segment's
    # line, a moderator inside the panel, "(2-minute interventions)", a venue line that says "and online via Webex"
    "new-york-single-starts": {
        "meeting": {
            "title": "High-level side event: Financing the SDGs in fragile contexts",
            "venue": "UN Headquarters",
            "room": "Conference Room 6",
            "format": "hybrid",
            "platform": "Webex",
            "time_zone": "America/New_York",
            "languages": ["en", "fr", "es"],
            "intervention_minutes": 2,
            "assumed": [],
        },
        "sittings": [(D(2025, 7, 16), "13:15", "14:30", [])],
        "segments": [
            ("Welcome and opening remarks", "opening", "13:15", "13:20", None, []),
            ("Keynote address", "address", "13:20", "13:30", None, []),
            ("Panel discussion", "panel", "13:30", "14:10", None, []),
            ("Interactive dialogue with Member States", "interventions", "14:10", "14:25", None, []),
            ("Closing remarks", "closing", "14:25", "14:30", None, []),
        ],
        "slots": [
            [("juan-perez", "speaker", 5, None)],
            [("amina-mohammed", "keynote", None, None)],
            [("john-smith", "moderator", None, None), ("maria-lopez", "panellist", 5, None), ("kofi-asante", "panellist", 5, None), ("li-wei", "panellist", 5, None)],
            [],
            [("john-smith", "speaker", None, None)],
        ],
        "people": {
            "juan-perez": ("H.E. Mr.", "Juan Pérez", "Permanent Representative of Spain", None, "in_person"),
            "amina-mohammed": ("Ms.", "Amina Mohammed", "Deputy Secretary-General", None, "video"),
            "john-smith": ("Mr.", "John Smith", None, "UNDP", "in_person"),
            "maria-lopez": ("Ms.", "Maria Lopez", "Minister of Finance", "Colombia", "in_person"),
            "kofi-asante": ("Mr.", "Kofi Asante", None, "African Development Bank", "online"),
            "li-wei": ("Dr.", "Li Wei", None, "Tsinghua University", "in_person"),
        },
        "unread": [],
    },
    # Geneva: a title of two words, "13h15" alone at the head of a line with "(5 minutes)", a
    # moderator inside a panel, and "| Q&A (10 mins)" that ends the panel's block
    "geneva-single-start-13h15": {
        "meeting": {"title": "Side event", "format": "in_person", "time_zone": "Europe/Zurich", "languages": ["en"], "assumed": ["format", "languages"]},
        "sittings": [(D(2025, 6, 12), "13:15", "14:30", [])],
        "segments": [
            ("Opening remarks", "opening", "13:15", "13:20", None, []),
            ("Panel discussion", "panel", "13:20", "13:30", None, ["end"]),
            ("Q&A", "qa", "13:30", "13:40", None, ["start"]),
        ],
        "slots": [[], [("ana-ruiz", "moderator", None, None)], []],
        "people": {"ana-ruiz": ("Ms.", "Ana Ruiz", None, None, "in_person")},
        "unread": [],
    },
    # UN DESA, New York: two days under "Day 1 – Monday, 3 March 2025" headings, a table pasted from
    # Word (tabs), an organisation's name above the title, coffee and lunch breaks, presenters with an
    # allotment each, panellists with their affiliations only; "Open discussion" alone under a session
    # says what kind of segment it is
    "desa-two-days-word-tabs": {
        "meeting": {
            "title": "Expert Group Meeting on Social Protection and Decent Work for All",
            "organisers": ["United Nations Department of Economic and Social Affairs"],
            "venue": "United Nations Headquarters, New York",
            "room": "Conference Room 12",
            "format": "hybrid",
            "platform": "Zoom",
            "time_zone": "America/New_York",
            "languages": ["en"],
            "assumed": ["time_zone", "languages"],
        },
        "sittings": [(D(2025, 3, 3), "10:00", "17:00", []), (D(2025, 3, 4), "10:00", "12:00", [])],
        "sitting_titles": ["Day 1", "Day 2"],
        "segments": [
            ("Opening of the meeting", "opening", "10:00", "10:20", None, []),
            ("Session 1: Trends in social protection coverage", "other", "10:20", "11:30", None, ["kind"]),
            ("Coffee break", "break", "11:30", "11:45", None, []),
            ("Session 2: Financing social protection floors", "interventions", "11:45", "13:00", None, []),
            ("Lunch break", "break", "13:00", "15:00", None, []),
            ("Session 3: Social protection in fragile and conflict-affected settings", "panel", "15:00", "16:45", None, []),
            ("Wrap-up of day 1", "closing", "16:45", "17:00", None, []),
            ("Session 4: Recommendations for the Commission for Social Development", "other", "10:00", "11:30", None, ["kind"]),
            ("Conclusions and closing of the meeting", "closing", "11:30", "12:00", None, []),
        ],
        "slots": [
            [("carlos-mendes", "speaker", None, None)],
            [("helen-park", "moderator", None, None), ("ana-costa", "presenter", 15, None), ("rajiv-menon", "presenter", 15, None)],
            [],
            [],
            [],
            [("amal-yousef", "panellist", None, None), ("jean-paul-mbala", "panellist", None, None)],
            [],
            [],
            [("helen-park", "speaker", None, None)],
        ],
        "people": {
            "carlos-mendes": ("Mr.", "Carlos Mendes", "Director, Division for Inclusive Social Development", "DESA", "in_person"),
            "helen-park": ("Ms.", "Helen Park", "Chief, Social Policy Branch", "DESA", "in_person"),
            "ana-costa": ("Dr.", "Ana Costa", "Professor", "University of São Paulo", "in_person"),
            "rajiv-menon": ("Mr.", "Rajiv Menon", "Senior Economist", "ILO", "online"),
            "amal-yousef": ("Ms.", "Amal Yousef", "Programme Specialist", "UNICEF", "in_person"),
            "jean-paul-mbala": ("Mr.", "Jean-Paul Mbala", None, "Ministry of Social Affairs, Democratic Republic of the Congo", "in_person"),
        },
        "unread": [],
    },
    # OHCHR, Palais des Nations: a "Time | Session | Speakers" table with "|" columns, the speakers of
    # the panel in one cell parted by ";", a moderator first, "(online)" and "(TBC)", a "Co-organized by" line
    "ohchr-geneva-pipe-table": {
        "meeting": {
            "title": "Side event: Business and human rights in conflict-affected areas",
            "subtitle": "Human Rights Council, 58th session",
            "organisers": ["Permanent Mission of Switzerland", "OHCHR", "Geneva Academy"],
            "venue": "Palais des Nations",
            "room": "Room XXV",
            "format": "hybrid",
            "platform": "Zoom",
            "time_zone": "Europe/Zurich",
            "languages": ["en", "fr", "es"],
            "assumed": [],
        },
        "sittings": [(D(2025, 3, 20), "12:00", "13:00", [])],
        "segments": [
            ("Welcome", "opening", "12:00", "12:05", None, []),
            ("Keynote address", "address", "12:05", "12:15", None, []),
            ("Panel discussion", "panel", "12:15", "12:45", None, []),
            ("Q&A", "qa", "12:45", "12:55", None, []),
            ("Closing remarks", "closing", "12:55", "13:00", None, []),
        ],
        "slots": [
            [("anna-keller", "speaker", None, None)],
            [("lina-haddad", "keynote", None, None)],
            [
                ("paolo-rossi", "moderator", None, None),
                ("grace-mensah", "panellist", None, None),
                ("omar-khalil", "panellist", None, None),
                ("sun-mei", "panellist", None, "TBC"),
            ],
            [],
            [("paolo-rossi", "speaker", None, None)],
        ],
        "people": {
            "anna-keller": ("H.E. Ms.", "Anna Keller", "Permanent Representative of Switzerland", None, "in_person"),
            "lina-haddad": ("Ms.", "Lina Haddad", "Deputy High Commissioner for Human Rights", None, "video"),
            "paolo-rossi": ("Mr.", "Paolo Rossi", None, "Geneva Academy", "in_person"),
            "grace-mensah": ("Ms.", "Grace Mensah", None, "Working Group on Business and Human Rights", "in_person"),
            "omar-khalil": ("Mr.", "Omar Khalil", None, "Business and Human Rights Resource Centre", "online"),
            "sun-mei": ("Ms.", "Sun Mei", None, "Global Compact Network", "in_person"),
        },
        "unread": [],
    },
    # UNODC, Vienna International Centre: "10.00–10.10" times and "12 noon", "Moderated by" naming a
    # speaker already read, panellists with "(5–7 minutes each)" in their heading, "(via video message)"
    "unodc-vienna-dots-and-noon": {
        "meeting": {
            "title": "Side event: Alternative development and the protection of forests",
            "subtitle": "Commission on Narcotic Drugs, sixty-eighth session",
            "organisers": ["UNODC"],
            "venue": "Vienna International Centre",
            "room": "Conference Room M7",
            "format": "in_person",
            "time_zone": "Europe/Vienna",
            "languages": ["en", "es"],
            "assumed": ["time_zone", "languages"],
        },
        "sittings": [(D(2025, 3, 12), "10:00", "12:00", [])],
        "segments": [
            ("Opening remarks", "opening", "10:00", "10:10", None, []),
            ("Presentation of the World Drug Report findings on drugs and the environment", "address", "10:10", "10:30", None, []),
            ("Panel discussion", "panel", "10:30", "11:30", None, []),
            ("Questions and answers", "qa", "11:30", "11:55", None, []),
            ("Closing remarks", "closing", "11:55", "12:00", None, []),
        ],
        "slots": [
            [("ines-kraus", "speaker", None, None)],
            [("tomas-berger", "presenter", None, None)],
            [
                ("ines-kraus", "moderator", None, None),
                ("andres-castillo", "panellist", [5, 7], None),
                ("dara-sok", "panellist", [5, 7], None),
                ("yaw-boateng", "panellist", [5, 7], None),
            ],
            [],
            [],
        ],
        "people": {
            "ines-kraus": ("Ms.", "Ines Kraus", "Chief, Alternative Development Section", "UNODC", "in_person"),
            "tomas-berger": ("Mr.", "Tomas Berger", "Research Officer", "UNODC", "in_person"),
            "andres-castillo": ("H.E. Mr.", "Andrés Castillo", "Vice-Minister of Agriculture", "Colombia", "in_person"),
            "dara-sok": ("Ms.", "Dara Sok", "Community leader", "Cambodia", "video"),
            "yaw-boateng": ("Dr.", "Yaw Boateng", None, "Forest Research Institute, Ghana", "in_person"),
        },
        "unread": [],
    },
    # A civil society workshop in Nairobi: a start alone on a 12-hour clock without "a.m."/"p.m."
    # ("12:30 Lunch", "1:30 Panel" is 13:30: marked assumed), "End of workshop" ends the day, a
    # speaker after "by" in a titled keynote, "Organised by … in partnership with …"
    "nairobi-ngo-12-hour-clock": {
        "meeting": {
            "title": "Regional Civil Society Workshop on Plastic Pollution",
            "organisers": ["Africa Environment Network"],
            "co_sponsors": ["UNEP"],
            "venue": "UN Gigiri Complex, Nairobi",
            "room": "Conference Room 4",
            "format": "hybrid",
            "time_zone": "Africa/Nairobi",
            "languages": ["en"],
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [(D(2025, 4, 8), "08:30", "15:30", ["end"])],
        "segments": [
            ("Registration and tea", "other", "08:30", "09:00", None, []),
            ("Welcome and introductions", "opening", "09:00", "09:20", None, []),
            ("Keynote: The road to a global plastics treaty", "address", "09:20", "09:40", None, []),
            ("Group work: national priorities", "other", "09:40", "11:00", None, []),
            ("Tea break", "break", "11:00", "11:20", None, []),
            ("Report back from the groups", "other", "11:20", "12:30", None, ["kind"]),
            ("Lunch", "break", "12:30", "13:30", None, ["end"]),
            ("Panel: Financing waste management", "panel", "13:30", "15:00", None, ["start", "end"]),
            ("Way forward and closing", "closing", "15:00", "15:30", None, ["start", "end"]),
        ],
        "slots": [
            [],
            [("wanjiru-mwangi", "speaker", None, None)],
            [("samuel-otieno", "keynote", 20, None)],
            [],
            [],
            [],
            [],
            [("peter-njoroge", "moderator", None, None), ("aisha-mohamed", "panellist", None, None), ("tom-okello", "panellist", None, None)],
            [],
        ],
        "people": {
            "wanjiru-mwangi": ("Ms.", "Wanjiru Mwangi", "Coordinator", "Africa Environment Network", "in_person"),
            "samuel-otieno": ("Dr.", "Samuel Otieno", None, "UNEP", "in_person"),
            "peter-njoroge": ("Mr.", "Peter Njoroge", None, "Kenya Private Sector Alliance", "in_person"),
            "aisha-mohamed": ("Ms.", "Aisha Mohamed", None, "Ministry of Environment, Kenya", "in_person"),
            "tom-okello": ("Mr.", "Tom Okello", None, "Eco Youth Network Uganda", "online"),
        },
        "unread": [],
    },
    # ESCAP, Bangkok: two sittings in the head ("09:30 – 12:30 and 14:00 – 17:00 hrs"), "Morning
    # session" and "Afternoon session" headings, "10:15 hrs" starts alone, a Q&A ending a block, the
    # lunch between the sittings, a limit per delegation in a sentence, "Close of the meeting"
    "escap-bangkok-two-sittings-hrs": {
        "meeting": {
            "title": "Regional Dialogue on Disaster Risk Reduction and Climate Resilience",
            "organisers": ["Economic and Social Commission for Asia and the Pacific (ESCAP)"],
            "venue": "United Nations Conference Centre, Bangkok",
            "room": "Meeting Room C",
            "format": "in_person",
            "time_zone": "Asia/Bangkok",
            "languages": ["en"],
            "intervention_minutes": 3,
            "assumed": ["format", "languages"],
        },
        "sittings": [(D(2025, 5, 27), "09:30", "12:30", []), (D(2025, 5, 27), "14:00", "17:00", [])],
        "sitting_titles": ["Morning session", "Afternoon session"],
        "segments": [
            ("Opening session", "opening", "09:30", "10:15", None, []),
            ("Session 1: Early warning for all", "other", "10:15", "11:15", None, ["kind", "end"]),
            ("Q&A", "qa", "11:15", "11:30", None, ["start"]),
            ("Coffee break", "break", "11:30", "11:45", None, []),
            ("Session 2: Anticipatory action and social protection", "other", "11:45", "12:30", None, ["kind"]),
            ("Session 3: Tour-de-table on national priorities", "tour_de_table", "14:00", "16:30", None, []),
            ("Summary of the discussions and next steps", "closing", "16:30", "17:00", None, []),
        ],
        "slots": [
            [("naomi-tan", "speaker", None, "Welcome remarks"), ("ravi-sharma", "keynote", None, None)],
            [("kenji-sato", "moderator", None, None), ("maria-santos", "speaker", 10, None), ("tashi-dorji", "speaker", 10, None)],
            [],
            [],
            [],
            [],
            [],
        ],
        "people": {
            "naomi-tan": ("Ms.", "Naomi Tan", "Deputy Executive Secretary", "ESCAP", "in_person"),
            "ravi-sharma": ("Dr.", "Ravi Sharma", "Chair", "Asia-Pacific Climate Network", "in_person"),
            "kenji-sato": ("Mr.", "Kenji Sato", "Chief, Disaster Risk Reduction Section", "ESCAP", "in_person"),
            "maria-santos": ("Ms.", "Maria Santos", None, "Philippine Atmospheric Services Administration", "in_person"),
            "tashi-dorji": ("Mr.", "Tashi Dorji", None, "Department of Disaster Management, Bhutan", "in_person"),
        },
        "unread": [],
    },
    # ECLAC, Santiago: "from 10:00 to 13:00" in a date line that starts with the city, "10:00 to
    # 10:20" ranges, a room named before the building, "Moderated by:", a video message
    "eclac-santiago-from-to": {
        "meeting": {
            "title": "Seminar: Productive development policies for a more inclusive Latin America",
            "organisers": ["Economic Commission for Latin America and the Caribbean (ECLAC)"],
            "venue": "ECLAC headquarters, Santiago",
            "room": "Raúl Prebisch Conference Room",
            "format": "hybrid",
            "platform": "Zoom",
            "time_zone": "America/Santiago",
            "languages": ["en", "es"],
            "assumed": [],
        },
        "sittings": [(D(2025, 6, 5), "10:00", "13:00", [])],
        "segments": [
            ("Opening session", "opening", "10:00", "10:20", None, []),
            ("Panel 1: Industrial policy after the commodity boom", "panel", "10:20", "11:40", None, []),
            ("Coffee break", "break", "11:40", "12:00", None, []),
            ("Panel 2: Financing the green transition", "panel", "12:00", "12:45", None, []),
            ("Closing remarks", "closing", "12:45", "13:00", None, []),
        ],
        "slots": [
            [("jose-manuel-salas", "speaker", None, None), ("carla-rojas", "speaker", None, None)],
            [
                ("andres-ibanez", "moderator", None, None),
                ("lucia-fernandez", "panellist", None, None),
                ("pedro-alves", "panellist", None, None),
                ("sarah-thompson", "panellist", None, None),
            ],
            [],
            [],
            [],
        ],
        "people": {
            "jose-manuel-salas": ("Mr.", "José Manuel Salas", "Executive Secretary", "ECLAC", "in_person"),
            "carla-rojas": ("Ms.", "Carla Rojas", "Minister of Economy", "Chile", "video"),
            "andres-ibanez": ("Mr.", "Andrés Ibáñez", "Chief, Division of Production", "ECLAC", "in_person"),
            "lucia-fernandez": ("Ms.", "Lucía Fernández", "Professor", "University of Buenos Aires", "in_person"),
            "pedro-alves": ("Mr.", "Pedro Alves", "Director, National Development Bank", "Brazil", "online"),
            "sarah-thompson": ("Ms.", "Sarah Thompson", "Senior Economist", "World Bank", "in_person"),
        },
        "unread": [],
    },
    # An online webinar: the hours in two zones on one line ("8:00 – 9:30 a.m. EST / 14:00 – 15:30
    # CET"), a run of show by durations, "(pre-recorded)", "(TBC)", a moderator named before the programme
    "un-women-webinar-two-zones": {
        "meeting": {
            "title": "Webinar: Women's leadership in climate action",
            "format": "online",
            "platform": "Zoom",
            "time_zone": "America/New_York",
            "display_zones": ["Europe/Zurich"],
            "languages": ["en"],
            "assumed": ["time_zone", "languages"],
        },
        "sittings": [(D(2025, 3, 6), "08:00", "09:30", [])],
        "segments": [
            ("Welcome remarks", "opening", None, None, 3, []),
            ("Keynote", "address", None, None, 10, []),
            ("Panel discussion", "panel", None, None, 45, []),
            ("Q&A", "qa", None, None, 20, []),
            ("Closing and next steps", "closing", None, None, 5, []),
        ],
        "slots": [
            [("rita-alves", "moderator", None, None), ("sima-bahous", "speaker", 3, None)],
            [("mia-larsen", "keynote", 10, "TBC")],
            [("hindou-ibrahim", "panellist", [5, 7], None), ("kavita-rao", "panellist", [5, 7], None), ("luis-vega", "panellist", [5, 7], None)],
            [],
            [],
        ],
        "people": {
            "rita-alves": ("Ms.", "Rita Alves", "Policy Specialist", "UN Women", "in_person"),
            "sima-bahous": ("Ms.", "Sima Bahous", "Executive Director", "UN Women", "video"),
            "mia-larsen": ("H.E. Ms.", "Mia Larsen", "Minister for Development Cooperation", "Denmark", "in_person"),
            "hindou-ibrahim": ("Ms.", "Hindou Ibrahim", "Chair", "Indigenous Women's Climate Forum", "in_person"),
            "kavita-rao": ("Ms.", "Kavita Rao", "Founder", "Solar Sisters India", "online"),
            "luis-vega": ("Mr.", "Luis Vega", "Climate Finance Adviser", "Inter-American Development Bank", "in_person"),
        },
        "unread": [],
    },
    # OHCHR, a working group's informal consultations: "Item 1:" … "Item 5:" without times in a
    # sitting given in the head, a tour-de-table over standing items with guiding questions, the six
    # official languages, a limit per delegation
    "geneva-items-tour-de-table": {
        "meeting": {
            "title": "Informal consultations on the draft convention",
            "organisers": ["Intergovernmental Working Group on the Right to Development"],
            "venue": "Palais des Nations, Geneva",
            "room": "Room XX",
            "format": "in_person",
            "time_zone": "Europe/Zurich",
            "languages": ["ar", "zh", "en", "fr", "ru", "es"],
            "intervention_minutes": 3,
            "assumed": ["format", "time_zone"],
        },
        "sittings": [(D(2025, 5, 12), "10:00", "13:00", [])],
        "segments": [
            ("Opening of the consultations and adoption of the agenda", "opening", None, None, None, []),
            ("Statement by the Chair-Rapporteur", "address", None, None, None, []),
            ("Tour-de-table on the draft articles", "tour_de_table", None, None, None, []),
            ("Other matters", "other", None, None, None, ["kind"]),
            ("Closing of the consultations", "closing", None, None, None, []),
        ],
        "segment_items": ["1", "2", "3", "4", "5"],
        "slots": [[], [("karim-nasser", "chair", None, None)], [], [], []],
        "standing_items": {
            "Tour-de-table on the draft articles": [
                ("article-4-obligations", "Article 4 – Obligations of States Parties", [
                    "How should the obligation to cooperate be worded?",
                    "Which existing instruments offer a model?",
                ]),
                ("article-13-international", "Article 13 – International cooperation", ["What role should development partners play?"]),
            ],
        },
        "people": {"karim-nasser": ("H.E. Mr.", "Karim Nasser", "Chair-Rapporteur of the Working Group", None, "in_person")},
        "items": [
            ("1", "Opening of the consultations and adoption of the agenda"),
            ("2", "Statement by the Chair-Rapporteur"),
            ("3", "Tour-de-table on the draft articles"),
            ("4", "Other matters"),
            ("5", "Closing of the consultations"),
        ],
        "unread": [],
    },
    # UNEP, Nairobi: starts alone ("13:15 Opening – Ms. X"), the last segment closed by the end in
    # the head ("13:15 – 14:45 (EAT)"), a "UNEA-7 side event" line above the event's name, live streaming
    "nairobi-unea-header-end": {
        "meeting": {
            "title": "Nature-based solutions for resilient African cities",
            "subtitle": "UNEA-7 side event",
            "venue": "UNEP Headquarters, Gigiri",
            "room": "Conference Room 3",
            "format": "in_person",
            "webcast": "UNEP's YouTube channel",
            "time_zone": "Africa/Nairobi",
            "languages": ["en"],
            "assumed": ["time_zone", "languages"],
        },
        "sittings": [(D(2025, 12, 10), "13:15", "14:45", [])],
        "segments": [
            ("Opening", "opening", "13:15", "13:25", None, []),
            ("Setting the scene: presentation of the Cities and Nature report", "opening", "13:25", "13:45", None, []),
            ("Panel: From plans to projects", "panel", "13:45", "14:30", None, []),
            ("Q&A and closing", "qa", "14:30", "14:45", None, []),
        ],
        "slots": [
            [("amina-odhiambo", "speaker", None, None)],
            [("felix-mwangi", "presenter", None, None)],
            [
                ("lerato-dube", "moderator", None, None),
                ("grace-auma", "panellist", None, None),
                ("youssef-benali", "panellist", None, None),
                ("ana-pereira", "panellist", None, None),
            ],
            [],
        ],
        "people": {
            "amina-odhiambo": ("Ms.", "Amina Odhiambo", "Director, Ecosystems Division", "UNEP", "in_person"),
            "felix-mwangi": ("Dr.", "Felix Mwangi", "Urban Resilience Lead", "African Cities Network", "in_person"),
            "lerato-dube": ("Ms.", "Lerato Dube", "Climate Journalist", None, "in_person"),
            "grace-auma": ("H.E. Ms.", "Grace Auma", "Governor, Kisumu County", "Kenya", "in_person"),
            "youssef-benali": ("Mr.", "Youssef Benali", "Deputy Mayor, Casablanca", "Morocco", "in_person"),
            "ana-pereira": ("Ms.", "Ana Pereira", None, "C40 Cities Climate Leadership Group", "online"),
        },
        "unread": [],
    },
    # ESCAP, Bangkok: a Word table with tabs ("Time\tSession\tSpeakers"), the speakers of a row on
    # lines that start with tabs, "(ICT)", "Hybrid (in person and via Microsoft Teams)"
    "bangkok-word-table-tabs": {
        "meeting": {
            "title": "Side event: Accelerating SDG 6 through regional cooperation",
            "subtitle": "Asia-Pacific Forum on Sustainable Development 2025",
            "venue": "United Nations Conference Centre, Bangkok",
            "room": "Meeting Room E",
            "format": "hybrid",
            "platform": "Microsoft Teams",
            "time_zone": "Asia/Bangkok",
            "languages": ["en"],
            "assumed": ["time_zone", "languages"],
        },
        "sittings": [(D(2025, 2, 25), "12:30", "14:00", [])],
        "segments": [
            ("Opening remarks", "opening", "12:30", "12:40", None, []),
            ("Panel discussion: regional water cooperation", "panel", "12:40", "13:20", None, []),
            ("Open discussion with participants", "interventions", "13:20", "13:50", None, []),
            ("Closing remarks", "closing", "13:50", "14:00", None, []),
        ],
        "slots": [
            [("kanya-chaiyasit", "speaker", None, None)],
            [
                ("david-lee", "moderator", None, None),
                ("aigerim-bekova", "panellist", None, None),
                ("rohan-perera", "panellist", None, None),
                ("linh-tran", "panellist", None, None),
            ],
            [],
            [("david-lee", "speaker", None, None)],
        ],
        "people": {
            "kanya-chaiyasit": ("Ms.", "Kanya Chaiyasit", "Director, Environment and Development Division", "ESCAP", "in_person"),
            "david-lee": ("Mr.", "David Lee", "Water Programme Officer", "ESCAP", "in_person"),
            "aigerim-bekova": ("Ms.", "Aigerim Bekova", None, "Ministry of Water Resources, Kazakhstan", "in_person"),
            "rohan-perera": ("Mr.", "Rohan Perera", None, "Sri Lanka Water Partnership", "online"),
            "linh-tran": ("Ms.", "Linh Tran", None, "Mekong River Commission Secretariat", "in_person"),
        },
        "unread": [],
    },
    # A regional NGO in Kampala: two days under "DAY 1: Tuesday, 10 June 2025" headings, "9:00 am",
    # "12 noon", names without "Ms."/"Mr." in lists and after "Facilitator:", affiliations in brackets
    "kampala-ngo-two-days-bare-names": {
        "meeting": {
            "title": "Annual Partners' Meeting 2025",
            "organisers": ["East African Coalition against Trafficking"],
            "venue": "Speke Resort, Munyonyo, Kampala, Uganda",
            "format": "in_person",
            "time_zone": "Africa/Kampala",
            "languages": ["en"],
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [(D(2025, 6, 10), "09:00", "15:30", []), (D(2025, 6, 11), "09:00", "11:30", [])],
        "sitting_titles": ["DAY 1", "DAY 2"],
        "segments": [
            ("Arrival and registration", "other", "09:00", "09:30", None, []),
            ("Welcome and opening", "opening", "09:30", "10:00", None, []),
            ("Session 1: Country updates from members", "other", "10:00", "12:00", None, ["kind"]),
            ("Lunch", "break", "12:00", "13:00", None, []),
            ("Session 2: Survivor-led services", "other", "13:00", "15:00", None, ["kind"]),
            ("Tea break and group photo", "break", "15:00", "15:30", None, []),
            ("Session 3: Joint advocacy plan 2025–2026", "other", "09:00", "11:00", None, ["kind"]),
            ("Closing and way forward", "closing", "11:00", "11:30", None, []),
        ],
        "slots": [
            [],
            [("sarah-nakato", "speaker", None, None), ("joseph-mugisha", "speaker", None, None)],
            [],
            [],
            [("grace-atim", "moderator", None, None)],
            [],
            [],
            [("sarah-nakato", "speaker", None, None)],
        ],
        "people": {
            "sarah-nakato": (None, "Sarah Nakato", "Executive Director", "EACAT", "in_person"),
            "joseph-mugisha": (None, "Joseph Mugisha", None, "Ministry of Internal Affairs, Uganda", "in_person"),
            "grace-atim": (None, "Grace Atim", None, "Survivor Network Uganda", "in_person"),
        },
        "unread": [],
    },
    # UN Headquarters: "Morning session (10:00 a.m. – 1:00 p.m.)" and "Afternoon session" headings,
    # "Item 1:" in timed headings, an item's block shared by a presentation of 20 minutes and
    # interventions of 3 minutes each, "12:00 – 1:00 p.m."
    "new-york-items-morning-afternoon": {
        "meeting": {
            "title": "Fourth International Conference on Small Island Developing States – Preparatory Meeting",
            "subtitle": "Interregional meeting of SIDS experts",
            "venue": "UN Headquarters, New York",
            "room": "Conference Room 4",
            "format": "in_person",
            "time_zone": "America/New_York",
            "languages": ["en", "fr"],
            "intervention_minutes": 3,
            "assumed": ["format", "time_zone"],
        },
        "sittings": [(D(2025, 4, 14), "10:00", "13:00", []), (D(2025, 4, 14), "15:00", "18:00", [])],
        "sitting_titles": ["Morning session", "Afternoon session"],
        "segments": [
            ("Opening of the meeting", "opening", "10:00", "10:30", None, []),
            ("Presentation by the Secretariat", "address", "10:30", "10:50", None, []),
            ("Interventions by delegations", "interventions", "10:50", "12:00", None, ["start"]),
            ("Interactive dialogue with partners", "interventions", "12:00", "13:00", None, []),
            ("Priorities for the outcome document", "other", "15:00", "17:00", None, ["kind"]),
            ("Other matters", "other", "17:00", "17:45", None, ["kind"]),
            ("Closing of the meeting", "closing", "17:45", "18:00", None, []),
        ],
        "segment_items": ["1", "2", "2", "3", "4", "5", "6"],
        "slots": [[("tala-fonua", "chair", None, "Statement by the Chair")], [], [], [], [], [], []],
        "people": {"tala-fonua": ("H.E. Ms.", "Tala Fonua", None, "Tonga", "in_person")},
        "items": [
            ("1", "Opening of the meeting"),
            ("2", "Review of the implementation of the SAMOA Pathway"),
            ("3", "Interactive dialogue with partners"),
            ("4", "Priorities for the outcome document"),
            ("5", "Other matters"),
            ("6", "Closing of the meeting"),
        ],
        "unread": [],
    },
    # UNODC, Vienna: "10h00-10h10" without spaces, the date and the hours on two lines, presenters
    # listed under "Presentations by youth delegates (10 minutes each)", "(time permitting)"
    "vienna-uncac-10h00-time-permitting": {
        "meeting": {
            "title": "Special event: Youth voices against corruption",
            "subtitle": "Conference of the States Parties to the United Nations Convention against Corruption, eleventh session",
            "venue": "Vienna International Centre",
            "room": "Boardroom A",
            "format": "hybrid",
            "time_zone": "Europe/Vienna",
            "languages": ["en"],
            "assumed": ["format", "languages"],
        },
        "sittings": [(D(2025, 12, 9), "10:00", "11:30", [])],
        "segments": [
            ("Opening", "opening", "10:00", "10:10", None, []),
            ("Presentations by youth delegates", "address", "10:10", "10:40", None, []),
            ("Interventions from the floor", "interventions", "10:40", "11:20", None, []),
            ("Closing remarks", "closing", "11:20", "11:30", None, []),
        ],
        "time_permitting": ["Interventions from the floor"],
        "slots": [
            [("eva-gruber", "chair", None, None)],
            [("amira-saleh", "presenter", 10, None), ("lucas-silva", "presenter", 10, None), ("mei-chen", "presenter", 10, None)],
            [],
            [("daniel-weiss", "speaker", None, None)],
        ],
        "people": {
            "eva-gruber": ("H.E. Ms.", "Eva Gruber", "Chair of the Conference", None, "in_person"),
            "amira-saleh": ("Ms.", "Amira Saleh", "GRACE Youth Ambassador", "Jordan", "in_person"),
            "lucas-silva": ("Mr.", "Lucas Silva", None, "Youth Anti-Corruption Network, Brazil", "in_person"),
            "mei-chen": ("Ms.", "Mei Chen", "student", "University of Vienna", "online"),
            "daniel-weiss": ("Mr.", "Daniel Weiss", "Chief, Corruption and Economic Crime Branch", "UNODC", "in_person"),
        },
        "unread": [],
    },
    # A regional consultation online: numbered segments without times or lengths in a sitting given
    # in the head, "Interpretation: English/Spanish", "Organized by … with the support of …",
    # a speaker after "by" with ", via video message", "(TBC)"
    "santiago-online-numbered-no-times": {
        "meeting": {
            "title": "Civil Society Forum on Migration and Development – Regional Consultation for Latin America",
            "organisers": ["Regional Network of Migrant Organizations"],
            "co_sponsors": ["IOM"],
            "format": "online",
            "time_zone": "America/Santiago",
            "languages": ["en", "es"],
            "assumed": [],
        },
        "sittings": [(D(2025, 10, 22), "09:00", "11:00", [])],
        "segments": [
            ("Welcome", "opening", None, None, None, []),
            ("Opening statement", "opening", None, None, None, []),
            ("Presentation of the regional consultation report", "address", None, None, None, []),
            ("Roundtable: Protecting migrant workers' rights", "panel", None, None, None, []),
            ("Open discussion", "interventions", None, None, None, []),
            ("Conclusions and next steps", "closing", None, None, None, []),
        ],
        "slots": [
            [("paula-andrade", "speaker", None, None)],
            [("diego-fuentes", "speaker", None, None)],
            [("marta-quiroga", "presenter", None, None)],
            [("carlos-ortiz", "speaker", None, None), ("rosa-mamani", "speaker", None, "TBC")],
            [],
            [],
        ],
        "people": {
            "paula-andrade": ("Ms.", "Paula Andrade", "Coordinator", "Regional Network of Migrant Organizations", "in_person"),
            "diego-fuentes": ("Mr.", "Diego Fuentes", "Chief of Mission", "IOM Chile", "video"),
            "marta-quiroga": ("Dr.", "Marta Quiroga", "Researcher", "University of Chile", "in_person"),
            "carlos-ortiz": ("Mr.", "Carlos Ortiz", None, "National Union of Domestic Workers, Peru", "online"),
            "rosa-mamani": ("Ms.", "Rosa Mamani", None, "Bolivian Migrant Women's Association", "in_person"),
        },
        "unread": [],
    },
    # ECOSOC, New York: starts alone with "a.m."/"p.m.", "Noon", "Adjourn", speakers after "Opening
    # remarks by" and "Keynote address by" under one segment, a Q&A of 20 minutes ending a panel's
    # block, a limit on interventions in a sentence, a webcast, a room that is a chamber
    "ecosoc-single-starts-noon-adjourn": {
        "meeting": {
            "title": "ECOSOC Partnership Forum 2025",
            "subtitle": "Special session: Partnerships for the SDGs in least developed countries",
            "venue": "United Nations Headquarters, New York",
            "room": "Trusteeship Council Chamber",
            "format": "in_person",
            "webcast": "UN Web TV",
            "time_zone": "America/New_York",
            "languages": ["en"],
            "intervention_minutes": 3,
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [(D(2025, 1, 28), "09:30", "13:00", [])],
        "segments": [
            ("Opening segment", "opening", "09:30", "10:15", None, []),
            ("Panel 1: Mobilizing private finance", "panel", "10:15", "11:10", None, ["end"]),
            ("Q&A", "qa", "11:10", "11:30", None, ["start"]),
            ("Panel 2: South-South and triangular cooperation", "panel", "11:30", "12:00", None, []),
            ("Interactive discussion with Member States and stakeholders", "interventions", "12:00", "12:45", None, []),
            ("Closing remarks", "closing", "12:45", "13:00", None, []),
        ],
        "slots": [
            [("omar-haddad", "speaker", None, "Opening remarks"), ("laila-farah", "keynote", None, None)],
            [("julia-novak", "moderator", None, None), ("arif-khan", "panellist", 5, None), ("fatou-ndiaye", "panellist", 5, None), ("erik-holm", "panellist", 5, None)],
            [],
            [("chen-jing", "panellist", None, None), ("paulo-cardoso", "panellist", None, None)],
            [],
            [("henrik-vold", "speaker", None, None)],
        ],
        "people": {
            "omar-haddad": ("H.E. Mr.", "Omar Haddad", "President of the Economic and Social Council", None, "in_person"),
            "laila-farah": ("Ms.", "Laila Farah", "Secretary-General", "UNCTAD", "in_person"),
            "julia-novak": ("Ms.", "Julia Novak", "Editor", "Financial Times", "in_person"),
            "arif-khan": ("Mr.", "Arif Khan", "Chief Executive Officer", "Dhaka Capital Partners", "in_person"),
            "fatou-ndiaye": ("Ms.", "Fatou Ndiaye", "Minister of Planning", "Senegal", "in_person"),
            "erik-holm": ("Mr.", "Erik Holm", "Head of Impact Investing", "Nordic Investment Bank", "in_person"),
            "chen-jing": ("Ms.", "Chen Jing", "Director", "UN Office for South-South Cooperation", "in_person"),
            "paulo-cardoso": ("Mr.", "Paulo Cardoso", None, "Brazilian Cooperation Agency", "in_person"),
            "henrik-vold": ("Mr.", "Henrik Vold", "Under-Secretary-General for Economic and Social Affairs", None, "in_person"),
        },
        "unread": [],
    },
    # Geneva: "Date: … | Time: … | Venue: …" on one line, "Format: hybrid (Webex)", speakers listed
    # inline after "Speakers:" and parted by "," and "and", "(University of Geneva, online)", "Chair:"
    "geneva-labels-in-one-line": {
        "meeting": {
            "title": "Policy dialogue: Climate, peace and security in the Sahel",
            "organisers": ["Geneva Peacebuilding Platform"],
            "venue": "Maison de la Paix, Geneva",
            "room": "Auditorium A2",
            "format": "hybrid",
            "platform": "Webex",
            "time_zone": "Europe/Zurich",
            "languages": ["en"],
            "intervention_minutes": 3,
            "assumed": ["time_zone", "languages"],
        },
        "sittings": [(D(2025, 11, 17), "15:00", "17:00", [])],
        "segments": [
            ("Welcome remarks", "opening", "15:00", "15:10", None, []),
            ("Panel discussion", "panel", "15:10", "16:00", None, []),
            ("Discussion with participants", "interventions", "16:00", "16:50", None, []),
            ("Concluding remarks by the Chair", "closing", "16:50", "17:00", None, []),
        ],
        "slots": [
            [("sofia-lind", "speaker", None, None)],
            [
                ("aminata-traore", "speaker", None, None),
                ("ibrahim-diallo", "speaker", None, None),
                ("claire-martin", "speaker", None, None),
                ("johan-berg", "chair", None, None),
            ],
            [],
            [],
        ],
        "people": {
            "sofia-lind": ("Dr.", "Sofia Lind", "Director", "Geneva Peacebuilding Platform", "in_person"),
            "aminata-traore": ("Ms.", "Aminata Traoré", None, "UNDP Sahel", "in_person"),
            "ibrahim-diallo": ("Mr.", "Ibrahim Diallo", None, "Institute for Security Studies", "in_person"),
            "claire-martin": ("Dr.", "Claire Martin", None, "University of Geneva", "online"),
            "johan-berg": ("Amb.", "Johan Berg", None, "Permanent Mission of Sweden", "in_person"),
        },
        "unread": [],
    },
    # Geneva: sessions with a time range holding segments with times of their own ("09:30 – 11:00
    # Session 1: …" over "09:30 – 09:45 Keynote …"): each session is an agenda item, not a segment
    # that overlaps its parts; "11:15" after "13:00" is the next session, not 23:15
    "geneva-nested-sessions": {
        "meeting": {
            "title": "Global Forum on Migration and Development – Thematic Workshop",
            "venue": "Palais des Nations, Geneva",
            "room": "Room XIX",
            "format": "in_person",
            "time_zone": "Europe/Zurich",
            "languages": ["en"],
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [(D(2025, 9, 8), "09:30", "13:00", [])],
        "segments": [
            ("Keynote", "address", "09:30", "09:45", None, []),
            ("Panel discussion", "panel", "09:45", "10:45", None, []),
            ("Q&A", "qa", "10:45", "11:00", None, []),
            ("Coffee break", "break", "11:00", "11:15", None, []),
            ("Roundtable with employers", "panel", "11:15", "12:15", None, []),
            ("Conclusions", "closing", "12:15", "13:00", None, []),
        ],
        "segment_items": ["Session 1", "Session 1", "Session 1", None, "Session 2", "Session 2"],
        "slots": [[("amara-obi", "keynote", None, None)], [("felipe-gonzalez", "moderator", None, None)], [], [], [], []],
        "people": {
            "amara-obi": ("Ms.", "Amara Obi", "Deputy Director General", "IOM", "in_person"),
            "felipe-gonzalez": ("Mr.", "Felipe Gonzalez", None, "GFMD Chair Office", "in_person"),
        },
        "items": [("Session 1", "Labour migration governance"), ("Session 2", "Skills partnerships")],
        "unread": [],
    },
    # A Pacific webinar: a markdown table "| Item | Duration | Speaker |" without clock times, the
    # start alone in a "Start:" label with "(Fiji time)"; the end follows from the durations
    "fiji-webinar-duration-column": {
        "meeting": {
            "title": "Webinar on Climate Finance Access for Small Island States",
            "format": "online",
            "time_zone": "Pacific/Fiji",
            "languages": ["en"],
            "assumed": ["languages"],
        },
        "sittings": [(D(2025, 10, 15), "09:00", "10:25", ["end"])],
        "segments": [
            ("Opening prayer and welcome", "opening", None, None, 5, []),
            ("Keynote", "address", None, None, 15, []),
            ("Panel", "panel", None, None, 40, []),
            ("Q&A", "qa", None, None, 20, []),
            ("Closing", "closing", None, None, 5, []),
        ],
        "slots": [[("sione-tupou", "speaker", None, None)], [("mere-naivalu", "keynote", None, None)], [], [], [("ana-fifita", "speaker", None, None)]],
        "people": {
            "sione-tupou": ("Mr.", "Sione Tupou", None, "PIFS", "in_person"),
            "mere-naivalu": ("Hon.", "Mere Naivalu", "Minister of Finance", "Fiji", "in_person"),
            "ana-fifita": ("Ms.", "Ana Fifita", None, "SPREP", "in_person"),
        },
        "unread": [],
    },
}


def test_every_agenda_has_the_draft_it_must_give():
    assert sorted(p.stem for p in AGENDAS.glob("*.txt")) == sorted(EXPECTED)


PARTS = ["meeting", "sittings", "sitting_titles", "segments", "segment_items", "time_permitting", "slots", "standing_items", "people", "items", "unread"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("part", PARTS)
def test_each_agenda_gives_its_draft(name, part):
    got = shape(draft_of(name))
    expected = EXPECTED[name][part] if part in EXPECTED[name] else default(part, got)
    assert got[part] == expected


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_draft_loads_and_checks_without_errors(name, tmp_path):
    path = tmp_path / f"{name}.toml"
    path.write_text(draft_of(name).toml, encoding="utf-8")
    assert [str(p) for p in check_file(path) if p.is_error] == []
