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
