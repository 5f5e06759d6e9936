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


def test_the_operator_reaches_the_api_server_and_dns_only_and_nothing_reaches_it():
    import cdk8s

    from somaagent01_gitops.tiers.keycloak.network_policy import (
        OPERATOR_PODS,
        KeycloakOperatorNetworkPolicy,
        KeycloakOperatorNetworkPolicyProps,
    )

    chart = cdk8s.Testing.chart()
    KeycloakOperatorNetworkPolicy(chart, "operator", props=KeycloakOperatorNetworkPolicyProps())
    (policy,) = cdk8s.Testing.synth(chart)
    spec = policy["spec"]
    assert spec["podSelector"] == {"matchLabels": OPERATOR_PODS} and spec["policyTypes"] == ["Ingress", "Egress"]
    assert "ingress" not in spec
    assert [rule["ports"][0]["port"] for rule in spec["egress"]] == [53, 443]

    chart = cdk8s.Testing.chart()
    KeycloakOperatorNetworkPolicy(chart, "operator", props=KeycloakOperatorNetworkPolicyProps(api_server_by_entity=True))
    kinds = {obj["kind"]: obj for obj in cdk8s.Testing.synth(chart)}
    assert [rule["ports"][0]["port"] for rule in kinds["NetworkPolicy"]["spec"]["egress"]] == [53]
    assert kinds["CiliumNetworkPolicy"]["spec"]["egress"][0]["toEntities"] == ["kube-apiserver"]
