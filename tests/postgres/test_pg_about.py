"""Help ▸ About names the PostgreSQL server a shared meeting runs on, and its version."""

from __future__ import annotations

from sqlalchemy import text

from ui.about import AboutDialog


def test_about_gives_the_postgresql_servers_version_and_where_it_is(qtbot, pg_store):
    with pg_store.engine.connect() as conn:
        number = conn.execute(text("SHOW server_version_num")).scalar()  # e.g. 150018 for 15.18
    major, minor = divmod(int(number), 10000)
    about = AboutDialog(pg_store)
    qtbot.addWidget(about)
    assert about.version_labels["Database"].text() == f"PostgreSQL {major}.{minor}"
    shown = " ".join(label.text() for label in about.findChildren(type(about.version_labels["Database"])))
    assert "postgresql+psycopg://" in shown and "@127.0.0.1" in shown
