"""The Keycloak tier's registration: the per-environment Keycloak on the environment's
Postgres, its realm, the cluster-wide part of its operator, and what that operator makes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import KEYCLOAK as KEYCLOAK_INSTANCE
from ...endpoints import InClusterPeer
from ...settings import EnvironmentSettings
from ...targets import Target
from ..app.app_services import SECRET_FILLS
from ..base import RuntimeServiceUnit, TierContext
from .constructs import Keycloak, KeycloakProps
from .network_policy import (
    KeycloakNetworkPolicy,
    KeycloakNetworkPolicyProps,
    KeycloakOperatorNetworkPolicy,
    KeycloakOperatorNetworkPolicyProps,
)
from .operator import KEYCLOAK_CRDS, PRODUCERS
from .service import KEYCLOAK, KEYCLOAK_ROLE
from .settings import Identity

OPERATOR_MADE = {"app.kubernetes.io/instance": KEYCLOAK_INSTANCE, "app.kubernetes.io/managed-by": "keycloak-operator"}
"""What the operator makes for the instance: its servers and its Jobs."""


class KeycloakUnit(RuntimeServiceUnit):
    name = "keycloak"
    service = KEYCLOAK
    operators = (KEYCLOAK_CRDS,)
    producers = PRODUCERS
    # the operator labels the server pods app=keycloak and with the instance's name
    peers = MappingProxyType(
        {Dependency.KEYCLOAK: InClusterPeer({"app": "keycloak", "app.kubernetes.io/instance": KEYCLOAK_INSTANCE}, (8080,))}
    )

    def database_clients(self, target: Target) -> Sequence[Mapping[str, str]]:
        """Its servers and the operator's Jobs (the realm import's, whose pods take the servers'
        labels with ``app`` changed to keycloak-realm-import: KeycloakRealmImportJobDependentResource,
        Constants.MANAGED_BY_VALUE in the Keycloak operator): all carry the instance and the
        operator as their manager."""
        return [OPERATOR_MADE]

    def build(self, scope: Construct, context: TierContext) -> Keycloak:
        target = context.target
        settings = target.settings
        KeycloakNetworkPolicy(
            scope,
            "keycloak-network-policy",
            props=KeycloakNetworkPolicyProps(
                name=KEYCLOAK_INSTANCE,
                pods=OPERATOR_MADE,
                servers=self.peers[Dependency.KEYCLOAK].pod_labels,
                clients=[
                    {"app.kubernetes.io/name": spec.name} for spec in settings.release.services if Dependency.KEYCLOAK in spec.depends_on
                ],
                postgres=context.peers[Dependency.POSTGRES],
            ),
        )
        KeycloakOperatorNetworkPolicy(
            scope, "keycloak-operator-network-policy", props=KeycloakOperatorNetworkPolicyProps(api_server_by_entity=target.egress_by_name)
        )
        props = KeycloakProps(
            identity=_with_edge_callbacks(settings),
            mode=settings.mode,
            postgres_host=context.exposed["postgres"].host,
            database=KEYCLOAK.databases[KEYCLOAK_ROLE][0],
            credentials_secret=KEYCLOAK.credentials[KEYCLOAK_ROLE],
            client_secret=SECRET_FILLS["keycloak_client_secret"],
            zone_spread=target.region is not None,
            priority_class="soma-critical",
        )
        return Keycloak(scope, "keycloak", props=props)


APP_CALLBACKS = ("/api/v2/auth/oauth/callback", "/auth/callback")
"""Where the release sends users back after login: the OAuth flow's callback
(admin/auth/api_oauth.py:49) and the code exchange's default (admin/auth/api.py:94), both on
the host the request came to."""


def _with_edge_callbacks(settings: EnvironmentSettings) -> Identity:
    """The identity settings, with the release's callbacks on the edge's host where the
    overlay names no redirect URI of its own."""
    identity, edge = settings.identity, settings.edge
    if identity.redirect_uris or edge is None:
        return identity
    return identity.model_copy(update={"redirect_uris": [f"https://{edge.hostname}{path}" for path in APP_CALLBACKS]})
