"""The OPA tier's registration: every environment, the release's bundle, the posture's readiness,
and the app's policy clients pointed at it."""

import cdk8s
import yaml

from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.registry import TIERS
from tests.conftest import shipped_targets


def built(environments, path):
    target = next(target for target in shipped_targets(environments) if target.path == path)
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    return target, {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def test_every_environment_serves_the_selected_releases_bundle(environments):
    for path in ("local", "dev", "training", "prod/eu-west-1"):
        target, objects = built(environments, path)
        config = yaml.safe_load(objects[("ConfigMap", "opa-config")]["data"]["config.yaml"])
        assert f"/{target.settings.app_release}/" in config["bundles"]["soma"]["resource"], path
        assert config["labels"]["mode"] == target.settings.mode


def test_the_apps_policy_clients_call_it_at_the_packages_decision(environments):
    target, objects = built(environments, "prod/us-east-1")
    callers = objects[("NetworkPolicy", "opa")]["spec"]["ingress"][0]["from"]
    names = sorted(peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"] for peer in callers)
    from somaagent01_gitops.catalog import Dependency

    assert names == sorted(spec.name for spec in target.settings.release.services if Dependency.OPA in spec.depends_on)
    for name in names:
        config = objects[("ConfigMap", f"{name}-config")]["data"]
        assert config["SA01_POLICY_URL"] == "http://opa.soma-prod.svc:8181"
        assert config["SA01_POLICY_DATA_PATH"] == "/v1/data/soma/policy/allow"


def test_production_runs_three_servers_over_zones_ready_only_with_the_bundle(environments):
    _, objects = built(environments, "prod/us-east-1")
    spec = objects[("Deployment", "opa")]["spec"]
    assert spec["replicas"] == 3
    assert spec["template"]["spec"]["topologySpreadConstraints"][0]["topologyKey"] == "topology.kubernetes.io/zone"
    assert spec["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"]["path"] == "/health?bundles"
    _, local = built(environments, "local")
    assert local[("Deployment", "opa")]["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"]["path"] == "/health"
    assert ("PodMonitor", "opa") not in local, "LOCAL runs no Prometheus Operator"
