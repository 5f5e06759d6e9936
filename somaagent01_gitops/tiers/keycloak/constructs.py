"""Keycloak for one environment: a ``Keycloak`` its namespace's operator runs on the
environment's Postgres, the ``somaagent`` realm with the app's client, and a disruption
budget.

Facts of the Keycloak operator 26.0.0 this relies on: it names the Service
``<name>-service`` (8080 with ``http.httpEnabled``) and labels pods ``app: keycloak`` and
``app.kubernetes.io/instance: <name>`` (operator Constants.java); it sets no security
context, so ``unsupported.podTemplate`` (merged into its StatefulSet, and copied by the
realm-import Job) adds it; it has no PDB field at 26.0.0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cdk8s import Chart
from cdk8s_plus_27 import k8s
from constructs import Construct

from imports.keycloak.org.keycloak import k8s as keycloak

from ...constructs.idioms import (
    POSTGRES_CA_MOUNT,
    ZONE_TOPOLOGY_KEY,
    container_resources,
    default_replicas,
    disruption_budget,
    metadata,
    postgres_ca_mount,
    postgres_ca_volume,
    restricted_container_security,
    restricted_pod_security,
)
from ...endpoints import KEYCLOAK, KEYCLOAK_CLIENT_ID, KEYCLOAK_REALM, POSTGRES_PORT
from ...settings import Identity, ResourceAmounts, Resources

KEYCLOAK_UID = 1000
"""The Keycloak image's user (its Containerfile: ``USER 1000``)."""
CLIENT_SECRET_PLACEHOLDER = "SA01_KEYCLOAK_CLIENT_SECRET"
POOL_MAX_SIZE = 10
"""Database connections per Keycloak pod."""

LOCAL_RESOURCES = Resources(requests=ResourceAmounts(cpu="250m", memory="768Mi"), limits=ResourceAmounts(cpu="1", memory="1Gi"))
SHARED_RESOURCES = Resources(requests=ResourceAmounts(cpu="500m", memory="1280Mi"), limits=ResourceAmounts(cpu="2", memory="2Gi"))


@dataclass(frozen=True, kw_only=True)
class KeycloakProps:
    """One environment's Keycloak."""

    identity: Identity
    """The overlay's identity settings: public host name, redirect URIs, sizing."""
    mode: str
    """The environment's mode (sizing defaults)."""
    postgres_host: str
    """The read-write host of the environment's Postgres cluster."""
    database: str
    """Keycloak's database on that cluster."""
    credentials_secret: str
    """basic-auth Secret of its database role (``username``, ``password``)."""
    client_secret: tuple[str, str]
    """Secret and key holding the app client's secret (the app reads the same key)."""
    zone_spread: bool = False
    """Spread pods across zones (a production region). Default: false."""
    priority_class: str | None = None
    """PriorityClass of its pods, so sign-in outlasts other pods under node pressure.
    Default: none (the cluster's default priority)."""


class Keycloak(Construct):
    def __init__(self, scope: Construct, id: str, *, props: KeycloakProps) -> None:
        super().__init__(scope, id)
        instances = props.identity.instances or default_replicas(props.mode)
        resources = props.identity.resources or (LOCAL_RESOURCES if props.mode == "LOCAL" else SHARED_RESOURCES)
        selector = {"app": "keycloak", "app.kubernetes.io/instance": KEYCLOAK}
        self.keycloak = self._keycloak(props, instances=instances, resources=resources, selector=selector)
        self.realm = self._realm(props)
        self.disruption_budget: k8s.KubePodDisruptionBudget | None = None
        if instances > 1:
            # the operator has no PDB field at 26.0.0, so the budget is a plain object
            self.disruption_budget = disruption_budget(self, name=KEYCLOAK, component="identity", selector=selector)
        # the operator names the Service <name>-service, 8080 with http.httpEnabled
        self.url = f"http://{KEYCLOAK}-service.{Chart.of(self).namespace}.svc:8080"
        """Keycloak's address inside the cluster."""

    def _keycloak(self, props: KeycloakProps, *, instances: int, resources: Resources, selector: dict[str, str]) -> keycloak.Keycloak:
        return keycloak.Keycloak(
            self,
            "keycloak",
            metadata=metadata(KEYCLOAK, component="identity"),
            spec=keycloak.KeycloakSpec(
                instances=instances,
                db=_database(props),
                # plain HTTP inside the cluster; TLS ends at the edge, which forwards the headers
                http=keycloak.KeycloakSpecHttp(http_enabled=True),
                hostname=keycloak.KeycloakSpecHostname(hostname=f"https://{props.identity.hostname}", backchannel_dynamic=True),
                proxy=keycloak.KeycloakSpecProxy(headers="xforwarded"),
                ingress=keycloak.KeycloakSpecIngress(enabled=False),
                resources=_resources(resources),
                scheduling=self._scheduling(props, selector),
                unsupported=keycloak.KeycloakSpecUnsupported(pod_template=_pod_template(props.mode)),
            ),
        )

    def _realm(self, props: KeycloakProps) -> keycloak.KeycloakRealmImport:
        """The ``somaagent`` realm with the app's client, its secret filled from a Secret."""
        client_secret, client_key = props.client_secret
        return keycloak.KeycloakRealmImport(
            self,
            "realm",
            metadata=metadata(KEYCLOAK_REALM, component="identity"),
            spec=keycloak.KeycloakRealmImportSpec(
                keycloak_cr_name=KEYCLOAK,
                realm=keycloak.KeycloakRealmImportSpecRealm(realm=KEYCLOAK_REALM, enabled=True, clients=[_app_client(props.identity)]),
                placeholders={
                    CLIENT_SECRET_PLACEHOLDER: keycloak.KeycloakRealmImportSpecPlaceholders(
                        secret=keycloak.KeycloakRealmImportSpecPlaceholdersSecret(name=client_secret, key=client_key)
                    )
                },
            ),
        )

    @staticmethod
    def _scheduling(props: KeycloakProps, selector: dict[str, str]) -> keycloak.KeycloakSpecScheduling | None:
        if not props.zone_spread and props.priority_class is None:
            return None
        spread = (
            [
                keycloak.KeycloakSpecSchedulingTopologySpreadConstraints(
                    max_skew=1,
                    topology_key=ZONE_TOPOLOGY_KEY,
                    when_unsatisfiable="DoNotSchedule",
                    label_selector=keycloak.KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector(match_labels=selector),
                )
            ]
            if props.zone_spread
            else None
        )
        return keycloak.KeycloakSpecScheduling(priority_class_name=props.priority_class, topology_spread_constraints=spread)


def _database(props: KeycloakProps) -> keycloak.KeycloakSpecDb:
    """The environment's Postgres, through the CA that :func:`_pod_template` mounts."""
    return keycloak.KeycloakSpecDb(
        vendor="postgres",
        # the full JDBC URL: the server certificate checked against the cluster's CA
        url=f"jdbc:postgresql://{props.postgres_host}:{POSTGRES_PORT}/{props.database}?sslmode=verify-full&sslrootcert={POSTGRES_CA_MOUNT}/ca.crt",
        username_secret=keycloak.KeycloakSpecDbUsernameSecret(name=props.credentials_secret, key="username"),
        password_secret=keycloak.KeycloakSpecDbPasswordSecret(name=props.credentials_secret, key="password"),
        # its share of the environment's Postgres connections (Keycloak's default is 100 per pod)
        pool_max_size=POOL_MAX_SIZE,
    )


def _resources(resources: Resources) -> keycloak.KeycloakSpecResources:
    plain = container_resources(resources)
    return keycloak.KeycloakSpecResources(
        requests={key: keycloak.KeycloakSpecResourcesRequests.from_string(value) for key, value in plain["requests"].items()},
        limits={key: keycloak.KeycloakSpecResourcesLimits.from_string(value) for key, value in plain["limits"].items()},
    )


def _app_client(identity: Identity) -> keycloak.KeycloakRealmImportSpecRealmClients:
    """A confidential client with the authorization-code flow and a service account; the
    password and implicit grants stay off."""
    return keycloak.KeycloakRealmImportSpecRealmClients(
        client_id=KEYCLOAK_CLIENT_ID,
        enabled=True,
        protocol="openid-connect",
        public_client=False,
        client_authenticator_type="client-secret",
        # the import replaces ${...} with the placeholder's Secret value
        secret=f"${{{CLIENT_SECRET_PLACEHOLDER}}}",
        service_accounts_enabled=True,
        standard_flow_enabled=True,
        direct_access_grants_enabled=False,
        implicit_flow_enabled=False,
        redirect_uris=list(identity.redirect_uris) or None,
    )


def _pod_template(mode: str) -> dict[str, Any]:
    """What the operator does not set: a restricted security context, and the CA that signs
    the Postgres server (only its certificate: the Secret also holds a key)."""
    return {
        "spec": {
            "securityContext": restricted_pod_security(KEYCLOAK_UID),
            "containers": [{"name": "keycloak", "securityContext": restricted_container_security(), "volumeMounts": [postgres_ca_mount()]}],
            "volumes": [postgres_ca_volume(mode)],
        }
    }
