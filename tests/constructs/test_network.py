"""Network policy pieces the data tiers share."""

import cdk8s
from cdk8s_plus_27 import k8s

from somaagent01_gitops.constructs.network import dns_egress, namespace, pods, tcp


def test_a_policy_built_from_them_renders_as_kubernetes_expects():
    chart = cdk8s.Testing.chart()
    k8s.KubeNetworkPolicy(
        chart,
        "policy",
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels={"app": "db"}),
            ingress=[k8s.NetworkPolicyIngressRule(from_=[pods({"app": "web"}), namespace("monitoring")], ports=[tcp(5432)])],
            egress=[dns_egress()],
        ),
    )
    (policy,) = cdk8s.Testing.synth(chart)
    spec = policy["spec"]
    assert spec["ingress"] == [
        {
            "from": [
                {"podSelector": {"matchLabels": {"app": "web"}}},
                {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}},
            ],
            "ports": [{"port": 5432, "protocol": "TCP"}],
        }
    ]
    (dns,) = spec["egress"]
    assert dns["to"] == [
        {
            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
            "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
        }
    ]
    assert dns["ports"] == [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]


def test_a_network_policy_denies_by_default_what_its_rules_do_not_name():
    import cdk8s

    from somaagent01_gitops.constructs.network import dns_egress, network_policy

    chart = cdk8s.Testing.chart()
    network_policy(chart, "both", name="x", selector={"app.kubernetes.io/name": "x"}, egress=[dns_egress()])
    network_policy(chart, "out", name="y", selector={"a": "b"}, egress=[], types=("Egress",))
    both, out = cdk8s.Testing.synth(chart)
    assert both["spec"]["policyTypes"] == ["Ingress", "Egress"] and "ingress" not in both["spec"], "nothing may reach it"
    assert both["metadata"]["labels"]["app.kubernetes.io/component"] == "network"
    assert out["spec"] == {"podSelector": {"matchLabels": {"a": "b"}}, "policyTypes": ["Egress"], "egress": []}


def test_the_namespace_default_deny_selects_every_pod_and_allows_nothing():
    from somaagent01_gitops.constructs.network import NamespaceDefaultDeny

    chart = cdk8s.Testing.chart()
    NamespaceDefaultDeny(chart, "deny")
    (policy,) = cdk8s.Testing.synth(chart)
    assert policy["metadata"]["name"] == "default-deny"
    assert policy["spec"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}


def test_outside_destinations_are_let_out_by_address_or_by_name():
    from somaagent01_gitops.constructs.idioms import PRIVATE_RANGES
    from somaagent01_gitops.constructs.network import Outside, object_storage, outside_egress

    chart = cdk8s.Testing.chart()
    by_address = outside_egress(chart, name="x", selector={"app": "x"}, outside=[Outside(names=("api.example",), ports=(8443,))])
    assert cdk8s.Testing.synth(chart) == [], "by address: a NetworkPolicy rule, no object of its own"
    (rule,) = by_address
    assert rule.ports[0].port.value == 8443 and list(rule.to[0].ip_block.except_) == list(PRIVATE_RANGES)

    chart = cdk8s.Testing.chart()
    rules = outside_egress(chart, name="x", selector={"app": "x"}, outside=[object_storage("eu-west-1", by_name=True)])
    assert rules == [], "by name: nothing by address"
    (policy,) = cdk8s.Testing.synth(chart)
    assert policy["kind"] == "CiliumNetworkPolicy" and policy["metadata"]["name"] == "x-fqdn"
    assert policy["spec"]["endpointSelector"] == {"matchLabels": {"app": "x"}}
    dns, storage = policy["spec"]["egress"]
    assert dns["toPorts"][0]["rules"] == {"dns": [{"matchPattern": "*"}]}, "Cilium learns the addresses from the pods' DNS answers"
    assert storage["toFQDNs"] == [
        {"matchName": "s3.eu-west-1.amazonaws.com"},
        {"matchPattern": "*.s3.eu-west-1.amazonaws.com"},
        {"matchName": "sts.eu-west-1.amazonaws.com"},
        # a client without a region (barman-cloud's) calls the global endpoints
        {"matchName": "s3.amazonaws.com"},
        {"matchPattern": "*.s3.amazonaws.com"},
        {"matchName": "sts.amazonaws.com"},
    ]
    assert storage["toPorts"] == [{"ports": [{"port": "443", "protocol": "TCP"}]}]


def test_a_private_destination_admits_every_address_and_a_nameless_one_is_refused():
    import pytest

    from somaagent01_gitops.constructs.network import Outside, outside_egress

    (rule,) = outside_egress(cdk8s.Testing.chart(), name="x", selector={}, outside=[Outside(names=("host.docker.internal",), private=True)])
    assert rule.to[0].ip_block.cidr == "0.0.0.0/0" and rule.to[0].ip_block.except_ is None
    with pytest.raises(ValueError, match="at least one host"):
        Outside(names=())


def test_the_api_server_is_reached_by_address_or_by_cilium_s_entity():
    from somaagent01_gitops.constructs.network import API_SERVER_PORTS, api_server

    chart = cdk8s.Testing.chart()
    (rule,) = api_server(chart, name="x", selector={"app": "x"}, by_entity=False)
    assert [port.port.value for port in rule.ports] == list(API_SERVER_PORTS) and cdk8s.Testing.synth(chart) == []
    chart = cdk8s.Testing.chart()
    assert api_server(chart, name="x", selector={"app": "x"}, by_entity=True) == []
    (policy,) = cdk8s.Testing.synth(chart)
    assert policy["metadata"]["name"] == "x-api-server"
    assert policy["spec"]["egress"] == [
        {
            "toEntities": ["kube-apiserver"],
            "toPorts": [{"ports": [{"port": "443", "protocol": "TCP"}, {"port": "6443", "protocol": "TCP"}]}],
        }
    ]
