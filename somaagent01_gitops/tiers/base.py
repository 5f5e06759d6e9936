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
    exposed: Mapping[str, Any]


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


def build_tiers(scope: Construct, target: Target, tiers: Sequence[Tier]) -> dict[str, Any]:
    """Build the tiers the target runs, in order; what each exposed, by name."""
    present = [tier for tier in tiers if tier.applies(target)]
    roles = {role: spec for tier in present for role, spec in tier.database_roles(target).items()}
    peers = in_cluster_peers(tiers)
    exposed: dict[str, Any] = {}
    for tier in present:
        context = TierContext(target=target, database_roles=roles, peers=peers, exposed=dict(exposed))
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
