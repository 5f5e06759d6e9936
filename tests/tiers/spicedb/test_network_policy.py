"""SpiceDB's network policy: its callers in on gRPC, its replicas to each other on dispatch,
Postgres and the API server out."""

import cdk8s

from somaagent01_gitops.endpoints import InClusterPeer
from somaagent01_gitops.tiers.spicedb.network_policy import SpiceDbNetworkPolicy, SpiceDbNetworkPolicyProps

PROPS = SpiceDbNetworkPolicyProps(
    cluster="spicedb", clients=({"app.kubernetes.io/name": "gateway"},), postgres=InClusterPeer({"cnpg.io/cluster": "pg"}, (5432,))
)


def render(props=PROPS):
    chart = cdk8s.Testing.chart()
    SpiceDbNetworkPolicy(chart, "policy", props=props)
    (policy,) = cdk8s.Testing.synth(chart)
    return policy["spec"]


def test_snapshot(snapshot):
    assert render() == snapshot


def test_callers_reach_grpc_replicas_dispatch_and_it_reaches_its_datastore():
    spec = render()
    assert spec["podSelector"] == {"matchLabels": {"authzed.com/cluster": "spicedb"}}, "servers and the migration Job"
    grpc, dispatch, metrics = spec["ingress"]
    assert grpc == {
        "from": [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "gateway"}}}],
        "ports": [{"port": 50051, "protocol": "TCP"}],
    }
    assert dispatch["ports"] == [{"port": 50053, "protocol": "TCP"}] and metrics["ports"] == [{"port": 9090, "protocol": "TCP"}]
    dns, postgres, peers, api_server = spec["egress"]
    assert dns["ports"][0]["port"] == 53 and peers["ports"] == [{"port": 50053, "protocol": "TCP"}]
    assert postgres == {"to": [{"podSelector": {"matchLabels": {"cnpg.io/cluster": "pg"}}}], "ports": [{"port": 5432, "protocol": "TCP"}]}
    assert [port["port"] for port in api_server["ports"]] == [443, 6443], "the dispatch resolver watches the API server"
    assert len(render(SpiceDbNetworkPolicyProps(cluster="spicedb", clients=(), postgres=PROPS.postgres))["ingress"]) == 2
