"""A request from the floor is held to the limits and vocabularies of programme files."""

from __future__ import annotations

import pytest

from refusals import assert_refused

PERSIAN = "\u0646\u0645\u0627\u06cc\u0646\u062f\u0647\u200c\u06cc \u0627\u06cc\u0631\u0627\u0646"  # a non-joiner inside a word
NEPALI = "\u0936\u094d\u200d\u0930\u0940 \u0928\u0947\u092a\u093e\u0932"  # a joiner inside a conjunct


@pytest.fixture
def running(live):
    live.open_sitting()
    live.start_segment()
    return live


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"name": "x" * 10_000}, "a name is at most 300 characters (this one has 10000)"),
        ({"name": "Mexico", "delegation": "M" * 201}, "a delegation is at most 200 characters (this one has 201)"),
        ({"name": "Delegation of \u202eocixeM"},
         "a name may not contain an invisible or control character (U+202E RIGHT-TO-LEFT OVERRIDE, character 15)"),
        ({"name": "Delegation of \u2067Mexico\u2069"}, "(U+2067 RIGHT-TO-LEFT ISOLATE, character 15)"),
        ({"name": "Mexico\x00"}, "a name may not contain an invisible or control character (U+0000 control character, character 7)"),
        ({"name": "Mex\u200bico"}, "(U+200B ZERO WIDTH SPACE, character 4)"),
        ({"name": "Mex\u200dico"}, "(U+200D ZERO WIDTH JOINER, character 4)"),
        ({"name": "Mexico", "delegation": "Mexico\ufeff"}, "a delegation may not contain an invisible or control character (U+FEFF"),
        ({"name": "Delegation of Mars", "group": "aliens"},
         "'aliens' is not a stakeholder group: use one of member_state, observer_state, un_entity"),
        ({"name": "Delegation of Ruritania", "level": "king"},
         "'king' is not a level of representation: use one of head_of_state, head_of_government, minister"),
    ],
)
def test_bad_names_groups_and_levels_are_refused_in_plain_words(store, running, kwargs, reason):
    assert_refused(store, running, running.request_floor, reason=reason, **kwargs)


def test_names_of_every_script_and_the_longest_that_fit_are_taken(running):
    running.request_floor(name="x" * 300, delegation="y" * 200, group="member_state", level="head_of_state")
    running.request_floor(name=PERSIAN)
    running.request_floor(name=NEPALI)
    running.request_floor(name="  Delegation   of\tChile ", delegation="  Chile  ")
    assert [e.name for e in running.view().queue][-4:] == [
        "x" * 300, PERSIAN,
        NEPALI, "Delegation of Chile"]
    assert running.view().queue[-1].delegation == "Chile"
