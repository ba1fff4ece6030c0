"""What is planned: meeting, sittings, agenda items, segments, speaker slots, participants."""
