"""SpiceDB's network policy: a default deny both ways for its servers and its migration Job,
then what they need.

Facts read from the SpiceDB operator at v1.25.1 (pkg/config/config.go): the servers listen on
gRPC 50051, the HTTP gateway 8443, metrics 9090 and, dispatching between replicas, 50053
(L836-845); they find each other through the ``kubernetes:///<cluster>.<namespace>:dispatch``
resolver, which watches the API server (L557); the probes run ``grpc_health_probe`` inside the
container (L879); the servers and the migration Job carry ``authzed.com/cluster``
(pkg/metadata/keys.go L39, L71-77).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...catalog import MONITORING_NAMESPACE
from ...constructs.network import api_server, dns_egress, namespace, network_policy, pods, tcp
from ...endpoints import InClusterPeer

GRPC_PORT, METRICS_PORT, DISPATCH_PORT = 50051, 9090, 50053


@dataclass(frozen=True, kw_only=True)
class SpiceDbNetworkPolicyProps:
    cluster: str
    """The SpiceDBCluster (its pods' ``authzed.com/cluster``)."""
    clients: Sequence[Mapping[str, str]]
    """Pods of the namespace that call its gRPC API (by labels)."""
    postgres: InClusterPeer
    """Its datastore's pods and ports."""
    api_server_by_entity: bool = False
    """Reach the API server by Cilium's entity, not by address. Default: false."""


class SpiceDbNetworkPolicy(Construct):
    def __init__(self, scope: Construct, id: str, *, props: SpiceDbNetworkPolicyProps) -> None:
        super().__init__(scope, id)
        own = {"authzed.com/cluster": props.cluster}
        ingress = [
            k8s.NetworkPolicyIngressRule(from_=[pods(own)], ports=[tcp(DISPATCH_PORT)]),
            k8s.NetworkPolicyIngressRule(from_=[namespace(MONITORING_NAMESPACE)], ports=[tcp(METRICS_PORT)]),
        ]
        if props.clients:
            ingress.insert(0, k8s.NetworkPolicyIngressRule(from_=[pods(labels) for labels in props.clients], ports=[tcp(GRPC_PORT)]))
        self.policy = network_policy(
            self,
            "policy",
            name=props.cluster,
            selector=own,
            ingress=ingress,
            egress=[
                dns_egress(),
                k8s.NetworkPolicyEgressRule(to=[pods(props.postgres.pod_labels)], ports=[tcp(port) for port in props.postgres.ports]),
                k8s.NetworkPolicyEgressRule(to=[pods(own)], ports=[tcp(DISPATCH_PORT)]),
                *api_server(self, name=props.cluster, selector=own, by_entity=props.api_server_by_entity),
            ],
        )
