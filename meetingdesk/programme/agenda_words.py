"""The words of English invitations that the agenda reader knows.

The reader (``agenda_import``) finds its words here and nowhere else: a month, a role, the kind of
a segment, an annotation after a speaker's name. Another language is added by extending these
tables; the reader's code does not change. Phrases are lower case; a space or a hyphen in a
phrase matches any run of spaces and hyphens ("tour-de-table" matches "Tour de table").
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
DATE_WORDS = ("of",)  # "15th of July 2025"
OF = ("of",)  # "End of the meeting", "interventions of 3 minutes"
ARTICLES = ("the", "a", "an")  # "Followed by a Q&A", "the Geneva Academy"
MINUTE_ADJECTIVE = ("minute",)  # "2-minute interventions"
DAY_RANGE_JOINERS = ("and", "to")  # "3 and 4 March", "3 to 5 March" (dashes are joiners in every language)

# clock words: "12 noon", "Noon", "midday"; "1:15 p.m."; "09.00 hrs"
NOON = ("noon", "midday")
MIDNIGHT = ("midnight",)
MERIDIEM_AM = ("am", "a.m.", "a.m", "a. m.")
MERIDIEM_PM = ("pm", "p.m.", "p.m", "p. m.")
HOURS_SUFFIX = ("hrs", "hours", "hr", "h")
RANGE_JOINERS = ("to", "until", "till")  # "10:00 to 11:30"
RANGE_LEADS = ("from", "between")  # "from 10:00 to 11:30"
SITTING_JOINERS = ("and",)  # "09:30 – 12:30 and 14:00 – 17:00"
START_LEADS = ("starting at", "beginning at", "starting", "beginning", "from", "at")  # "starting at 3 p.m."
ZONE_TIME_WORD = "time"  # "(Geneva time)"

NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"twenty-five": 25, "thirty": 30, "thirty-five": 35, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
     "ninety": 90, "a": 1, "an": 1, "half an": 0.5, "one and a half": 1.5}
MINUTE_UNITS = ("min", "mins", "min.", "minute", "minutes", "mn", "'")
HOUR_UNITS = ("hour", "hours", "hr", "hrs", "h")
RANGE_WORDS = ("to", "or")  # "3 to 5 minutes"
UP_TO = ("up to", "max.", "max", "maximum", "maximum of", "no more than", "not exceeding", "of up to", "at most")
# "(5 minutes each)", "(2 minutes per delegation)", "(2-minute interventions)": an allotment per speaker
EACH = ("each", "apiece")
PER = ("per",)
PER_SPEAKER = (
    "speaker", "person", "intervention", "delegation", "statement", "panellist", "panelist", "presenter",
    "participant", "country", "member state", "organization", "organisation", "speech", "presentation",
)
# a limit on interventions said in a sentence: "Interventions are limited to three minutes."
LIMIT_VERBS = ("are", "is", "will be", "should be", "must be", "shall be")  # "interventions are limited to 3 minutes"
LIMIT_SENTENCE = ("limited to", "should not exceed", "must not exceed", "not exceed", "no longer than", "of up to", "maximum of", "to")
INTERVENTION_NOUNS = ("interventions", "intervention", "statements", "statement", "speakers", "delegations")

HONORIFICS = (
    "H.E. Mr.", "H.E. Ms.", "H.E. Mrs.", "H.E. Dr.", "H.E. Prof.", "H.E.", "Dr.", "Ms.", "Mrs.", "Mr.", "Mx.",
    "Prof.", "Professor", "Ambassador", "Amb.", "Hon.", "Honourable", "Rev.", "Sir", "Dame",
)
# the gender an honorific says (others say nothing)
HONORIFIC_GENDER = {"ms": "female", "mrs": "female", "mr": "male"}

# "Moderator: Ms. X", "Moderated by Ms. X": a role said for the person (or list of people) that follows
ROLE_LABELS = {
    "moderator": "moderator", "moderators": "moderator", "moderated by": "moderator", "moderation": "moderator",
    "facilitator": "moderator", "facilitators": "moderator", "facilitated by": "moderator",
    "master of ceremonies": "moderator",
    "chair": "chair", "chaired by": "chair", "chairperson": "chair", "chairman": "chair", "chairwoman": "chair",
    "presiding": "chair", "co-chair": "co_chair", "co-chairs": "co_chair", "co-chaired by": "co_chair",
    "co-moderators": "moderator", "rapporteur": "rapporteur", "co-facilitators": "co_chair", "co-facilitator": "co_chair", "keynote speaker": "keynote",
    "keynote": "keynote", "keynote address": "keynote", "chief guest": "chief_guest", "guest of honour": "chief_guest",
    "panellists": "panellist", "panelists": "panellist", "panellist": "panellist", "panelist": "panellist",
    "speakers": "speaker", "speaker": "speaker", "discussants": "speaker", "lead discussants": "speaker",
    "respondents": "speaker", "discussant": "speaker", "respondent": "speaker", "presenters": "presenter",
    "presenter": "presenter", "presentations by": "presenter", "briefers": "speaker", "briefer": "speaker",
    "participants": "speaker", "interlocutors": "speaker", "speakers include": "speaker", "panellists include": "panellist",
    "panelists include": "panellist",
    "featuring": "speaker", "with the participation of": "speaker",
}
# labels that say a list of several people follows, one a line (the others name one person)
LIST_LABELS = {
    "moderators", "facilitators", "co-chairs", "co-moderators", "co-facilitators", "panellists", "panelists", "speakers", "discussants",
    "lead discussants", "respondents", "presenters", "presentations by", "featuring", "with the participation of",
    "briefers", "participants", "interlocutors", "speakers include", "panellists include", "panelists include",
}
# words before a name that say the person's role: "Keynote address by Ms. X", "Welcome by the Chair"
LEAD_ROLES = (
    (("keynote", "key note", "key address"), "keynote"),
    (("moderator", "moderated", "moderation", "facilitator", "facilitated"), "moderator"),
    (("co-chair", "co-chaired"), "co_chair"),
    (("chief guest", "guest of honour"), "chief_guest"),
    (("chair", "chaired", "chairperson"), "chair"),
    (("presentation", "presenting", "presents", "presented"), "presenter"),
)
# segment titles under which each speaker has that role: "Presentations by …" → presenters
TITLE_ROLES = ((("presentation", "presentations"), "presenter"),)

# how a speaker takes part, said after the name: "(online)", "via video message", "(pre-recorded)"
MODALITIES = {
    "video": (
        "video message", "video statement", "video address", "video", "pre-recorded", "prerecorded",
        "pre-recorded video", "pre-recorded video message", "pre-recorded message", "pre-recorded statement",
        "recorded message", "recorded video", "recorded video message", "recorded statement",
    ),
    "online": (
        "online", "virtual", "virtually", "remote", "remotely", "video link", "videoconference", "video conference",
        "zoom", "teams", "microsoft teams", "webex", "online participation", "remote participation",
    ),
    "in_person": ("in person", "on site", "in the room"),
}
# "Keynote address by Ms. X": the word between what is done and who does it
BY = ("by",)
# role labels that the names follow without a colon: "Moderated by Ms. X", "Featuring Ms. X"
ROLE_LABELS_BEFORE_NAMES = (
    "moderated by", "facilitated by", "chaired by", "co-chaired by", "presentations by", "featuring",
    "with the participation of",
)
# words that, after a name and a comma, make the line a sentence: "H.E. Mr. X, Minister, has kindly consented"
SENTENCE_AFTER_NAME = ("has", "have", "had", "will", "would", "is", "are", "was", "were", "who")
# the words that end the head of a phrase: "Chair-Rapporteur | of the Working Group"
PHRASE_BREAKS = ("of", "for", "on", "at", "in", "to", "with", "against")
MODALITY_LEADS = ("via", "by", "through", "on", "participating", "joining", "a", "by a", "via a", "through a", "participating via", "joining via")
# a speaker not yet confirmed: kept as the slot's note, as written
UNCONFIRMED = ("tbc", "tbd", "tba", "to be confirmed", "to be determined", "to be announced", "invited", "tbc.", "(tbc)")

# words of a segment's title that say its kind, tried in this order
KINDS = (
    ("other", ("break-out", "breakout", "break out")),
    ("break", (
        "break", "coffee break", "tea break", "health break", "comfort break", "lunch", "lunch break",
        "networking lunch", "coffee", "refreshments",
    )),
    ("qa", ("q&a", "q & a", "questions and answers", "question and answer", "questions & answers", "questions from")),
    ("tour_de_table", ("tour-de-table", "tour de table", "round of interventions by all participants")),
    ("opening", ("opening", "welcome", "setting the scene", "introductory", "introduction", "introductions")),
    ("closing", (
        "closing", "concluding", "conclusion", "conclusions", "way forward", "next steps", "wrap-up", "wrap up",
        "closure", "summary of the discussion", "summary of the discussions", "final remarks", "vote of thanks",
        "closing ceremony",
    )),
    ("panel", ("panel", "panels", "round table", "roundtable", "fireside chat")),
    ("address", (
        "keynote", "key note", "key address", "address", "briefing", "briefings", "presentation", "presentations", "overview",
        "statement by", "remarks by", "launch", "special remarks",
    )),
    ("interventions", (
        "interventions", "statements", "interactive discussion", "interactive dialogue", "open floor", "from the floor",
        "plenary discussion", "open discussion", "general discussion", "floor discussion", "exchange of views",
        "discussion", "dialogue with member states",
    )),
    ("other", (
        "registration", "arrival", "group photo", "family photo", "reception", "networking", "group work",
        "working groups", "site visit", "film screening", "screening",
    )),
)

# a single time followed by one of these ends the sitting: "2:30 p.m. End", "17:00 Close of the meeting"
END_NOUNS = ("end", "close", "closure", "adjournment", "adjourn")
END_OF = (
    "meeting", "event", "session", "sitting", "workshop", "seminar", "webinar", "day", "programme", "program",
    "conference", "consultation", "dialogue", "forum", "morning", "afternoon", "first day", "second day",
)
END_VERBS = ("ends", "end", "closes", "close", "adjourns", "adjourned", "concludes")

# "Programme", "Tentative agenda", "Run of show": the programme starts below
PROGRAMME_HEADINGS = (
    "agenda", "programme", "program", "programme of work", "run of show", "order of proceedings", "schedule",
    "agenda and speakers", "order of business", "draft programme", "event programme",
)
PROGRAMME_HEADING_QUALIFIERS = ("tentative", "provisional", "draft", "annotated", "detailed", "preliminary", "indicative", "revised")
# the header row of a table pasted from a word processor: "Time | Session | Speakers"
TABLE_HEADINGS = (
    "time", "timing", "times", "hour", "hours", "session", "sessions", "segment", "speakers", "speaker", "speaker(s)",
    "item", "agenda item", "topic", "topics", "title", "activity", "activities", "description", "responsible",
    "moderator", "who", "what", "duration", "programme", "details", "format", "presenter", "presenters",
    "participants", "lead", "remarks", "speakers/moderators", "speakers and moderators", "content", "theme",
)
# lines that name a part of the document around the agenda ("INVITATION", "Concept note"): read, and nothing to keep
DOCUMENT_HEADINGS = (
    "invitation", "concept note", "information note", "save the date", "background", "objectives", "objective",
    "purpose", "overview", "contact", "contacts", "rsvp", "about the event", "event details", "details",
)
WEB_PAGE_TEXT = ("skip to main content", "skip to content", "back to top", "share this page", "print this page")

# "Date: …", "Venue: …": labels of the lines that say when, where and how
WHEN_LABELS = {
    "date and venue": "venue", "date and time": "when", "date and place": "venue", "date": "when", "dates": "when",
    "time": "when", "times": "when", "hours": "when", "when": "when", "start": "when", "start time": "when",
    "starting time": "when", "venue": "venue", "place": "venue",
    "location": "venue", "where": "venue", "mode": "format", "format": "format", "modality": "format",
    "meeting format": "format", "platform": "format", "room": "room",
}
# "Organized by: …": who holds the meeting
ORGANISER_LABELS = {
    "organized by": "organisers", "organised by": "organisers", "organizers": "organisers", "organisers": "organisers",
    "organizer": "organisers", "organiser": "organisers", "hosted by": "organisers", "host": "organisers",
    "convened by": "organisers", "co-organized by": "organisers", "co-organised by": "organisers",
    "co-organizers": "organisers", "co-organisers": "organisers", "co-hosted by": "organisers",
    "co-sponsored by": "co_sponsors", "co-sponsors": "co_sponsors", "cosponsored by": "co_sponsors",
    "sponsored by": "co_sponsors", "in partnership with": "co_sponsors", "with the support of": "co_sponsors",
    "supported by": "co_sponsors", "in collaboration with": "co_sponsors", "in cooperation with": "co_sponsors",
}
LIST_JOINERS = ("and", "&")

# the sittings of a day: "Morning session (10:00 – 13:00)", "Afternoon"
SITTING_NAMES = ("morning", "afternoon", "evening")
SITTING_NOUNS = ("session", "sitting", "meeting", "segment", "programme")
DAY_WORD = "day"  # "Day 1 – Monday, 3 March 2025"
DAY_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven")  # "Day One"
# words of a line that says when, with no meaning of their own there: "on Monday, 3 March 2025, starting at 10:00"
WHEN_FILLER = (
    "on", "at", "from", "starting", "beginning", "local", "time", "hrs", "hours", "the", "and", "meeting", "event",
    "webinar", "session", "date", "held", "will", "be", "is",
)

# agenda items: "Item 3:", "Agenda item 3.", "I. Opening of the meeting"
ITEM_WORDS = ("agenda item", "item")
STANDING_ITEM_WORDS = ("standing item", "standing agenda item", "theme", "cluster")
FOLLOWED_BY = ("followed by", "then", "and")
QUESTION_WORDS = ("question", "questions")  # "Proposed draft questions:": a label; questions follow
TIME_PERMITTING = ("time permitting", "if time permits", "as time permits", "time allowing")
PANEL_NUMBERED = ("panel", "session", "roundtable")  # "Panel 1: …" under an item opens a segment

# how people take part in the meeting
FORMATS = {
    "hybrid": ("hybrid",),
    "in_person": ("in person", "in-person", "on site", "onsite", "face-to-face", "face to face"),
    "online": ("online", "virtual", "virtually", "webinar", "remote", "remotely"),
}
FORMAT_WORDS = tuple(word for options in FORMATS.values() for word in options)
# "online via Zoom", "online participation through Microsoft Teams", "streamed on UN Web TV"
VIA = ("via", "through", "on")
FORMAT_NOUNS = ("format", "meeting", "event", "session", "mode", "only", "participation")
PLATFORMS = ("Zoom", "Microsoft Teams", "MS Teams", "Teams", "Webex", "Cisco Webex", "Interprefy", "KUDO", "Google Meet", "Zoom Webinar")
WEBCASTS = ("UN Web TV", "UN WebTV", "webtv.un.org", "YouTube", "Facebook Live")
WEBCAST_WORDS = ("webcast", "web cast", "livestream", "live stream", "live-stream", "streamed", "streaming", "broadcast")
# a sentence about taking part: its format words are the meeting's
ABOUT_TAKING_PART = (
    "event", "meeting", "session", "webinar", "format", "held", "participate", "participation", "participants",
    "attend", "attendance", "join", "mode", "interpretation", "dialogue", "consultation", "workshop", "seminar",
)
# the languages of the meeting: "Interpretation will be provided in English and French"
LANGUAGE_IN = ("in",)  # "interpretation in English and French"
LANGUAGE_CUES = ("interpretation", "interpreting", "language", "languages", "working language", "working languages")
INTO = ("into",)
ALL_OFFICIAL_LANGUAGES = {  # "in the six official languages of the United Nations"
    "six official languages": ("ar", "zh", "en", "fr", "ru", "es"),
    "all official languages": ("ar", "zh", "en", "fr", "ru", "es"),
    "all six official languages": ("ar", "zh", "en", "fr", "ru", "es"),
    "all six languages": ("ar", "zh", "en", "fr", "ru", "es"),
    "six un languages": ("ar", "zh", "en", "fr", "ru", "es"),
}

# places: what a room is called, and which words make a line a venue
ROOM_WORDS = ("room", "boardroom", "board room", "salle", "chamber", "auditorium", "hall", "conference room", "meeting room")
VENUE_WORDS = (
    "room", "centre", "center", "palais", "headquarters", "hall", "hotel", "building", "auditorium", "salle",
    "office at", "campus", "complex", "house", "maison", "chamber", "resort", "compound", "premises", "library",
)
# Cities whose name in a text says where the meeting is (duty stations and regional hubs)
# words before a city's name that say it is a place, not a surname: "in Geneva", "Ana Lima"
PLACE_PREPOSITIONS = ("in", "at", "of", "and", "near")
CITIES = (
    "geneva", "vienna", "new york", "nairobi", "bangkok", "santiago", "addis ababa", "beirut", "islamabad",
    "new delhi", "brussels", "rome", "paris", "bonn", "the hague", "copenhagen", "panama", "dakar", "amman",
    "cairo", "johannesburg", "pretoria", "kampala", "kigali", "jakarta", "manila", "montreal", "washington",
    "london", "madrid", "berlin", "tokyo", "beijing", "istanbul", "doha", "dubai", "baku", "bogota", "lima",
    "mexico city", "buenos aires", "sao paulo", "brasilia", "quito", "abuja", "lagos", "accra", "harare",
    "lusaka", "dar es salaam", "kathmandu", "dhaka", "colombo", "kabul", "tashkent", "almaty", "astana",
    "bishkek", "suva", "apia", "port moresby", "kingston", "port of spain",
)
# Places that name a city without saying it (the Vienna International Centre is "VIC")
PLACE_ZONES = {
    "vic": "Europe/Vienna",
    "vienna international centre": "Europe/Vienna",
    "palais des nations": "Europe/Zurich",
    "palais wilson": "Europe/Zurich",
    "maison de la paix": "Europe/Zurich",
    "unhq": "America/New_York",
    "united nations headquarters": "America/New_York",
    "un headquarters": "America/New_York",
    "trusteeship council chamber": "America/New_York",
    "ecosoc chamber": "America/New_York",
    "gigiri": "Africa/Nairobi",
    "un city": "Europe/Copenhagen",
    "raúl prebisch": "America/Santiago",
    "raul prebisch": "America/Santiago",
    "unccc": "Africa/Addis_Ababa",
}
# Zones named by a country in "(Chile time)"
COUNTRY_ZONES = {
    "chile": "America/Santiago", "kenya": "Africa/Nairobi", "thailand": "Asia/Bangkok", "switzerland": "Europe/Zurich",
    "austria": "Europe/Vienna", "ethiopia": "Africa/Addis_Ababa", "lebanon": "Asia/Beirut", "pakistan": "Asia/Karachi",
    "india": "Asia/Kolkata", "uganda": "Africa/Kampala", "nepal": "Asia/Kathmandu",
}

# the head of an invitation: which line is the event's own title
EVENT_WORDS = (
    "event", "meeting", "dialogue", "consultation", "consultations", "workshop", "webinar", "panel", "seminar",
    "conference", "briefing", "launch", "roundtable", "round table", "symposium", "summit", "training", "forum",
    "session", "celebration", "commemoration", "hearing", "exchange", "retreat", "lab", "talk", "discussion",
)
# a line naming the forum around the event ("… 59th session of the Human Rights Council"): the event's title is the next
FRAMEWORK_WORDS = ("session", "forum", "council", "commission", "assembly", "conference of the parties", "conference of the states parties")
# a first line that only says what kind of event it is ("Side event", "UNEA-7 side event"): the name is on the next
CATEGORY_NOUNS = ("side event", "special event", "event", "webinar", "high-level event", "high-level side event", "parallel event")
ORGANISATION_WORDS = (
    "department", "office", "division", "programme", "program", "organization", "organisation", "fund", "agency",
    "united nations", "ministry", "mission", "permanent mission", "secretariat", "institute", "foundation", "network",
    "alliance", "coalition", "association", "university", "bank", "academy", "commission", "centre", "center",
    "council", "committee", "group", "union", "federation", "society", "partnership", "platform", "administration",
    "authority", "agency", "unit", "service", "services", "initiative", "trust", "corporation", "company", "inc.",
    "ltd", "forum", "observatory", "college", "school", "hub", "caucus", "league", "board", "government", "embassy",
    "delegation", "court", "parliament", "secretariat", "bureau", "project", "campaign", "movement",
)
POSITION_WORDS = (
    "director", "minister", "head", "chief", "officer", "representative", "ambassador", "secretary", "president",
    "chair", "chairperson", "adviser", "advisor", "coordinator", "specialist", "expert", "professor", "researcher",
    "founder", "manager", "rapporteur", "envoy", "commissioner", "counsellor", "counselor", "economist", "analyst",
    "prosecutor", "judge", "governor", "mayor", "lead", "leader", "consultant", "fellow", "deputy", "assistant",
    "attaché", "attache", "delegate", "member", "editor", "journalist", "student", "executive", "ceo", "cfo",
    "vice", "under-secretary-general", "secretary-general", "administrator", "associate", "partner", "advocate",
    "activist", "survivor", "champion", "lecturer", "scientist", "officer-in-charge", "spokesperson", "focal point",
    "laureate", "author", "artist", "commander", "minister-counsellor", "intern", "volunteer", "trustee",
)
# words that are never part of a person's name (a line "Group Photo (Main Hall)" is no speaker)
NOT_NAME_WORDS = (
    "session", "panel", "room", "opening", "closing", "welcome", "remarks", "break", "lunch", "coffee", "photo",
    "discussion", "dialogue", "q&a", "keynote", "address", "statement", "statements", "presentation", "item",
    "agenda", "programme", "program", "day", "morning", "afternoon", "evening", "registration", "venue", "date",
    "time", "the", "of", "and", "for", "on", "in", "to", "by", "with", "from", "at", "tbc", "tbd", "moderator",
    "chair", "speakers", "panellists", "panelists", "interventions", "reception", "conclusions", "way", "forward",
) + ORGANISATION_WORDS + POSITION_WORDS + ROOM_WORDS + VENUE_WORDS
NAME_PARTICLES = ("de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "al", "el", "bin", "binti", "ibn", "la", "le", "du", "ter", "y", "e")
# words that make what follows a dash in a segment's title a sentence about it, not part of the title
SENTENCE_WORDS = ("is", "are", "will", "may", "can", "should", "must", "invited", "encouraged", "welcome", "requested")
# letters that Unicode does not split into a base letter and an accent, for ids: "Sørensen" → "sorensen"
ID_LETTERS = {"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "þ": "th", "ð": "d"}
STANDING_ID_STOP_WORDS = ("of", "the", "and", "in", "to", "a", "on", "for")
