"""The Postgres tier's registration: each environment's CloudNativePG cluster with the
databases every tier declared, the operators it needs, and what CloudNativePG makes."""

from __future__ import annotations

from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import POSTGRES_CLUSTER, POSTGRES_PORT, InClusterPeer
from ..base import Tier, TierContext
from .constructs import PostgresTier, PostgresTierProps
from .operator import BARMAN_CLOUD, CLOUDNATIVE_PG, PRODUCERS


class PostgresUnit(Tier):
    name = "postgres"
    operators = (CLOUDNATIVE_PG, BARMAN_CLOUD)
    producers = PRODUCERS
    data_kinds = frozenset({("postgresql.cnpg.io", "Cluster"), ("postgresql.cnpg.io", "Database")})
    # CloudNativePG labels every instance pod with its cluster (pkg/utils/labels_annotations.go)
    peers = MappingProxyType({Dependency.POSTGRES: InClusterPeer({"cnpg.io/cluster": POSTGRES_CLUSTER}, (POSTGRES_PORT,))})

    def build(self, scope: Construct, context: TierContext) -> PostgresTier:
        target = context.target
        props = PostgresTierProps(
            settings=target.settings,
            region_name=target.region_name,
            environment=target.environment,
            service_roles=context.database_roles,
        )
        return PostgresTier(scope, "postgres", props=props)
