"""The words of invitations that the agenda reader knows, in English, French and Spanish.

The reader (``agenda_import``) finds its words here and nowhere else: a month, a role, the kind of
a segment, an annotation after a speaker's name. The tables at the top are English; ``French``
and ``Spanish`` below hold the same tables in those languages, and every table the reader uses
holds the words of all three (an invitation mixes them: "Q&A" in a French programme, "Mme" in an
English one), so a text is read in one pass whatever its language. Another language is added as
one more class of tables; the reader's code does not change. What depends on the language of the
whole text (the gender an honorific says, the language the meeting is assumed to be held in) is
in the tables by language at the end. Phrases are lower case; a space or a hyphen in a phrase
matches any run of spaces and hyphens ("tour-de-table" matches "Tour de table").
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
YEAR_LEADS: tuple[str, ...] = ()  # the word before the year: Spanish "14 de marzo de 2025"
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
ZONE_TIME_AFTER = ("time",)  # "(Geneva time)"
ZONE_TIME_BEFORE: tuple[str, ...] = ()  # French "(heure de Genève)"
# zones said in words, and the abbreviation they stand for: "2:00 pm – 3:30 pm East Africa Time (EAT)"
ZONE_NAMES = {
    "east africa time": "EAT", "central european time": "CET", "central european summer time": "CEST",
    "eastern time": "ET", "eastern standard time": "EST", "eastern daylight time": "EDT", "greenwich mean time": "GMT",
    "coordinated universal time": "UTC", "indochina time": "ICT", "pakistan standard time": "PKT",
    "british summer time": "BST",
}  # a name in capitals is an abbreviation, another a city whose zone it is

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
UP_TO_AFTER = ("maximum", "max.", "max", "at most")  # "(3 minutes maximum)"
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
    "H.E. Mr.", "H.E. Ms.", "H.E. Mrs.", "H.E. Dr.", "H.E. Prof.", "H.E.", "His Excellency", "Her Excellency", "Dr.",
    "Ms.", "Mrs.", "Mr.", "Mx.", "Prof.", "Professor", "Ambassador", "Amb.", "Hon.", "Honourable", "Rt. Hon.",
    "Right Honourable", "Rev.", "Sir", "Dame",
)

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
    "panelists include": "panellist", "presentations": "presenter",
    "featuring": "speaker", "with the participation of": "speaker",
}
# labels that say a list of several people follows, one a line (the others name one person)
LIST_LABELS = {
    "moderators", "facilitators", "co-chairs", "co-moderators", "co-facilitators", "panellists", "panelists", "speakers", "discussants",
    "lead discussants", "respondents", "presenters", "presentations by", "featuring", "with the participation of",
    "briefers", "participants", "interlocutors", "speakers include", "panellists include", "panelists include",
    "presentations",
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
    ("qa", (
        "q&a", "q & a", "questions and answers", "question and answer", "questions & answers", "questions from",
        "audience questions", "question time",
    )),
    ("tour_de_table", ("tour-de-table", "tour de table", "round of interventions by all participants")),
    ("opening", ("opening", "welcome", "setting the scene", "introductory", "introduction", "introductions")),
    ("closing", (
        "closing", "concluding", "conclusion", "conclusions", "way forward", "next steps", "wrap-up", "wrap up",
        "closure", "summary of the discussion", "summary of the discussions", "final remarks", "vote of thanks",
        "closing ceremony",
    )),
    ("panel", ("panel", "panels", "round table", "roundtable", "fireside chat", "conversation", "in conversation")),
    ("address", (
        "keynote", "key note", "key address", "address", "briefing", "briefings", "presentation", "presentations", "overview",
        "statement by", "remarks by", "launch", "special remarks", "remarks", "framing remarks",
    )),
    ("interventions", (
        "interventions", "statements", "interactive discussion", "interactive dialogue", "open floor", "from the floor",
        "plenary discussion", "open discussion", "general discussion", "floor discussion", "exchange of views",
        "discussion", "dialogue with member states", "debate", "open debate", "general debate",
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
HEADING_TAILS = ("at a glance", "in brief")  # "Programme at a glance"
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
    "date and venue": "venue", "date and time": "when", "date/time": "when", "date / time": "when", "time/date": "when", "date and place": "venue", "date": "when", "dates": "when",
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
DAY_WORDS = ("day",)  # "Day 1 – Monday, 3 March 2025"
DAY_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven")  # "Day One"
# words of a line that says when, with no meaning of their own there: "on Monday, 3 March 2025, starting at 10:00"
WHEN_FILLER = (
    "on", "at", "from", "starting", "beginning", "local", "time", "hrs", "hours", "the", "and", "meeting", "event",
    "webinar", "session", "date", "held", "will", "be", "is",
)

# agenda items: "Item 3:", "Agenda item 3.", "I. Opening of the meeting"
ITEM_WORDS = ("agenda item", "item")
CONTINUED = ("continued", "cont'd", "cont.", "resumed")  # "Item 1 (continued)": the item again, after a break
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
# "online via Zoom", "online participation through Microsoft Teams", "streamed on UN Web TV"
VIA = ("via", "through", "on")
FORMAT_NOUNS = ("format", "meeting", "event", "session", "mode", "only", "participation")
PLATFORMS = ("Zoom", "Microsoft Teams", "MS Teams", "Teams", "Webex", "Cisco Webex", "Interprefy", "KUDO", "Google Meet", "Zoom Webinar")
WEBCASTS = ("UN Web TV", "UN WebTV", "webtv.un.org", "YouTube", "Facebook Live")
WEBCAST_WORDS = ("webcast", "web cast", "livestream", "live stream", "live-stream", "streamed", "streaming", "broadcast", "live on")
# a sentence about taking part: its format words are the meeting's
ABOUT_TAKING_PART = (
    "event", "meeting", "session", "webinar", "format", "held", "participate", "participation", "participants",
    "attend", "attendance", "join", "mode", "interpretation", "dialogue", "consultation", "workshop", "seminar",
)
# the languages of the meeting: "Interpretation will be provided in English and French"
LANGUAGE_IN = ("in", "between")  # "interpretation in English and French", "between English and Spanish"
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
    "bishkek", "suva", "apia", "port moresby", "kingston", "port of spain", "panama city", "guatemala city",
    "kuwait city", "abidjan", "dakar", "ouagadougou", "bamako", "niamey", "yaounde", "kinshasa", "tunis", "rabat",
)
# a city's name as the text writes it, when the zone database knows it by another ("Panama City" is on America/Panama)
CITY_NAMES = {"panama city": "Panama", "guatemala city": "Guatemala", "kuwait city": "Kuwait"}
# countries whose name has an "and" in it: never the end of a list ("Head of Trade, Bosnia and Herzegovina")
COUNTRIES_WITH_AND = (
    "bosnia and herzegovina", "trinidad and tobago", "antigua and barbuda", "saint kitts and nevis",
    "saint vincent and the grenadines", "sao tome and principe", "são tomé and príncipe", "turks and caicos islands",
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
    "breakfast", "luncheon",
)
# a line naming the forum around the event ("… 59th session of the Human Rights Council"): the event's title is the next
FRAMEWORK_WORDS = (
    "session", "forum", "week", "council", "commission", "assembly", "conference of the parties", "conference of the states parties",
    "standing committee", "executive committee", "governing body", "executive board",
)
# a first line that only says what kind of event it is ("Side event", "UNEA-7 side event"): the name is on the next
CATEGORY_NOUNS = (
    "side event", "special event", "event", "webinar", "high-level event", "high-level side event", "parallel event",
    "breakfast", "ministerial breakfast", "luncheon", "briefing", "informal briefing",
)
ORGANISATION_WORDS = (
    "department", "office", "division", "programme", "program", "organization", "organisation", "fund", "agency",
    "united nations", "ministry", "mission", "permanent mission", "permanent missions", "missions", "secretariat",
    "institute", "foundation", "network",
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
    "laureate", "author", "artist", "commander", "minister-counsellor", "intern", "volunteer", "trustee", "speaker",
)
# words that are never part of a person's name (a line "Group Photo (Main Hall)" is no speaker)
NOT_NAME_BASE = (
    "session", "panel", "room", "opening", "closing", "welcome", "remarks", "break", "lunch", "coffee", "photo",
    "discussion", "dialogue", "q&a", "keynote", "address", "statement", "statements", "presentation", "item",
    "agenda", "programme", "program", "day", "morning", "afternoon", "evening", "registration", "venue", "date",
    "time", "the", "of", "and", "for", "on", "in", "to", "by", "with", "from", "at", "tbc", "tbd", "moderator",
    "chair", "speakers", "panellists", "panelists", "interventions", "reception", "conclusions", "way", "forward",
)
NAME_PARTICLES = ("de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "al", "el", "bin", "binti", "ibn", "la", "le", "du", "ter", "y", "e")
# words that make what follows a dash in a segment's title a sentence about it, not part of the title
SENTENCE_WORDS = ("is", "are", "will", "may", "can", "should", "must", "invited", "encouraged", "welcome", "requested")
# letters that Unicode does not split into a base letter and an accent, for ids: "Sørensen" → "sorensen"
ID_LETTERS = {"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "þ": "th", "ð": "d"}
STANDING_ID_STOP_WORDS = ("of", "the", "and", "in", "to", "a", "on", "for")


# --- French ------------------------------------------------------------------------------------------


class French:
    MONTHS = {
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6,
        "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
        "decembre": 12, "déc": 12,
    }
    WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    ORDINAL_SUFFIXES = ("er", "re", "ère")  # "1er novembre"
    OF = ("de", "du", "des")
    ARTICLES = ("le", "la", "les", "l'", "un", "une")
    DAY_RANGE_JOINERS = ("et", "au")  # "3 et 4 novembre", "du 3 au 5 novembre"
    NOON = ("midi",)
    MIDNIGHT = ("minuit",)
    HOURS_SUFFIX = ("heures",)  # "de 14 heures à 16 heures"
    RANGE_JOINERS = ("à", "au", "et")  # "de 13h15 à 14h", "entre 10 h et 12 h"
    RANGE_LEADS = ("de", "entre", "du")
    SITTING_JOINERS = ("et",)
    START_LEADS = ("à partir de", "dès", "à")
    ZONE_TIME_BEFORE = ("heure de", "heure d'")  # "(heure de Genève)", "(heure d'Abidjan)"
    ZONE_NAMES = {"heure normale d'europe centrale": "CET", "heure d'été d'europe centrale": "CEST", "temps universel": "UTC"}
    NUMBER_WORDS = {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "quarante-cinq": 45,
        "soixante": 60, "une demi": 0.5,
    }
    MINUTE_UNITS = ("minute", "minutes")
    HOUR_UNITS = ("heure", "heures")
    RANGE_WORDS = ("à", "ou")  # "3 à 5 minutes"
    UP_TO = ("jusqu'à", "au maximum", "maximum", "au plus", "pas plus de")
    UP_TO_AFTER = ("au maximum", "au plus", "maximum", "max.")
    EACH = ("chacun", "chacune", "chacun(e)", "chaque")
    PER = ("par",)
    PER_SPEAKER = ("intervenant", "orateur", "oratrice", "personne", "intervention", "délégation", "pays", "panéliste", "organisation", "participant")
    LIMIT_VERBS = ("sont", "est", "seront", "sera", "doivent être")
    LIMIT_SENTENCE = ("limitées à", "limitée à", "limités à", "limité à", "ne doivent pas dépasser", "ne devront pas dépasser", "ne pas dépasser", "de")
    INTERVENTION_NOUNS = ("interventions", "intervention", "déclarations", "délégations", "délégation", "orateurs")
    HONORIFICS = (
        "S.E. M.", "S.E. Mme", "S.E.", "Son Excellence", "M.", "MM.", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Professeur",
        "Professeure", "Ambassadeur", "Ambassadrice",
    )
    ROLE_LABELS = {
        "modérateur": "moderator", "modératrice": "moderator", "modération": "moderator", "modéré par": "moderator",
        "modérée par": "moderator", "animé par": "moderator", "animée par": "moderator", "animation": "moderator",
        "animateur": "moderator", "animatrice": "moderator", "président": "chair", "présidente": "chair",
        "présidence": "chair", "présidé par": "chair", "présidée par": "chair", "rapporteur": "rapporteur",
        "rapporteuse": "rapporteur", "président de séance": "chair", "présidente de séance": "chair", "panélistes": "panellist", "paneliste": "panellist", "panéliste": "panellist",
        "intervenants": "speaker", "intervenantes": "speaker", "intervenant(e)s": "speaker", "intervenant": "speaker",
        "intervenant·e·s": "speaker", "intervenant.e.s": "speaker", "orateur·rice·s": "speaker", "panéliste·s": "panellist",
        "intervenante": "speaker", "orateurs": "speaker", "oratrices": "speaker", "conférenciers": "speaker",
        "présentations": "presenter", "avec la participation de": "speaker", "discours liminaire": "keynote",
    }
    LIST_LABELS = {
        "panélistes", "intervenants", "intervenantes", "intervenant(e)s", "intervenant·e·s", "intervenant.e.s",
        "orateur·rice·s", "panéliste·s", "orateurs", "oratrices", "conférenciers",
        "présentations", "avec la participation de",
    }
    LEAD_ROLES = {
        "keynote": ("discours liminaire", "conférence inaugurale", "allocution principale"),
        "moderator": ("modérateur", "modératrice", "modération", "modéré", "modérée", "animé", "animée"),
        "chair": ("président", "présidente", "présidé", "présidée"),
        "presenter": ("présentation", "présenté", "présentée", "exposé"),
    }
    TITLE_ROLES = {"presenter": ("présentation", "présentations")}
    MODALITIES = {
        "video": (
            "message vidéo", "vidéo", "message vidéo préenregistré", "préenregistré", "préenregistrée",
            "message enregistré", "déclaration vidéo",
        ),
        "online": ("en ligne", "à distance", "par visioconférence", "visioconférence", "virtuellement"),
        "in_person": ("en présentiel", "sur place", "présentiel"),
    }
    BY = ("par", "de", "du", "de la", "des")  # "Allocution d'ouverture de S.E. Mme X"
    ROLE_LABELS_BEFORE_NAMES = ("modéré par", "modérée par", "animé par", "animée par", "présidé par", "présidée par", "avec la participation de")
    SENTENCE_AFTER_NAME = ("est", "sera", "qui", "ont", "a accepté")
    PHRASE_BREAKS = ("de", "du", "des", "pour", "sur", "à", "auprès", "en", "contre", "avec")
    MODALITY_LEADS = ("par", "en", "via", "par un", "sous forme de", "par message")
    UNCONFIRMED = ("à confirmer", "à déterminer", "à préciser", "(à confirmer)")
    KINDS = {
        "break": ("pause", "pause-café", "pause café", "déjeuner", "pause déjeuner", "cocktail", "rafraîchissements"),
        "qa": ("questions-réponses", "questions et réponses", "séance de questions", "questions du public", "questions de la salle"),
        "tour_de_table": ("tour de table",),
        "opening": (
            "ouverture", "mot de bienvenue", "mots de bienvenue", "bienvenue", "allocution d'ouverture", "cérémonie d'ouverture",
            "séance d'ouverture", "mot d'accueil", "introduction", "remarques liminaires",
        ),
        "closing": (
            "clôture", "séance de clôture", "mot de clôture", "cérémonie de clôture", "conclusion", "conclusions",
            "remarques finales", "remarques de clôture", "synthèse", "voie à suivre", "prochaines étapes",
        ),
        "panel": ("table ronde", "panel de haut niveau", "panel", "débat d'experts", "conversation"),
        "address": (
            "allocution", "discours", "discours liminaire", "présentation", "présentations", "exposé", "déclaration", "lancement",
            "conférence", "témoignages", "témoignage", "message",
        ),
        "interventions": (
            "débat", "débat général", "dialogue interactif", "discussion", "discussions", "échange de vues", "échanges",
            "dialogue avec la salle", "déclarations", "interventions", "débat ouvert",
        ),
        "other": (
            "enregistrement", "inscription", "accueil des participants", "travaux en groupes", "travail en groupes",
            "groupes de travail", "photo de famille", "photo de groupe", "visite", "restitution",
        ),
    }
    END_NOUNS = ("fin", "levée de la séance")
    END_OF = ("réunion", "séance", "journée", "atelier", "manifestation", "événement", "webinaire", "session", "programme")
    END_VERBS = ("se termine", "prend fin")
    PROGRAMME_HEADINGS = ("programme", "ordre du jour", "déroulé", "déroulement", "déroulé de l'événement", "programme de travail", "calendrier")
    HEADING_TAILS = ("en bref", "en un coup d'œil", "résumé")
    PROGRAMME_HEADING_QUALIFIERS = ("provisoire", "préliminaire", "indicatif", "détaillé", "annoté", "projet de", "révisé")
    TABLE_HEADINGS = (
        "heure", "horaire", "séance", "session", "intervenants", "intervenant(e)s", "activité", "activités", "thème",
        "durée", "sujet", "point", "responsable", "modalités", "orateurs", "contenu",
    )
    DOCUMENT_HEADINGS = (
        "note conceptuelle", "note d'information", "note d'orientation", "contexte", "objectifs", "objectif", "invitation",
        "informations pratiques", "contact",
    )
    WHEN_LABELS = {
        "date": "when", "dates": "when", "heure": "when", "horaire": "when", "date et heure": "when", "date/heure": "when", "lieu": "venue",
        "date et lieu": "venue", "salle": "room", "format": "format", "modalité": "format", "modalités": "format",
        "plateforme": "format",
    }
    ORGANISER_LABELS = {
        "organisé par": "organisers", "organisée par": "organisers", "organisateurs": "organisers",
        "co-organisé par": "organisers", "co-organisée par": "organisers", "coorganisé par": "organisers",
        "en partenariat avec": "co_sponsors", "avec le soutien de": "co_sponsors", "en collaboration avec": "co_sponsors",
        "parrainé par": "co_sponsors", "coparrainé par": "co_sponsors",
    }
    LIST_JOINERS = ("et",)
    SITTING_NAMES = ("matin", "matinée", "après-midi", "soir", "soirée")
    SITTING_NOUNS = ("séance", "session")
    DAY_WORDS = ("jour", "journée")
    DAY_NUMBERS = ("un", "deux", "trois", "quatre", "cinq")
    WHEN_FILLER = ("le", "de", "du", "au", "heure", "heures", "locale", "en", "la", "des", "séance", "réunion")
    ITEM_WORDS = ("point de l'ordre du jour", "point")
    CONTINUED = ("suite",)
    STANDING_ITEM_WORDS = ("point permanent", "thème")
    FOLLOWED_BY = ("suivi de", "suivie de", "suivis de", "puis")
    QUESTION_WORDS = ("question", "questions")
    TIME_PERMITTING = ("si le temps le permet", "selon le temps disponible", "en fonction du temps disponible")
    PANEL_NUMBERED = ("séance", "table ronde")
    FORMATS = {
        "hybrid": ("hybride", "format hybride", "mixte"),
        "in_person": ("en présentiel", "présentiel", "sur place"),
        "online": ("en ligne", "virtuel", "virtuelle", "à distance", "webinaire"),
    }
    VIA = ("via", "sur", "par")
    FORMAT_NOUNS = ("format", "réunion", "modalité", "uniquement", "participation")
    WEBCAST_WORDS = ("retransmis", "retransmission", "diffusé en direct", "diffusion en direct", "en direct sur")
    ABOUT_TAKING_PART = ("événement", "réunion", "séance", "participer", "participation", "participants", "interprétation", "format", "atelier")
    LANGUAGE_IN = ("en", "entre")
    LANGUAGE_CUES = ("interprétation", "langue", "langues", "langue de travail", "langues de travail")
    INTO = ("vers",)
    ALL_OFFICIAL_LANGUAGES = {
        "six langues officielles": ("ar", "zh", "en", "fr", "ru", "es"),
        "toutes les langues officielles": ("ar", "zh", "en", "fr", "ru", "es"),
    }
    ROOM_WORDS = ("salle", "salle de conférence", "auditoire", "hémicycle")
    VENUE_WORDS = ("palais", "maison", "centre", "siège", "hôtel", "bâtiment", "ministère", "université", "institut")
    PLACE_PREPOSITIONS = ("à", "au", "de")
    COUNTRIES_WITH_AND = ("bosnie-herzégovine", "trinité-et-tobago", "antigua-et-barbuda", "saint-kitts-et-nevis")
    CITIES = ("genève", "vienne", "bruxelles", "addis-abeba", "le caire", "la haye", "londres", "pékin")
    CITY_NAMES = {
        "genève": "Geneva", "vienne": "Vienna", "bruxelles": "Brussels", "addis-abeba": "Addis Ababa", "le caire": "Cairo",
        "la haye": "The Hague", "londres": "London", "pékin": "Beijing",
    }
    PLACE_ZONES = {"centre international de vienne": "Europe/Vienna", "siège de l'onu": "America/New_York"}
    COUNTRY_ZONES = {
        "suisse": "Europe/Zurich", "autriche": "Europe/Vienna", "sénégal": "Africa/Dakar", "senegal": "Africa/Dakar",
        "côte d'ivoire": "Africa/Abidjan", "mali": "Africa/Bamako", "burkina faso": "Africa/Ouagadougou",
        "niger": "Africa/Niamey", "cameroun": "Africa/Douala", "maroc": "Africa/Casablanca", "tunisie": "Africa/Tunis",
        "france": "Europe/Paris", "belgique": "Europe/Brussels", "kenya": "Africa/Nairobi",
    }
    EVENT_WORDS = (
        "manifestation", "réunion", "atelier", "webinaire", "séminaire", "conférence", "table ronde", "dialogue",
        "consultation", "forum", "lancement", "événement", "évènement", "débat", "colloque", "session", "journée",
    )
    FRAMEWORK_WORDS = ("session", "conseil", "commission", "assemblée", "forum", "conférence des parties")
    CATEGORY_NOUNS = ("manifestation parallèle", "événement parallèle", "webinaire", "atelier", "séminaire")
    ORGANISATION_WORDS = (
        "ministère", "bureau", "office", "organisation", "fondation", "réseau", "association", "université", "institut",
        "conseil", "commission", "mission permanente", "missions permanentes", "délégation", "programme", "fonds", "agence", "centre",
        "secrétariat", "parquet", "cour", "tribunal", "parlement", "gouvernement", "ambassade", "observatoire",
        "coalition", "alliance", "union", "comité", "unité", "direction", "service", "onu", "nations unies",
    )
    POSITION_WORDS = (
        "directeur", "directrice", "ministre", "chef", "cheffe", "représentant", "représentante", "ambassadeur",
        "ambassadrice", "secrétaire", "président", "présidente", "conseiller", "conseillère", "coordinateur",
        "coordinatrice", "expert", "experte", "professeur", "professeure", "chercheur", "chercheuse", "fondateur",
        "fondatrice", "responsable", "rapporteur", "rapporteuse", "envoyé", "envoyée", "commissaire", "procureur",
        "procureure", "juge", "magistrat", "magistrate", "maire", "adjoint", "adjointe", "délégué", "déléguée", "membre",
        "journaliste", "étudiant", "étudiante", "formateur", "formatrice", "militant", "militante", "survivant",
        "survivante", "défenseur", "défenseure", "chargé", "chargée", "administrateur", "administratrice", "consultant",
        "consultante", "avocat", "avocate", "mère", "père",
    )
    NOT_NAME_BASE = ("séance", "ouverture", "clôture", "pause", "déjeuner", "débat", "salle", "programme", "questions")
    NAME_PARTICLES = ("des",)
    SENTENCE_WORDS = ("est", "sont", "sera", "seront", "invités", "invitées", "invité", "invitée", "encouragés")
    STANDING_ID_STOP_WORDS = ("de", "la", "le", "les", "des", "du", "et", "en", "à", "l")


# --- Spanish -----------------------------------------------------------------------------------------


class Spanish:
    MONTHS = {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    }
    WEEKDAYS = ("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo")
    ORDINAL_SUFFIXES = ("º", "°", "ro")  # "1º de julio"
    DATE_WORDS = ("de", "del")  # "14 de marzo de 2025"
    YEAR_LEADS = ("de", "del")
    OF = ("de", "del")
    ARTICLES = ("el", "la", "los", "las", "un", "una")
    DAY_RANGE_JOINERS = ("y", "al", "a")  # "3 y 4 de marzo", "del 3 al 5 de marzo"
    NOON = ("mediodía", "mediodia")
    MIDNIGHT = ("medianoche",)
    HOURS_SUFFIX = ("horas", "hs", "hs.")  # "de 9:30 a 13:00 horas"
    RANGE_JOINERS = ("a", "hasta", "y")  # "de 13:15 a 14:00"
    RANGE_LEADS = ("de", "desde", "entre", "de las", "desde las", "entre las")
    SITTING_JOINERS = ("y",)
    START_LEADS = ("a partir de las", "a partir de", "a las", "desde las")
    ZONE_TIME_BEFORE = ("hora de", "hora de la", "hora del")  # "(hora de Nueva York)"
    ZONE_NAMES = {
        "hora central europea": "CET", "hora de verano de europa central": "CEST", "tiempo universal coordinado": "UTC",
        "hora peninsular": "Madrid", "hora peninsular española": "Madrid",
    }
    NUMBER_WORDS = {
        "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cuarenta y cinco": 45,
        "sesenta": 60, "media": 0.5,
    }
    MINUTE_UNITS = ("minuto", "minutos")
    HOUR_UNITS = ("hora", "horas")
    RANGE_WORDS = ("a", "o")  # "3 a 5 minutos"
    UP_TO = ("hasta", "máximo", "un máximo de", "como máximo", "no más de")
    UP_TO_AFTER = ("como máximo", "máximo", "máx.")
    EACH = ("cada uno", "cada una", "c/u", "cada uno/a")
    PER = ("por",)
    PER_SPEAKER = ("orador", "oradora", "persona", "intervención", "delegación", "país", "panelista", "organización", "participante")
    LIMIT_VERBS = ("son", "es", "serán", "será", "deberán ser", "estarán")
    LIMIT_SENTENCE = ("limitadas a", "limitada a", "no deberán exceder", "no deberán superar", "no excederán", "no podrán exceder", "de hasta", "de")
    INTERVENTION_NOUNS = ("intervenciones", "intervención", "declaraciones", "delegaciones", "delegación", "oradores")
    HONORIFICS = (
        "Excmo. Sr.", "Excma. Sra.", "Excmo.", "Excma.", "Su Excelencia", "Sr.", "Sra.", "Srta.", "Sres.", "Dra.",
        "D.", "Dña.", "Dª", "Ilmo.", "Ilma.", "Lic.", "Licda.", "Ing.", "Mtro.", "Mtra.", "Embajador", "Embajadora",
    )
    ROLE_LABELS = {
        "moderador": "moderator", "moderadora": "moderator", "moderador(a)": "moderator", "moderadores": "moderator",
        "modera": "moderator", "moderado por": "moderator", "moderada por": "moderator", "moderación": "moderator",
        "presidente": "chair", "presidenta": "chair", "preside": "chair", "presidido por": "chair", "presidida por": "chair",
        "relator": "rapporteur", "relatora": "rapporteur", "relator(a)": "rapporteur", "panelistas": "panellist",
        "panelista": "panellist", "ponentes": "speaker", "ponente": "speaker", "oradores": "speaker",
        "intervienen": "speaker", "participan": "speaker", "expositores": "presenter", "presentaciones": "presenter",
        "con la participación de": "speaker", "orador principal": "keynote", "oradora principal": "keynote",
        "conferencista": "keynote",
    }
    LIST_LABELS = {
        "panelistas", "ponentes", "oradores", "intervienen", "participan", "expositores", "presentaciones",
        "con la participación de", "moderadores",
    }
    LEAD_ROLES = {
        "keynote": ("discurso principal", "conferencia magistral", "conferencia inaugural", "orador principal", "oradora principal"),
        "moderator": ("moderador", "moderadora", "modera", "moderado", "moderada", "moderación"),
        "chair": ("presidente", "presidenta", "preside", "presidido", "presidida"),
        "presenter": ("presentación", "presentado", "presentada", "ponencia"),
    }
    TITLE_ROLES = {"presenter": ("presentación", "presentaciones", "ponencias")}
    MODALITIES = {
        "video": (
            "mensaje de vídeo", "mensaje de video", "mensaje en vídeo", "mensaje en video", "vídeo", "video mensaje",
            "videomensaje", "pregrabado", "pregrabada", "mensaje grabado",
        ),
        "online": ("en línea", "en linea", "a distancia", "por videoconferencia", "videoconferencia", "virtual", "remoto", "remota"),
        "in_person": ("presencial", "en persona"),
    }
    BY = ("por", "de", "del", "de la")
    ROLE_LABELS_BEFORE_NAMES = ("moderado por", "moderada por", "presidido por", "presidida por", "con la participación de", "modera", "preside", "intervienen", "participan")
    SENTENCE_AFTER_NAME = ("es", "será", "quien", "que", "ha")
    PHRASE_BREAKS = ("de", "del", "para", "sobre", "en", "contra", "con", "ante")
    MODALITY_LEADS = ("por", "en", "mediante", "a través de", "por un", "por medio de")
    UNCONFIRMED = ("por confirmar", "a confirmar", "por determinar", "pendiente de confirmación", "(por confirmar)")
    KINDS = {
        "break": ("pausa", "pausa café", "pausa para el café", "receso", "almuerzo", "café", "refrigerio"),
        "qa": ("preguntas y respuestas", "ronda de preguntas", "sesión de preguntas", "preguntas del público"),
        "tour_de_table": ("tour de table", "ronda de intervenciones", "vuelta de mesa"),
        "opening": (
            "apertura", "palabras de apertura", "bienvenida", "palabras de bienvenida", "inauguración", "sesión inaugural",
            "ceremonia de apertura", "sesión de apertura", "introducción",
        ),
        "closing": (
            "clausura", "cierre", "palabras de cierre", "palabras de clausura", "sesión de clausura", "conclusiones",
            "conclusión", "próximos pasos", "camino a seguir", "síntesis", "observaciones finales",
        ),
        "panel": ("mesa redonda", "panel", "panel de discusión", "conversatorio", "diálogo de alto nivel"),
        "address": (
            "discurso", "discurso principal", "conferencia magistral", "conferencia", "ponencia", "presentación",
            "presentaciones", "mensaje", "mensaje de vídeo", "declaración", "lanzamiento", "conferencia inaugural",
        ),
        "interventions": (
            "debate", "diálogo interactivo", "coloquio", "intercambio", "discusión", "declaraciones", "intervenciones",
            "diálogo abierto", "debate general",
        ),
        "other": ("registro", "inscripción", "acreditación", "trabajo en grupos", "grupos de trabajo", "foto de familia", "foto oficial", "visita"),
    }
    END_NOUNS = ("fin", "término")
    END_OF = ("jornada", "reunión", "sesión", "evento", "taller", "seminario", "programa", "encuentro")
    END_VERBS = ("termina", "finaliza", "concluye")
    PROGRAMME_HEADINGS = ("programa", "orden del día", "agenda", "programa de trabajo", "desarrollo", "cronograma")
    HEADING_TAILS = ("resumido", "en breve", "de un vistazo")
    PROGRAMME_HEADING_QUALIFIERS = ("preliminar", "provisional", "tentativo", "tentativa", "detallado", "anotado", "revisado", "proyecto de")
    TABLE_HEADINGS = (
        "hora", "horario", "sesión", "actividad", "actividades", "tema", "duración", "ponentes", "oradores",
        "responsable", "contenido", "participantes",
    )
    DOCUMENT_HEADINGS = (
        "nota conceptual", "nota informativa", "antecedentes", "objetivos", "objetivo", "invitación", "contacto",
        "información práctica",
    )
    WHEN_LABELS = {
        "fecha": "when", "fechas": "when", "hora": "when", "horario": "when", "fecha y hora": "when", "fecha/hora": "when", "lugar": "venue",
        "sede": "venue", "fecha y lugar": "venue", "sala": "room", "modalidad": "format", "formato": "format",
        "plataforma": "format",
    }
    ORGANISER_LABELS = {
        "organizado por": "organisers", "organizada por": "organisers", "organizan": "organisers", "organiza": "organisers",
        "coorganizado por": "organisers", "convoca": "organisers", "convocado por": "organisers",
        "con el apoyo de": "co_sponsors", "en colaboración con": "co_sponsors", "en asociación con": "co_sponsors",
        "con la colaboración de": "co_sponsors", "patrocinado por": "co_sponsors", "copatrocinado por": "co_sponsors",
    }
    LIST_JOINERS = ("y", "e")
    SITTING_NAMES = ("mañana", "tarde", "noche")
    SITTING_NOUNS = ("sesión",)
    DAY_WORDS = ("día", "jornada")
    DAY_NUMBERS = ("uno", "dos", "tres", "cuatro", "cinco")
    WHEN_FILLER = ("el", "de", "del", "las", "la", "los", "hora", "horas", "local", "desde", "hasta", "en", "sesión", "reunión")
    ITEM_WORDS = ("punto del orden del día", "punto", "tema del programa")
    CONTINUED = ("continuación",)
    STANDING_ITEM_WORDS = ("tema permanente",)
    FOLLOWED_BY = ("seguido de", "seguida de", "luego")
    QUESTION_WORDS = ("pregunta", "preguntas")
    TIME_PERMITTING = ("si el tiempo lo permite", "según el tiempo disponible", "en función del tiempo disponible")
    PANEL_NUMBERED = ("sesión", "mesa", "mesa redonda", "panel")
    FORMATS = {
        "hybrid": ("híbrido", "híbrida", "formato híbrido", "modalidad híbrida", "mixta"),
        "in_person": ("presencial", "en persona"),
        "online": ("en línea", "en linea", "virtual", "a distancia", "seminario web"),
    }
    VIA = ("por", "a través de", "mediante", "vía", "en")
    FORMAT_NOUNS = ("formato", "modalidad", "reunión", "únicamente", "participación")
    WEBCAST_WORDS = ("transmisión en directo", "transmisión en vivo", "en directo", "en vivo", "retransmisión", "transmitido")
    ABOUT_TAKING_PART = ("evento", "reunión", "sesión", "participar", "participación", "participantes", "interpretación", "formato", "modalidad")
    LANGUAGE_IN = ("en", "entre")
    LANGUAGE_CUES = ("interpretación", "idioma", "idiomas", "lengua", "lenguas", "idiomas de trabajo", "idioma de trabajo")
    INTO = ("al",)
    ALL_OFFICIAL_LANGUAGES = {
        "seis idiomas oficiales": ("ar", "zh", "en", "fr", "ru", "es"),
        "los seis idiomas oficiales": ("ar", "zh", "en", "fr", "ru", "es"),
    }
    ROOM_WORDS = ("sala", "salón", "auditorio", "sala de conferencias")
    VENUE_WORDS = ("sede", "centro", "edificio", "casa", "cancillería", "ministerio", "universidad", "hotel", "palacio")
    PLACE_PREPOSITIONS = ("en", "de")
    COUNTRIES_WITH_AND = ("bosnia y herzegovina", "trinidad y tabago", "antigua y barbuda", "saint kitts y nevis")
    CITIES = (
        "ginebra", "viena", "nueva york", "ciudad de méxico", "ciudad de panamá", "bruselas", "bogotá", "santiago de chile",
        "san josé", "ciudad de guatemala", "montevideo", "asunción", "la paz", "tegucigalpa", "managua", "san salvador",
        "santo domingo", "la habana", "caracas",
    )
    CITY_NAMES = {
        "ginebra": "Geneva", "viena": "Vienna", "nueva york": "New York", "ciudad de méxico": "Mexico City",
        "ciudad de panamá": "Panama", "bruselas": "Brussels", "bogotá": "Bogota", "santiago de chile": "Santiago",
        "san josé": "Costa Rica", "ciudad de guatemala": "Guatemala", "asunción": "Asuncion", "la habana": "Havana",
    }
    PLACE_ZONES = {
        "centro internacional de viena": "Europe/Vienna", "sede de las naciones unidas": "America/New_York",
    }
    COUNTRY_ZONES = {
        "suiza": "Europe/Zurich", "méxico": "America/Mexico_City", "españa": "Europe/Madrid", "colombia": "America/Bogota",
        "perú": "America/Lima", "argentina": "America/Argentina/Buenos_Aires", "uruguay": "America/Montevideo",
        "panamá": "America/Panama", "guatemala": "America/Guatemala", "costa rica": "America/Costa_Rica",
        "ecuador": "America/Guayaquil", "bolivia": "America/La_Paz", "paraguay": "America/Asuncion",
    }
    EVENT_WORDS = (
        "evento", "evento paralelo", "reunión", "taller", "seminario", "seminario web", "conferencia", "mesa redonda",
        "diálogo", "consulta", "foro", "lanzamiento", "jornada", "conversatorio", "sesión", "encuentro", "simposio", "cumbre",
    )
    FRAMEWORK_WORDS = ("período de sesiones", "periodo de sesiones", "consejo", "comisión", "asamblea", "foro", "conferencia de las partes")
    CATEGORY_NOUNS = ("evento paralelo", "seminario", "seminario web", "taller", "jornada", "conversatorio", "webinario")
    ORGANISATION_WORDS = (
        "ministerio", "oficina", "organización", "fundación", "red", "asociación", "universidad", "instituto", "consejo",
        "comisión", "misión permanente", "misiones permanentes", "delegación", "programa", "fondo", "agencia", "centro", "secretaría", "fiscalía",
        "corte", "tribunal", "parlamento", "gobierno", "embajada", "observatorio", "coalición", "alianza", "unión", "comité",
        "unidad", "dirección", "defensoría", "cancillería", "proyecto", "división", "naciones unidas",
    )
    POSITION_WORDS = (
        "director", "directora", "ministro", "ministra", "jefe", "jefa", "representante", "embajador", "embajadora",
        "secretario", "secretaria", "presidente", "presidenta", "asesor", "asesora", "coordinador", "coordinadora",
        "experto", "experta", "profesor", "profesora", "investigador", "investigadora", "fundador", "fundadora", "relator",
        "relatora", "enviado", "enviada", "comisionado", "comisionada", "fiscal", "juez", "jueza", "alcalde", "alcaldesa",
        "subsecretario", "subsecretaria", "viceministro", "viceministra", "defensor", "defensora", "miembro", "periodista",
        "estudiante", "activista", "superviviente", "sobreviviente", "consejero", "consejera", "encargado", "encargada",
        "gerente", "oficial", "especialista", "analista", "consultor", "consultora", "economista", "abogado", "abogada",
        "investigadora",
    )
    NOT_NAME_BASE = ("sesión", "apertura", "clausura", "pausa", "almuerzo", "debate", "sala", "programa", "preguntas")
    NAME_PARTICLES = ("de la", "de los")
    SENTENCE_WORDS = ("es", "son", "será", "serán", "invitados", "invitadas", "invitado", "invitada")
    STANDING_ID_STOP_WORDS = ("de", "la", "el", "los", "las", "del", "y", "en", "a")


# --- every table with the words of every language ---------------------------------------------------


def _joined(base, more):
    """A table with the words of ``more`` added: tuples and sets take them in, dicts take new keys and
    add to the phrases of a key they share; a table of (kind, phrases) or (phrases, role) pairs takes
    a {kind: phrases} dict, added to the last pair of that kind."""
    if isinstance(base, dict):
        out = dict(base)
        for key, value in more.items():
            out[key] = _joined(out[key], value) if key in out and isinstance(value, tuple) else out.get(key, value)
        return out
    if isinstance(base, (set, frozenset)):
        return set(base) | set(more)
    if base and isinstance(base[0], tuple):
        pairs = list(base)
        for key, phrases in more.items():
            at = max(i for i, pair in enumerate(pairs) if key in pair)
            first, second = pairs[at]
            pairs[at] = (first, _joined(second, phrases)) if first == key else (_joined(first, phrases), second)
        return tuple(pairs)
    return tuple(base) + tuple(word for word in more if word not in base)


for _language in (French, Spanish):
    for _name, _table in vars(_language).items():
        if _name.isupper():
            globals()[_name] = _joined(globals()[_name], _table)

FORMAT_WORDS = tuple(word for options in FORMATS.values() for word in options)
NOT_NAME_WORDS = NOT_NAME_BASE + ORGANISATION_WORDS + POSITION_WORDS + ROOM_WORDS + VENUE_WORDS

# --- what depends on the language of the whole text ----------------------------------------------------

# short words frequent in running text of each language, for telling which language an agenda is in
FUNCTION_WORDS = {
    "en": ("the", "and", "of", "for", "on", "with", "by", "to", "remarks", "welcome", "opening", "closing"),
    "fr": ("le", "la", "les", "et", "des", "du", "pour", "sur", "avec", "par", "au", "aux", "ouverture", "clôture"),
    "es": ("el", "la", "los", "las", "y", "del", "para", "sobre", "con", "por", "al", "apertura", "clausura"),
}
# the gender an honorific says (others say nothing); "Sr." is a Sister in English and a Señor in Spanish
HONORIFIC_GENDER = {
    "en": {"ms": "female", "mrs": "female", "mr": "male"},
    "fr": {"m": "male", "mme": "female", "mlle": "female", "ms": "female", "mrs": "female", "mr": "male"},
    "es": {
        "sr": "male", "sra": "female", "srta": "female", "dra": "female", "d": "male", "dña": "female", "dª": "female",
        "excmo": "male", "excma": "female", "mtro": "male", "mtra": "female", "licda": "female", "embajadora": "female",
        "ilmo": "male", "ilma": "female", "ms": "female", "mrs": "female", "mr": "male",
    },
}
