"""Egress of the pods Strimzi makes (it writes their ingress itself)."""

import cdk8s
import pytest

from somaagent01_gitops.constructs.network import object_storage
from somaagent01_gitops.tiers.kafka.network_policies import KafkaEgressPolicies, KafkaEgressProps, MirrorEgress

PROD = KafkaEgressProps(
    cluster="k",
    tiered_storage=object_storage("us-east-1"),
    mirror=MirrorEgress(name="mirror-from-x", local_port=9093, peer_cidr="10.20.0.0/16", peer_port=9094),
)


def render(props):
    chart = cdk8s.Testing.chart()
    KafkaEgressPolicies(chart, "egress", props=props)
    return {obj["metadata"]["name"]: obj["spec"] for obj in cdk8s.Testing.synth(chart)}


@pytest.mark.parametrize("props", [KafkaEgressProps(cluster="k"), PROD], ids=["plain", "prod"])
def test_snapshot(props, snapshot):
    assert render(props) == snapshot


def test_each_reaches_only_what_it_needs_and_leaves_ingress_to_strimzi():
    policies = render(PROD)
    assert set(policies) == {"k-kafka-egress", "k-entity-operator-egress", "mirror-from-x-egress"}
    assert all(spec["policyTypes"] == ["Egress"] for spec in policies.values()), "Strimzi's own policies hold their ingress"
    nodes = policies["k-kafka-egress"]
    assert nodes["podSelector"] == {"matchLabels": {"strimzi.io/cluster": "k", "strimzi.io/kind": "Kafka"}}
    assert [port["port"] for port in nodes["egress"][1]["ports"]] == [9090, 9091]
    assert nodes["egress"][3]["ports"] == [{"port": 443, "protocol": "TCP"}], "tiered storage"
    operator = policies["k-entity-operator-egress"]
    assert operator["podSelector"] == {"matchLabels": {"strimzi.io/name": "k-entity-operator"}}
    assert operator["egress"][1]["ports"] == [{"port": 9091, "protocol": "TCP"}]
    mirror = policies["mirror-from-x-egress"]["egress"]
    assert {"to": [{"ipBlock": {"cidr": "10.20.0.0/16"}}], "ports": [{"port": 9094, "protocol": "TCP"}]} in mirror
    assert len(render(KafkaEgressProps(cluster="k"))["k-kafka-egress"]["egress"]) == 3, "no bucket without tiered storage"
