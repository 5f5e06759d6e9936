"""The Postgres instances' network policy: clients in, CloudNativePG's operator and the peers
in, the API server, the bucket and the peer region out."""

import cdk8s
import pytest

from somaagent01_gitops.constructs.network import object_storage
from somaagent01_gitops.tiers.postgres.network_policy import PostgresNetworkPolicy, PostgresNetworkPolicyProps

BASE = {
    "cluster": "pg",
    "port": 5432,
    "clients": ({"app.kubernetes.io/name": "gateway"}, {"authzed.com/cluster": "spicedb"}),
    "operator_namespace": "cnpg-system",
}


def render(**props):
    chart = cdk8s.Testing.chart()
    PostgresNetworkPolicy(chart, "policy", props=PostgresNetworkPolicyProps(**props))
    (policy,) = cdk8s.Testing.synth(chart)
    return policy["spec"]


@pytest.mark.parametrize(
    "props", [BASE, {**BASE, "object_storage": object_storage("us-east-1"), "peer_cidr": "10.20.0.0/16"}], ids=["local", "prod"]
)
def test_snapshot(props, snapshot):
    assert render(**props) == snapshot


def test_only_the_declared_clients_reach_postgres_and_only_the_operator_the_status_port():
    spec = render(**BASE)
    assert spec["podSelector"] == {"matchLabels": {"cnpg.io/cluster": "pg"}} and spec["policyTypes"] == ["Ingress", "Egress"]
    clients, cluster, metrics = spec["ingress"]
    assert [peer["podSelector"]["matchLabels"] for peer in clients["from"]] == list(BASE["clients"])
    assert clients["ports"] == [{"port": 5432, "protocol": "TCP"}]
    assert cluster["from"][1] == {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "cnpg-system"}}}
    assert [port["port"] for port in cluster["ports"]] == [5432, 8000]
    assert metrics["ports"] == [{"port": 9187, "protocol": "TCP"}]


def test_the_bucket_and_the_peer_region_only_where_there_are_backups_and_a_peer():
    local = render(**BASE)
    assert len(local["egress"]) == 3, "DNS, the other instances, the API server"
    prod = render(**BASE, object_storage=object_storage("us-east-1"), peer_cidr="10.20.0.0/16")
    assert {"to": [{"ipBlock": {"cidr": "10.20.0.0/16"}}], "ports": [{"port": 5432, "protocol": "TCP"}]} in prod["egress"]
    assert {"from": [{"ipBlock": {"cidr": "10.20.0.0/16"}}], "ports": [{"port": 5432, "protocol": "TCP"}]} in prod["ingress"]
    storage = prod["egress"][3]
    assert storage["ports"] == [{"port": 443, "protocol": "TCP"}] and storage["to"][0]["ipBlock"]["cidr"] == "0.0.0.0/0"
