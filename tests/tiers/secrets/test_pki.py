"""Each namespace's CA Issuer: a self-signed root outside PRODUCTION, Vault's key pair in it."""

import cdk8s

from somaagent01_gitops.tiers.secrets.pki import EnvironmentCa, EnvironmentCaProps


def render(from_vault):
    chart = cdk8s.Testing.chart()
    EnvironmentCa(chart, "ca", props=EnvironmentCaProps(environment="dev", from_vault=from_vault))
    return {(obj["kind"], obj["metadata"]["name"]): obj["spec"] for obj in cdk8s.Testing.synth(chart)}


def test_snapshot(snapshot):
    assert [render(False), render(True)] == snapshot


def test_outside_production_cert_manager_makes_a_self_signed_root_the_ca_issuer_signs_with():
    objects = render(False)
    assert objects[("Issuer", "soma-selfsigned")] == {"selfSigned": {}}
    root = objects[("Certificate", "soma-ca")]
    assert root["isCA"] is True and root["issuerRef"]["name"] == "soma-selfsigned" and root["secretName"] == "soma-ca"
    assert (root["duration"], root["renewBefore"]) == ("87600h", "8760h")
    assert objects[("Issuer", "soma-ca")] == {"ca": {"secretName": "soma-ca"}}


def test_in_production_the_ca_issuer_signs_with_the_key_pair_from_vault_and_nothing_is_made_here():
    assert render(True) == {("Issuer", "soma-ca"): {"ca": {"secretName": "soma-ca"}}}


def test_the_root_comes_before_the_issuer_that_signs_with_it_and_keeps_its_key_across_renewals():
    chart = cdk8s.Testing.chart()
    EnvironmentCa(chart, "ca", props=EnvironmentCaProps(environment="dev", from_vault=False))
    waves = {
        (obj["kind"], obj["metadata"]["name"]): obj["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"]
        for obj in cdk8s.Testing.synth(chart)
    }
    assert waves == {("Issuer", "soma-selfsigned"): "-2", ("Certificate", "soma-ca"): "-2", ("Issuer", "soma-ca"): "-1"}
    assert render(False)[("Certificate", "soma-ca")]["privateKey"]["rotationPolicy"] == "Never"


def test_the_vault_trust_anchor_is_a_cluster_ca_certificate_before_the_store_that_reads_it():
    from somaagent01_gitops.pki import Lifetime
    from somaagent01_gitops.tiers.secrets.pki import VaultTrust, VaultTrustProps

    chart = cdk8s.Testing.chart()
    VaultTrust(chart, "trust", props=VaultTrustProps(namespace="soma-dev", lifetime=Lifetime(duration="720h", renew_before="240h")))
    (certificate,) = cdk8s.Testing.synth(chart)
    spec = certificate["spec"]
    assert spec["issuerRef"] == {"name": "soma-cluster-ca", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    assert spec["secretName"] == certificate["metadata"]["name"] == "vault-trust"
    assert (spec["duration"], spec["renewBefore"]) == ("720h", "240h")
    assert "server auth" not in spec["usages"], "nothing serves with it"
    assert certificate["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "-2", "before the store (wave -1)"
