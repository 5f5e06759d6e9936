"""The ACL file of the app's Redis: one user per entrypoint that uses it, given the key
patterns and command categories its release declares (``releases.RedisAccess``), and the
``default`` user the operator, Sentinel, the replicas and the exporter log in as.

Passwords never appear here: the file is an External Secrets template, and each user's line
carries the SHA-256 of its password (``#<hex>``), computed from Vault when the Secret is
written, so the file Redis reads holds no password at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ...releases import RedisAccess

ADMIN_USER = "default"
"""The user a password alone logs in as: the operator's client, Sentinel (``auth-pass``), the
replicas (``masterauth``) and the exporter send only the instance's password (redisSecret)."""
ALWAYS_DENIED = ("dangerous", "scripting")
"""Taken from every entrypoint's user after its categories: KEYS, FLUSHALL, CONFIG, DEBUG,
MONITOR, REPLICAOF, SHUTDOWN and the rest Redis marks dangerous; and scripting, which
``@write`` would otherwise bring FUNCTION FLUSH and friends with (a client that runs a
script gets ``+eval`` back as a single command)."""


BACKUP_USER = "backup"
"""The backup job's user: it takes a snapshot as a replica would, and nothing else."""
PLATFORM_USERS = {
    BACKUP_USER: RedisAccess(
        commands=("replconf", "sync"),
        # redis-cli --rdb (Redis 7.0's redis-cli.c sendReplconf + sendSync): the snapshot alone
        calls=(("REPLCONF", "rdb-only", "1"), ("SYNC",)),
        source="the platform's backup job (tiers/redis/backup.py)",
    )
}
"""Users of the platform's own jobs, beside the release's entrypoints."""


def instance_users(release_users: Mapping[str, RedisAccess]) -> dict[str, RedisAccess]:
    """Every user of the app's instance but ``default``: the release's and the platform's."""
    clash = set(release_users) & (set(PLATFORM_USERS) | {ADMIN_USER})
    if clash:
        raise ValueError(f"the release names Redis users the platform keeps: {sorted(clash)}")
    return {**release_users, **PLATFORM_USERS}


def password_property(user: str) -> str:
    """The Vault property (and template field) holding ``user``'s password: an identifier,
    which a Go template field must be."""
    return user.replace("-", "_")


def user_rule(user: str, access: RedisAccess, password_hash: str) -> str:
    """One entrypoint's line: its keys, no Pub/Sub channels, its categories, nothing
    dangerous, then the single commands it needs besides."""
    keys = [f"~{pattern}" for pattern in access.keys] + [f"%R~{pattern}" for pattern in access.read_keys]
    categories = [f"+@{category}" for category in access.categories]
    commands = [f"+{command}" for command in access.commands]
    denied = [f"-@{category}" for category in ALWAYS_DENIED]
    rule = ["user", user, "on", f"#{password_hash}", "resetkeys", *keys, "resetchannels", "-@all", *categories, *denied]
    return " ".join([*rule, *commands])


def admin_rule(password_hash: str) -> str:
    """The ``default`` user: everything, for the operator's reconciliation and failover."""
    return f"user {ADMIN_USER} on #{password_hash} ~* &* +@all"


def acl_file(users: Mapping[str, RedisAccess], password_hash: Callable[[str], str]) -> str:
    """The whole file, users in name order; ``password_hash(user)`` writes each user's hash
    (an External Secrets template expression, or a literal in the tests)."""
    lines = [admin_rule(password_hash(ADMIN_USER))]
    lines += [user_rule(user, users[user], password_hash(user)) for user in sorted(users)]
    return "\n".join(lines) + "\n"


def template_hash(user: str) -> str:
    """External Secrets' template (version 2, Sprig's sha256sum) of ``user``'s password hash."""
    return "{{ ." + password_property(user) + " | sha256sum }}"
