"""A throwaway PostgreSQL server for the tests: Debian's binaries, a cluster in a temporary folder.

``PostgresServer.start()`` runs ``initdb`` and ``pg_ctl start`` on a free localhost port (its unix
socket in the same temporary folder) and ``stop()`` removes every trace of it. PostgreSQL refuses
to run as root, so as root both run as the ``postgres`` system user (created by Debian's
``postgresql`` package) with the folder handed over to it.

Where to find a server is decided by ``server_source``: an existing one named by
``MEETINGDESK_TEST_PG_URL``, else the binaries under ``/usr/lib/postgresql/*/bin``; without
either the tests are skipped on a developer's machine and FAIL under CI (env ``CI`` set), so a
CI machine missing its install step cannot pass by skipping them.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

URL_ENV = "MEETINGDESK_TEST_PG_URL"
BIN_GLOB = "/usr/lib/postgresql/*/bin/initdb"
SERVICE_USER = "postgres"
SUPERUSER = "meetingdesk"


def find_bin_dir(pattern: str = BIN_GLOB) -> Path | None:
    """The newest PostgreSQL's bin folder (the one holding initdb and pg_ctl), or None."""

    def version(path: str) -> tuple[int, ...]:
        found = re.search(r"/postgresql/([\d.]+)/", path)
        return tuple(int(p) for p in found.group(1).split(".") if p) if found else ()

    found = [p for p in glob.glob(pattern) if os.access(p, os.X_OK)]
    if not found:
        return None
    bin_dir = Path(max(found, key=version)).parent
    return bin_dir if (bin_dir / "pg_ctl").exists() else None


@dataclass(frozen=True)
class Source:
    """Where the tests get their server: ``url`` (an existing one), ``bin_dir`` (start one), or neither."""

    url: str | None = None
    bin_dir: Path | None = None
    missing: str | None = None  # why there is none
    must_fail: bool = False  # under CI a missing server is a failure, not a skip


def server_source(environ=None, pattern: str | None = None) -> Source:
    environ = os.environ if environ is None else environ
    pattern = pattern or BIN_GLOB
    if environ.get(URL_ENV):
        return Source(url=environ[URL_ENV])
    bin_dir = find_bin_dir(pattern)
    if bin_dir is not None:
        return Source(bin_dir=bin_dir)
    reason = (
        f"PostgreSQL server binaries not found ({pattern}): install Debian's `postgresql` package "
        f"(`apt-get install postgresql`, as .ci/run does) or set {URL_ENV} to a server's SQLAlchemy URL"
    )
    return Source(missing=reason, must_fail=bool(environ.get("CI")))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerError(RuntimeError):
    pass


class PostgresServer:
    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="meetingdesk-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "socket"
        self.log = self.folder / "server.log"
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self.started = False

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/postgres"

    def _run(self, *argv: str, timeout: float = 120) -> None:
        command = [str(self.bin_dir / argv[0]), *argv[1:]]
        if self.as_root:  # PostgreSQL will not run as root
            command = ["runuser", "-u", SERVICE_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise ServerError(
                f"{' '.join(command)} exited with {done.returncode}:\n{done.stdout}{done.stderr}{log}".rstrip()
            )

    def start(self) -> PostgresServer:
        self.socket_dir.mkdir()
        if self.as_root:
            try:
                user = pwd.getpwnam(SERVICE_USER)
            except KeyError:
                raise ServerError(
                    f"running as root and there is no `{SERVICE_USER}` user to run PostgreSQL as "
                    "(Debian's postgresql package creates it)"
                ) from None
            for path in (self.folder, self.socket_dir):
                os.chown(path, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--no-locale", "--no-instructions")
        options = f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")
        self.started = True
        return self

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")
                self.started = False
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def serve() -> Iterator[str]:
    """The session fixture's body: yields a server's SQLAlchemy URL, skips or fails without one."""
    source = server_source()
    if source.url:
        yield source.url
        return
    if source.missing:
        if source.must_fail:
            pytest.fail(f"CI is set and {source.missing}", pytrace=False)
        pytest.skip(source.missing)
    server = PostgresServer(source.bin_dir)
    try:
        server.start()
    except ServerError as e:
        server.stop()
        pytest.fail(f"could not start a throwaway PostgreSQL server: {e}", pytrace=False)
    try:
        yield server.url
    finally:
        server.stop()
