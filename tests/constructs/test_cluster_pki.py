"""Each cluster's own CA beyond LOCAL."""

import cdk8s

from somaagent01_gitops.constructs.cluster_pki import ClusterCa, ClusterCaProps
from somaagent01_gitops.pki import Lifetime


def render(**changes):
    chart = cdk8s.Testing.chart()
    ClusterCa(chart, "ca", props=ClusterCaProps(**{"cluster": "dev-shared", **changes}))
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def test_snapshot(snapshot):
    assert render() == snapshot


def test_the_root_lives_where_a_cluster_issuer_reads_it_and_keeps_its_key():
    objects = render()
    root = objects[("Certificate", "soma-cluster-ca")]
    assert root["metadata"]["namespace"] == "cert-manager", "cert-manager's cluster resource namespace"
    assert root["spec"]["isCA"] is True and root["spec"]["privateKey"]["rotationPolicy"] == "Never"
    assert root["spec"]["issuerRef"] == {"name": "soma-cluster-selfsigned", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    issuer = objects[("ClusterIssuer", "soma-cluster-ca")]
    assert issuer["spec"] == {"ca": {"secretName": root["spec"]["secretName"]}}
    assert "namespace" not in issuer["metadata"]


def test_the_issuer_comes_after_its_key_pair():
    waves = {name: int(obj["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"]) for (_, name), obj in render().items()}
    assert waves["soma-cluster-selfsigned"] < waves["soma-cluster-ca"]


def test_its_lifetime_is_a_prop():
    spec = render(lifetime=Lifetime(duration="43800h", renew_before="4380h"))[("Certificate", "soma-cluster-ca")]["spec"]
    assert (spec["duration"], spec["renewBefore"]) == ("43800h", "4380h")
