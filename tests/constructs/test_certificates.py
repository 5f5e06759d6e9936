"""A server certificate from the environment's CA."""

import cdk8s

from somaagent01_gitops.constructs.certificates import ServerCertificate, ServerCertificateProps
from somaagent01_gitops.pki import Lifetime


def render(**changes):
    chart = cdk8s.Testing.chart()
    props = {"name": "db-server-tls", "dns_names": ["db-rw", "db-rw.ns.svc"], "component": "postgres", **changes}
    ServerCertificate(chart, "certificate", props=ServerCertificateProps(**props))
    (certificate,) = cdk8s.Testing.synth(chart)
    return certificate


def test_snapshot(snapshot):
    assert render(secret_labels={"cnpg.io/reload": ""}) == snapshot


def test_it_is_a_server_certificate_of_the_namespaces_ca_with_a_fresh_key_each_renewal():
    spec = render()["spec"]
    assert spec["issuerRef"] == {"name": "soma-ca", "kind": "Issuer", "group": "cert-manager.io"}
    assert spec["usages"] == ["server auth", "digital signature"]
    assert spec["privateKey"] == {"algorithm": "ECDSA", "size": 256, "rotationPolicy": "Always"}
    assert (spec["duration"], spec["renewBefore"], spec["secretName"]) == ("2160h", "720h", "db-server-tls")
    assert "secretTemplate" not in spec


def test_its_lifetime_is_a_prop():
    spec = render(lifetime=Lifetime(duration="720h", renew_before="240h"))["spec"]
    assert (spec["duration"], spec["renewBefore"]) == ("720h", "240h")


def test_a_root_is_a_ca_that_keeps_its_key_signed_by_its_self_signed_issuer():
    from somaagent01_gitops.constructs.certificates import RootCertificate, RootCertificateProps

    chart = cdk8s.Testing.chart()
    props = RootCertificateProps(name="x-ca", common_name="X CA", self_signed_issuer="x-self", issuer_kind="ClusterIssuer", namespace="pki")
    RootCertificate(chart, "root", props=props)
    (root,) = cdk8s.Testing.synth(chart)
    assert root["metadata"]["namespace"] == "pki"
    spec = root["spec"]
    assert spec["isCA"] is True and spec["secretName"] == "x-ca" and spec["commonName"] == "X CA"
    assert spec["issuerRef"] == {"name": "x-self", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    assert spec["privateKey"]["rotationPolicy"] == "Never"
    assert (spec["duration"], spec["renewBefore"]) == ("87600h", "8760h"), "ten years, a year ahead by default"


def test_a_server_that_presents_it_to_its_peers_gets_client_auth_too():
    assert render(client_auth=True)["spec"]["usages"] == ["server auth", "digital signature", "client auth"]
