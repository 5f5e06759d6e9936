"""The Redis tier's registration: the app's instance (ACL users and TLS beyond LOCAL) and,
where the release's sessions client can neither log in nor speak TLS, an instance of its own
for it; every password from Vault."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...constructs.certificates import ServerCertificate, ServerCertificateProps
from ...constructs.idioms import storage_class_of
from ...endpoints import REDIS_CA_MOUNT, REDIS_SERVICE, REDIS_SESSIONS, REDIS_TLS_SECRET, InClusterPeer, redis_url_secret
from ...settings import EnvironmentSettings
from ...targets import Target
from ...vault import VaultSecret
from ..base import Tier, TierContext
from .acl import ADMIN_USER, BACKUP_USER, acl_file, instance_users, password_property, template_hash
from .backup import REDIS_BACKUP, S3_KEYS, RedisBackupJob, RedisBackupProps
from .constructs import (
    REDIS_PORT,
    SERVER_PODS,
    RedisInstance,
    RedisInstanceProps,
    instance_primary_host,
    primary_host,
    server_names,
)
from .operator import PRODUCERS, REDIS, REDIS_OPERATOR, REDIS_REPLICATION

REDIS_USERS_KEY = "redis-users"
"""The Vault key holding every password of the app's instance, one property per user
(``password_property``): the ACL file is built from all of them, each URL from one."""
REDIS_AUTH_SECRET = "redis-auth"
"""The ``default`` user's password (``password``): the operator, replicas, Sentinel, exporter."""
REDIS_ACL_SECRET = "redis-acl"
"""The ACL file (``user.acl``), hashes only."""
REDIS_BACKUP_USER_SECRET = "redis-backup-user"
"""The backup user's password (``password``)."""
REDIS_BACKUP_CREDENTIALS = "redis-backup-credentials"
"""The backup bucket's access key."""


@dataclass(frozen=True)
class RedisEndpoints:
    """What the app's entrypoints are configured with."""

    address_url: str
    """The app's instance, without credentials (each entrypoint's URL Secret adds its user)."""
    sessions_host: str
    """The host of the release's sessions client (``REDIS_HOST``)."""


def client_url(settings: EnvironmentSettings, user: str, password: str) -> str:
    """An entrypoint's URL: its user and password, TLS verified against the environment's CA
    by host name (redis-py reads ``ssl_ca_certs`` and ``ssl_check_hostname`` from the URL)."""
    host = instance_primary_host(REDIS_SERVICE, settings.namespace, replicated=settings.redis.replicas > 1)
    return f"rediss://{user}:{password}@{host}:{REDIS_PORT}/0?ssl_ca_certs={REDIS_CA_MOUNT}/ca.crt&ssl_check_hostname=true"


class RedisUnit(Tier):
    """The environment's Redis."""

    name = "redis"
    operators = (REDIS_OPERATOR,)
    producers = PRODUCERS
    # the copies' claims are kept (storage.keepAfterDelete), but Argo CD deleting the object
    # would still take the data's servers away
    data_kinds = frozenset({(REDIS.group, REDIS.kind), (REDIS_REPLICATION.group, REDIS_REPLICATION.kind)})
    peers = MappingProxyType({Dependency.REDIS: InClusterPeer(SERVER_PODS, (REDIS_PORT,))})

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        settings = target.settings
        if settings.mode == "LOCAL":
            return ()  # LOCAL's Redis has no users and no password
        users = instance_users(settings.release.redis_access)
        every = (ADMIN_USER, *sorted(users))
        secrets = [
            VaultSecret(
                name=REDIS_AUTH_SECRET,
                keys=("password",),
                vault_key=REDIS_USERS_KEY,
                properties={"password": password_property(ADMIN_USER)},
                contract="the password of the app's Redis' default user, which the operator, the "
                "replicas, Sentinel and the exporter send alone; the ACL file gives that user everything",
            ),
            VaultSecret(
                name=REDIS_ACL_SECRET,
                keys=("user.acl",),
                vault_key=REDIS_USERS_KEY,
                templates={"user.acl": acl_file(users, template_hash)},
                template_reads=tuple(password_property(user) for user in every),
                contract="the ACL file of the app's Redis: one user per entrypoint (tiers/redis/acl.py), each password's "
                "SHA-256 only; Redis reads it at start (a new password takes a rollout restart)",
            ),
        ]
        if settings.redis.backup is not None:
            secrets += _backup_secrets()
        for user in sorted(settings.release.redis_access):
            secrets.append(
                VaultSecret(
                    name=redis_url_secret(user),
                    keys=("url",),
                    vault_key=REDIS_USERS_KEY,
                    templates={"url": client_url(settings, user, "{{ ." + password_property(user) + " | urlquery }}")},
                    template_reads=(password_property(user),),
                    contract=f"the Redis URL of entrypoint {user!r} (SA01_REDIS_URL, REDIS_URL): its ACL user and password "
                    "(percent-encoded in the URL: redis-py decodes it, connection.py L1188-1191)",
                )
            )
        return tuple(secrets)

    def build(self, scope: Construct, context: TierContext) -> RedisEndpoints:
        settings = context.target.settings
        release = settings.release
        namespace = settings.namespace
        if settings.mode == "LOCAL":
            clients = sorted({*release.redis_access, *release.plain_redis_clients})
            local = self._props(context, name=REDIS_SERVICE, component="cache", clients=clients)
            RedisInstance(scope, "redis", props=local)
            host = primary_host(local, namespace)
            return RedisEndpoints(address_url=f"redis://{host}:{REDIS_PORT}/0", sessions_host=host)
        ServerCertificate(
            scope,
            "redis-certificate",
            props=ServerCertificateProps(
                name=REDIS_TLS_SECRET,
                dns_names=server_names(REDIS_SERVICE, namespace),
                component="cache",
                lifetime=settings.certificates.servers,
                # Redis, the operator and Sentinel present it as their client certificate
                # (statefulset.go L781-806; k8sutils/secrets.go L34-86)
                client_auth=True,
            ),
        )
        backup = settings.redis.backup
        app = self._props(
            context,
            name=REDIS_SERVICE,
            component="cache",
            clients=sorted([*release.redis_access, *([REDIS_BACKUP] if backup else [])]),
            password_secret=REDIS_AUTH_SECRET,
            acl_secret=REDIS_ACL_SECRET,
            tls_secret=REDIS_TLS_SECRET,
        )
        RedisInstance(scope, "redis", props=app)
        if backup is not None:
            _backup(scope, context.target)
        sessions_host = primary_host(app, namespace)
        if release.plain_redis_clients:
            sessions = self._props(context, name=REDIS_SESSIONS, component="sessions", clients=sorted(release.plain_redis_clients))
            RedisInstance(scope, "redis-sessions", props=sessions)
            sessions_host = primary_host(sessions, namespace)
        return RedisEndpoints(address_url=f"rediss://{primary_host(app, namespace)}:{REDIS_PORT}/0", sessions_host=sessions_host)

    @staticmethod
    def _props(
        context: TierContext,
        *,
        name: str,
        component: str,
        clients: Sequence[str],
        password_secret: str | None = None,
        acl_secret: str | None = None,
        tls_secret: str | None = None,
    ) -> RedisInstanceProps:
        target = context.target
        settings, redis = target.settings, target.settings.redis
        return RedisInstanceProps(
            name=name,
            component=component,
            image=redis.image,
            sentinel_image=redis.sentinel_image,
            exporter_image=redis.exporter_image,
            replicas=redis.replicas,
            sentinels=redis.sentinels,
            storage=redis.storage,
            storage_class=storage_class_of(redis.storage_class, target.region),
            resources=redis.resources,
            max_memory_percent=redis.max_memory_percent,
            clients=tuple(clients),
            password_secret=password_secret,
            acl_secret=acl_secret,
            tls_secret=tls_secret,
            zone_spread=target.region is not None,
            # LOCAL runs no Prometheus Operator, whose CRD a PodMonitor needs
            monitoring=settings.mode != "LOCAL",
        )


def _backup_secrets() -> list[VaultSecret]:
    return [
        VaultSecret(
            name=REDIS_BACKUP_USER_SECRET,
            keys=("password",),
            vault_key=REDIS_USERS_KEY,
            properties={"password": password_property(BACKUP_USER)},
            contract="the password of the app's Redis' backup user (REPLCONF and SYNC only), which the backup job streams a snapshot with",
        ),
        VaultSecret(
            name=REDIS_BACKUP_CREDENTIALS,
            keys=S3_KEYS,
            contract="the access key of Redis' backup bucket (write on it), which the backup job puts the snapshot with",
        ),
    ]


def _backup(scope: Construct, target: Target) -> RedisBackupJob:
    settings = target.settings
    backup = settings.redis.backup
    if backup is None:
        raise ValueError("redis.backup is missing: the model requires it beyond LOCAL")
    return RedisBackupJob(
        scope,
        "redis-backup",
        props=RedisBackupProps(
            namespace=settings.namespace,
            instance=REDIS_SERVICE,
            image=settings.redis.image,
            schedule=backup.schedule,
            bucket=settings.bucket("redis_backups", target.region_name),
            region=settings.bucket_region("redis_backups", target.region_name),
            egress_by_name=target.egress_by_name,
            size=settings.redis.resources.limits.memory,
            password_secret=REDIS_BACKUP_USER_SECRET,
            credentials_secret=REDIS_BACKUP_CREDENTIALS,
            tls_secret=REDIS_TLS_SECRET,
        ),
    )
