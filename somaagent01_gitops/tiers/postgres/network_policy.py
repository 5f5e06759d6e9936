"""The Postgres instances' network policy: a default deny both ways, then what CloudNativePG
and the environment's database clients need.

Facts read from CloudNativePG at v1.30.0: the operator reaches every instance on 8000 (the
instance manager's status endpoint) and 5432, and the instances reach each other on both
(docs/src/networking.md L17-45, docs/src/cncf-projects/cilium.md L74-134); every instance pod
and the cluster's Jobs (initdb, join) carry ``cnpg.io/cluster``; the instance manager
watches its Cluster through the API server; the exporter serves 9187
(docs/src/monitoring.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...catalog import MONITORING_NAMESPACE
from ...constructs.network import Outside, api_server, dns_egress, namespace, network_policy, outside_egress, pods, tcp

STATUS_PORT = 8000
METRICS_PORT = 9187


@dataclass(frozen=True, kw_only=True)
class PostgresNetworkPolicyProps:
    """Who may reach the instances, and where they go."""

    cluster: str
    """The CloudNativePG cluster (its pods' ``cnpg.io/cluster``)."""
    port: int
    """PostgreSQL's port."""
    clients: Sequence[Mapping[str, str]]
    """Pods of the namespace that connect (by labels): every tier's declared clients."""
    operator_namespace: str
    """Where CloudNativePG runs."""
    api_server_by_entity: bool = False
    """Reach the API server by Cilium's entity, not by address. Default: false."""
    object_storage: Outside | None = None
    """Backups: the object storage the barman-cloud sidecar writes to. Default: none."""
    peer_cidr: str | None = None
    """The peer region's network (PRODUCTION): its subscription connects here, and this
    region's subscription connects there. Default: none."""


class PostgresNetworkPolicy(Construct):
    def __init__(self, scope: Construct, id: str, *, props: PostgresNetworkPolicyProps) -> None:
        super().__init__(scope, id)
        instances = pods({"cnpg.io/cluster": props.cluster})
        both = [tcp(props.port), tcp(STATUS_PORT)]
        ingress = [
            k8s.NetworkPolicyIngressRule(from_=[pods(labels) for labels in props.clients], ports=[tcp(props.port)]),
            k8s.NetworkPolicyIngressRule(from_=[instances, namespace(props.operator_namespace)], ports=both),
            k8s.NetworkPolicyIngressRule(from_=[namespace(MONITORING_NAMESPACE)], ports=[tcp(METRICS_PORT)]),
        ]
        own = {"cnpg.io/cluster": props.cluster}
        api = api_server(self, name=props.cluster, selector=own, by_entity=props.api_server_by_entity)
        egress = [dns_egress(), k8s.NetworkPolicyEgressRule(to=[instances], ports=both), *api]
        if props.object_storage is not None:
            egress += outside_egress(self, name=props.cluster, selector=own, outside=[props.object_storage])
        if props.peer_cidr is not None:
            peer = k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=props.peer_cidr))
            ingress.append(k8s.NetworkPolicyIngressRule(from_=[peer], ports=[tcp(props.port)]))
            egress.append(k8s.NetworkPolicyEgressRule(to=[peer], ports=[tcp(props.port)]))
        self.policy = network_policy(
            self,
            "policy",
            name=props.cluster,
            selector={"cnpg.io/cluster": props.cluster},
            ingress=ingress,
            egress=egress,
        )
