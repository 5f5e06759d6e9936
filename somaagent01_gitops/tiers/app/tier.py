"""The app tier's registration: the release's services, handed the addresses the tiers
before them exposed, and their network policies, from the release's dependency graph."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import Construct

from ...catalog import APP_NAME, Dependency
from ...endpoints import APP_GROUP_ROLE, POSTGRES_DATABASE, POSTGRES_PORT, SPICEDB_SECRET, Endpoints, Exposed
from ...targets import Target
from ...vault import VAULT_DEV_ROOT_TOKEN, VAULT_DEV_TOKEN_SECRET, VaultSecret, shell_variable
from ..base import Tier, TierContext
from ..postgres.constructs import ServiceRole
from .app_services import (
    SECRET_FILLS,
    AppServices,
    AppServicesProps,
    database_credentials_secret,
    database_role,
    database_uri_secret,
    reads_database,
    vault_client,
)
from .network_policies import AppNetworkPolicies, AppNetworkPoliciesProps


class AppUnit(Tier):
    """The app release's services, given the addresses the tiers before it exposed."""

    name = "app"

    def database_roles(self, target: Target) -> Mapping[str, ServiceRole]:
        """One login role per entrypoint that reads the database, in the app group (which may
        change rows, not tables); the migrations alone log in as the owner."""
        release = target.settings.release
        return {
            database_role(spec.name): ServiceRole(
                databases=(), credentials_secret=database_credentials_secret(spec.name), member_of=(APP_GROUP_ROLE,)
            )
            for spec in release.services
            if reads_database(spec, release)
        }

    def database_clients(self, target: Target) -> Sequence[Mapping[str, str]]:
        """The entrypoints that read the database, the migrations and the grants."""
        release = target.settings.release
        names = [spec.name for spec in release.services if reads_database(spec, release)]
        return [{"app.kubernetes.io/name": name} for name in (*names, f"{APP_NAME}-migrate", f"{APP_NAME}-grants")]

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        """The Secrets the release's settings are filled from (SpiceDB's is its tier's), and
        each entrypoint's database URI, built from its role's password."""
        return (*self._setting_secrets(target), *self._database_uris(target), *self._dev_vault_token(target))

    def _dev_vault_token(self, target: Target) -> tuple[VaultSecret, ...]:
        settings = target.settings
        if settings.mode != "LOCAL" or not any(vault_client(spec, settings) for spec in settings.release.services):
            return ()
        return (
            VaultSecret(
                name=VAULT_DEV_TOKEN_SECRET,
                keys=("token",),
                local_values={"token": VAULT_DEV_ROOT_TOKEN},
                contract="LOCAL only: the dev-mode Vault's root token (the chart's default, not a secret), the app's "
                "VAULT_TOKEN_FILE; beyond LOCAL Vault Agent writes a token of the entrypoint's own role there",
            ),
        )

    def _database_uris(self, target: Target) -> tuple[VaultSecret, ...]:
        settings = target.settings
        host = Endpoints(settings.namespace).postgres_host
        uris = []
        for spec in settings.release.services:
            if not reads_database(spec, settings.release):
                continue
            role, credentials = database_role(spec.name), database_credentials_secret(spec.name)
            uri = f"postgresql://{role}:{{password}}@{host}:{POSTGRES_PORT}/{POSTGRES_DATABASE}"
            uris.append(
                VaultSecret(
                    name=database_uri_secret(spec.name),
                    keys=("uri",),
                    templates={"uri": uri.format(password="{{ .password | urlquery }}")},
                    template_reads=("password",),
                    vault_key=credentials,
                    local_values={"uri": uri.format(password="${" + shell_variable(credentials, "password") + "}")},
                    contract=f"{spec.name}'s SA01_DB_DSN: its role {role!r} and the password of {credentials} (one Vault key), "
                    "no query string (the release reads none)",
                )
            )
        return tuple(uris)

    def _setting_secrets(self, target: Target) -> tuple[VaultSecret, ...]:
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
        keycloak, spicedb, redis = exposed.get("keycloak"), exposed.get("spicedb"), exposed.get("redis")
        addresses = Exposed(
            kafka_plain=kafka.plain_bootstrap if kafka else None,
            kafka_tls=kafka.tls_bootstrap if kafka else None,
            postgres_host=postgres.host if postgres else None,
            keycloak_url=keycloak.url if keycloak else None,
            temporal_host=exposed.get("temporal"),
            spicedb_host=spicedb.host if spicedb else None,
            redis_url=redis.address_url if redis else None,
            redis_sessions_host=redis.sessions_host if redis else None,
            whisper_url=exposed.get("whisper"),
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
        return AppNetworkPolicies(
            scope,
            "network",
            props=AppNetworkPoliciesProps(
                settings=context.target.settings, peers=context.peers, egress_by_name=context.target.egress_by_name
            ),
        )
