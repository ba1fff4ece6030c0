"""What each screen's page is sent, built from the live view without a server: public names only,
clocks a page can tick from the server's time, the same colours as the application's screens."""

from __future__ import annotations

import pytest

from meetingdesk.programme.identities import ProtectedNames
from meetingdesk.screens import colours, payloads
from screens_samples import HRC_FILE, Sitting


def build(sitting, screen, names=None, at=None):
    live = sitting.live
    now = live.now() if at is None else at
    names = names if names is not None else sitting.rapporteur.programme.protected
    return payloads.build(screen, live.view(at=now), now, settings=live.settings, snapshot=live.snapshot,
                          names=names, record=sitting.rapporteur)


def value(clock, t):
    """What a page computes from a clock at the instant ``t`` (screens.js: MD.value)."""
    return clock["rate"] * (t - clock["zero"]) if clock["rate"] else clock["value"]


def keys(payload):
    if isinstance(payload, dict):
        for k, v in payload.items():
            yield k
            yield from keys(v)
    elif isinstance(payload, list):
        for v in payload:
            yield from keys(v)


def test_the_speaker_page_ticks_from_the_servers_time_and_is_sent_again_only_when_something_changes(hrc):
    hrc.at(14, 0)
    hrc.live.open_sitting()
    hrc.live.start_segment()
    hrc.live.call_next()  # Dr. Maalla, 5 min
    hrc.at(14, 4, 20)
    now = hrc.live.now()
    state = build(hrc, "speaker")
    sp = state["speaker"]
    assert (sp["public_name"], sp["limit"], sp["paused"]) == ("Dr. Najat Maalla M'jid", True, False)
    assert value(sp["clock"], now) == pytest.approx(40)  # 40 s left, amber at 30
    assert value(sp["clock"], now + 12.5) == pytest.approx(27.5)  # the page counts down on its own
    assert state["thresholds"] == {"warning": 30, "danger": 0}
    assert state["next_speaker"] == "Ms. Ghada Waly" and state["segment"] == {"title": "Setting the scene"}
    # time passing alone changes nothing that is sent: the server has nothing to push
    assert build(hrc, "speaker", at=now + 0.4) == state

    hrc.live.pause()
    hrc.at(14, 6)
    paused = build(hrc, "speaker")["speaker"]
    assert paused["clock"] == {"rate": 0, "value": 40.0} and paused["paused"]
    hrc.live.resume()
    hrc.live.extend(30)
    sp = build(hrc, "speaker")["speaker"]
    assert value(sp["clock"], hrc.live.now()) == pytest.approx(70) and sp["turn"].endswith(".30")


def test_between_segments_the_pages_count_down_to_the_next_segments_planned_start(hrc):
    hrc.at(14, 0)
    hrc.live.open_sitting()
    hrc.live.start_segment()
    hrc.at(14, 15)
    hrc.live.end_segment()
    state = build(hrc, "speaker")
    assert state["speaker"] is None and state["segment"] is None
    upcoming = state["next_segment"]
    assert (upcoming["title"], upcoming["planned"]) == ("Actions taken and remaining challenges", "14:20")
    assert value(upcoming["countdown"], hrc.live.now()) == pytest.approx(5 * 60)
    assert state["next_speaker"] == "Ms. Aleksandra Choluj"
    chair = build(hrc, "chair")
    assert chair["offset"] == -5 * 60 and chair["projected_end"] == "14:55" and chair["planned_end"] == "15:00"
    hrc.at(15, 0)
    hrc.live.close_sitting()
    closed = build(hrc, "speaker")
    assert closed["sitting"]["status"] == "closed" and closed["next_segment"] is None and closed["next_speaker"] is None


def test_the_chairs_page_has_the_segment_clock_the_list_with_its_cut_line_and_the_questions_waiting(hrc):
    hrc.at(14, 20)
    hrc.live.open_sitting()
    hrc.live.start_segment(hrc.segments["panel"])  # six panellists at up to 5 min in 25 min
    hrc.live.call_next()
    hrc.at(14, 21)
    chair = build(hrc, "chair")
    seg = chair["segment"]
    assert seg["title"] == "Actions taken and remaining challenges" and seg["planned"] == ["14:20", "14:45"]
    assert value(seg["clock"], hrc.live.now()) == pytest.approx(24 * 60)
    assert [e["public_name"] for e in chair["queue"]][:2] == ["Ms. Laura Arango", "Ms. Tolulola Olufunmilayo Odugbesan"]
    assert chair["queue"][0]["delegation"] == "Colombia" and chair["queue"][0]["allotment"] == 300
    assert chair["cut_index"] == 4 and not chair["queue"][4]["fits"]  # the last panellist may not be heard
    assert chair["questions"] is None  # no question yet: the chair's page shows no Q&A box
    q = hrc.rapporteur.add_question("How do you reach children online?", asker="Delegation of Chile",
                                    delegation="Chile", addressed_to=["Ms. Choluj"])
    questions = build(hrc, "chair")["questions"]
    assert questions["waiting"] == 1 and questions["rounds"] == 0
    assert questions["round"] == [{"label": "Q1", "asker": "Delegation of Chile", "to": ["Ms. Aleksandra Choluj"],
                                   "text": "How do you reach children online?"}]
    hrc.rapporteur.put_round([q])
    assert build(hrc, "chair")["questions"]["rounds"] == 1


def test_the_interpreters_page_says_who_speaks_in_which_language_and_what_each_booth_does(hrc):
    hrc.at(14, 20)
    hrc.live.open_sitting()
    hrc.live.start_segment(hrc.segments["panel"])
    for _ in range(6):
        hrc.live.call_next()  # Ms. Charimaya Tamang speaks last, in Nepali
    state = build(hrc, "interpreters")
    assert state["speaker"]["public_name"] == "Ms. Charimaya Tamang" and state["floor_language"] == "Nepali"
    booths = {b["label"]: (b["mode"], b["via"]) for b in state["booths"]}
    assert booths["English"] == ("direct", None) and booths["French"][0] == "relay"
    assert "relay from English" in state["speaker"]["relay"]
    hrc.live.slow_down()
    assert build(hrc, "interpreters")["slow_down"] and build(hrc, "speaker")["slow_down"]


@pytest.mark.parametrize("screen", payloads.SCREENS)
def test_no_page_is_sent_a_name_field_nor_a_protected_name(store, tmp_path, screen):
    text = HRC_FILE.read_text(encoding="utf-8").replace('gender = "female"\nprotected = false', 'gender = "female"\nprotected = true')
    path = tmp_path / "protected.toml"
    path.write_text(text, encoding="utf-8")
    hrc = Sitting(store, path)
    try:
        hrc.at(14, 0)
        hrc.live.open_sitting()
        hrc.live.start_segment()
        for _ in range(3):
            hrc.live.call_next()  # Ms. Sophie Otiende, protected
        hrc.live.message("Sophie, please conclude")
        hrc.rapporteur.add_question("Ms. Otiende, how did your network start?", asker="Delegation of Chile",
                                    addressed_to=["otiende"])
        state = build(hrc, screen)
    finally:
        hrc.close()
    assert "name" not in set(keys(state))  # public names only, under their own key
    flat = repr(state)
    assert "Sophie" not in flat and "Otiende" not in flat
    assert "Survivor leader" in flat
    if screen != "interpreters":
        assert state["message"] == "Survivor leader, please conclude"
    if screen == "chair":
        assert state["questions"]["round"][0]["to"] == ["Survivor leader"]
        assert state["questions"]["round"][0]["text"] == "Survivor leader, how did your network start?"


def test_a_screen_that_does_not_exist_is_refused(hrc):
    with pytest.raises(ValueError, match="no screen called 'console'"):
        build(hrc, "console")


def test_the_pages_and_the_application_take_their_colours_from_one_place():
    import ui.speaker_display
    import ui.style

    assert ui.style.PHASE_COLOURS is colours.PHASE_COLOURS and ui.style.phase_colour is colours.phase_colour
    assert (ui.speaker_display.NAME_COLOUR, ui.speaker_display.WAITING_COLOUR) == (colours.NAME_COLOUR, colours.WAITING_COLOUR)
    css = colours.css()
    for phase, colour in colours.PHASE_COLOURS.items():
        assert f"--{phase}: {colour};" in css
    assert f"--slow-down: {colours.SLOW_DOWN_COLOUR};" in css and f"--paused: {colours.PAUSED_COLOUR};" in css


def test_without_protected_people_nothing_is_rewritten(hrc):
    hrc.at(14, 0)
    hrc.live.open_sitting()
    hrc.live.message("Sophie, please conclude")
    assert build(hrc, "speaker", names=ProtectedNames())["message"] == "Sophie, please conclude"


def test_a_clock_counting_up_or_standing_still_reads_the_same_at_every_instant():
    up = payloads.clock(65.0, 1000.0, 1)  # 65 s spoken at t=1000 (a speaker without a limit)
    assert up == {"rate": 1, "zero": 935.0} and value(up, 1010.0) == 75.0
    down = payloads.clock(-5.0, 1000.0, -1)  # 5 s over
    assert value(down, 1001.0) == -6.0
    assert payloads.clock(12.3456, 1000.0, 0) == {"rate": 0, "value": 12.346}
