"""Where the PostgreSQL tests get their server, and what happens without one: skip locally, fail under CI."""

from __future__ import annotations

import pytest

import pg_server
from pg_server import URL_ENV, find_bin_dir, server_source

NOWHERE = "/nonexistent/postgresql/*/bin/initdb"


def fake_install(tmp_path, *versions: str) -> str:
    for version in versions:
        bin_dir = tmp_path / "postgresql" / version / "bin"
        bin_dir.mkdir(parents=True)
        for tool in ("initdb", "pg_ctl"):
            (bin_dir / tool).write_text("#!/bin/sh\n")
            (bin_dir / tool).chmod(0o755)
    return str(tmp_path / "postgresql" / "*" / "bin" / "initdb")


def test_the_newest_installed_postgresql_is_used(tmp_path):
    pattern = fake_install(tmp_path, "9.6", "15", "13")
    assert find_bin_dir(pattern) == tmp_path / "postgresql" / "15" / "bin"
    assert server_source({}, pattern).bin_dir == tmp_path / "postgresql" / "15" / "bin"


def test_an_existing_server_named_in_the_environment_comes_first(tmp_path):
    pattern = fake_install(tmp_path, "15")
    source = server_source({URL_ENV: "postgresql+psycopg://me@db.example/desk", "CI": "true"}, pattern)
    assert source.url == "postgresql+psycopg://me@db.example/desk" and source.bin_dir is None


def test_without_postgresql_a_developer_gets_a_skip_that_says_how_to_get_it():
    source = server_source({}, NOWHERE)
    assert source.bin_dir is None and source.url is None and not source.must_fail
    assert "apt-get install postgresql" in source.missing and URL_ENV in source.missing


@pytest.mark.parametrize("ci", ["true", "1"])
def test_without_postgresql_under_ci_the_tests_fail_rather_than_skip(ci):
    assert server_source({"CI": ci}, NOWHERE).must_fail


def test_an_empty_ci_variable_is_a_developer_machine():
    assert not server_source({"CI": ""}, NOWHERE).must_fail


def test_the_session_fixture_skips_or_fails_accordingly(monkeypatch):
    """The fixture's body, run with the binaries hidden: a skip without CI, a failure with it."""
    monkeypatch.setattr(pg_server, "BIN_GLOB", NOWHERE)
    monkeypatch.delenv(URL_ENV, raising=False)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="server binaries not found"):
        next(pg_server.serve())
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception):
        next(pg_server.serve())
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set and PostgreSQL server binaries not found"):
        next(pg_server.serve())
