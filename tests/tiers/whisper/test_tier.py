"""The Whisper tier's registration: CPU in LOCAL, the cluster's GPU pool and KEDA beyond, the
gateway's SA01_WHISPER_URL pointed at it, and only the release's callers let in."""

import cdk8s

from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.registry import TIERS
from somaagent01_gitops.tiers.whisper.tier import callers
from tests.conftest import shipped_targets


def built(environments, path):
    target = next(target for target in shipped_targets(environments) if target.path == path)
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    return target, {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def test_local_runs_one_cpu_server_and_no_keda(environments):
    _, objects = built(environments, "local")
    server = objects[("Deployment", "whisper")]["spec"]["template"]["spec"]["containers"][0]
    assert "nvidia.com/gpu" not in server["resources"]["limits"] and "main-cuda" not in server["image"]
    assert ("ScaledObject", "whisper") not in objects and ("PodMonitor", "whisper") not in objects


def test_beyond_local_the_servers_take_gpus_of_the_named_pool_and_keda_scales_them(environments):
    for path in ("dev", "qa", "training", "prod/us-east-1"):
        target, objects = built(environments, path)
        spec = objects[("Deployment", "whisper")]["spec"]["template"]["spec"]
        assert spec["nodeSelector"] == target.gpu_pool.node_labels, path
        assert int(spec["containers"][0]["resources"]["limits"]["nvidia.com/gpu"]) == target.settings.whisper.gpu.gpus
        assert "main-cuda" in spec["containers"][0]["image"]
        scaled = objects[("ScaledObject", "whisper")]["spec"]
        assert scaled["minReplicaCount"] == target.settings.whisper.autoscaling.min_replicas, path
        assert (scaled["minReplicaCount"] == 0) == (target.settings.mode == "DEVELOPMENT" and path == "dev")


def test_the_gateway_calls_the_servers_and_only_the_releases_callers_may(environments):
    target, objects = built(environments, "prod/eu-west-1")
    assert callers(target) == ["gateway"]
    port = objects[("Service", "whisper")]["spec"]["ports"][0]["port"]
    assert objects[("ConfigMap", "gateway-config")]["data"]["SA01_WHISPER_URL"] == f"http://whisper.soma-prod.svc:{port}"
    ingress = objects[("NetworkPolicy", "whisper")]["spec"]["ingress"][0]
    assert [peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"] for peer in ingress["from"]] == ["gateway"]
    egress = objects[("NetworkPolicy", "gateway")]["spec"]["egress"]
    assert {
        "ports": [{"port": 9001, "protocol": "TCP"}],
        "to": [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "whisper"}}}],
    } in egress
    for name in ("conversation-worker", "tool-executor"):
        assert "SA01_WHISPER_URL" not in objects[("ConfigMap", f"{name}-config")]["data"]
