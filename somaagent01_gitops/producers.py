"""What exists at runtime without being rendered: the objects operators create for the
objects we render, and the Secrets Vault fills. The ``references`` gate resolves every
reference against what is rendered plus these declarations, so a name that nothing
produces is a finding, not a pod stuck in ContainerCreating.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .endpoints import OPENFGA_OWNER, REPLICATION_ROLE, SPICEDB_SECRET
from .footprints import RuntimeProducer
from .releases import RELEASES
from .tiers.registry import RUNTIME_SERVICES, TIER_PRODUCERS
from .tiers.spicedb.constructs import DATASTORE_URI_CONTRACT

RUNTIME_PRODUCERS: tuple[RuntimeProducer, ...] = TIER_PRODUCERS
"""Every declared runtime producer: each tier declares what its operator makes."""


def _app_secret_keys() -> dict[str, tuple[str, ...]]:
    """Secret -> keys, for every secret setting any release's entrypoints read."""
    from .tiers.app.app_services import SECRET_FILLS

    fills = {
        setting.fill
        for release in RELEASES.values()
        for spec in release.services
        for setting in (release.settings[name] for name in spec.reads_settings)
    }
    keys: dict[str, set[str]] = {}
    for fill, (secret, key) in SECRET_FILLS.items():
        if fill in fills:
            keys.setdefault(secret, set()).add(key)
    return {secret: tuple(sorted(names)) for secret, names in keys.items()}


@dataclass(frozen=True, kw_only=True)
class VaultSecret:
    """A Secret External Secrets writes from Vault into each environment namespace that
    references it: the contract its producer (the Vault/External Secrets tier) must meet."""

    name: str
    """A name, or a pattern with one ``*`` (a peer region's name)."""
    keys: tuple[str, ...]
    type: str = "Opaque"
    contract: str = ""

    def matches(self, name: str) -> bool:
        prefix, star, suffix = self.name.partition("*")
        if not star:
            return name == self.name
        return name.startswith(prefix) and name.endswith(suffix) and len(name) > len(prefix) + len(suffix)


VAULT_SECRETS: tuple[VaultSecret, ...] = (
    *(
        VaultSecret(name=secret, keys=keys, contract="settings the app release reads from Secrets (app_services.SECRET_FILLS)")
        for secret, keys in sorted(_app_secret_keys().items())
        if secret != SPICEDB_SECRET
    ),
    VaultSecret(
        name=SPICEDB_SECRET,
        keys=("preshared_key", "datastore_uri"),
        contract="SpiceDBCluster.spec.secretName: the gateway's SPICEDB_TOKEN is its preshared_key; datastore_uri is "
        f"{DATASTORE_URI_CONTRACT}, whose password is spicedb-postgres-credentials' (render both from one Vault path, "
        "or a rotation of one breaks SpiceDB)",
    ),
    VaultSecret(
        name="postgres-backup-credentials",
        keys=("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"),
        contract="S3 credentials of the environment's (region's) backup bucket, read by the barman-cloud plugin",
    ),
    VaultSecret(
        name="openfga-postgres-credentials",
        keys=("username", "password"),
        type="kubernetes.io/basic-auth",
        contract=f"CloudNativePG managed role: type kubernetes.io/basic-auth and username equal to the role, {OPENFGA_OWNER!r}",
    ),
    VaultSecret(
        name="postgres-replication-credentials",
        keys=("username", "password"),
        type="kubernetes.io/basic-auth",
        contract=f"CloudNativePG managed role: type kubernetes.io/basic-auth and username equal to the role, {REPLICATION_ROLE!r}; "
        "the peer region's postgres-peer-<region>-credentials holds the same password",
    ),
    *(
        VaultSecret(
            name=secret,
            keys=("username", "password"),
            type="kubernetes.io/basic-auth",
            contract=f"CloudNativePG managed role {role!r} (username equal to it), read by {service.name}",
        )
        for service in RUNTIME_SERVICES
        for role, secret in service.credentials.items()
    ),
    VaultSecret(
        name="postgres-peer-*-credentials",
        keys=("password",),
        contract=f"the peer region's {REPLICATION_ROLE!r} password, for this region's subscription",
    ),
    VaultSecret(
        name="postgres-peer-*-ca",
        keys=("ca.crt",),
        contract="the peer region's CloudNativePG CA (<cluster>-ca), which signs its server certificate",
    ),
    VaultSecret(name="kafka-peer-*-credentials", keys=("password",), contract="the peer region's mirror-reader SCRAM password"),
    VaultSecret(
        name="kafka-peer-*-ca",
        keys=("ca.crt",),
        contract="the peer region's Strimzi cluster CA certificate; Strimzi renews it (yearly by default), so the "
        "copy must follow each renewal or MirrorMaker 2's TLS breaks",
    ),
)
"""Secrets Vault fills, in one list, until the Vault/External Secrets tier renders their
producers (ExternalSecrets). In LOCAL, create them by hand (or from Vault's dev mode)."""


@dataclass(frozen=True, kw_only=True)
class PendingTier:
    """Pods the app talks to that the gate cannot see: a tier a later issue renders, or a
    Helm chart's (not rendered here). References to them are listed in the gate's report,
    not hidden, and not counted as satisfied by anything rendered."""

    name: str
    labels: Mapping[str, str]
    why: str
    """Why the gate cannot see them yet (which issue renders them, or what does)."""


PENDING_TIERS: tuple[PendingTier, ...] = (
    PendingTier(
        name="Temporal",
        labels={"app.kubernetes.io/instance": "temporal", "app.kubernetes.io/component": "frontend"},
        why="the Temporal chart's Application renders them; Helm charts are not rendered here",
    ),
    PendingTier(name="Redis", labels={"app.kubernetes.io/name": "redis"}, why="issue #14 renders them"),
    PendingTier(name="OPA", labels={"app.kubernetes.io/name": "opa"}, why="issue #15 renders them"),
    PendingTier(name="OpenFGA", labels={"app.kubernetes.io/name": "openfga"}, why="issue #15 renders them"),
)
