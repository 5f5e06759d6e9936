"""The edge tier: where it applies, what each mode's edge renders, the JWT credential it
reads from Vault, and that the edge is the only way in to the gateway."""

import cdk8s
import pytest

from somaagent01_gitops.catalog import INGRESS_NAMESPACE, MONITORING_NAMESPACE
from somaagent01_gitops.targets import Target
from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.edge.tier import JWT_CREDENTIAL, EdgeUnit
from somaagent01_gitops.tiers.registry import TIERS

from ...conftest import gpu_pool, make_settings


def target(mode):
    settings = make_settings(mode)
    region = "us-east-1" if mode == "PRODUCTION" else None
    return Target(environment=mode.lower(), settings=settings, region_name=region, gpu_pool=gpu_pool() if settings.whisper.gpu else None)


def rendered(mode):
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target(mode), TIERS)
    return cdk8s.Testing.synth(chart)


def edge_objects(objects):
    return {
        (obj["kind"], obj["metadata"]["name"])
        for obj in objects
        if obj["metadata"].get("labels", {}).get("app.kubernetes.io/component") == "edge"
    }


def test_local_has_no_edge():
    assert not EdgeUnit().applies(target("LOCAL"))
    assert edge_objects(rendered("LOCAL")) == set()


def test_production_renders_tls_jwt_rate_limit_and_waf_and_development_tls_only():
    prod, dev = edge_objects(rendered("PRODUCTION")), edge_objects(rendered("DEVELOPMENT"))
    common = {("Gateway", "edge"), ("Certificate", "edge-tls"), ("HTTPRoute", "app-bearer"), ("HTTPRoute", "identity")}
    assert common <= prod and common <= dev
    guards = {
        ("KongPlugin", "edge-jwt"),
        ("KongConsumer", "edge-keycloak-realm"),
        ("KongPlugin", "edge-rate-limit"),
        ("KongPlugin", "edge-body-limit"),
        ("KongPlugin", "edge-bots"),
    }
    assert guards <= prod
    assert not guards & dev, "development terminates TLS and nothing more"


@pytest.mark.parametrize(
    ("mode", "issuer"), [("DEVELOPMENT", ("Issuer", "soma-ca")), ("PRODUCTION", ("ClusterIssuer", "soma-public-acme"))]
)
def test_the_certificate_comes_from_the_modes_issuer(mode, issuer):
    (certificate,) = [obj for obj in rendered(mode) if obj["kind"] == "Certificate" and obj["metadata"]["name"] == "edge-tls"]
    assert (certificate["spec"]["issuerRef"]["kind"], certificate["spec"]["issuerRef"]["name"]) == issuer


def test_the_jwt_credential_is_read_from_vault_where_tokens_are_checked():
    assert EdgeUnit().vault_secrets(target("DEVELOPMENT")) == ()
    (secret,) = EdgeUnit().vault_secrets(target("PRODUCTION"))
    assert secret.name == JWT_CREDENTIAL and secret.labels == {"konghq.com/credential": "jwt"}
    assert secret.literals == {"key": "https://auth.example/realms/somaagent", "algorithm": "RS256"}
    assert set(secret.keys) - set(secret.literals) == {"rsa_public_key"}


@pytest.mark.parametrize("mode", ["DEVELOPMENT", "PRODUCTION"])
def test_the_gateway_is_reachable_from_outside_its_namespace_only_through_the_edge(mode):
    objects = rendered(mode)
    (policy,) = [obj for obj in objects if obj["kind"] == "NetworkPolicy" and obj["metadata"]["name"] == "gateway"]
    outside = {
        peer["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"]
        for rule in policy["spec"]["ingress"]
        for peer in rule["from"]
        if "namespaceSelector" in peer
    }
    assert outside == {INGRESS_NAMESPACE, MONITORING_NAMESPACE}
    assert not any("ipBlock" in peer for rule in policy["spec"]["ingress"] for peer in rule["from"])
    services = [obj for obj in objects if obj["kind"] == "Service" and obj["metadata"]["name"] == "gateway"]
    assert services and all(service["spec"].get("type", "ClusterIP") == "ClusterIP" for service in services)
    routes = [obj for obj in objects if obj["kind"] == "HTTPRoute"]
    backends = {ref["name"] for route in routes for rule in route["spec"]["rules"] for ref in rule.get("backendRefs", [])}
    assert "gateway" in backends
