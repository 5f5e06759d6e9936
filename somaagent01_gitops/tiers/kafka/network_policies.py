"""Egress for the pods Strimzi makes: Strimzi writes their ingress policies itself (Kafka's
listeners, replication, control plane and agent ports; the entity operator's; Connect's REST
API: KafkaCluster.java L1752-1795, EntityOperator.java L349, KafkaConnectCluster.java L696 at
1.2.0), none for what they reach. These add a default deny out, then what each needs.

The brokers and controllers (whose labels the entity operator's pod also carries, so it gets
their rules too) reach each other on the control plane (9090) and replication
(9091) listeners, their init container reads its node's zone from the API server (rack
awareness), and with tiered storage they write to S3. The entity operator's topic and user
operators reach the brokers on 9091 and watch their resources through the API server.
MirrorMaker 2's workers reach this cluster's TLS listener, the peer region's external
listener, and each other's REST API (8083, a worker forwards to the leader).
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...constructs.network import Outside, api_server, dns_egress, network_policy, outside_egress, pods, tcp

CONTROLPLANE_PORT, REPLICATION_PORT, CONNECT_REST_PORT = 9090, 9091, 8083


@dataclass(frozen=True, kw_only=True)
class MirrorEgress:
    name: str
    """The KafkaMirrorMaker2 (its pods' ``strimzi.io/cluster``)."""
    local_port: int
    """This cluster's listener it writes to."""
    peer_cidr: str
    """The peer region's network (its external listener's load balancers)."""
    peer_port: int


@dataclass(frozen=True, kw_only=True)
class KafkaEgressProps:
    cluster: str
    """The Kafka cluster."""
    tiered_storage: Outside | None = None
    """The object storage the brokers write to (tiered storage). Default: none."""
    mirror: MirrorEgress | None = None
    """MirrorMaker 2, across regions. Default: none."""
    api_server_by_entity: bool = False
    """Reach the API server by Cilium's entity, not by address. Default: false."""


class KafkaEgressPolicies(Construct):
    def __init__(self, scope: Construct, id: str, *, props: KafkaEgressProps) -> None:
        super().__init__(scope, id)
        nodes = {"strimzi.io/cluster": props.cluster, "strimzi.io/kind": "Kafka"}
        node_rules = [
            dns_egress(),
            k8s.NetworkPolicyEgressRule(to=[pods(nodes)], ports=[tcp(CONTROLPLANE_PORT), tcp(REPLICATION_PORT)]),
            *api_server(self, name=f"{props.cluster}-kafka", selector=nodes, by_entity=props.api_server_by_entity, id="nodes-api-server"),
        ]
        if props.tiered_storage is not None:
            node_rules += outside_egress(self, name=f"{props.cluster}-kafka", selector=nodes, outside=[props.tiered_storage])
        self.nodes = _egress(self, f"{props.cluster}-kafka-egress", nodes, node_rules)
        entity_operator = {"strimzi.io/name": f"{props.cluster}-entity-operator"}
        operator_api = api_server(
            self,
            name=f"{props.cluster}-entity-operator",
            selector=entity_operator,
            by_entity=props.api_server_by_entity,
            id="entity-operator-api-server",
        )
        self.entity_operator = _egress(
            self,
            f"{props.cluster}-entity-operator-egress",
            entity_operator,
            [dns_egress(), k8s.NetworkPolicyEgressRule(to=[pods(nodes)], ports=[tcp(REPLICATION_PORT)]), *operator_api],
        )
        self.mirror = None
        if props.mirror is not None:
            mirror = props.mirror
            workers = {"strimzi.io/cluster": mirror.name, "strimzi.io/kind": "KafkaMirrorMaker2"}
            peer = k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=mirror.peer_cidr))
            self.mirror = _egress(
                self,
                f"{mirror.name}-egress",
                workers,
                [
                    dns_egress(),
                    k8s.NetworkPolicyEgressRule(to=[pods(nodes)], ports=[tcp(mirror.local_port)]),
                    k8s.NetworkPolicyEgressRule(to=[peer], ports=[tcp(mirror.peer_port)]),
                    k8s.NetworkPolicyEgressRule(to=[pods(workers)], ports=[tcp(CONNECT_REST_PORT)]),
                ],
            )


def _egress(scope: Construct, name: str, selector: dict[str, str], rules: list[k8s.NetworkPolicyEgressRule]) -> k8s.KubeNetworkPolicy:
    """Egress only: Strimzi's own policies hold their ingress."""
    return network_policy(scope, name, name=name, selector=selector, egress=rules, types=("Egress",))
