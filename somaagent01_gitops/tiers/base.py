"""A tier is one unit: it says once what it needs from the environment, what it builds, which
kinds of it hold data, which runtime objects its operators make, and what it exposes to
the tiers after it. ``TIERS`` is the one registration list the composition point
(``charts.EnvironmentChart``) builds from, in order; nothing else names a tier.

The Postgres tier asks every tier for the database roles it needs before it builds, so a
tier that needs a database declares it here and gets its role, its databases and its
password Secret without editing the Postgres tier.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar

from constructs import Construct

from ..catalog import Dependency
from ..endpoints import PENDING_PEERS, InClusterPeer
from ..footprints import RuntimeProducer
from ..operator_types import OperatorChart
from ..runtime_services import RuntimeService, services_for
from ..targets import Target
from ..vault import VaultSecret
from .postgres.constructs import ServiceRole

DataKind = tuple[str, str]
"""(API group, kind) of objects whose deletion loses data."""


@dataclass(frozen=True, kw_only=True)
class TierContext:
    """What a tier is built from: its target, the database roles every tier declared, the
    pods that serve each in-cluster dependency, and what the tiers built before it exposed
    (by tier name)."""

    target: Target
    database_roles: Mapping[str, ServiceRole]
    peers: Mapping[Dependency, InClusterPeer]
    vault_secrets: Sequence[VaultSecret]
    """The Secrets from Vault every tier the target runs declared (the secrets tier writes them)."""
    exposed: Mapping[str, Any]
    database_clients: Sequence[Mapping[str, str]] = ()
    """The pods (by labels) every tier the target runs says connect to the environment's
    Postgres: the Postgres tier admits them, and only them."""


class Tier(ABC):
    """One tier of an environment. Subclasses set ``name`` and implement ``build``."""

    name: ClassVar[str]
    data_kinds: ClassVar[frozenset[DataKind]] = frozenset()
    """Kinds of this tier Argo CD must never prune or delete. Default: none."""
    operators: ClassVar[tuple[OperatorChart, ...]] = ()
    """Operators its objects need, installed per cluster (``operators.py`` holds the platform's
    own). Default: none."""
    producers: ClassVar[tuple[RuntimeProducer, ...]] = ()
    """What its operators make at runtime for the objects it renders. Default: none."""
    peers: ClassVar[Mapping[Dependency, InClusterPeer]] = MappingProxyType({})
    """The app dependencies it serves and the pods and ports that serve them, which network
    policies of its clients allow. Default: none."""

    def applies(self, target: Target) -> bool:
        """Whether the target runs this tier. Default: every target does."""
        return True

    def database_roles(self, target: Target) -> Mapping[str, ServiceRole]:
        """Roles (and their databases) it needs on the environment's Postgres. Default: none."""
        return {}

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        """Secrets its objects reference that no operator generates: Vault holds them.
        Default: none."""
        return ()

    def database_clients(self, target: Target) -> Sequence[Mapping[str, str]]:
        """Its pods that connect to the environment's Postgres, by labels; a tier with
        database roles must name them. Default: none."""
        return ()

    @abstractmethod
    def build(self, scope: Construct, context: TierContext) -> Any:
        """Build the tier's constructs in ``scope``; return what later tiers may use."""


def data_kinds(tiers: Sequence[Tier]) -> frozenset[DataKind]:
    """Every kind any tier says holds data."""
    return frozenset(kind for tier in tiers for kind in tier.data_kinds)


def in_cluster_peers(tiers: Sequence[Tier]) -> Mapping[Dependency, InClusterPeer]:
    """The pods serving each in-cluster dependency: as the tiers declare them, and for the
    dependencies whose tiers have not landed, ``PENDING_PEERS``. Declared twice is an error."""
    peers = dict(PENDING_PEERS)
    for tier in tiers:
        for dependency, peer in tier.peers.items():
            if dependency in peers:
                raise ValueError(f"tier {tier.name!r} serves {dependency.value!r}, which another tier or PENDING_PEERS already serves")
            peers[dependency] = peer
    return MappingProxyType(peers)


def declared_vault_secrets(target: Target, tiers: Sequence[Tier]) -> tuple[VaultSecret, ...]:
    """The Vault Secrets the tiers the target runs declare, by name, with the password Secret
    of every database role they declare; one name declared twice must be the same declaration."""
    secrets: dict[str, VaultSecret] = {}
    for tier in tiers:
        if not tier.applies(target):
            continue
        roles = [
            role_secret(spec.credentials_secret, role, read_by=f"tier {tier.name}") for role, spec in tier.database_roles(target).items()
        ]
        for secret in (*tier.vault_secrets(target), *roles):
            if secrets.setdefault(secret.name, secret) != secret:
                raise ValueError(f"{target.path}: Secret {secret.name!r} is declared twice, differently (tier {tier.name!r})")
    return tuple(secrets[name] for name in sorted(secrets))


def database_clients(target: Target, tiers: Sequence[Tier]) -> tuple[Mapping[str, str], ...]:
    """The Postgres clients every tier declares; a tier with database roles and no client
    pods is an error (its roles would be unreachable)."""
    clients: list[Mapping[str, str]] = []
    for tier in tiers:
        declared = tier.database_clients(target)
        if tier.database_roles(target) and not declared:
            raise ValueError(f"{target.path}: tier {tier.name!r} has database roles but names no client pods (Tier.database_clients)")
        clients += [labels for labels in declared if labels not in clients]
    return tuple(clients)


def role_secret(name: str, role: str, *, read_by: str) -> VaultSecret:
    """The password Secret of a CloudNativePG managed role: basic-auth, username the role."""
    return VaultSecret(
        name=name,
        keys=("password", "username"),
        type="kubernetes.io/basic-auth",
        literals={"username": role},
        # CloudNativePG applies a changed password at once only from a Secret labelled so
        # (docs/src/declarative_role_management.md at v1.30.0)
        labels={"cnpg.io/reload": "true"},
        contract=f"CloudNativePG managed role {role!r}: type kubernetes.io/basic-auth and username equal to the role; read by "
        f"{read_by}; letters and digits only (a connection URI carries it, and the app decodes nothing)",
    )


def build_tiers(scope: Construct, target: Target, tiers: Sequence[Tier]) -> dict[str, Any]:
    """Build the tiers the target runs, in order; what each exposed, by name."""
    present = [tier for tier in tiers if tier.applies(target)]
    roles = {role: spec for tier in present for role, spec in tier.database_roles(target).items()}
    peers = in_cluster_peers(tiers)
    secrets = declared_vault_secrets(target, present)
    clients = database_clients(target, present)
    exposed: dict[str, Any] = {}
    for tier in present:
        context = TierContext(
            target=target, database_roles=roles, peers=peers, vault_secrets=secrets, exposed=dict(exposed), database_clients=clients
        )
        exposed[tier.name] = tier.build(scope, context)
    return exposed


class RuntimeServiceUnit(Tier):
    """A service the app release needs at runtime (runtime_services.py): present where the
    release depends on it, owning the databases it declares."""

    service: ClassVar[RuntimeService]

    def applies(self, target: Target) -> bool:
        return self.service in services_for(target)

    def database_roles(self, target: Target) -> Mapping[str, ServiceRole]:
        return {
            role: ServiceRole(databases=databases, credentials_secret=self.service.credentials[role])
            for role, databases in self.service.databases.items()
        }

    def build(self, scope: Construct, context: TierContext) -> Any:
        """Nothing in the overlay: its own Application installs it (a chart)."""
        return None
