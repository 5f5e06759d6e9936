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
