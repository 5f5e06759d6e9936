"""Temporal's network policy (its chart's pods: frontend, history, matching, worker, the
schema Job and the namespace hook): a default deny both ways, then what they need.

Facts read from the chart at temporal-1.6.0: every resource carries
``app.kubernetes.io/instance: <release>`` (templates/_helpers.tpl L135-149); the services
listen on their gRPC and membership ports (values.yaml: frontend 7233/6933 and HTTP 7243,
internal-frontend 7236/6936/7246, history 7234/6934, matching 7235/6935, worker 7239/6939)
and on 9090 for metrics (templates/server-deployment.yaml L107-119), and talk to each other
on them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...catalog import MONITORING_NAMESPACE
from ...constructs.network import dns_egress, namespace, network_policy, pods, tcp
from ...endpoints import InClusterPeer

FRONTEND_PORT, METRICS_PORT = 7233, 9090
SERVER_PORTS = (6933, 6934, 6935, 6936, 6939, 7233, 7234, 7235, 7236, 7239, 7243, 7246)
"""Every service's gRPC, membership and HTTP port (the members reach each other on all)."""


@dataclass(frozen=True, kw_only=True)
class TemporalNetworkPolicyProps:
    release: str
    """The chart's release (its pods' ``app.kubernetes.io/instance``)."""
    clients: Sequence[Mapping[str, str]]
    """Pods of the namespace that call the frontend (the app's Temporal workers), by labels."""
    postgres: InClusterPeer
    """Its persistence and visibility databases' pods and ports."""


class TemporalNetworkPolicy(Construct):
    def __init__(self, scope: Construct, id: str, *, props: TemporalNetworkPolicyProps) -> None:
        super().__init__(scope, id)
        own = {"app.kubernetes.io/instance": props.release}
        members = [tcp(port) for port in SERVER_PORTS]
        ingress = [
            k8s.NetworkPolicyIngressRule(from_=[pods(own)], ports=members),
            k8s.NetworkPolicyIngressRule(from_=[namespace(MONITORING_NAMESPACE)], ports=[tcp(METRICS_PORT)]),
        ]
        if props.clients:
            ingress.insert(0, k8s.NetworkPolicyIngressRule(from_=[pods(labels) for labels in props.clients], ports=[tcp(FRONTEND_PORT)]))
        self.policy = network_policy(
            self,
            "policy",
            name=props.release,
            selector=own,
            ingress=ingress,
            egress=[
                dns_egress(),
                k8s.NetworkPolicyEgressRule(to=[pods(own)], ports=members),
                k8s.NetworkPolicyEgressRule(to=[pods(props.postgres.pod_labels)], ports=[tcp(port) for port in props.postgres.ports]),
            ],
        )
