"""The fixed words of the pages served to browsers, in the language the screens are shared in.

The pages (``static/*.html``, ``*.js``) hold no words of their own. A page's HTML names its words by
key, ``{{key}}``, and the server fills them in (``html``); the scripts say ``MD.word("key", {name: …})``
and find the words in ``words.js``, which the server sends before them, so even "Connecting to
MeetingDesk…" is in the page's language. Both come from the core's gettext catalogue (``N_`` marks
each word here): one place for every translation.
"""

from __future__ import annotations

import html as _html
import json
import re
from collections.abc import Callable

from meetingdesk import i18n
from meetingdesk.i18n import N_, ngettext

WORDS: dict[str, str] = {
    # the connection, on every page
    "connecting": N_("Connecting to MeetingDesk…"),
    "lost": N_("Connection to MeetingDesk lost — reconnecting… The times shown may be out of date."),
    "no_database": N_("The MeetingDesk server cannot reach the meeting's database — what is shown may be out of date."),
    "withdrawn": N_("This address was withdrawn: ask the meeting's secretariat for the new link."),
    # clocks
    "on_time": N_("on time"),
    "behind": N_("{time} behind"),
    "ahead": N_("{time} ahead"),
    "left": N_("left"),
    "over": N_("over"),
    "elapsed": N_("elapsed"),
    "paused": N_("paused"),
    # who speaks
    "nobody": N_("Nobody has the floor"),
    "nobody_next": N_("Nobody · next: {name}"),
    "next_speaker": N_("Next speaker"),
    "online": N_("online"),
    "video": N_("video message"),
    "point_of_order": N_("point of order"),
    "right_of_reply": N_("right of reply"),
    "slow_down": N_("PLEASE SLOW DOWN"),
    # segments and the sitting
    "closed": N_("The sitting is closed"),
    "next": N_("Next: {title}"),
    "next_planned": N_("Next: {title} (planned {time})"),
    "no_segment_left": N_("No segment left to run"),
    "until_start": N_("until its planned start, {time}"),
    "to_its_start": N_("to its start"),
    "planned_for": N_("planned for {time}"),
    "first_speaker": N_("{words} · first: {name}"),
    "planned": N_("Planned {span}"),
    "time_permitting": N_("{words} · time permitting"),
    "projected_end": N_("Projected end {time} (planned {planned})"),
    "planned_end": N_("Planned end {time}"),
    # the speaker's timer
    "speaker_page": N_("Speaker's timer"),
    "speaker_named": N_("{name} — Speaker's timer"),
    "speaker": N_("Speaker"),
    "time_left": N_("Time left"),
    "message_from_chair": N_("Message from the chair"),
    # the chair's view
    "chair_page": N_("Chair"),
    "segment_and_sitting": N_("Segment and sitting"),
    "segment_clock": N_("Time left in the segment, or its overrun"),
    "offset": N_("Sitting ahead or behind"),
    "at_the_floor": N_("At the floor"),
    "speaker_time": N_("Speaker's time"),
    "slow_down_on": N_("Slow-down sign is on"),
    "message_shown": N_("Message shown: {message}"),
    "agenda": N_("Agenda"),
    "list": N_("List of speakers"),
    "list_count": N_("List of speakers ({count})"),
    "cut_line": N_("cut line: may not be heard"),
    "nobody_waiting": N_("Nobody is waiting to speak."),
    "no_segment": N_("No segment is running."),
    "call_again": N_("To call again: {names}"),
    "questions": N_("Questions waiting"),
    "questions_waiting": N_("Questions waiting: {count}"),
    "no_question": N_("No question waiting"),
    # the interpreters' view
    "interpreters_page": N_("Interpreters"),
    "slow_down_sign": N_("SLOW DOWN"),
    "slow_down_why": N_("the chair has asked the speaker to slow down"),
    "now_speaking": N_("Now speaking"),
    "speaking_time": N_("Speaking time"),
    "booths": N_("What each booth does"),
    "booth": N_("Booth"),
    "works": N_("Works"),
    "team": N_("Team"),
    "next_heading": N_("Next"),
    "speech": N_("The speaker's text, as sent to the interpreters"),
    "floor": N_("Floor language: listeners hear the speaker"),
    "direct": N_("Direct from {language}"),
    "relay": N_("RELAY from {booth} booth"),
    "standby": N_("Standby: another booth works into this language"),
    "no_cover": N_("NO COVER: nobody can give this booth the speaker"),
    "silent": N_("Silent: nobody has the floor"),
    "text_received": N_("Text received"),
    "text_missing": N_("No text received"),
    "text_none": N_("No text expected"),
    "not_interpreted": N_("Not interpreted: {languages}"),
    "nobody_else": N_("Nobody else is on the list."),
    # the title of every page
    "title": N_("{page} — MeetingDesk"),
}
PAGES = {"speaker": "speaker_page", "interpreters": "interpreters_page", "chair": "chair_page"}  # each page's name
_KEY = re.compile(r"\{\{(\w+)\}\}")

# words that change with a number: their two forms (one, other), as CLDR's plural categories of our languages
PLURALS: dict[str, Callable[[int, str | None], str]] = {
    "rounds_put": lambda n, code: ngettext("{count} round put", "{count} rounds put", n, code),
    "interpreters": lambda n, code: ngettext("{count} interpreter", "{count} interpreters", n, code),
}


def page_words(code: str | None = None) -> dict[str, object]:
    """Every word of the pages in ``code`` (by default the process's language), and the language itself."""
    words: dict[str, object] = {key: i18n.gettext(text, code) for key, text in WORDS.items()}
    words.update({key: {"one": form(1, code), "other": form(2, code)} for key, form in PLURALS.items()})
    return {"language": code or i18n.language(), "words": words}


def html(page: str, screen: str, code: str | None = None) -> str:
    """A page's HTML with its words filled in (``{{key}}``), in ``code`` (by default the process's language)."""
    code = code or i18n.language()
    name = i18n.gettext(WORDS[PAGES[screen]], code)
    said = {"language": code, "title": i18n.gettext(WORDS["title"], code).format(page=name)}

    def word(m: re.Match[str]) -> str:
        text = said[m[1]] if m[1] in said else i18n.gettext(WORDS[m[1]], code)
        return _html.escape(text, quote=False).replace('"', "&quot;")  # text or a double-quoted attribute

    return _KEY.sub(word, page)


def script(code: str | None = None) -> str:
    """``words.js``: the words for the pages' scripts (``MD.word``), before they run."""
    return "/* generated from meetingdesk/screens/words.py and the catalogues */\n" \
           f"const WORDS = {json.dumps(page_words(code), ensure_ascii=False, indent=1)};\n"
