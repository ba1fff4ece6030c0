"""Agendas in the shapes real invitations take, each with the draft it must give.

The texts in ``agendas/`` are written the way secretariats and their partners write them: UN
Headquarters, Geneva (OHCHR, the Palais), Vienna (UNODC), Nairobi (UNEP, regional NGOs), Bangkok
(ESCAP), Santiago (ECLAC), online webinars. Clock times as "1:15 p.m.", "13h15", "10.00–10.15",
"10h00-10h10", "09:30 hrs", "12 noon", "from 10:00 to 13:00", a start alone at the head of each
line, a 12-hour clock without "a.m."/"p.m.", or durations only; one sitting, two sittings, two days;
tables pasted from a word processor with tabs or "|"; speakers on the segment's line or listed under
it, with or without "Ms."/"Mr.", their affiliations after commas or in brackets, "(online)", "(TBC)",
"via video message"; moderators, Q&A inside a block, agenda items, a tour-de-table with standing items.
Also UN Women, UNHCR, ILO, WHO, OHCHR special procedures, IPU, ECA, UNECE, UNEP, UNDP, UNFPA and NGO
invitations, and French (Genève, Dakar, Abidjan, Vienne) and Spanish (Santiago, Ciudad de México,
Madrid, Nueva York) ones, in their own words: "13 h 15", "de 13:15 a 14:00", "Modératrice :",
"Moderador(a):", "S.E. M.", "Excma. Sra.", "(5 min chacun)", "(hora de Nueva York)".
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
    # ESCAP, Bangkok: "Presentations (10 minutes each):" heads a list like "Panellists (…)"; "Discussion"
    # alone after the presenters takes the time their allotments leave; "Guiding questions:" numbered under a
    # tour-de-table that names no standing item become the questions of one named after it; "Each delegation
    # is invited to make a 3-minute intervention." sets the limit of an intervention
    "escap-bangkok-guiding-questions-presentations": {
        "meeting": {
            "title": "Regional Dialogue on Migrant Smuggling and Trafficking in Persons",
            "organisers": ["UNODC", "Government of Thailand"],
            "venue": "UN Conference Centre, Bangkok",
            "room": "Meeting Room C",
            "format": "hybrid",
            "platform": "Zoom",
            "time_zone": "Asia/Bangkok",
            "languages": ["en", "th"],
            "intervention_minutes": 3,
            "assumed": [],
        },
        "sittings": [
            (D(2025, 3, 5), "09:00", "12:30", []),
        ],
        "segments": [
            ("Opening session", "opening", "09:00", "09:15", None, []),
            ("Session 1: Trends and patterns in the region", "other", "09:15", "09:45", None, ["kind", "end"]),
            ("Discussion", "interventions", "09:45", "10:30", None, ["start"]),
            ("Coffee break", "break", "10:30", "10:45", None, []),
            ("Session 2: Tour de table – national responses", "tour_de_table", "10:45", "12:00", None, []),
            ("Closing and way forward", "closing", "12:00", "12:30", None, []),
        ],
        "slots": [
            [("masood-karimipour", "speaker", None, "Welcome remarks"), ("somsri-chaiyo", "speaker", None, "Opening address")],
            [("rebecca-miller", "moderator", None, None), ("nguyen-van-an", "presenter", 10, None), ("aye-aye-mon", "presenter", 10, None), ("tom-harris", "presenter", 10, None)],
            [],
            [],
            [],
            [("rebecca-miller", "speaker", None, "Closing remarks")],
        ],
        "standing_items": {"Session 2: Tour de table – national responses": [("national-responses", "National responses", ["What legislative reforms have been adopted since 2020?", "What are the main gaps in victim identification?"])]},
        "people": {
            "masood-karimipour": ("Mr.", "Masood Karimipour", "Regional Representative", "UNODC", "in_person"),
            "somsri-chaiyo": ("H.E. Ms.", "Somsri Chaiyo", "Minister of Social Development (Thailand)", None, "in_person"),
            "rebecca-miller": ("Ms.", "Rebecca Miller", None, "UNODC", "in_person"),
            "nguyen-van-an": ("Dr.", "Nguyen Van An", None, "Ministry of Public Security, Viet Nam", "in_person"),
            "aye-aye-mon": ("Ms.", "Aye Aye Mon", None, "Myanmar Red Cross", "online"),
            "tom-harris": ("Mr.", "Tom Harris", None, "IOM", "in_person"),
        },
        "unread": [],
    },
    # UN Women at CSW: "UN Women | Commission …" (who, then the forum), "Side event" alone, the event's
    # name after a blank line; "Programme at a glance"; a title with commas in it ("Under-Secretary-General for
    # Management Strategy, Policy and Compliance"); "Interactive dialogue (time permitting)"; the languages in a
    # sentence at the end
    "un-women-csw-at-a-glance": {
        "meeting": {
            "title": "Women in public service: closing the leadership gap",
            "subtitle": "Commission on the Status of Women, sixty-ninth session (CSW69) – Side event",
            "organisers": ["UN Women"],
            "venue": "United Nations Headquarters, New York",
            "room": "Conference Room 12",
            "format": "hybrid",
            "time_zone": "America/New_York",
            "languages": ["en", "fr", "es"],
            "assumed": ["time_zone"],
        },
        "sittings": [
            (D(2025, 3, 11), "10:00", "11:15", []),
        ],
        "segments": [
            ("Opening remarks", "opening", "10:00", "10:05", None, []),
            ("Keynote", "address", "10:05", "10:15", None, []),
            ("High-level panel", "panel", "10:15", "10:55", None, []),
            ("Interactive dialogue", "interventions", "10:55", "11:10", None, []),
            ("Closing remarks", "closing", "11:10", "11:15", None, []),
        ],
        "time_permitting": ["Interactive dialogue"],
        "slots": [
            [("helena-brandt", "speaker", None, None)],
            [("catherine-oduya", "keynote", None, None)],
            [("kemi-adeyemi", "moderator", None, None), ("julia-torres", "panellist", None, None), ("aziz-rahman", "panellist", None, None), ("ingrid-holm", "panellist", None, None)],
            [],
            [("kemi-adeyemi", "speaker", None, None)],
        ],
        "people": {
            "helena-brandt": ("Ms.", "Helena Brandt", "Under-Secretary-General and Executive Director", "UN Women", "in_person"),
            "catherine-oduya": ("Ms.", "Catherine Oduya", "Under-Secretary-General for Management Strategy, Policy and Compliance", None, "in_person"),
            "kemi-adeyemi": ("Ms.", "Kemi Adeyemi", "Chief, Leadership and Governance Section", "UN Women", "in_person"),
            "julia-torres": ("H.E. Ms.", "Julia Torres", "Minister of Public Administration, Digital Transformation and Civil Service", "Chile", "in_person"),
            "aziz-rahman": ("H.E. Mr.", "Aziz Rahman", "Permanent Representative of Bangladesh to the United Nations", None, "in_person"),
            "ingrid-holm": ("Ms.", "Ingrid Holm", "Director-General", "Swedish Agency for Government Employers", "in_person"),
        },
        "unread": [],
    },
    # UNHCR, Geneva: the forum's name above the event's, the date, the hours and the room on one line, a
    # start alone at the head of each line and the end only in the head; the chair named after a comma;
    # "Interventions are limited to three minutes."
    "unhcr-geneva-starts-end-in-header": {
        "meeting": {
            "title": "Informal briefing on the Global Compact on Refugees indicator report",
            "subtitle": "UNHCR Standing Committee – 92nd meeting",
            "venue": "Palais des Nations",
            "room": "Room XVII",
            "format": "hybrid",
            "platform": "Interprefy",
            "time_zone": "Europe/Zurich",
            "languages": ["en"],
            "intervention_minutes": 3,
            "assumed": ["time_zone", "languages"],
        },
        "sittings": [
            (D(2025, 6, 4), "15:00", "16:30", []),
        ],
        "segments": [
            ("Welcome by the Chair of the Standing Committee", "opening", "15:00", "15:05", None, []),
            ("Presentation of the report", "address", "15:05", "15:25", None, []),
            ("Comments by discussants", "other", "15:25", "15:50", None, ["kind"]),
            ("Interactive dialogue with Member States and observers", "interventions", "15:50", "16:25", None, []),
            ("Closing remarks by the Chair", "closing", "16:25", "16:30", None, []),
        ],
        "time_permitting": ["Interactive dialogue with Member States and observers"],
        "slots": [
            [("marcus-ellison", "chair", None, None)],
            [("rukmini-perera", "presenter", None, None)],
            [("tomas-ibarra", "speaker", None, None), ("fatou-ndiaye", "speaker", None, None)],
            [],
            [],
        ],
        "people": {
            "marcus-ellison": ("H.E. Mr.", "Marcus Ellison", "Permanent Representative of Canada", None, "in_person"),
            "rukmini-perera": ("Ms.", "Rukmini Perera", "Assistant High Commissioner for Protection", "UNHCR", "in_person"),
            "tomas-ibarra": ("Mr.", "Tomás Ibarra", "Director, Observatory on Displacement", "Universidad Nacional de Colombia", "online"),
            "fatou-ndiaye": ("Ms.", "Fatou Ndiaye", None, "Refugee-led organization \"Voices of Hope\", Senegal", "in_person"),
        },
        "unread": [],
    },
    # ILO, Geneva: day headings without a year ("Monday 17 November"), "Item 1 (continued)" after a break,
    # breaks that belong to no item, "12:30 Closure", working languages in a sentence
    "ilo-two-days-no-year": {
        "meeting": {
            "title": "Tripartite meeting of experts on forced labour in supply chains",
            "organisers": ["INTERNATIONAL LABOUR ORGANIZATION"],
            "venue": "ILO Headquarters, Geneva",
            "room": "Room II",
            "format": "in_person",
            "time_zone": "Europe/Zurich",
            "languages": ["en", "fr", "es"],
            "assumed": ["format", "time_zone"],
        },
        "sittings": [
            (D(2025, 11, 17), "09:30", "17:30", []),
            (D(2025, 11, 18), "09:30", "12:30", []),
        ],
        "segments": [
            ("Opening of the meeting", "opening", "09:30", "10:00", None, []),
            ("Scope and definitions", "other", "10:00", "11:30", None, ["kind"]),
            ("Coffee break", "break", "11:30", "11:45", None, []),
            ("Scope and definitions (continued)", "other", "11:45", "13:00", None, ["kind"]),
            ("Lunch break", "break", "13:00", "14:30", None, []),
            ("Due diligence and remediation", "other", "14:30", "17:30", None, ["kind"]),
            ("Conclusions of the meeting", "closing", "09:30", "12:30", None, []),
        ],
        "segment_items": [None, "1", None, "1", None, "2", "3"],
        "slots": [
            [("gilles-hounde", "speaker", None, None)],
            [],
            [],
            [],
            [],
            [],
            [],
        ],
        "people": {
            "gilles-hounde": ("Mr.", "Gilles Houndé", "Director-General", "ILO", "in_person"),
        },
        "items": [("1", "Scope and definitions"), ("2", "Due diligence and remediation"), ("3", "Conclusions of the meeting")],
        "unread": [],
    },
    # WHO webinar: "(World Mental Health Day)" after the date, "CEST / EDT" hours, a speaker "(TBC)", a
    # chair of the panel whose affiliation is "WHO" (not the word "who"), an organisation without a named speaker
    "who-webinar-tbc": {
        "meeting": {
            "title": "Mental health of refugees and migrants: from evidence to action",
            "organisers": ["World Health Organization"],
            "format": "online",
            "platform": "Zoom",
            "time_zone": "Europe/Zurich",
            "display_zones": ["America/New_York"],
            "languages": ["en", "fr", "ru"],
            "assumed": ["time_zone"],
        },
        "sittings": [
            (D(2025, 10, 10), "13:00", "14:30", []),
        ],
        "segments": [
            ("Welcome and introduction", "opening", "13:00", "13:10", None, []),
            ("Presentation of the WHO global evidence review", "address", "13:10", "13:25", None, []),
            ("Panel: Country experiences", "panel", "13:25", "14:05", None, []),
            ("Q&A", "qa", "14:05", "14:25", None, []),
            ("Closing", "closing", "14:25", "14:30", None, []),
        ],
        "slots": [
            [("hanna-kluger", "speaker", None, "TBC")],
            [("kolitha-wijesekera", "presenter", None, None)],
            [("santo-severin", "chair", None, None), ("anna-kowalska", "panellist", None, None), ("layla-hassan", "panellist", None, None)],
            [],
            [],
        ],
        "people": {
            "hanna-kluger": ("Dr.", "Hanna Kluger", "WHO Regional Director for Europe", None, "in_person"),
            "kolitha-wijesekera": ("Dr.", "Kolitha Wijesekera", None, "Migration Health, WHO", "in_person"),
            "santo-severin": ("Dr.", "Santo Severin", "Director, Health and Migration Programme", "WHO", "in_person"),
            "anna-kowalska": ("Dr.", "Anna Kowalska", None, "National Institute of Public Health, Poland", "in_person"),
            "layla-hassan": ("Ms.", "Layla Hassan", "refugee peer-support worker", "Jordan", "in_person"),
        },
        "unread": [],
    },
    # OHCHR special procedures, Panama City: a title that goes on in lower case on the next line, the city
    # and the date on one line, "Interpretation between English and Spanish", "(5 minutes per organization)"
    # in a sentence, breaks, a 12-hour clock without a.m./p.m. after 12:00
    "ohchr-special-rapporteur-consultation": {
        "meeting": {
            "title": "Regional consultation of the Special Rapporteur on the human rights of migrants with civil society organizations of the Americas",
            "organisers": ["OFFICE OF THE UNITED NATIONS HIGH COMMISSIONER FOR HUMAN RIGHTS", "Special Procedures of the Human Rights Council"],
            "venue": "UN House, Ciudad del Saber, Building 128, Panama City",
            "format": "in_person",
            "time_zone": "America/Panama",
            "languages": ["en", "es"],
            "intervention_minutes": 5,
            "assumed": ["format", "time_zone"],
        },
        "sittings": [
            (D(2025, 9, 24), "08:30", "15:30", []),
        ],
        "segments": [
            ("Registration of participants", "other", "08:30", "09:00", None, []),
            ("Opening", "opening", "09:00", "09:20", None, []),
            ("First session: Pushbacks and access to asylum at borders", "other", "09:20", "10:45", None, ["kind"]),
            ("Break", "break", "10:45", "11:00", None, []),
            ("Second session: Migrants in irregular situations and access to justice", "other", "11:00", "12:30", None, ["kind"]),
            ("Lunch", "break", "12:30", "13:30", None, []),
            ("Third session: Recommendations to States", "other", "13:30", "15:00", None, ["kind"]),
            ("Closing remarks by the Special Rapporteur", "closing", "15:00", "15:30", None, []),
        ],
        "slots": [
            [],
            [("gerardo-madi", "speaker", None, None), ("jane-morales", "speaker", None, None)],
            [],
            [],
            [],
            [],
            [],
            [],
        ],
        "people": {
            "gerardo-madi": ("Mr.", "Gerardo Madi", "Special Rapporteur on the human rights of migrants", None, "in_person"),
            "jane-morales": ("Ms.", "Jane Morales", "Regional Representative", "OHCHR Regional Office for Central America and the Caribbean", "in_person"),
        },
        "unread": [],
    },
    # IPU at UN Headquarters: "Wednesday, 12 February" without a year, "10 a.m. – 1 p.m.", "3 – 6 p.m.",
    # "Hon. Ms." and "H.E. Mr.", a speaker of parliament, "Session I:" inside a sitting-long block, "Open
    # debate (interventions of up to 3 minutes)"; what the text does not time stays untimed
    "ipu-hearing-days-without-year": {
        "meeting": {
            "title": "2025 Parliamentary Hearing at the United Nations",
            "subtitle": "Parliaments for a people-centred multilateralism",
            "organisers": ["Inter-Parliamentary Union and United Nations"],
            "venue": "United Nations Headquarters, New York",
            "room": "Trusteeship Council Chamber",
            "format": "in_person",
            "time_zone": "America/New_York",
            "languages": ["en"],
            "intervention_minutes": 3,
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [
            (D(2025, 2, 12), "10:00", "18:00", []),
            (D(2025, 2, 13), "10:00", "13:00", []),
        ],
        "segments": [
            ("Opening session", "opening", "10:00", "13:00", None, []),
            ("Session I: Multilateralism that delivers", "other", None, None, None, ["kind"]),
            ("Open debate", "interventions", None, None, None, []),
            ("Session II: Financing for development", "other", "15:00", "18:00", None, ["kind"]),
            ("Open debate", "interventions", None, None, None, []),
            ("Session III: Artificial intelligence and democracy", "other", "10:00", "12:30", None, ["kind"]),
            ("Closing session", "closing", "12:30", "13:00", None, []),
        ],
        "slots": [
            [("tulia-akyoo", "speaker", None, None), ("philemon-yango", "speaker", None, None)],
            [("anders-norling", "speaker", None, None), ("amal-al-qasimi", "speaker", None, None)],
            [],
            [("martin-chukwu", "moderator", None, None)],
            [],
            [],
            [],
        ],
        "people": {
            "tulia-akyoo": ("Hon.", "Tulia Akyoo", "President of the IPU", None, "in_person"),
            "philemon-yango": ("H.E. Mr.", "Philemon Yango", "President of the United Nations General Assembly", None, "in_person"),
            "anders-norling": ("Hon. Mr.", "Anders Norling", "Speaker of the Riksdag", "Sweden", "in_person"),
            "amal-al-qasimi": ("Hon. Ms.", "Amal Al Qasimi", "Speaker of the Federal National Council", "United Arab Emirates", "in_person"),
            "martin-chukwu": ("Mr.", "Martin Chukwu", "Secretary General of the IPU", None, "in_person"),
        },
        "unread": [],
    },
    # ECA, Addis Ababa: a table pasted from a PDF, its columns parted by runs of spaces, "08h30 – 09h00",
    # a "Responsible" column ("Secretariat", "Chair") kept as each segment's description
    "eca-addis-space-columns": {
        "meeting": {
            "title": "Validation workshop on the African Migration Report 2025",
            "organisers": ["United Nations Economic Commission for Africa"],
            "venue": "United Nations Conference Centre (UNCC), Addis Ababa, Ethiopia",
            "room": "Conference Room 3",
            "format": "hybrid",
            "time_zone": "Africa/Addis_Ababa",
            "languages": ["en"],
            "assumed": ["time_zone", "languages"],
        },
        "sittings": [
            (D(2025, 5, 6), "08:30", "15:30", []),
        ],
        "segments": [
            ("Registration", "other", "08:30", "09:00", None, []),
            ("Opening session", "opening", "09:00", "09:30", None, []),
            ("Presentation of the draft report", "address", "09:30", "10:30", None, []),
            ("Health break", "break", "10:30", "11:00", None, []),
            ("Discussion of chapters 1 to 4", "interventions", "11:00", "12:30", None, []),
            ("Lunch", "break", "12:30", "13:30", None, []),
            ("Discussion of chapters 5 to 8", "interventions", "13:30", "15:00", None, []),
            ("Adoption of recommendations and closing", "closing", "15:00", "15:30", None, []),
        ],
        "slots": [
            [],
            [],
            [("amara-keita", "presenter", None, None)],
            [],
            [],
            [],
            [],
            [],
        ],
        "people": {
            "amara-keita": ("Dr.", "Amara Keita", "consultant", None, "in_person"),
        },
        "unread": [],
    },
    # NGO briefing, New York: speakers listed above the programme go to "Remarks by the speakers", a
    # "Moderator" label alone on its line, "Sr." (a Sister: no gender), long titles with commas, a venue with
    # "| Livestream on YouTube", start times on a 12-hour clock without p.m.
    "ngo-briefing-speakers-before-programme": {
        "meeting": {
            "title": "Briefing: Climate mobility and the Loss and Damage Fund",
            "organisers": ["NGO Committee on Migration"],
            "venue": "Church Center for the United Nations, 777 UN Plaza, 2nd floor",
            "format": "in_person",
            "webcast": "YouTube",
            "time_zone": "America/New_York",
            "languages": ["en"],
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [
            (D(2025, 5, 19), "13:15", "14:30", []),
        ],
        "segments": [
            ("Welcome and introductions", "opening", "13:15", "13:20", None, ["start", "end"]),
            ("Remarks by the speakers", "address", "13:20", "14:00", None, ["start", "end"]),
            ("Questions from the floor", "qa", "14:00", "14:25", None, ["start", "end"]),
            ("Closing", "closing", "14:25", "14:30", None, ["start"]),
        ],
        "slots": [
            [("teresa-kottaram", "moderator", None, None)],
            [("tavita-luteru", "speaker", None, None), ("ibrahima-sow", "speaker", None, None), ("rosa-jimenez-cano", "speaker", None, None)],
            [],
            [],
        ],
        "people": {
            "tavita-luteru": ("H.E. Ambassador", "Tavita Luteru", "Permanent Representative of Samoa to the United Nations and Chair of the Alliance of Small Island States", None, "in_person"),
            "ibrahima-sow": ("Mr.", "Ibrahima Sow", "Senior Adviser, Office of the President of the Economic and Social Council", "Department of Economic and Social Affairs", "in_person"),
            "rosa-jimenez-cano": ("Dr.", "Rosa Jiménez-Cano", "Professor of International Law, Fordham University, and Member, Advisory Board", "Platform on Disaster Displacement", "in_person"),
            "teresa-kottaram": ("Sr.", "Teresa Kottaram", None, "SCN, Chair, NGO Committee on Migration", "in_person"),
        },
        "unread": [],
    },
    # UNFPA, Geneva: a run of show with a duration column ("10:05 | 10' | Presentation | Dr. X"),
    # "Questions from journalists", a venue "and live on UN Web TV"
    "unfpa-run-of-show-duration-column": {
        "meeting": {
            "title": "UNFPA State of World Population 2025 – Global launch",
            "subtitle": "Run of show (Geneva)",
            "venue": "Palais des Nations, Geneva",
            "room": "Press Room 1",
            "format": "hybrid",
            "webcast": "UN Web TV",
            "time_zone": "Europe/Zurich",
            "languages": ["en"],
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [
            (D(2025, 6, 10), "10:00", "11:00", []),
        ],
        "segments": [
            ("Welcome and housekeeping", "opening", "10:00", "10:05", None, []),
            ("Presentation of the report", "address", "10:05", "10:15", None, []),
            ("Panel reactions", "panel", "10:15", "10:30", None, []),
            ("Questions from journalists", "qa", "10:30", "10:55", None, []),
            ("Wrap-up", "closing", "10:55", "11:00", None, []),
        ],
        "slots": [
            [("rolando-guzman", "speaker", None, None)],
            [("natalia-kamau", "presenter", None, None)],
            [("lea-dubois", "panellist", None, None), ("yuki-tanaka", "panellist", None, None)],
            [],
            [("rolando-guzman", "speaker", None, None)],
        ],
        "people": {
            "rolando-guzman": ("Mr.", "Rolando Guzmán", "Chief, Press and External Relations Section", "UNIS Geneva", "in_person"),
            "natalia-kamau": ("Dr.", "Natalia Kamau", "Executive Director", "UNFPA", "in_person"),
            "lea-dubois": ("Ms.", "Léa Dubois", "youth activist", None, "online"),
            "yuki-tanaka": ("Mr.", "Yuki Tanaka", "demographer", "University of Tokyo", "in_person"),
        },
        "unread": [],
    },
    # UNECE, Geneva: the time after the title ("Opening of the meeting (10:00–10:15)"), the event's kind,
    # place and dates on one line, "Presentations:" with a title and a speaker on each line, "Discussion"
    "unece-times-after-titles": {
        "meeting": {
            "title": "Expert meeting",
            "organisers": ["UNECE Working Party on Gender and Statistics"],
            "venue": "Palais des Nations, Geneva",
            "format": "in_person",
            "time_zone": "Europe/Zurich",
            "languages": ["en"],
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [
            (D(2025, 5, 14), "10:00", "17:00", []),
            (D(2025, 5, 15), "10:00", "13:00", []),
        ],
        "segments": [
            ("Opening of the meeting", "opening", "10:00", "10:15", None, []),
            ("Session 1: Measuring unpaid care work", "other", "10:15", "12:00", None, ["kind"]),
            ("Discussion", "interventions", None, None, None, []),
            ("Lunch", "break", "12:00", "14:00", None, []),
            ("Session 2: Gender and climate statistics", "other", "14:00", "17:00", None, ["kind"]),
            ("Session 3: Violence against women surveys", "other", "10:00", "12:30", None, ["kind"]),
            ("Adoption of conclusions and closing", "closing", "12:30", "13:00", None, []),
        ],
        "slots": [
            [],
            [("claire-dubois", "presenter", None, "Time-use surveys after the pandemic"), ("paolo-conti", "presenter", None, "A satellite account for household production")],
            [],
            [],
            [],
            [],
            [],
        ],
        "people": {
            "claire-dubois": ("Ms.", "Claire Dubois", None, "Statistics Canada", "in_person"),
            "paolo-conti": ("Mr.", "Paolo Conti", None, "ISTAT, Italy", "in_person"),
        },
        "unread": [],
    },
    # UNEP, Nairobi: "East Africa Time (EAT)", "Conference Room 4 (in person) & Zoom (online)", a
    # meeting ID and passcode kept as description, "(video message, TBC)", "Speakers:" with two on a line
    "unep-nairobi-hybrid-details": {
        "meeting": {
            "title": "Greening supply chains in East Africa",
            "subtitle": "UNEP Science-Policy-Business Forum – Nairobi Satellite Session",
            "venue": "UNEP Headquarters, Gigiri",
            "room": "Conference Room 4",
            "format": "hybrid",
            "platform": "Zoom",
            "time_zone": "Africa/Nairobi",
            "languages": ["en"],
            "assumed": ["time_zone"],
        },
        "sittings": [
            (D(2025, 12, 4), "14:00", "15:30", []),
        ],
        "segments": [
            ("Welcome", "opening", "14:00", "14:10", None, []),
            ("Scene-setting presentation", "address", "14:10", "14:25", None, []),
            ("Fireside chat", "panel", "14:25", "15:05", None, []),
            ("Audience questions", "qa", "15:05", "15:25", None, []),
            ("Closing and networking", "closing", "15:25", "15:30", None, []),
        ],
        "slots": [
            [("inga-andersson", "speaker", None, "TBC")],
            [("wanjiru-kamau", "presenter", None, None)],
            [("david-ochieng", "speaker", None, None), ("amina-yusuf", "speaker", None, None)],
            [],
            [],
        ],
        "people": {
            "inga-andersson": ("Ms.", "Inga Andersson", "Executive Director", "UNEP", "video"),
            "wanjiru-kamau": ("Dr.", "Wanjiru Kamau", "Principal Researcher", "Kenya Institute for Public Policy Research and Analysis (KIPPRA)", "in_person"),
            "david-ochieng": ("Mr.", "David Ochieng", "CEO", "Kenya Association of Manufacturers", "in_person"),
            "amina-yusuf": ("Ms.", "Amina Yusuf", "Head of Sustainability", "Safaricom PLC", "in_person"),
        },
        "unread": [],
    },
    # UNDP breakfast, New York: "UNDP – HLPF 2025 Ministerial breakfast" above the name, "Her
    # Excellency Ms.", "His Excellency Mr.", "Rt. Hon.", "Speakers (in order of appearance):"
    "undp-breakfast-excellency-forms": {
        "meeting": {
            "title": "Accelerating SDG progress in Small Island Developing States",
            "subtitle": "HLPF 2025 Ministerial breakfast",
            "organisers": ["UNDP"],
            "venue": "UNDP Headquarters, One UN Plaza, 21st floor, New York",
            "format": "in_person",
            "time_zone": "America/New_York",
            "languages": ["en"],
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [
            (D(2025, 7, 17), "08:00", "09:30", []),
        ],
        "segments": [
            ("Breakfast and networking", "other", "08:00", "08:15", None, []),
            ("Welcome remarks", "opening", "08:15", "08:25", None, []),
            ("Framing remarks", "address", "08:25", "08:35", None, []),
            ("Ministerial roundtable", "panel", "08:35", "09:20", None, []),
            ("Closing: key takeaways by the moderator", "closing", "09:20", "09:30", None, []),
        ],
        "slots": [
            [],
            [("lerato-maseko", "speaker", None, None)],
            [("tuilagi-fiame", "speaker", None, None)],
            [("mark-brownlee", "speaker", None, None), ("ralph-regenvald", "speaker", None, None), ("kamina-johnson-reid", "speaker", None, None)],
            [],
        ],
        "people": {
            "lerato-maseko": ("Her Excellency Ms.", "Lerato Maseko", "Associate Administrator", "UNDP", "in_person"),
            "tuilagi-fiame": ("His Excellency Mr.", "Tuilagi Fiame", "Prime Minister of Samoa", None, "in_person"),
            "mark-brownlee": ("Rt. Hon.", "Mark Brownlee", "Prime Minister of the Cook Islands", None, "in_person"),
            "ralph-regenvald": ("H.E. Dr.", "Ralph Regenvald", "Minister of Climate Change Adaptation", "Vanuatu", "in_person"),
            "kamina-johnson-reid": ("H.E. Ms.", "Kamina Johnson-Reid", "Minister of Foreign Affairs and Foreign Trade", "Jamaica", "in_person"),
        },
        "unread": [],
    },
    # Geneva Peace Week: the place, date and hours between "|", each title with its time on the line
    # under it ("Welcome", then "14:00–14:05")
    "geneva-peace-week-title-above-time": {
        "meeting": {
            "title": "Geneva Peace Week 2025",
            "subtitle": "Session: Mediation in the age of AI",
            "organisers": ["Graduate Institute", "swisspeace"],
            "venue": "Maison de la paix, Geneva",
            "room": "Auditorium A2",
            "format": "in_person",
            "time_zone": "Europe/Zurich",
            "languages": ["en"],
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [
            (D(2025, 11, 7), "14:00", "15:30", []),
        ],
        "segments": [
            ("Welcome", "opening", "14:00", "14:05", None, []),
            ("Conversation", "panel", "14:05", "15:00", None, []),
            ("Audience Q&A", "qa", "15:00", "15:25", None, []),
            ("Closing words", "closing", "15:25", "15:30", None, []),
        ],
        "slots": [
            [("anna-weber", "speaker", None, None)],
            [("pierre-laurent", "moderator", None, None), ("hiba-qasem", "panellist", None, None), ("jonas-frei", "panellist", None, None)],
            [],
            [],
        ],
        "people": {
            "anna-weber": ("Dr.", "Anna Weber", "Director, swisspeace", None, "in_person"),
            "pierre-laurent": ("Prof.", "Pierre Laurent", None, "Graduate Institute", "in_person"),
            "hiba-qasem": ("Ms.", "Hiba Qasem", "Senior Mediation Adviser", "UN Department of Political and Peacebuilding Affairs (DPPA)", "in_person"),
            "jonas-frei": ("Mr.", "Jonas Frei", "Head of Digital Peacebuilding, Federal Department of Foreign Affairs", "Switzerland", "in_person"),
        },
        "unread": [],
    },
    # Genève, en français : « mardi 17 juin 2025, de 13 h 15 à 14 h 30 (heure de Genève) », « 13 h 15 –
    # 13 h 25 », « Modératrice : », « Panélistes (5 min chacun) : », « S.E. M. », « Mme », « (message vidéo) »,
    # « (en ligne) », « Questions-réponses », « Clôture », les langues « anglais, français et espagnol »
    "geneve-fr-cdh-manifestation-parallele": {
        "meeting": {
            "title": "La traite des enfants à l'ère numérique : prévenir, protéger, poursuivre",
            "subtitle": "Manifestation parallèle en marge de la 59e session du Conseil des droits de l'homme",
            "organisers": ["Mission permanente de la France auprès de l'Office des Nations Unies à Genève"],
            "venue": "Palais des Nations",
            "room": "salle XXIII",
            "format": "hybrid",
            "platform": "Zoom",
            "time_zone": "Europe/Zurich",
            "languages": ["en", "fr", "es"],
            "assumed": [],
        },
        "sittings": [
            (D(2025, 6, 17), "13:15", "14:30", []),
        ],
        "segments": [
            ("Mot de bienvenue", "opening", "13:15", "13:25", None, []),
            ("Allocution d'ouverture", "opening", "13:25", "13:35", None, []),
            ("Table ronde", "panel", "13:35", "14:10", None, []),
            ("Questions-réponses", "qa", "14:10", "14:25", None, []),
            ("Clôture", "closing", "14:25", "14:30", None, []),
        ],
        "slots": [
            [("laurent-mercier", "speaker", None, None)],
            [("claire-fontaine", "speaker", None, None)],
            [("aicha-diallo", "moderator", None, None), ("karim-benali", "panellist", 5, None), ("sofia-lindqvist", "panellist", 5, None), ("thomas-keller", "panellist", 5, None)],
            [],
            [("laurent-mercier", "speaker", None, None)],
        ],
        "people": {
            "laurent-mercier": ("S.E. M.", "Laurent Mercier", "Ambassadeur, Représentant permanent de la France", None, "in_person"),
            "claire-fontaine": ("Mme", "Claire Fontaine", "Rapporteuse spéciale sur la vente et l'exploitation sexuelle d'enfants", None, "video"),
            "aicha-diallo": ("Mme", "Aïcha Diallo", "Directrice", "Bureau international des droits des enfants", "in_person"),
            "karim-benali": ("M.", "Karim Benali", "Procureur, Parquet national", "Maroc", "in_person"),
            "sofia-lindqvist": ("Mme", "Sofia Lindqvist", "Cheffe de l'unité Traite des êtres humains", "Conseil de l'Europe", "online"),
            "thomas-keller": ("M.", "Thomas Keller", "Responsable des politiques publiques", "Fondation Terre des hommes", "in_person"),
        },
        "unread": [],
    },
    # Dakar, en français : « Jour 1 – lundi 3 novembre 2025 », « 08h30-09h00 », « Pause-café »,
    # « Déjeuner », « Présentation : M. X (20 min) » puis « Débat », « Langues de travail : français et anglais »
    "dakar-fr-atelier-deux-jours": {
        "meeting": {
            "title": "Atelier régional sur la coopération judiciaire en matière de traite des personnes",
            "organisers": ["Office des Nations Unies contre la drogue et le crime (ONUDC)", "Bureau régional pour l'Afrique de l'Ouest et du Centre"],
            "venue": "Hôtel Terrou-Bi, Dakar",
            "room": "salle Gorée",
            "format": "in_person",
            "time_zone": "Africa/Dakar",
            "languages": ["fr", "en"],
            "assumed": ["format"],
        },
        "sittings": [
            (D(2025, 11, 3), "08:30", "17:00", []),
            (D(2025, 11, 4), "09:00", "13:00", []),
        ],
        "sitting_titles": ["Jour 1", "Jour 2"],
        "segments": [
            ("Accueil et enregistrement des participants", "other", "08:30", "09:00", None, []),
            ("Cérémonie d'ouverture", "opening", "09:00", "09:30", None, []),
            ("Session 1 : État des lieux de la traite en Afrique de l'Ouest", "other", "09:30", "09:50", None, ["kind", "end"]),
            ("Débat", "interventions", "09:50", "10:30", None, ["start"]),
            ("Pause-café", "break", "10:30", "11:00", None, []),
            ("Session 2 : L'entraide judiciaire – obstacles et bonnes pratiques", "other", "11:00", "13:00", None, ["kind"]),
            ("Déjeuner", "break", "13:00", "14:30", None, []),
            ("Travaux en groupes", "other", "14:30", "17:00", None, []),
            ("Restitution des travaux de groupes", "other", "09:00", "11:00", None, []),
            ("Pause-café", "break", "11:00", "11:30", None, []),
            ("Adoption des recommandations", "other", "11:30", "12:30", None, ["kind"]),
            ("Clôture", "closing", "12:30", "13:00", None, []),
        ],
        "slots": [
            [],
            [("aminata-sow", "speaker", None, "Allocution d'ouverture")],
            [("ousmane-diop", "presenter", 20, "Présentation")],
            [],
            [],
            [("jean-baptiste-kouassi", "moderator", None, None)],
            [],
            [],
            [],
            [],
            [],
            [],
        ],
        "people": {
            "aminata-sow": ("S.E. Mme", "Aminata Sow", "Ministre de la Justice du Sénégal", None, "in_person"),
            "ousmane-diop": ("M.", "Ousmane Diop", "expert", "ONUDC", "in_person"),
            "jean-baptiste-kouassi": ("M.", "Jean-Baptiste Kouassi", "magistrat", "Côte d'Ivoire", "in_person"),
        },
        "unread": [],
    },
    # Abidjan, en français : « Webinaire » puis le titre, « (heure d'Abidjan, GMT) », un lieu « et en
    # ligne (Zoom) » (hybride), des durées seules, « Intervenantes : », « Mot de clôture »
    "abidjan-fr-webinaire-duree": {
        "meeting": {
            "title": "Les femmes dans la médiation en Afrique de l'Ouest",
            "organisers": ["ONU Femmes", "CEDEAO"],
            "venue": "Abidjan, Côte d'Ivoire",
            "format": "hybrid",
            "platform": "Zoom",
            "time_zone": "Africa/Abidjan",
            "languages": ["fr", "en"],
            "assumed": [],
        },
        "sittings": [
            (D(2025, 12, 4), "10:00", "11:30", []),
        ],
        "segments": [
            ("Ouverture", "opening", None, None, 10, []),
            ("Panel : expériences de médiatrices", "panel", None, None, 45, []),
            ("Questions-réponses", "qa", None, None, 25, []),
            ("Mot de clôture", "closing", None, None, 10, []),
        ],
        "slots": [
            [("mariam-kone", "speaker", None, None), ("pierre-amani", "speaker", None, None)],
            [("fatoumata-traore", "moderator", None, None), ("awa-ndour", "speaker", None, None), ("grace-mensah", "speaker", None, None)],
            [],
            [],
        ],
        "people": {
            "mariam-kone": ("Mme", "Mariam Koné", "Représentante", "ONU Femmes Côte d'Ivoire", "in_person"),
            "pierre-amani": ("S.E. M.", "Pierre Amani", "Commissaire aux affaires politiques, paix et sécurité", "CEDEAO", "video"),
            "fatoumata-traore": ("Dr.", "Fatoumata Traoré", None, "Université Félix Houphouët-Boigny", "in_person"),
            "awa-ndour": ("Mme", "Awa Ndour", None, "Réseau des femmes médiatrices, Sénégal", "in_person"),
            "grace-mensah": ("Mme", "Grace Mensah", None, "Femmes, Paix et Sécurité, Ghana", "online"),
        },
        "unread": [],
    },
    # Vienne, en français : « Manifestation parallèle organisée par … », « de 14h à 15h », des points
    # en chiffres romains, « (5 minutes) » par orateur, « Dialogue avec la salle (20 minutes) », aucune langue
    # dite : celle du texte
    "vienne-fr-cnd-points-romains": {
        "meeting": {
            "title": "Prévention de l'usage de drogues chez les jeunes : l'approche fondée sur la famille",
            "subtitle": "Commission des stupéfiants, soixante-huitième session – Manifestation parallèle",
            "organisers": ["Mission permanente de la Belgique", "ONUDC"],
            "venue": "Vienne, Centre international de Vienne",
            "room": "salle M3",
            "format": "hybrid",
            "time_zone": "Europe/Vienna",
            "languages": ["fr"],
            "assumed": ["format", "time_zone", "languages"],
        },
        "sittings": [
            (D(2025, 3, 18), "14:00", "15:00", []),
        ],
        "segments": [
            ("Ouverture", "opening", None, None, None, []),
            ("Présentation des normes internationales", "address", None, None, None, []),
            ("Témoignages", "address", None, None, None, []),
            ("Dialogue avec la salle", "interventions", None, None, 20, []),
            ("Conclusions", "closing", None, None, None, []),
        ],
        "segment_items": ["I", "II", "III", "IV", "V"],
        "slots": [
            [("els-vermeulen", "speaker", 5, None)],
            [("giovanni-rossi", "presenter", 10, None)],
            [("nadia-haddad", "speaker", 5, None), ("lucas-dubois", "speaker", 5, None)],
            [],
            [("marc-lambert", "moderator", None, None)],
        ],
        "people": {
            "els-vermeulen": ("S.E. Mme", "Els Vermeulen", "Représentante permanente de la Belgique", None, "in_person"),
            "giovanni-rossi": ("M.", "Giovanni Rossi", "Chef de la Section de la prévention", "ONUDC", "in_person"),
            "nadia-haddad": ("Mme", "Nadia Haddad", "mère et formatrice", "Liban", "online"),
            "lucas-dubois": ("M.", "Lucas Dubois", "jeune ambassadeur", "Belgique", "in_person"),
            "marc-lambert": ("M.", "Marc Lambert", None, "ONUDC", "in_person"),
        },
        "items": [("I", "Ouverture"), ("II", "Présentation des normes internationales"), ("III", "Témoignages"), ("IV", "Dialogue avec la salle"), ("V", "Conclusions")],
        "unread": [],
    },
    # Santiago, en español: «martes, 14 de octubre de 2025», «De 9:30 a 13:00 horas (hora de Santiago)»,
    # «Moderador(a):», «Panelistas:», «Sr./Sra.», «(en línea)», «Pausa café», «Preguntas y respuestas», «Clausura»
    "santiago-es-cepal-seminario": {
        "meeting": {
            "title": "Políticas de cuidado y autonomía económica de las mujeres",
            "subtitle": "Seminario regional",
            "organisers": ["Comisión Económica para América Latina y el Caribe (CEPAL)"],
            "venue": "sede de la CEPAL, Santiago",
            "room": "Sala Raúl Prebisch",
            "format": "hybrid",
            "platform": "Zoom",
            "time_zone": "America/Santiago",
            "languages": ["es", "en"],
            "assumed": [],
        },
        "sittings": [
            (D(2025, 10, 14), "09:30", "13:00", []),
        ],
        "segments": [
            ("Palabras de apertura", "opening", "09:30", "09:50", None, []),
            ("Panel 1: Sistemas integrales de cuidado", "panel", "09:50", "11:00", None, []),
            ("Pausa café", "break", "11:00", "11:15", None, []),
            ("Panel 2: Financiamiento de los cuidados", "panel", "11:15", "12:30", None, []),
            ("Preguntas y respuestas", "qa", "12:30", "12:50", None, []),
            ("Clausura", "closing", "12:50", "13:00", None, []),
        ],
        "slots": [
            [("jose-manuel-salinas", "speaker", None, None), ("carolina-rojas", "speaker", None, None)],
            [("ana-guemes", "moderator", None, None), ("maria-fernanda-lobos", "panellist", None, None), ("diego-aguirre", "panellist", None, None), ("lucia-perez", "panellist", None, None)],
            [],
            [],
            [],
            [],
        ],
        "people": {
            "jose-manuel-salinas": ("Sr.", "José Manuel Salinas", "Secretario Ejecutivo", "CEPAL", "in_person"),
            "carolina-rojas": ("Sra.", "Carolina Rojas", "Ministra de la Mujer y la Equidad de Género de Chile", None, "in_person"),
            "ana-guemes": ("Sra.", "Ana Güemes", "Directora, División de Asuntos de Género", "CEPAL", "in_person"),
            "maria-fernanda-lobos": ("Sra.", "María Fernanda Lobos", "Subsecretaria de Servicios Sociales", "Chile", "in_person"),
            "diego-aguirre": ("Sr.", "Diego Aguirre", "Director, Instituto Nacional de las Mujeres", "Uruguay", "online"),
            "lucia-perez": ("Sra.", "Lucía Pérez", "investigadora", "Universidad de Buenos Aires", "in_person"),
        },
        "unread": [],
    },
    # Ciudad de México, en español: la ciudad y la fecha en una línea, «16:00 a 17:30 horas (hora de la
    # Ciudad de México)», «Excma. Sra.», «Mtro.», «(5 minutos)», «Participan:», «y en línea», dos organizadores
    "mexico-es-dialogo-minutos": {
        "meeting": {
            "title": "Diálogo de alto nivel sobre movilidad humana y cambio climático",
            "organisers": ["Secretaría de Relaciones Exteriores", "Organización Internacional para las Migraciones"],
            "venue": "Cancillería, Ciudad de México",
            "room": "Salón Juárez",
            "format": "hybrid",
            "time_zone": "America/Mexico_City",
            "languages": ["es", "en"],
            "assumed": [],
        },
        "sittings": [
            (D(2025, 3, 5), "16:00", "17:30", []),
        ],
        "segments": [
            ("Bienvenida", "opening", None, None, 5, []),
            ("Mensaje de vídeo del Director General de la OIM", "address", None, None, None, []),
            ("Conferencia magistral", "address", None, None, 15, []),
            ("Mesa redonda", "panel", None, None, 45, []),
            ("Preguntas y respuestas", "qa", None, None, 15, []),
            ("Clausura", "closing", None, None, 5, []),
        ],
        "slots": [
            [("lucia-herrera", "speaker", 5, None)],
            [],
            [("andres-villalobos", "keynote", 15, None)],
            [("carlos-ibarra", "moderator", None, None), ("rafael-castillo", "speaker", None, None), ("elena-rios", "speaker", None, None)],
            [],
            [],
        ],
        "people": {
            "lucia-herrera": ("Excma. Sra.", "Lucía Herrera", "Subsecretaria para América Latina y el Caribe", None, "in_person"),
            "andres-villalobos": ("Dr.", "Andrés Villalobos", None, "Universidad Nacional Autónoma de México", "in_person"),
            "carlos-ibarra": ("Mtro.", "Carlos Ibarra", None, "OIM México", "in_person"),
            "rafael-castillo": ("Excmo. Sr.", "Rafael Castillo", "Embajador de Guatemala en México", None, "in_person"),
            "elena-rios": ("Sra.", "Elena Ríos", "Coordinadora", "Red de Mujeres Desplazadas", "online"),
        },
        "unread": [],
    },
    # Madrid, en español: «17:00 h», «(hora peninsular)», «Excma. Sra. Dña.», «D.», «Modera:»,
    # «Intervienen:», «Coloquio», «Fin de la jornada», ningún idioma dicho: el del texto
    "madrid-es-jornada-horas": {
        "meeting": {
            "title": "Jornada: La lucha contra la trata de seres humanos en la cooperación española",
            "organisers": ["Fundación Internacional y para Iberoamérica de Administración y Políticas Públicas (FIIAPP)"],
            "venue": "Casa de América, Madrid",
            "room": "Salón Gabriela Mistral",
            "format": "hybrid",
            "time_zone": "Europe/Madrid",
            "languages": ["es"],
            "assumed": ["format", "languages"],
        },
        "sittings": [
            (D(2025, 11, 20), "17:00", "19:30", []),
        ],
        "segments": [
            ("Inauguración", "opening", "17:00", "17:15", None, []),
            ("Conferencia inaugural: «La trata en las rutas migratorias»", "address", "17:15", "17:45", None, []),
            ("Mesa redonda: experiencias de la cooperación", "panel", "17:45", "19:00", None, []),
            ("Coloquio con el público", "interventions", "19:00", "19:25", None, []),
            ("Clausura", "closing", "19:25", "19:30", None, []),
        ],
        "slots": [
            [("teresa-ribas", "speaker", None, None)],
            [("miguel-angel-soto", "keynote", None, None)],
            [("paula-navarro", "moderator", None, None), ("javier-ortega", "speaker", None, None), ("amparo-leon", "speaker", None, None), ("rosa-tchamba", "speaker", None, None)],
            [],
            [],
        ],
        "people": {
            "teresa-ribas": ("Excma. Sra. Dña.", "Teresa Ribas", "Secretaria de Estado de Cooperación Internacional", None, "in_person"),
            "miguel-angel-soto": ("D.", "Miguel Ángel Soto", "Fiscal de Sala de Extranjería", None, "in_person"),
            "paula-navarro": ("Dña.", "Paula Navarro", "periodista", None, "in_person"),
            "javier-ortega": ("D.", "Javier Ortega", None, "FIIAPP", "in_person"),
            "amparo-leon": ("Dña.", "Amparo León", None, "Proyecto Esperanza", "in_person"),
            "rosa-tchamba": ("Sra.", "Rosa Tchamba", "superviviente y activista", None, "online"),
        },
        "unread": [],
    },
    # Nueva York, en español: «de 13:15 a 14:30 (hora de Nueva York)», «Excmo. Sr.», «(mensaje de
    # vídeo)», «Panelistas (5 min cada uno):», «Diálogo interactivo (si el tiempo lo permite)», los organizadores
    # bajo el nombre del foro
    "nueva-york-es-evento-paralelo": {
        "meeting": {
            "title": "Niñez migrante: protección sin fronteras",
            "subtitle": "Evento paralelo del Foro Político de Alto Nivel 2025",
            "organisers": ["Misiones Permanentes de Colombia y de España ante las Naciones Unidas"],
            "venue": "Sede de las Naciones Unidas, Nueva York",
            "room": "Sala de conferencias 6",
            "format": "hybrid",
            "webcast": "UN Web TV",
            "time_zone": "America/New_York",
            "languages": ["en", "fr", "es"],
            "assumed": [],
        },
        "sittings": [
            (D(2025, 7, 15), "13:15", "14:30", []),
        ],
        "segments": [
            ("Palabras de apertura", "opening", "13:15", "13:20", None, []),
            ("Discurso principal", "address", "13:20", "13:30", None, []),
            ("Panel de discusión", "panel", "13:30", "14:10", None, []),
            ("Diálogo interactivo", "interventions", "14:10", "14:25", None, []),
            ("Clausura", "closing", "14:25", "14:30", None, []),
        ],
        "time_permitting": ["Diálogo interactivo"],
        "slots": [
            [("andres-mejia", "speaker", None, None)],
            [("valeria-ortiz", "keynote", None, None)],
            [("ines-calderon", "moderator", None, None), ("tomas-rivera", "panellist", 5, None), ("julia-moreno", "panellist", 5, None), ("kwame-boateng", "panellist", 5, None)],
            [],
            [("marta-ibanez", "speaker", None, None)],
        ],
        "people": {
            "andres-mejia": ("Excmo. Sr.", "Andrés Mejía", "Representante Permanente de Colombia", None, "in_person"),
            "valeria-ortiz": ("Sra.", "Valeria Ortiz", "Representante Especial del Secretario General sobre la Violencia contra los Niños", None, "video"),
            "ines-calderon": ("Sra.", "Inés Calderón", None, "UNICEF", "in_person"),
            "tomas-rivera": ("Sr.", "Tomás Rivera", "Defensor del Pueblo", "Panamá", "in_person"),
            "julia-moreno": ("Sra.", "Julia Moreno", None, "Save the Children", "online"),
            "kwame-boateng": ("Sr.", "Kwame Boateng", "joven activista", "Ghana", "in_person"),
            "marta-ibanez": ("Excma. Sra.", "Marta Ibáñez", "Representante Permanente de España", None, "in_person"),
        },
        "unread": [],
    },
    # Vienne, en français : « NOTE D'INFORMATION », « Date : », « Heure : 10 h – 12 h (heure de Vienne) »,
    # « Lieu : », « Modalités : hybride », « Président de séance : », « Intervenant·e·s : », « (à confirmer) »,
    # « Débat interactif – les délégations sont invitées à intervenir (3 minutes maximum) »
    "vienne-fr-note-information-inclusive": {
        "meeting": {
            "title": "Table ronde de haut niveau : « Financer la lutte contre la traite »",
            "venue": "Centre international de Vienne",
            "room": "salle des conseils B",
            "format": "hybrid",
            "platform": "Interprefy",
            "time_zone": "Europe/Vienna",
            "languages": ["en", "fr"],
            "intervention_minutes": 3,
            "assumed": [],
        },
        "sittings": [
            (D(2025, 3, 20), "10:00", "12:00", []),
        ],
        "segments": [
            ("Ouverture par le Président de séance", "opening", "10:00", "10:10", None, []),
            ("Table ronde", "panel", "10:10", "11:00", None, []),
            ("Débat interactif", "interventions", "11:00", "11:50", None, []),
            ("Conclusions et clôture", "closing", "11:50", "12:00", None, []),
        ],
        "slots": [
            [("jean-dupont", "chair", None, None)],
            [("jean-dupont", "chair", None, None), ("claire-martin", "speaker", None, None), ("ali-ben-salah", "speaker", None, "à confirmer")],
            [],
            [],
        ],
        "people": {
            "jean-dupont": ("S.E. M.", "Jean Dupont", None, None, "in_person"),
            "claire-martin": ("Mme", "Claire Martin", "Directrice de la Division des traités", "ONUDC", "in_person"),
            "ali-ben-salah": ("M.", "Ali Ben Salah", "Juge", "Tunisie", "in_person"),
        },
        "unread": [],
    },
    # Guatemala, en español: «Conversatorio virtual» (en línea), «10:00 – 11:30 a. m. (hora de Guatemala)
    # / 12:00 – 13:30 (hora de Santiago)», «Organizan:», «10:00 a. m.» al comienzo de cada línea, «Modera:»,
    # «(por confirmar)», «Fin del evento»
    "guatemala-es-conversatorio-virtual": {
        "meeting": {
            "title": "Mujeres migrantes y trabajo decente en Centroamérica",
            "subtitle": "Conversatorio virtual",
            "organisers": ["OIT", "ONU Mujeres", "OIM"],
            "format": "online",
            "platform": "Zoom",
            "time_zone": "America/Guatemala",
            "display_zones": ["America/Santiago"],
            "languages": ["es"],
            "assumed": ["languages"],
        },
        "sittings": [
            (D(2025, 6, 12), "10:00", "11:30", []),
        ],
        "segments": [
            ("Palabras de bienvenida", "opening", "10:00", "10:10", None, []),
            ("Presentación del estudio regional", "address", "10:10", "10:30", None, []),
            ("Panel de comentaristas", "panel", "10:30", "11:10", None, []),
            ("Preguntas del público", "qa", "11:10", "11:25", None, []),
            ("Cierre y próximos pasos", "closing", "11:25", "11:30", None, []),
        ],
        "slots": [
            [("maria-lopez", "speaker", None, None)],
            [("carmen-soto", "presenter", 20, None)],
            [("luis-gomez", "moderator", None, None), ("ana-ruiz", "panellist", None, None), ("pedro-diaz", "panellist", None, "por confirmar")],
            [],
            [],
        ],
        "people": {
            "maria-lopez": ("Sra.", "María López", "Directora de la Oficina de la OIT para América Central", None, "in_person"),
            "carmen-soto": ("Dra.", "Carmen Soto", "consultora", None, "in_person"),
            "luis-gomez": ("Sr.", "Luis Gómez", "periodista", None, "in_person"),
            "ana-ruiz": ("Sra.", "Ana Ruiz", "Ministra de Trabajo de Honduras", None, "in_person"),
            "pedro-diaz": ("Sr.", "Pedro Díaz", None, "Confederación Sindical de Trabajadores", "in_person"),
        },
        "unread": [],
    },
    # New York: "CONCEPT NOTE AND AGENDA" above the title, "When:"/"Where:", "1.15–2.30pm", "1.15pm" at
    # the head of each line and "2.30pm Close", "| also on UN Web TV", three speakers on one line with "(Peru,
    # online)", the moderator named in the title of the first segment
    "new-york-concept-note-run-of-show": {
        "meeting": {
            "title": "Launch of the Global Report on Child Labour 2025",
            "organisers": ["ILO", "UNICEF"],
            "co_sponsors": ["Government of the Netherlands"],
            "venue": "UN Headquarters",
            "room": "ECOSOC Chamber",
            "format": "hybrid",
            "webcast": "UN Web TV",
            "time_zone": "America/New_York",
            "languages": ["en"],
            "assumed": ["format"],
        },
        "sittings": [
            (D(2025, 6, 12), "13:15", "14:30", []),
        ],
        "segments": [
            ("Welcome and introduction by the moderator", "opening", "13:15", "13:20", None, []),
            ("Opening statements", "opening", "13:20", "13:35", None, []),
            ("Presentation of the report's key findings", "address", "13:35", "13:50", None, []),
            ("Conversation with young activists", "panel", "13:50", "14:20", None, []),
            ("Q&A with Member States", "qa", "14:20", "14:30", None, []),
        ],
        "time_permitting": ["Q&A with Member States"],
        "slots": [
            [("jane-smith", "moderator", None, None)],
            [("catherine-russell", "speaker", None, None), ("gilbert-houngbo", "speaker", None, None)],
            [],
            [("aya-chebbi", "speaker", None, None), ("kailash-rao", "speaker", None, None), ("sofia-perez", "speaker", None, None)],
            [],
        ],
        "people": {
            "jane-smith": ("Ms.", "Jane Smith", None, "BBC World Service", "in_person"),
            "catherine-russell": ("Ms.", "Catherine Russell", "Executive Director", "UNICEF", "video"),
            "gilbert-houngbo": ("Mr.", "Gilbert Houngbo", "Director-General", "ILO", "in_person"),
            "aya-chebbi": ("Ms.", "Aya Chebbi", None, "Tunisia", "in_person"),
            "kailash-rao": ("Mr.", "Kailash Rao", None, "India", "in_person"),
            "sofia-perez": ("Ms.", "Sofía Pérez", None, "Peru", "online"),
        },
        "unread": [],
    },
    # Geneva, HRC: "Side event | Climate displacement …" under the forum's name, "Date/time:", a venue
    # "(and via Zoom)", "English with interpretation into French and Spanish", a numbered list of speakers with
    # their allotments that is the programme, "– opening remarks" after a speaker, then "Interactive dialogue
    # with the audience (25 min)"
    "geneva-hrc-speakers-list-is-the-programme": {
        "meeting": {
            "title": "Climate displacement and human rights: from principles to practice",
            "subtitle": "Human Rights Council – 60th session – Side event",
            "organisers": ["Permanent Missions of Fiji and Switzerland", "OHCHR", "IDMC"],
            "venue": "Palais des Nations, Geneva",
            "room": "Room XXI",
            "format": "hybrid",
            "platform": "Zoom",
            "time_zone": "Europe/Zurich",
            "languages": ["en", "fr", "es"],
            "assumed": ["time_zone"],
        },
        "sittings": [
            (D(2025, 9, 16), "13:00", "14:00", []),
        ],
        "segments": [
            ("Speakers", "other", None, None, None, ["kind"]),
            ("Interactive dialogue with the audience", "interventions", None, None, 25, []),
        ],
        "slots": [
            [("pia-oberoi", "moderator", None, None), ("filipo-tuala", "speaker", 5, "opening remarks"), ("ian-fry", "speaker", 7, None), ("ana-moreno", "speaker", 7, None), ("tevita-nasau", "speaker", 5, None)],
            [],
        ],
        "people": {
            "pia-oberoi": ("Ms.", "Pia Oberoi", "Senior Adviser on Migration and Human Rights", "OHCHR", "in_person"),
            "filipo-tuala": ("H.E. Ms.", "Filipo Tuala", "Permanent Representative of Fiji to the UN in Geneva", None, "in_person"),
            "ian-fry": ("Dr.", "Ian Fry", "Special Rapporteur on climate change and human rights", None, "video"),
            "ana-moreno": ("Ms.", "Ana Moreno", "Head of Policy", "Internal Displacement Monitoring Centre", "in_person"),
            "tevita-nasau": ("Mr.", "Tevita Nasau", "youth climate activist", "Fiji", "online"),
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
