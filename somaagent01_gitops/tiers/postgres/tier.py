"""The Postgres tier's registration: each environment's CloudNativePG cluster with the
databases every tier declared, the operators it needs, and what CloudNativePG makes."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from urllib.parse import urlsplit

from constructs import Construct

from ...catalog import Dependency
from ...constructs.network import Outside, object_storage
from ...endpoints import OPENFGA_CREDENTIALS, OPENFGA_OWNER, POSTGRES_CLUSTER, POSTGRES_PORT, REPLICATION_ROLE, InClusterPeer
from ...targets import Target
from ...vault import VaultSecret
from ..base import Tier, TierContext, role_secret
from .constructs import PostgresTier, PostgresTierProps
from .network_policy import PostgresNetworkPolicy, PostgresNetworkPolicyProps
from .operator import BARMAN_CLOUD, CLOUDNATIVE_PG, PRODUCERS


class PostgresUnit(Tier):
    name = "postgres"
    operators = (CLOUDNATIVE_PG, BARMAN_CLOUD)
    producers = PRODUCERS
    data_kinds = frozenset({("postgresql.cnpg.io", "Cluster"), ("postgresql.cnpg.io", "Database")})
    # CloudNativePG labels every instance pod with its cluster (pkg/utils/labels_annotations.go)
    peers = MappingProxyType({Dependency.POSTGRES: InClusterPeer({"cnpg.io/cluster": POSTGRES_CLUSTER}, (POSTGRES_PORT,))})

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        """The managed roles' passwords, the backup bucket's credentials, and across regions
        the replication password (one Vault key both regions read)."""
        secrets = [role_secret(OPENFGA_CREDENTIALS, OPENFGA_OWNER, read_by="OpenFGA")]
        backup = target.settings.postgres.backup
        if backup is not None:
            secrets.append(
                VaultSecret(
                    name=backup.credentials_secret,
                    keys=("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"),
                    contract="S3 credentials of the environment's (region's) backup bucket, read by the barman-cloud plugin",
                )
            )
        if target.region is not None:
            peer = target.region.peer_region
            secrets += [
                role_secret("postgres-replication-credentials", REPLICATION_ROLE, read_by="the peer region's subscription"),
                VaultSecret(
                    name=f"postgres-peer-{peer}-credentials",
                    keys=("password",),
                    vault_key="postgres-replication-credentials",
                    contract=f"the peer region's {REPLICATION_ROLE!r} password (the same Vault key as this region's role)",
                ),
            ]
        return secrets

    def build(self, scope: Construct, context: TierContext) -> PostgresTier:
        target = context.target
        props = PostgresTierProps(
            settings=target.settings,
            region_name=target.region_name,
            environment=target.environment,
            service_roles=context.database_roles,
        )
        settings = target.settings
        peer = settings.regions[target.region.peer_region] if target.region is not None else None
        PostgresNetworkPolicy(
            scope,
            "postgres-network-policy",
            props=PostgresNetworkPolicyProps(
                cluster=POSTGRES_CLUSTER,
                port=POSTGRES_PORT,
                clients=context.database_clients,
                operator_namespace=CLOUDNATIVE_PG.namespace or "",
                object_storage=_object_storage(target),
                api_server_by_entity=target.egress_by_name,
                peer_cidr=peer.network_cidr if peer is not None else None,
            ),
        )
        return PostgresTier(scope, "postgres", props=props)


def _object_storage(target: Target) -> Outside | None:
    """Where the backups go: the endpoint named, else S3 of the bucket's region."""
    settings = target.settings
    backup = settings.postgres.backup
    if backup is None:
        return None
    if backup.endpoint_url is not None:
        endpoint = urlsplit(str(backup.endpoint_url))
        return Outside(
            names=(endpoint.hostname or "",),
            ports=(endpoint.port or (443 if endpoint.scheme == "https" else 80),),
            by_name=target.egress_by_name,
            private=settings.mode == "LOCAL",
        )
    # outside PRODUCTION the bucket's region is not a setting (barman-cloud finds it)
    return object_storage(target.region_name, by_name=target.egress_by_name)
