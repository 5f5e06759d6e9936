"""The ACL file, loaded into a real Redis (Debian 12's redis-server 7.0.15, the release of the
rendered image; ``make test`` unpacks it into .tools/redis) and asked with ``ACL DRYRUN``:
each entrypoint may send what its code sends, and nothing dangerous or outside its keys."""

from __future__ import annotations

import hashlib
import os
import platform
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from somaagent01_gitops.releases import RELEASES, RedisAccess
from somaagent01_gitops.tiers.redis.acl import (
    ADMIN_USER,
    BACKUP_USER,
    PLATFORM_USERS,
    acl_file,
    instance_users,
    password_property,
    template_hash,
)

ROOT = Path(__file__).resolve().parents[3] / ".tools" / "redis" / "root"
LIBRARIES = ROOT / "usr" / "lib" / f"{platform.machine()}-linux-gnu"
ADMIN_PASSWORD = "admin-password"


def _password(user: str) -> str:
    return f"password-of-{user}"


def _sha256(user: str) -> str:
    return hashlib.sha256(_password(user).encode()).hexdigest()


class RedisServer:
    """A redis-server on a Unix socket in a scratch folder, and redis-cli to ask it."""

    def __init__(self, folder: Path, acl: str) -> None:
        self.socket = folder / "redis.sock"
        (folder / "users.acl").write_text(acl)
        config = folder / "redis.conf"
        # as the operator's generated configuration: requirepass and masterauth with the
        # instance's password, then the aclfile (internal/agent/bootstrap/redis/config.go)
        config.write_text(
            f'port 0\nunixsocket {self.socket}\ndir {folder}\nsave ""\nrequirepass {_password(ADMIN_USER)}\n'
            f"masterauth {_password(ADMIN_USER)}\naclfile {folder / 'users.acl'}\n"
        )
        self.env = {**os.environ, "LD_LIBRARY_PATH": str(LIBRARIES)}
        self.process = subprocess.Popen([str(ROOT / "usr/bin/redis-server"), str(config)], env=self.env, stdout=subprocess.PIPE)
        for _ in range(100):
            if self.socket.exists() or self.process.poll() is not None:
                break
            time.sleep(0.05)
        if not self.socket.exists():
            output = self.process.stdout.read().decode() if self.process.stdout else ""
            raise RuntimeError(f"redis-server did not start:\n{output}")

    def ask(self, user: str, password: str, *command: str) -> str:
        result = subprocess.run(
            [str(ROOT / "usr/bin/redis-cli"), "-s", str(self.socket), "--user", user, "--pass", password, "--no-auth-warning", *command],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip()

    def dry_run(self, user: str, *command: str) -> str:
        return self.ask(ADMIN_USER, _password(ADMIN_USER), "ACL", "DRYRUN", user, *command)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


USERS = instance_users(RELEASES["a169e468"].redis_access)


@pytest.fixture(scope="module")
def redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    if not (ROOT / "usr/bin/redis-server").exists():
        pytest.fail("the ACL evaluator is missing: run `make .tools/redis/.installed` (make test does)")
    server = RedisServer(tmp_path_factory.mktemp("redis"), acl_file(USERS, _sha256))
    yield server
    server.stop()


@pytest.mark.parametrize(("user", "command"), [(user, command) for user, access in USERS.items() for command in access.calls])
def test_each_entrypoint_may_send_what_its_code_sends(redis: RedisServer, user: str, command: tuple[str, ...]) -> None:
    assert redis.dry_run(user, *command) == "OK"


@pytest.mark.parametrize("user", sorted(USERS))
@pytest.mark.parametrize(
    "command",
    [("FLUSHALL",), ("KEYS", "*"), ("CONFIG", "GET", "requirepass"), ("ACL", "LIST"), ("REPLICAOF", "NO", "ONE"), ("MONITOR",)],
)
def test_no_entrypoint_may_send_a_dangerous_command(redis: RedisServer, user: str, command: tuple[str, ...]) -> None:
    assert "no permissions" in redis.dry_run(user, *command)


@pytest.mark.parametrize(
    ("user", "command"),
    [
        ("tool-executor", ("GET", "oauth_state:abc")),  # another entrypoint's keys
        ("gateway", ("SET", "policy:requeue:abc", "{}")),
        ("conversation-worker", ("HSET", "feature_flags:tenant", "flag", "true")),  # read-only keys
        ("conversation-worker", ("GET", ":1:health_check")),
        ("delegation-temporal-worker", ("GET", "feature_flags:tenant")),  # declared, but no call at this release
        ("gateway", ("PUBLISH", "asgi", "message")),  # no channel
        ("gateway", ("SCRIPT", "FLUSH")),  # EVAL, not the rest of @scripting
        ("gateway", ("FUNCTION", "FLUSH")),
    ],
)
def test_an_entrypoint_is_refused_outside_its_keys_and_categories(redis: RedisServer, user: str, command: tuple[str, ...]) -> None:
    assert "no permissions" in redis.dry_run(user, *command)


def test_users_log_in_with_their_own_password_only(redis: RedisServer) -> None:
    assert redis.ask("gateway", _password("gateway"), "PING") == "PONG"
    assert redis.ask("gateway", _password("tool-executor"), "PING").startswith("NOAUTH")  # AUTH refused, then PING
    # the default user is the instance's password, which the operator and Sentinel send alone
    assert redis.ask(ADMIN_USER, _password(ADMIN_USER), "ROLE").startswith("master")


def test_the_file_holds_hashes_computed_when_the_secret_is_written_never_a_password() -> None:
    template = acl_file(USERS, template_hash)
    assert set(USERS) == {*RELEASES["a169e468"].redis_access, *PLATFORM_USERS}
    for user in (ADMIN_USER, *USERS):
        assert "{{ ." + password_property(user) + " | sha256sum }}" in template
    assert all("-" not in password_property(user) for user in USERS)


def test_every_user_takes_dangerous_commands_away_then_adds_its_single_commands() -> None:
    access = RedisAccess(keys=("k:*",), categories=("connection", "read"), commands=("info",))
    line = acl_file({"reader": access}, _sha256).splitlines()[1]
    assert line.endswith("+@connection +@read -@dangerous -@scripting +info") and " ~k:* " in line


def test_the_backup_user_takes_a_snapshot_with_redis_cli_and_can_do_nothing_else(redis: RedisServer, tmp_path: Path) -> None:
    redis.ask(ADMIN_USER, _password(ADMIN_USER), "SET", "session:x", "1")
    # what the backup job runs (tiers/redis/backup.py), over the socket instead of TLS
    result = subprocess.run(
        [
            str(ROOT / "usr/bin/redis-cli"),
            "-s",
            str(redis.socket),
            "--user",
            BACKUP_USER,
            "--no-auth-warning",
            "--rdb",
            str(tmp_path / "dump.rdb"),
        ],
        env={**redis.env, "REDISCLI_AUTH": _password(BACKUP_USER)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "dump.rdb").read_bytes().startswith(b"REDIS"), "an RDB file"
    for command in (("GET", "session:x"), ("KEYS", "*"), ("CONFIG", "GET", "*"), ("PSYNC", "?", "-1")):
        assert "no permissions" in redis.dry_run(BACKUP_USER, *command)


def test_the_platform_keeps_its_user_names() -> None:
    with pytest.raises(ValueError, match="names Redis users the platform keeps: \\['backup', 'default'\\]"):
        instance_users({"backup": RedisAccess(), "default": RedisAccess(), "gateway": RedisAccess()})
