"""The tiers not yet in packages of their own (Kafka, Postgres, Temporal, the app and its
network policies), registered in ``registry.py`` like the packaged ones."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from constructs import Construct

from ..constructs.app_services import AppServices, AppServicesProps
from ..constructs.network_policies import AppNetworkPolicies, AppNetworkPoliciesProps
from ..endpoints import Exposed
from ..runtime_services import TEMPORAL, RuntimeService, services_for
from ..targets import Target
from .base import Tier, TierContext
from .postgres.constructs import ServiceRole


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


class NetworkUnit(Tier):
    """The app tier's network policies, from the release's dependency graph."""

    name = "network"

    def build(self, scope: Construct, context: TierContext) -> AppNetworkPolicies:
        return AppNetworkPolicies(scope, "network", props=AppNetworkPoliciesProps(settings=context.target.settings))
