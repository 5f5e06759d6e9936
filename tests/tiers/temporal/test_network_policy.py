"""Temporal's network policy: the app's workers in on the frontend, the chart's pods among
themselves on every service port, Postgres out."""

import cdk8s

from somaagent01_gitops.endpoints import InClusterPeer
from somaagent01_gitops.tiers.temporal.network_policy import SERVER_PORTS, TemporalNetworkPolicy, TemporalNetworkPolicyProps

PROPS = TemporalNetworkPolicyProps(
    release="temporal",
    clients=({"app.kubernetes.io/name": "conversation-temporal-worker"},),
    postgres=InClusterPeer({"cnpg.io/cluster": "pg"}, (5432,)),
)


def render():
    chart = cdk8s.Testing.chart()
    TemporalNetworkPolicy(chart, "policy", props=PROPS)
    (policy,) = cdk8s.Testing.synth(chart)
    return policy["spec"]


def test_snapshot(snapshot):
    assert render() == snapshot


def test_workers_reach_the_frontend_and_the_members_each_other_and_postgres():
    spec = render()
    assert spec["podSelector"] == {"matchLabels": {"app.kubernetes.io/instance": "temporal"}}, "every pod of the chart"
    clients, members, metrics = spec["ingress"]
    assert clients["ports"] == [{"port": 7233, "protocol": "TCP"}]
    assert [port["port"] for port in members["ports"]] == list(SERVER_PORTS) and metrics["ports"] == [{"port": 9090, "protocol": "TCP"}]
    _dns, among, postgres = spec["egress"]
    assert among["to"] == members["from"] and postgres["ports"] == [{"port": 5432, "protocol": "TCP"}]


def test_the_namespace_hook_is_one_of_the_chart_pods_the_policy_selects():
    from somaagent01_gitops.tiers.temporal.service import _temporal_namespace_job

    job = _temporal_namespace_job(retention="72h")
    assert job["spec"]["template"]["metadata"]["labels"] == {"app.kubernetes.io/instance": "temporal"}
