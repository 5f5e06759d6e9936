"""Keycloak's network policy: a default deny both ways for its servers and its operator's
Jobs (the realm import), then what they need.

Keycloak 26 (the operator's default image): HTTP on 8080 (``http.httpEnabled``; the operator
names the Service ``<name>-service``), health and metrics on the management port 9000, and
the servers' cache cluster (JGroups) on 7800 with its failure detection on 57800, between the
servers only. The operator calls no server over the network: it imports realms through a
Job (KeycloakRealmImportJobDependentResource) whose pods carry the instance and manager labels.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...catalog import INGRESS_NAMESPACE, MONITORING_NAMESPACE
from ...constructs.network import api_server, dns_egress, namespace, network_policy, pods, tcp
from ...endpoints import InClusterPeer

HTTP_PORT, MANAGEMENT_PORT = 8080, 9000
CACHE_PORTS = (7800, 57800)


@dataclass(frozen=True, kw_only=True)
class KeycloakNetworkPolicyProps:
    name: str
    """The policy's name."""
    pods: Mapping[str, str]
    """Its servers' and its operator's Jobs' labels (instance and manager)."""
    servers: Mapping[str, str]
    """Its servers' labels alone (the cache cluster)."""
    clients: Sequence[Mapping[str, str]]
    """Pods of the namespace that call it (the app's OIDC clients), by labels."""
    postgres: InClusterPeer
    """Its database's pods and ports."""


class KeycloakNetworkPolicy(Construct):
    def __init__(self, scope: Construct, id: str, *, props: KeycloakNetworkPolicyProps) -> None:
        super().__init__(scope, id)
        callers = [*(pods(labels) for labels in props.clients), namespace(INGRESS_NAMESPACE)]
        servers = pods(props.servers)
        cache = [tcp(port) for port in CACHE_PORTS]
        self.policy = network_policy(
            self,
            "policy",
            name=props.name,
            selector=dict(props.pods),
            ingress=[
                # the login pages and the token endpoint: the app's clients and the edge
                k8s.NetworkPolicyIngressRule(from_=callers, ports=[tcp(HTTP_PORT)]),
                k8s.NetworkPolicyIngressRule(from_=[servers], ports=cache),
                k8s.NetworkPolicyIngressRule(from_=[namespace(MONITORING_NAMESPACE)], ports=[tcp(MANAGEMENT_PORT)]),
            ],
            egress=[
                dns_egress(),
                k8s.NetworkPolicyEgressRule(to=[pods(props.postgres.pod_labels)], ports=[tcp(port) for port in props.postgres.ports]),
                k8s.NetworkPolicyEgressRule(to=[servers], ports=cache),
            ],
        )


OPERATOR_PODS = {"app.kubernetes.io/name": "keycloak-operator"}
"""The operator's pods in the environment namespace (kubernetes/kubernetes.yml at 26.0.0, its
Deployment's selector)."""


@dataclass(frozen=True, kw_only=True)
class KeycloakOperatorNetworkPolicyProps:
    api_server_by_entity: bool = False
    """Reach the API server by Cilium's entity, not by address. Default: false."""


class KeycloakOperatorNetworkPolicy(Construct):
    """The operator runs in the environment namespace, under its default deny: it watches and
    writes through the API server and calls nothing else (see the module's note); nothing
    calls it (its metrics are not scraped)."""

    def __init__(self, scope: Construct, id: str, *, props: KeycloakOperatorNetworkPolicyProps) -> None:
        super().__init__(scope, id)
        name = OPERATOR_PODS["app.kubernetes.io/name"]
        api = api_server(self, name=name, selector=OPERATOR_PODS, by_entity=props.api_server_by_entity)
        self.policy = network_policy(self, "policy", name=name, selector=OPERATOR_PODS, egress=[dns_egress(), *api])
