"""Protected identities: the label a protected participant is shown by, and every form their name
takes in free text.

A participant marked ``protected`` is shown publicly by a label: their stakeholder group ("Survivor
leader"), with a letter when several protected people share one ("Survivor leader A", "Survivor
leader B", in programme order, so the letters stay the same all through a meeting). Labels are
given in the reader's language ("Personne survivante et dirigeante A"); the journal keeps them in
English, and ``public_label`` says one in another language. No word of any label, in any of the
languages, is ever taken for a name.

Free text (a rapporteur's note, a description) names people the way people write: the full name,
the first name or the surname alone, after an honorific ("Ms. Otiende"), in any case, with or
without accents ("María", "Maria", "MARIA"), with a possessive ("Grace's") or inside punctuation
("(Grace)"). ``ProtectedNames`` finds all of these, as whole words, and replaces them by the label.
Name parts of two letters ("Li", "Ng") are too ambiguous to replace everywhere: they are only
*found* (as written, capitalised) so that a person can look at them. The names of people who are
shown by name are left alone even where they share a part with a protected name.

Matching runs on folded text (accents dropped, case folded), which is one pass of C code however
long the text: a whole report is searched in milliseconds.
"""

from __future__ import annotations

import bisect
import functools
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from meetingdesk import i18n
from meetingdesk.i18n import N_

from .enums import Role, StakeholderGroup

# honorifics that may stand before a name ("Ms. Otiende", "Dr Otiende", "H.E. Mr. Otiende")
HONORIFICS = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Dra", "Prof", "Professor", "Sir", "Dame", "Madam", "Madame",
    "Mme", "Mlle", "Sr", "Sra", "Srta", "H.E.", "Ambassador", "Hon", "Honourable",
)
# words inside names that name no one on their own ("María de la Cruz", "Ahmed bin Ali")
PARTICLES = frozenset("al bin binti bint da das de del della den der di do dos du el ibn la le los van von y".split())

# letters that do not decompose in Unicode but that a writer may leave out: "Søren" for "Soren"
_PLAIN = str.maketrans({"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ħ": "h", "Ħ": "H"})
_APOSTROPHES = "'’ʼ‘`"
_DASHES = re.escape("-‐‑–—")  # for inside a character class
_WORD_START = r"(?<![^\W_])"  # not after a letter or digit (punctuation and underscores are boundaries)
_WORD_END = r"(?![^\W_])"
# scripts written without spaces between words (Thai to Myanmar, Khmer, kana, CJK ideographs)
_UNSPACED = re.compile("[\u0e00-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


@functools.cache
def _marks() -> re.Pattern[str]:
    """Every character of the Basic Multilingual Plane with a combining class (accents, vowel points),
    as one character class (the other planes' marks are kept: no name needs them dropped)."""
    codes = [c for c in range(0x10000) if unicodedata.combining(chr(c))]
    ranges, start, prev = [], codes[0], codes[0]
    for c in codes[1:] + [-1]:
        if c != prev + 1:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}" if prev > start else re.escape(chr(start)))
            start = c
        prev = c
    return re.compile(f"[{''.join(ranges)}]+")


def fold_text(text: str) -> str:
    """Text for case- and accent-insensitive matching: "Côte d'Ivoire" → "cote d'ivoire".

    Folding works character by character, so the fold of a text is the folds of its pieces joined.
    """
    if text.isascii():  # most text is: skip the costly steps
        return text.lower()
    return _marks().sub("", unicodedata.normalize("NFKD", text.translate(_PLAIN))).casefold()


def bare(text: str) -> str:
    """Folded, every separator dropped: "Jean-Pierre", "jean pierre" and "JEAN PIERRE" compare equal."""
    return "".join(c for c in fold_text(text) if c.isalnum())


class _Folded:
    """A text and its fold, with the way back from a position in the fold to one in the text."""

    BLOCK = 4096

    def __init__(self, text: str):
        self.text = text
        pieces = [fold_text(text[i:i + self.BLOCK]) for i in range(0, len(text), self.BLOCK)] or [""]
        self.value = "".join(pieces)
        self.starts = [0]  # where each block's fold starts in the whole fold
        for piece in pieces[:-1]:
            self.starts.append(self.starts[-1] + len(piece))

    def _at(self, pos: int) -> int:
        """Index in the text of the character whose fold holds position ``pos`` of the fold."""
        block = bisect.bisect_right(self.starts, pos) - 1
        i, at = block * self.BLOCK, self.starts[block]
        while i < len(self.text):
            at += len(fold_text(self.text[i]))
            if at > pos:
                return i
            i += 1
        return len(self.text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the text that folds to ``value[start:end]`` (with any accents after it)."""
        a, b = self._at(start), self._at(end - 1) + 1
        while b < len(self.text) and not fold_text(self.text[b]):
            b += 1
        return a, b


def _pattern(folded: str) -> str:
    """A regular expression for every written form of one folded name, honorific or name part."""
    out = []
    for c in " ".join(folded.split()):
        if c == " ":
            out.append(rf"[\s{_DASHES}]+")
        elif c in "-‐‑–—":
            out.append(rf"[\s{_DASHES}]*")
        elif c in _APOSTROPHES:
            out.append(f"[{_APOSTROPHES}]?")
        elif c == ".":
            out.append(r"\.?")
        else:
            out.append(re.escape(c))
    return "".join(out)


class Named(Protocol):
    """What is needed of a participant (the programme's ORM row or a plain value)."""

    key: str
    name: str
    title: str | None
    group: str | None
    protected: bool


SPEAKER = N_("Speaker")  # a protected person of no stakeholder group
PROTECTED_SPEAKER = N_("Protected speaker")  # a first name two protected people of different groups share
_BASES = frozenset([*(g.label for g in StakeholderGroup), SPEAKER, PROTECTED_SPEAKER])  # in English


class Grouped(Protocol):
    @property
    def group(self) -> str | None: ...


def base_label(p: Grouped, code: str | None = None) -> str:
    """The stakeholder group a protected participant speaks as ("Survivor leader"), or "Speaker", in
    ``code`` (by default the process's language)."""
    if p.group and p.group in StakeholderGroup.values():
        return i18n.gettext(StakeholderGroup(p.group).label, code)
    return i18n.gettext(SPEAKER, code)


def labels(participants: Iterable[Named], code: str | None = None) -> dict[str, str]:
    """Participant key → label of every protected participant, distinct within the meeting, in ``code``
    (by default the process's language).

    ``participants`` in programme order: when several protected people share a group, they are
    "Survivor leader A", "Survivor leader B", … in that order, whatever else changes.
    """
    protected = [p for p in participants if p.protected]
    shared = Counter(base_label(p, code) for p in protected)
    seen: Counter[str] = Counter()
    out = {}
    for p in protected:
        base = base_label(p, code)
        if shared[base] == 1:
            out[p.key] = base
            continue
        n = seen[base]
        seen[base] += 1
        out[p.key] = f"{base} {string.ascii_uppercase[n]}" if n < 26 else f"{base} {n + 1}"
    return out


def public_label(label: str, code: str | None = None) -> str:
    """A label as ``labels`` gives it in English ("Survivor leader A", as the journal keeps it) in
    ``code`` ("Personne survivante et dirigeante A"); any other text as it is."""
    return _public_label(label, code or i18n.language())


@functools.cache
def _public_label(label: str, code: str) -> str:
    base, _, letter = label.rpartition(" ")
    if base in _BASES and (letter.isdigit() or (len(letter) == 1 and letter in string.ascii_uppercase)):
        return f"{i18n.gettext(base, code)} {letter}"
    return i18n.gettext(label, code) if label in _BASES else label


@functools.cache
def label_words() -> frozenset[str]:
    """The words labels are made of, in every language, and the labels themselves: never a name to hide
    ("Survivor leader A", "Líder sobreviviente A" as a pseudonym)."""
    words = [*(m.label for enum in (StakeholderGroup, Role) for m in enum), SPEAKER, PROTECTED_SPEAKER]
    said = {i18n.gettext(w, code) for w in words for code in i18n.LANGUAGES}
    return frozenset(bare(w) for label in said for w in [*re.split(rf"[\s{_DASHES}’']+", label), label])


_HONORIFIC_WORDS = frozenset(bare(h) for h in HONORIFICS)


def _forms(p: Named) -> Iterator[tuple[str, bool]]:
    """Every form of a participant's name worth looking for: (term, is a two-letter part)."""
    yield p.name, False
    if sum(c.isalpha() for c in p.key) > 2:
        yield p.key, False
    words = p.name.split()
    if len(words) > 2:
        yield f"{words[0]} {words[-1]}", False  # "Grace Otiende" for Grace María Otiende
    for word in words:
        word = word.strip(".,;:()[]{}\"«»“”")
        pieces = [word, *(re.split(f"[{_DASHES}]", word) if re.search(f"[{_DASHES}]", word) else ())]
        for piece in pieces:
            letters = sum(c.isalpha() for c in piece)
            if letters < 2 or fold_text(piece) in PARTICLES or bare(piece) in _HONORIFIC_WORDS:
                continue
            yield piece, letters == 2


def _words(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """Spans of the matches of ``pattern`` that start a word. The pattern has no look-behind in front:
    one that starts with its alternatives' letters is searched by the engine's fast prefix scan,
    several times faster on a whole report; a hit inside a word ("disgrace") is looked past."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start, end = m.span()
        if start and (text[start - 1].isalnum()):
            pos = start + 1
            continue
        yield start, end
        pos = end


@dataclass(frozen=True, slots=True)
class Mention:
    """A protected name found in a text: where, as written, whose (None when it could be several
    people's), and the label it stands for."""

    start: int
    end: int
    text: str
    key: str | None
    label: str


@dataclass
class ProtectedNames:
    """The protected names of a meeting that must not be shown (those not cleared), in every form.

    ``ProtectedNames.of(participants, clear=keys)``; ``redact(text)`` replaces them by the labels,
    ``find(text)`` lists them, two-letter name parts included.
    """

    labels: dict[str, str] = field(default_factory=dict)  # hidden key -> label
    bases: dict[str, str] = field(default_factory=dict)  # hidden key -> label without its letter
    protected_label: str = PROTECTED_SPEAKER  # a name two people of different groups share
    _owners: dict[str, set[str]] = field(default_factory=dict)  # bare form -> hidden keys
    _kept: set[str] = field(default_factory=set)  # bare forms of names of people shown by name
    _names: re.Pattern[str] | None = None  # names and parts, on folded text
    _honorific: re.Pattern[str] | None = None  # an honorific just before a name, on folded text
    _unspaced: re.Pattern[str] | None = None  # names in scripts written without spaces, on folded text
    _short: re.Pattern[str] | None = None  # two-letter parts as written, on the text itself
    _cache: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, participants: Iterable[Named], clear: Iterable[str] = (), code: str | None = None) -> ProtectedNames:
        """The labels in ``code`` (by default the process's language)."""
        people = list(participants)
        cleared = set(clear)
        all_labels = labels(people, code)
        hidden = [p for p in people if p.protected and p.key not in cleared]
        names = cls(labels={p.key: all_labels[p.key] for p in hidden}, bases={p.key: base_label(p, code) for p in hidden},
                    protected_label=i18n.gettext(PROTECTED_SPEAKER, code))
        if not hidden:
            return names
        never = label_words() | {bare(label) for label in all_labels.values()}
        terms: dict[str, str] = {}  # bare form -> folded term
        short: set[str] = set()  # two-letter parts, as written
        for p in hidden:
            for term, is_short in _forms(p):
                form = bare(term)
                if not form or form in never:
                    continue
                names._owners.setdefault(form, set()).add(p.key)
                if is_short:
                    short |= {term, term.upper()}
                else:
                    terms.setdefault(form, fold_text(term))
        # the names of people shown by name that share a word with a hidden one stay as they are
        for p in people:
            words = {bare(w) for w in re.split(rf"[\s{_DASHES}]+", p.name)}
            if p.key not in names.labels and words & names._owners.keys() and bare(p.name) not in names._owners:
                names._kept.add(bare(p.name))
                terms.setdefault(bare(p.name), fold_text(p.name))
        honorifics = {fold_text(h).rstrip(".") for h in (*HONORIFICS, *(p.title for p in people if p.title))}
        names._honorific = re.compile(
            _WORD_START + "(?:" + "|".join(_pattern(h) for h in sorted(honorifics, key=len, reverse=True)) + r")\.?\s+\Z"
        )
        ordered = sorted(terms.values(), key=len, reverse=True)
        spaced = "|".join(_pattern(t) for t in ordered if not _UNSPACED.search(t))
        unspaced = "|".join(_pattern(t) for t in ordered if _UNSPACED.search(t))
        if spaced:
            names._names = re.compile(f"(?:{spaced}){_WORD_END}")
        if unspaced:  # Chinese, Japanese, Thai…: words are not set apart by spaces, a name is found anywhere
            names._unspaced = re.compile(unspaced)
        if short:
            names._short = re.compile(f"(?:{'|'.join(map(re.escape, sorted(short)))}){_WORD_END}")
        return names

    def __bool__(self) -> bool:
        return bool(self.labels)

    def hides(self, key: str | None) -> bool:
        return key is not None and key in self.labels

    def _owner(self, written: str) -> tuple[str | None, str | None]:
        """(key, label) of a name as found; (None, None) for the name of someone shown by name."""
        form = bare(written)
        owners = self._owners.get(form)
        if not owners or form in self._kept:
            return None, None
        if len(owners) == 1:
            (key,) = owners
            return key, self.labels[key]
        bases = {self.bases[k] for k in owners}  # "Grace", the first name of two survivor leaders
        return None, bases.pop() if len(bases) == 1 else self.protected_label

    def _mentions(self, text: str, folded: _Folded, short: bool) -> list[Mention]:
        found = []
        value = folded.value
        spans = [] if self._names is None else list(_words(self._names, value))
        if self._unspaced is not None:
            spans += [m.span() for m in self._unspaced.finditer(value)]
        for start, end in spans:
            key, label = self._owner(value[start:end])
            if label is None:
                continue
            before = self._honorific.search(value, max(0, start - 30), start) if self._honorific is not None else None
            a, b = folded.span(before.start() if before else start, end)
            found.append(Mention(a, b, text[a:b], key, label))
        if short and self._short is not None:
            for start, end in _words(self._short, text):
                key, label = self._owner(text[start:end])
                if label is not None and not any(f.start <= start < f.end for f in found):
                    found.append(Mention(start, end, text[start:end], key, label))
        merged: list[Mention] = []
        for m in sorted(found, key=lambda m: m.start):
            last = merged[-1] if merged else None
            if last is not None and last.label == m.label and text[last.end:m.start].isspace():  # "Maria Otiende"
                merged[-1] = Mention(last.start, m.end, text[last.start:m.end], last.key, last.label)
            else:
                merged.append(m)
        return merged

    def find(self, text: str, *, short: bool = True) -> list[Mention]:
        """Every hidden name (or part of one) in ``text``, in order; two-letter parts too unless
        ``short`` is False (then only what ``redact`` replaces)."""
        if not self or not text:
            return []
        return self._mentions(text, _Folded(text), short=short)

    def redact(self, text: str) -> str:
        """``text`` with every hidden name in it replaced by its label (two-letter parts alone are not)."""
        if not (self._names or self._unspaced) or not text:
            return text
        done = self._cache.get(text)
        if done is None:
            done = text
            folded = _Folded(text)
            if any(p is not None and p.search(folded.value) for p in (self._names, self._unspaced)):
                for m in reversed(self._mentions(text, folded, short=False)):
                    done = done[:m.start] + m.label + done[m.end:]
            if len(self._cache) < 100_000:
                self._cache[text] = done
        return done
