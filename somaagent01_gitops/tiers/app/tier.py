"""The app tier's registration: the release's services, handed the addresses the tiers
before them exposed, and their network policies, from the release's dependency graph."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import SPICEDB_SECRET, Exposed
from ...targets import Target
from ...vault import VaultSecret
from ..base import Tier, TierContext
from .app_services import SECRET_FILLS, AppServices, AppServicesProps
from .network_policies import AppNetworkPolicies, AppNetworkPoliciesProps


class AppUnit(Tier):
    """The app release's services, given the addresses the tiers before it exposed."""

    name = "app"

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        """The Secrets the release's settings are filled from (SpiceDB's is its tier's)."""
        release = target.settings.release
        read = {*(name for spec in release.services for name in spec.reads_settings), *release.migrate_settings}
        fills = {release.settings[name].fill for name in read}
        keys: dict[str, set[str]] = {}
        for fill, (secret, key) in SECRET_FILLS.items():
            if fill in fills and secret != SPICEDB_SECRET:
                keys.setdefault(secret, set()).add(key)
        return tuple(
            VaultSecret(
                name=secret, keys=tuple(sorted(names)), contract="settings the app release reads from Secrets (app_services.SECRET_FILLS)"
            )
            for secret, names in sorted(keys.items())
        )

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
        props = AppServicesProps(
            settings=target.settings,
            zone_spread=target.region is not None,
            postgres=context.peers[Dependency.POSTGRES],
            exposed=addresses,
        )
        return AppServices(scope, "app", props=props)


class NetworkUnit(Tier):
    """The app tier's network policies, from the release's dependency graph."""

    name = "network"

    def build(self, scope: Construct, context: TierContext) -> AppNetworkPolicies:
        return AppNetworkPolicies(scope, "network", props=AppNetworkPoliciesProps(settings=context.target.settings, peers=context.peers))
