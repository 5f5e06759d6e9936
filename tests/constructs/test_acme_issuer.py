"""The cluster's ACME ClusterIssuer."""

import cdk8s

from somaagent01_gitops.constructs.acme_issuer import AcmeIssuer, AcmeIssuerProps


def render():
    chart = cdk8s.Testing.chart()
    AcmeIssuer(
        chart,
        "acme",
        props=AcmeIssuerProps(
            email="platform@example.com",
            server="https://acme-v02.api.letsencrypt.org/directory",
            hosted_zone_id="Z0123456789ABC",
            region="us-east-1",
        ),
    )
    return cdk8s.Testing.synth(chart)


def test_snapshot(snapshot):
    assert render() == snapshot


def test_it_proves_names_in_route53_with_no_credentials_of_its_own():
    (issuer,) = render()
    acme = issuer["spec"]["acme"]
    assert issuer["kind"] == "ClusterIssuer" and issuer["metadata"]["name"] == "soma-public-acme"
    assert acme["solvers"] == [{"dns01": {"route53": {"region": "us-east-1", "hostedZoneID": "Z0123456789ABC"}}}]
    assert "accessKeyIDSecretRef" not in str(acme) and "secretAccessKeySecretRef" not in str(acme)
    assert acme["privateKeySecretRef"] == {"name": "soma-public-acme-account"}
