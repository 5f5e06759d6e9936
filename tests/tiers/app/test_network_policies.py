"""Network policies follow the catalog's dependency graph: a service reaches what it uses, only."""

import cdk8s
import pytest

from somaagent01_gitops.tiers.app.network_policies import AppNetworkPolicies, AppNetworkPoliciesProps
from tests.conftest import make_settings, peer_pods, shipped_targets


def render(settings):
    chart = cdk8s.Testing.chart()
    AppNetworkPolicies(chart, "net", props=AppNetworkPoliciesProps(settings=settings, peers=peer_pods()))
    return cdk8s.Testing.synth(chart)


def policies(settings):
    return {obj["metadata"]["name"]: obj["spec"] for obj in render(settings)}


def egress_pod_labels(spec):
    return [peer.get("podSelector", {}).get("matchLabels") for rule in spec["egress"] for peer in rule["to"]]


@pytest.mark.parametrize("mode", ["LOCAL", "PRODUCTION"])
def test_snapshot(mode, snapshot):
    assert render(make_settings(mode)) == snapshot


def test_each_service_policy_denies_what_it_does_not_name_both_ways():
    rendered = policies(make_settings())
    assert set(rendered) == {spec.name for spec in make_settings().release.services}
    for name, spec in rendered.items():
        assert spec["policyTypes"] == ["Ingress", "Egress"], name


def test_a_service_reaches_what_its_release_contract_says_only():
    spec = policies(make_settings())["tool-executor"]
    labels = egress_pod_labels(spec)
    assert {"strimzi.io/cluster": "somaagent01", "strimzi.io/kind": "Kafka"} in labels
    assert {"app.kubernetes.io/name": "opa"} in labels
    assert {"cnpg.io/cluster": "somaagent01-pg"} in labels, "the release's tool executor writes through the ORM"
    assert {"authzed.com/cluster": "spicedb"} not in labels and {"app": "keycloak", "app.kubernetes.io/instance": "keycloak"} not in labels
    worker = egress_pod_labels(policies(make_settings())["delegation-worker"])
    assert {"cnpg.io/cluster": "somaagent01-pg"} in worker, "the delegation worker stores to Postgres (delegation_store.py)"
    gateway = egress_pod_labels(policies(make_settings())["gateway"])
    assert {"authzed.com/cluster": "spicedb"} in gateway


def test_gateway_accepts_its_caller_and_the_ingress_controller():
    ingress_from = policies(make_settings())["gateway"]["ingress"][0]["from"]
    assert {
        "podSelector": {"matchLabels": {"app.kubernetes.io/name": "conversation-worker", "app.kubernetes.io/part-of": "somaagent01"}}
    } in ingress_from
    assert {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kong"}}} in ingress_from


def test_a_worker_accepts_only_the_scraper_and_a_portless_one_nothing():
    ingress = policies(make_settings())["memory-replicator"]["ingress"]
    assert ingress == [
        {
            "from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}],
            "ports": [{"port": 9403, "protocol": "TCP"}],
        }
    ]
    assert "ingress" not in policies(make_settings())["delegation-worker"]


def test_external_services_are_reached_on_their_url_ports():
    # https URLs: port 443, on a public address
    prod = policies(
        make_settings("PRODUCTION", external={"somabrain_url": "https://brain.example", "slm_base_url": "https://slm.example/v1"})
    )["conversation-worker"]
    external = [rule for rule in prod["egress"] if "ipBlock" in rule["to"][0]]
    assert {rule["ports"][0]["port"] for rule in external} == {443}
    assert all("10.0.0.0/8" in rule["to"][0]["ipBlock"]["except"] for rule in external)
    # the laptop's SomaBrain and SLM, on their own ports of a private address
    laptop = {"somabrain_url": "http://host.docker.internal:9696", "slm_base_url": "http://host.docker.internal:8090"}
    local = policies(make_settings("LOCAL", external=laptop))
    somabrain = {rule["ports"][0]["port"] for rule in local["conversation-worker"]["egress"] if "ipBlock" in rule["to"][0]}
    slm = {rule["ports"][0]["port"] for rule in local["gateway"]["egress"] if "ipBlock" in rule["to"][0]}
    assert (somabrain, slm) == ({9696}, {8090, 9696}), "LOCAL reaches the laptop's SomaBrain and (the gateway) SLM ports"


@pytest.mark.parametrize(("mode", "on"), [("DEVELOPMENT", False), ("TRAINING", True), ("PRODUCTION", True)])
def test_services_reach_vaults_servers_where_their_vault_client_is_on(mode, on):
    vault = {
        "podSelector": {"matchLabels": {"app.kubernetes.io/name": "vault", "app.kubernetes.io/instance": "vault", "component": "server"}},
        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "vault"}},
    }
    for name, spec in policies(make_settings(mode)).items():
        rules = [rule for rule in spec["egress"] if vault in rule["to"]]
        assert (rules == [{"to": [vault], "ports": [{"port": 8200, "protocol": "TCP"}]}]) is on, name


def _selects(selector, labels):
    """A label selector over a pod's (or a namespace's) labels, as the API defines it."""
    if selector is None:
        return True
    if any(labels.get(key) != value for key, value in selector.get("matchLabels", {}).items()):
        return False
    for expression in selector.get("matchExpressions", []):
        key, operator, values = expression["key"], expression["operator"], expression.get("values", [])
        held = {
            "In": key in labels and labels[key] in values,
            "NotIn": key not in labels or labels[key] not in values,
            "Exists": key in labels,
            "DoesNotExist": key not in labels,
        }[operator]
        if not held:
            return False
    return True


def _peer_admits(peer, policy_namespace, pod, namespace):
    if "ipBlock" in peer:
        return False  # pods of the cluster are reached by their selectors, not by addresses
    namespace_ok = (
        _selects(peer["namespaceSelector"], {"kubernetes.io/metadata.name": namespace})
        if "namespaceSelector" in peer
        else namespace == policy_namespace
    )
    return namespace_ok and _selects(peer.get("podSelector"), pod)


def _port_admits(ports, port):
    return not ports or any(entry.get("port") in (None, port) and entry.get("protocol", "TCP") == "TCP" for entry in ports)


def _allowed(policies, direction, pod, namespace, other, other_namespace, port):
    """Whether the NetworkPolicies selecting ``pod`` let it talk to ``other`` on ``port``
    (direction Egress: pod -> other; Ingress: other -> pod); None when none selects it."""
    selecting = [p for p in policies if direction in p["spec"].get("policyTypes", []) and _selects(p["spec"]["podSelector"], pod)]
    if not selecting:
        return None
    key, peers_key = ("egress", "to") if direction == "Egress" else ("ingress", "from")
    return any(
        _port_admits(rule.get("ports"), port)
        and (not rule.get(peers_key) or any(_peer_admits(peer, namespace, other, other_namespace) for peer in rule[peers_key]))
        for policy in selecting
        for rule in policy["spec"].get(key) or []
    )


@pytest.mark.parametrize("path", ["dev", "prod/us-east-1"])
def test_the_dependency_graph_holds_in_both_directions(environments, path):
    """Every flow the release's graph needs is let out by the caller's policies and in by the
    callee's (where a rendered policy selects it; an operator's own, Strimzi's, is not rendered);
    every in-cluster dependency outside a service's graph is refused by its egress."""
    from somaagent01_gitops.tiers.base import build_tiers
    from somaagent01_gitops.tiers.registry import TIERS

    target = next(target for target in shipped_targets(environments) if target.path == path)
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    objects = cdk8s.Testing.synth(chart)
    namespace = target.settings.namespace
    policies = [obj for obj in objects if obj["kind"] == "NetworkPolicy"]
    pods = {obj["metadata"]["name"]: obj["spec"]["template"]["metadata"]["labels"] for obj in objects if obj["kind"] == "Deployment"}
    peers = peer_pods()
    checked = 0
    for spec in target.settings.release.services:
        pod = pods[spec.name]
        for dependency, peer in sorted(peers.items(), key=lambda item: item[0].value):
            for port in peer.ports:
                out = _allowed(policies, "Egress", pod, namespace, peer.pod_labels, namespace, port)
                if dependency in spec.depends_on:
                    into = _allowed(policies, "Ingress", peer.pod_labels, namespace, pod, namespace, port)
                    assert out is True, f"{spec.name} cannot reach {dependency.value} on {port}"
                    assert into in (True, None), f"{dependency.value} does not admit {spec.name} on {port}"
                else:
                    assert out is False, f"{spec.name} reaches {dependency.value} on {port}, outside its graph"
                checked += 1
    assert checked > 50
