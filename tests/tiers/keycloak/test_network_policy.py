"""Keycloak's network policy: its OIDC clients and the edge in on HTTP, the servers' cache
cluster between the servers, Postgres out."""

import cdk8s

from somaagent01_gitops.endpoints import InClusterPeer
from somaagent01_gitops.tiers.keycloak.network_policy import KeycloakNetworkPolicy, KeycloakNetworkPolicyProps

PROPS = KeycloakNetworkPolicyProps(
    name="keycloak",
    pods={"app.kubernetes.io/instance": "keycloak", "app.kubernetes.io/managed-by": "keycloak-operator"},
    servers={"app": "keycloak", "app.kubernetes.io/instance": "keycloak"},
    clients=({"app.kubernetes.io/name": "gateway"},),
    postgres=InClusterPeer({"cnpg.io/cluster": "pg"}, (5432,)),
)


def render():
    chart = cdk8s.Testing.chart()
    KeycloakNetworkPolicy(chart, "policy", props=PROPS)
    (policy,) = cdk8s.Testing.synth(chart)
    return policy["spec"]


def test_snapshot(snapshot):
    assert render() == snapshot


def test_the_servers_and_the_import_job_are_selected_and_reach_postgres_and_each_other_only():
    spec = render()
    assert spec["podSelector"] == {"matchLabels": dict(PROPS.pods)}, "the realm import Job's pods too (app differs)"
    http, cache, metrics = spec["ingress"]
    assert http["from"][0] == {"podSelector": {"matchLabels": {"app.kubernetes.io/name": "gateway"}}}
    assert http["from"][1] == {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kong"}}}
    assert http["ports"] == [{"port": 8080, "protocol": "TCP"}] and metrics["ports"] == [{"port": 9000, "protocol": "TCP"}]
    assert cache["from"] == [{"podSelector": {"matchLabels": dict(PROPS.servers)}}]
    assert [port["port"] for port in cache["ports"]] == [7800, 57800]
    _dns, postgres, peers = spec["egress"]
    assert postgres["ports"] == [{"port": 5432, "protocol": "TCP"}] and peers["to"] == cache["from"]
