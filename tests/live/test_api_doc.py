"""docs/live-api.md is the contract the console, the reminders, the rapporteur and the reports build on:
every class it describes is importable from ``meetingdesk.live``, every field and method it lists
exists (with the type it gives), and every field of the view a screen reads is listed."""

from __future__ import annotations

import builtins
import dataclasses
import importlib
import importlib.util
import pkgutil
import re
import types
import typing
from pathlib import Path

import pytest

import meetingdesk.journal as journal
import meetingdesk.live as package
from meetingdesk.live import LiveSitting, LiveView

DOC = Path(__file__).resolve().parents[2] / "docs" / "live-api.md"
TEXT = DOC.read_text(encoding="utf-8")
CODE = "\n".join(re.findall(r"```python\n(.*?)```", TEXT, re.S))  # the API as declarations
PROSE = re.sub(r"```.*?```", "", TEXT, flags=re.S)
VIEWS = {name for name, value in vars(importlib.import_module("meetingdesk.live.view")).items()
         if dataclasses.is_dataclass(value) and value.__module__ == "meetingdesk.live.view"}


def _spaced(annotation: str) -> str:
    return re.sub(r"\s+", " ", annotation.replace("'", "").strip())


def _listings() -> list[tuple[str, list[str]]]:
    """``SittingView(title, status: planned|open|closed, …)`` in the prose: a class and the fields it lists."""
    found = []
    for m in re.finditer(r"\b([A-Z][A-Za-z]+)\(", PROSE):
        depth, i = 1, m.end()
        while depth and i < len(PROSE):
            depth += {"(": 1, ")": -1}.get(PROSE[i], 0)
            i += 1
        parts = re.split(r",(?![^()]*\))", PROSE[m.end():i - 1])
        names = [p.split(":")[0].strip() for p in parts]
        if names and all(n.isidentifier() for n in names):
            found.append((m.group(1), names))
    return found


def _blocks() -> dict[str, tuple[dict[str, str], list[str]]]:
    """The classes the python block declares: their ``name: type`` attributes and ``def`` methods."""
    blocks: dict[str, tuple[dict[str, str], list[str]]] = {}
    current = None
    for line in CODE.splitlines():
        if m := re.match(r"class (\w+)\b", line):
            current = blocks.setdefault(m.group(1), ({}, []))
        elif line.strip() and not line.startswith("    "):
            current = None
        elif current is not None and (m := re.match(r"    def (\w+)\(", line)):
            current[1].append(m.group(1))
        elif current is not None and (m := re.match(r"    (\w+): (.+?)(?:\s+=\s.*?)?\s*(?:#.*)?$", line)):
            current[0][m.group(1)] = _spaced(m.group(2))
    return blocks


def test_every_class_the_live_api_document_names_is_importable_from_meetingdesk_live():
    named = set(re.findall(r"\b[A-Z][A-Za-z]+\b|\bTICK\b", TEXT))
    defined = set()
    for kernel in (package, journal):  # the live sitting, and the journal kernel it is built on
        for info in pkgutil.iter_modules(kernel.__path__):
            module = importlib.import_module(f"{kernel.__name__}.{info.name}")
            defined |= {name for name, value in vars(module).items()
                        if isinstance(value, type) and value.__module__ == module.__name__}
    documented = (named & defined) | {"TICK"}
    assert len(documented) > 20
    assert documented <= set(package.__all__)
    for name in documented:
        assert getattr(package, name) is not None


def test_every_field_a_listing_names_exists_and_every_field_of_a_view_is_listed():
    listed: dict[str, set[str]] = {}
    for name, fields in _listings():
        cls = getattr(package, name, None)
        if not dataclasses.is_dataclass(cls):
            continue
        known = {f.name for f in dataclasses.fields(cls)}
        assert set(fields) <= known, f"docs/live-api.md lists {name} fields it does not have: {set(fields) - known}"
        listed.setdefault(name, set()).update(fields)
    assert VIEWS - {"LiveView"} <= set(listed), f"views the document does not list: {VIEWS - {'LiveView'} - set(listed)}"
    for name in VIEWS - {"LiveView"}:
        unlisted = {f.name for f in dataclasses.fields(getattr(package, name))} - listed[name]
        assert not unlisted, f"docs/live-api.md does not list these fields of {name}: {unlisted}"


def test_the_view_attributes_the_document_gives_are_those_of_live_view_with_their_types():
    fields = {f.name: _spaced(str(f.type)) for f in dataclasses.fields(LiveView)}
    mentioned = set(re.findall(r"`view\.(\w+)", PROSE))
    assert mentioned == set(fields), f"in the document only: {mentioned - set(fields)}; in LiveView only: {set(fields) - mentioned}"
    typed = re.findall(r"`view\.(\w+): ((?:[^`(]|\([^`]*?\))+)`", PROSE)
    assert len(typed) > 8
    for name, annotation in typed:
        while re.search(r"\b([A-Z]\w+)\([^()]*\)", annotation):  # SittingView(title, …) is a SittingView
            annotation = re.sub(r"\b([A-Z]\w+)\([^()]*\)", r"\1", annotation)
        annotation = re.sub(r"^\((\w+), \.\.\.\)", r"tuple[\1, ...]", _spaced(annotation))
        assert annotation == fields[name], f"view.{name}: the document says {annotation}, LiveView has {fields[name]}"


@pytest.mark.parametrize("name", ["Change", "LiveSettings"])
def test_the_fields_of_a_declared_dataclass_are_those_of_the_code(name):
    declared = _blocks()[name][0]
    actual = {f.name: _spaced(str(f.type)) for f in dataclasses.fields(getattr(package, name))}
    assert declared == actual


def test_every_method_the_document_declares_exists():
    blocks = _blocks()
    assert len(blocks["LiveSitting"][1]) > 30
    for name, (_attributes, methods) in blocks.items():
        cls = getattr(package, name)
        for method in methods:
            assert callable(getattr(cls, method, None)), f"{name}.{method} is in docs/live-api.md, not in the code"


def _conforms(value: object, annotation: object) -> bool:
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        return any(_conforms(value, arm) for arm in typing.get_args(annotation))
    if annotation is None:
        return value is None
    if origin is tuple:
        return isinstance(value, tuple) and all(_conforms(v, typing.get_args(annotation)[0]) for v in value)
    return isinstance(value, typing.cast(type, origin or annotation))


def test_the_attributes_of_a_live_sitting_have_the_types_the_document_gives(live: LiveSitting):
    attributes = _blocks()["LiveSitting"][0]
    assert {"holds", "lease", "last_seq", "snapshot", "read_only", "damage", "clock_warning"} <= set(attributes)
    for name, annotation in attributes.items():
        expected = eval(annotation, vars(builtins) | vars(package))
        assert _conforms(getattr(live, name), expected), f"LiveSitting.{name} is not a {annotation}"


def test_every_module_and_name_the_document_spells_out_exists():
    dotted = set(re.findall(r"\bmeetingdesk(?:\.\w+)+", TEXT))
    assert len(dotted) > 10
    for name in sorted(dotted):
        parts = name.split(".")
        depth = 1
        while depth < len(parts) and _is_module(".".join(parts[:depth + 1])):
            depth += 1
        value: object = importlib.import_module(".".join(parts[:depth]))
        for part in parts[depth:]:
            assert hasattr(value, part), f"docs/live-api.md names {name}, which does not exist"
            value = getattr(value, part)


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a name inside a module, not a module
        return False
