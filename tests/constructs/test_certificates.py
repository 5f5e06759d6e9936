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
