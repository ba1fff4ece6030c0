"""Two sittings back to back on one day (10:00-13:00, then 13:00-15:00) touch: they do not overlap."""

from __future__ import annotations

from meetingdesk.store.programmes import import_file, load_meeting

BACK_TO_BACK = """\
format = 1

[meeting]
title = "Working group on trafficking in persons, twelfth session"
time_zone = "Europe/Vienna"
format = "hybrid"
languages = ["en", "fr"]

[[booths]]
into = "en"
from = ["fr"]

[[booths]]
into = "fr"
from = ["en"]

[[participants]]
id = "chair"
name = "Chair of the Working Group"
group = "member_state"

[[sittings]]
title = "Morning"
date = 2025-07-10
start = "10:00"
end = "13:00"

[[sittings.segments]]
title = "Opening and adoption of the agenda"
kind = "opening"
start = "10:00"
end = "10:30"

[[sittings.segments.slots]]
participant = "chair"
role = "chair"
minutes = 10

[[sittings.segments]]
title = "Tour de table"
kind = "tour_de_table"
start = "10:30"
end = "13:00"

[[sittings]]
title = "Afternoon"
date = 2025-07-10
start = "13:00"
end = "15:00"

[[sittings.segments]]
title = "Interventions"
kind = "interventions"
start = "13:00"
end = "14:45"

[[sittings.segments]]
title = "Closing"
kind = "closing"
start = "14:45"
end = "15:00"

[[sittings.segments.slots]]
participant = "chair"
role = "chair"
minutes = 10
"""


def test_two_sittings_back_to_back_check_clean_and_import(store, write_programme):
    meeting_id, problems = import_file(store, write_programme(BACK_TO_BACK))
    assert problems == []
    sittings = load_meeting(store, meeting_id).sittings
    assert [(s.title, f"{s.start:%H:%M}", f"{s.end:%H:%M}") for s in sittings] == [
        ("Morning", "10:00", "13:00"), ("Afternoon", "13:00", "15:00")]
