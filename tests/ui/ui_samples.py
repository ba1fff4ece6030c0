"""Paths and titles of the sample programmes the front-end tests use."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "programmes"
HRC = SAMPLES / "hrc-side-event-2025-03-14.toml"
HRC_TITLE = "Trafficking in children on the rise: immediate action required"
