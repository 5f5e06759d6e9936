"""OPA's configuration, Deployment, Service, disruption budget, network policy and PodMonitor."""

import cdk8s
import pytest
import yaml

from somaagent01_gitops.settings.types import Resources
from somaagent01_gitops.tiers.opa.constructs import OpaServer, OpaServerProps, bundle_egress_port

BASE = {
    "image": "openpolicyagent/opa:0.64.0",
    "replicas": 1,
    "resources": Resources(),
    "bundle_url": "http://host.docker.internal:8000/somaagent01/r1/policy-bundle.tar.gz",
    "polling_seconds": (60, 120),
    "ready_needs_bundle": False,
    "clients": ("gateway", "tool-executor"),
    "decision_labels": {"environment": "soma-x", "mode": "LOCAL"},
    "bundle_private": True,
}
PROD = {
    **BASE,
    "replicas": 3,
    "bundle_url": "https://artifacts.example/somaagent01/r1/policy-bundle.tar.gz",
    "ready_needs_bundle": True,
    "decision_labels": {"environment": "soma-prod", "mode": "PRODUCTION", "region": "us-east-1"},
    "bundle_private": False,
    "zone_spread": True,
    "monitoring": True,
}


def render(**props):
    chart = cdk8s.Testing.chart()
    OpaServer(chart, "opa", props=OpaServerProps(**props))
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def container(objects):
    return objects[("Deployment", "opa")]["spec"]["template"]["spec"]["containers"][0]


@pytest.mark.parametrize("props", [BASE, PROD], ids=["local", "prod"])
def test_snapshot(props, snapshot):
    assert render(**props) == snapshot


def test_the_config_loads_the_releases_bundle_and_logs_every_decision():
    config = yaml.safe_load(render(**PROD)[("ConfigMap", "opa-config")]["data"]["config.yaml"])
    assert config["services"] == {"release": {"url": "https://artifacts.example"}}
    assert config["bundles"]["soma"] == {
        "service": "release",
        "resource": "/somaagent01/r1/policy-bundle.tar.gz",
        "polling": {"min_delay_seconds": 60, "max_delay_seconds": 120},
    }
    assert config["decision_logs"] == {"console": True}
    assert config["labels"]["region"] == "us-east-1"


def test_a_changed_config_rolls_the_servers():
    one = render(**PROD)[("Deployment", "opa")]["spec"]["template"]["metadata"]["annotations"]["checksum/config"]
    other = render(**{**PROD, "polling_seconds": (30, 60)})[("Deployment", "opa")]["spec"]["template"]["metadata"]["annotations"]
    assert other["checksum/config"] != one


def test_readiness_waits_for_the_bundle_only_where_the_posture_says():
    assert container(render(**PROD))["readinessProbe"]["httpGet"]["path"] == "/health?bundles"
    assert container(render(**BASE))["readinessProbe"]["httpGet"]["path"] == "/health"
    assert container(render(**PROD))["livenessProbe"]["httpGet"] == {"path": "/health", "port": 8282, "scheme": "HTTP"}


def test_only_the_policy_clients_reach_the_api_and_prometheus_the_diagnostics():
    objects = render(**PROD)
    policy = objects[("NetworkPolicy", "opa")]["spec"]
    api, diagnostics = policy["ingress"]
    assert [peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"] for peer in api["from"]] == ["gateway", "tool-executor"]
    assert api["ports"] == [{"port": 8181, "protocol": "TCP"}] and diagnostics["ports"] == [{"port": 8282, "protocol": "TCP"}]
    bundle = policy["egress"][1]
    assert bundle["ports"] == [{"port": 443, "protocol": "TCP"}] and bundle["to"][0]["ipBlock"]["except"]
    assert "except" not in render(**BASE)[("NetworkPolicy", "opa")]["spec"]["egress"][1]["to"][0]["ipBlock"], "LOCAL's laptop"
    assert ("PodDisruptionBudget", "opa") in objects and ("PodMonitor", "opa") in objects
    assert ("PodDisruptionBudget", "opa") not in render(**BASE)


def test_the_bundle_port_comes_from_its_url():
    assert bundle_egress_port("https://a.example/b") == 443
    assert bundle_egress_port("http://a.example/b") == 80
    assert bundle_egress_port("http://a.example:8000/b") == 8000


def test_a_pinned_image_is_pulled_if_not_present():
    import cdk8s

    pinned = "openpolicyagent/opa:0.64.0@sha256:" + "2" * 64
    chart = cdk8s.Testing.chart()
    OpaServer(chart, "opa", props=OpaServerProps(**{**BASE, "image": pinned}))
    (deployment,) = [obj for obj in cdk8s.Testing.synth(chart) if obj["kind"] == "Deployment"]
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    assert (container["image"], container["imagePullPolicy"]) == (pinned, "IfNotPresent")
