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
from typing import Any, ClassVar

from constructs import Construct

from .constructs.app_services import SECRET_FILLS, AppServices, AppServicesProps
from .constructs.kafka import KafkaTier, KafkaTierProps
from .constructs.keycloak import Keycloak, KeycloakProps
from .constructs.network_policies import AppNetworkPolicies, AppNetworkPoliciesProps
from .constructs.postgres import PostgresTier, PostgresTierProps, ServiceRole
from .constructs.spicedb import SpiceDb, SpiceDbProps
from .endpoints import Exposed
from .runtime_services import KEYCLOAK, KEYCLOAK_ROLE, SPICEDB, TEMPORAL, RuntimeService, services_for
from .targets import Target

DataKind = tuple[str, str]
"""(API group, kind) of objects whose deletion loses data."""


@dataclass(frozen=True, kw_only=True)
class TierContext:
    """What a tier is built from: its target, the database roles every tier declared, and
    what the tiers built before it exposed (by tier name)."""

    target: Target
    database_roles: Mapping[str, ServiceRole]
    exposed: Mapping[str, Any]


class Tier(ABC):
    """One tier of an environment. Subclasses set ``name`` and implement ``build``."""

    name: ClassVar[str]
    data_kinds: ClassVar[frozenset[DataKind]] = frozenset()
    """Kinds of this tier Argo CD must never prune or delete. Default: none."""

    def applies(self, target: Target) -> bool:
        """Whether the target runs this tier. Default: every target does."""
        return True

    def database_roles(self, target: Target) -> Mapping[str, ServiceRole]:
        """Roles (and their databases) it needs on the environment's Postgres. Default: none."""
        return {}

    @abstractmethod
    def build(self, scope: Construct, context: TierContext) -> Any:
        """Build the tier's constructs in ``scope``; return what later tiers may use."""


class KafkaUnit(Tier):
    name = "kafka"
    data_kinds = frozenset({("kafka.strimzi.io", "Kafka"), ("kafka.strimzi.io", "KafkaNodePool"), ("kafka.strimzi.io", "KafkaTopic")})

    def build(self, scope: Construct, context: TierContext) -> KafkaTier:
        target = context.target
        return KafkaTier(scope, "kafka", props=KafkaTierProps(settings=target.settings, region_name=target.region_name))


class PostgresUnit(Tier):
    name = "postgres"
    data_kinds = frozenset({("postgresql.cnpg.io", "Cluster"), ("postgresql.cnpg.io", "Database")})

    def build(self, scope: Construct, context: TierContext) -> PostgresTier:
        target = context.target
        props = PostgresTierProps(
            settings=target.settings,
            region_name=target.region_name,
            environment=target.environment,
            service_roles=context.database_roles,
        )
        return PostgresTier(scope, "postgres", props=props)


class AppUnit(Tier):
    """The app release's services, given the addresses the tiers before it exposed."""

    name = "app"

    def build(self, scope: Construct, context: TierContext) -> AppServices:
        target = context.target
        exposed = context.exposed
        kafka, postgres = exposed.get("kafka"), exposed.get("postgres")
        keycloak, spicedb = exposed.get("keycloak"), exposed.get("spicedb")
        addresses = Exposed(
            kafka_plain=kafka.plain_bootstrap if kafka else None,
            kafka_tls=kafka.tls_bootstrap if kafka else None,
            postgres_host=postgres.host if postgres else None,
            keycloak_url=keycloak.url if keycloak else None,
            temporal_host=exposed.get("temporal"),
            spicedb_host=spicedb.host if spicedb else None,
        )
        props = AppServicesProps(settings=target.settings, zone_spread=target.region is not None, exposed=addresses)
        return AppServices(scope, "app", props=props)


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


class TemporalUnit(RuntimeServiceUnit):
    """Installed by its chart's Application; exposes the frontend's address (the chart names
    it ``<release>-frontend``, gRPC 7233)."""

    name = "temporal"
    service = TEMPORAL

    def build(self, scope: Construct, context: TierContext) -> str:
        assert TEMPORAL.release_name is not None
        return f"{TEMPORAL.release_name}-frontend.{context.target.settings.namespace}.svc:7233"


class KeycloakUnit(RuntimeServiceUnit):
    name = "keycloak"
    service = KEYCLOAK

    def build(self, scope: Construct, context: TierContext) -> Keycloak:
        target = context.target
        settings = target.settings
        props = KeycloakProps(
            identity=settings.identity,
            mode=settings.mode,
            postgres_host=context.exposed["postgres"].host,
            database=KEYCLOAK.databases[KEYCLOAK_ROLE][0],
            credentials_secret=KEYCLOAK.credentials[KEYCLOAK_ROLE],
            client_secret=SECRET_FILLS["keycloak_client_secret"],
            zone_spread=target.region is not None,
            priority_class="soma-critical",
        )
        return Keycloak(scope, "keycloak", props=props)


class SpiceDbUnit(RuntimeServiceUnit):
    name = "spicedb"
    service = SPICEDB

    def build(self, scope: Construct, context: TierContext) -> SpiceDb:
        return SpiceDb(scope, "spicedb", props=SpiceDbProps(mode=context.target.settings.mode))


class NetworkUnit(Tier):
    """The app tier's network policies, from the release's dependency graph."""

    name = "network"

    def build(self, scope: Construct, context: TierContext) -> AppNetworkPolicies:
        return AppNetworkPolicies(scope, "network", props=AppNetworkPoliciesProps(settings=context.target.settings))


TIERS: tuple[Tier, ...] = (KafkaUnit(), PostgresUnit(), TemporalUnit(), KeycloakUnit(), SpiceDbUnit(), AppUnit(), NetworkUnit())
"""Every tier, in build order (a tier may use what the tiers before it exposed)."""


def data_kinds(tiers: Sequence[Tier] = TIERS) -> frozenset[DataKind]:
    """Every kind any tier says holds data."""
    return frozenset(kind for tier in tiers for kind in tier.data_kinds)


def build_tiers(scope: Construct, target: Target, tiers: Sequence[Tier] = TIERS) -> dict[str, Any]:
    """Build the tiers the target runs, in order; what each exposed, by name."""
    present = [tier for tier in tiers if tier.applies(target)]
    roles = {role: spec for tier in present for role, spec in tier.database_roles(target).items()}
    exposed: dict[str, Any] = {}
    for tier in present:
        exposed[tier.name] = tier.build(scope, TierContext(target=target, database_roles=roles, exposed=dict(exposed)))
    return exposed
