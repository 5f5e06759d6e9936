"""Whisper's queue (Envoy), Deployment, Service, disruption budget, network policy, PodMonitor
and ScaledObject."""

import subprocess

import cdk8s
import promql_parser
import pytest
import yaml

from somaagent01_gitops.settings.model import GpuTaint
from somaagent01_gitops.settings.types import Resources
from somaagent01_gitops.tiers.whisper.constructs import (
    GpuPlacement,
    WhisperServers,
    WhisperServersProps,
    envoy_config,
    queue_query,
)
from somaagent01_gitops.tiers.whisper.settings import MODELS, WhisperAutoscaling
from tests.conftest import promtool_expect

LOCAL = {
    "namespace": "soma-x",
    "image": "ghcr.io/ggml-org/whisper.cpp:main-abc",
    "envoy_image": "envoyproxy/envoy:distroless-v1.36.6",
    "model": "base.en",
    "port": 9001,
    "threads": 4,
    "queue_limit": 16,
    "resources": Resources(),
    "clients": ("gateway",),
    "prometheus_url": "http://prometheus.monitoring.svc:9090",
}
PROD = {
    **LOCAL,
    "namespace": "soma-prod",
    "image": "ghcr.io/ggml-org/whisper.cpp:main-cuda-abc",
    "model": "large-v3-turbo",
    "port": 9100,
    "gpu": GpuPlacement(gpus=1, node_labels={"pool": "gpu"}, taints=(GpuTaint(key="nvidia.com/gpu"),)),
    "autoscaling": WhisperAutoscaling(min_replicas=2, max_replicas=8, queue_per_replica=3),
    "download_by_name": False,
    "zone_spread": True,
    "monitoring": True,
}
DEV = {
    **PROD,
    "zone_spread": False,
    "autoscaling": WhisperAutoscaling(
        min_replicas=0, max_replicas=2, working_hours={"start": "0 7 * * 1-5", "end": "0 20 * * 1-5", "timezone": "Europe/Berlin"}
    ),
}


def render(**props):
    chart = cdk8s.Testing.chart()
    WhisperServers(chart, "whisper", props=WhisperServersProps(**props))
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def pod(objects):
    return objects[("Deployment", "whisper")]["spec"]["template"]["spec"]


def containers(objects):
    """Every container of the pod by name: the server, and the init containers (the download,
    the Envoy sidecar)."""
    spec = pod(objects)
    return {container["name"]: container for container in [*spec["containers"], *spec.get("initContainers", [])]}


@pytest.mark.parametrize("props", [LOCAL, PROD, DEV], ids=["local", "prod", "dev"])
def test_snapshot(props, snapshot):
    assert render(**props) == snapshot


def test_the_queue_lets_one_request_through_at_a_time_and_holds_at_most_the_limit():
    config = yaml.safe_load(envoy_config(WhisperServersProps(**{**LOCAL, "queue_limit": 5})))
    assert config["admin"]["address"]["socket_address"] == {"address": "127.0.0.1", "port_value": 9901}
    queue, probes = config["static_resources"]["listeners"]
    assert queue["address"]["socket_address"] == {"address": "0.0.0.0", "port_value": 9001}
    manager = queue["filter_chains"][0]["filters"][0]["typed_config"]
    health, transcribe, rest = manager["route_config"]["virtual_hosts"][0]["routes"]
    assert health == {"match": {"path": "/health"}, "route": {"cluster": "whisper-health", "timeout": "5s"}}, "never queued"
    assert transcribe["match"] == {"path": "/inference"}
    assert transcribe["route"] == {"cluster": "whisper", "timeout": "55s", "max_stream_duration": {"max_stream_duration": "55s"}}
    assert rest == {"match": {"prefix": "/"}, "direct_response": {"status": 404}}, "POST /load and the rest stay inside"
    clusters = {cluster["name"]: cluster for cluster in config["static_resources"]["clusters"]}
    (limits,) = clusters["whisper"]["circuit_breakers"]["thresholds"]
    assert limits == {"max_connections": 1, "max_requests": 1, "max_pending_requests": 5, "max_retries": 0}
    server = clusters["whisper"]["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]["address"]["socket_address"]
    assert server == {"address": "127.0.0.1", "port_value": 8080}
    for cluster in clusters.values():
        options = cluster["typed_extension_protocol_options"]["envoy.extensions.upstreams.http.v3.HttpProtocolOptions"]
        assert options["common_http_protocol_options"] == {"idle_timeout": "4s"}, "closed before cpp-httplib's 5 s keep-alive"
    probe_routes = probes["filter_chains"][0]["filters"][0]["typed_config"]["route_config"]["virtual_hosts"][0]["routes"]
    assert {route["match"]["path"]: route["route"]["cluster"] for route in probe_routes} == {
        "/health": "whisper-health",
        "/stats/prometheus": "admin",
    }
    assert "circuit_breakers" not in clusters["whisper-health"], "health checks never wait behind transcriptions"


def test_envoy_is_a_native_sidecar_with_one_worker_started_after_the_download():
    objects = render(**PROD)
    spec = pod(objects)
    assert [c["name"] for c in spec["initContainers"]] == ["model-download", "queue"]
    assert [c["name"] for c in spec["containers"]] == ["whisper"]
    queue = containers(objects)["queue"]
    assert queue["restartPolicy"] == "Always" and "restartPolicy" not in containers(objects)["model-download"]
    assert queue["args"][queue["args"].index("--concurrency") + 1] == "1", "each worker would open a connection of its own"
    assert [c["name"] for c in pod(render(**LOCAL))["initContainers"]] == ["queue"]


def test_the_server_listens_on_the_loopback_and_is_probed_there_and_past_the_queue():
    objects = render(**LOCAL)
    server = containers(objects)["whisper"]
    (command,) = server["args"]
    assert command.startswith("exec whisper-server --host 127.0.0.1 --port 8080 --model /app/models/ggml-base.en.bin --threads 4")
    assert "--convert --tmp-dir /tmp" in command
    own = ["curl", "-fsS", "--max-time", "2", "http://127.0.0.1:8080/health"]
    assert server["startupProbe"]["exec"]["command"] == server["livenessProbe"]["exec"]["command"] == own
    assert server["startupProbe"]["failureThreshold"] * server["startupProbe"]["periodSeconds"] >= 600
    assert server["readinessProbe"]["httpGet"] == {"path": "/health", "port": 9902, "scheme": "HTTP"}
    assert objects[("Service", "whisper")]["spec"]["ports"] == [{"name": "http", "port": 9001, "targetPort": 9001, "protocol": "TCP"}], (
        "by number: a sidecar's named port is not found before 1.32"
    )
    assert render(**PROD)[("Service", "whisper")]["spec"]["ports"][0]["port"] == 9100


STATS = """cluster.admin.upstream_rq_active: 1
cluster.whisper.upstream_cx_active: 1
cluster.whisper.upstream_rq_active: {active}
cluster.whisper.upstream_rq_pending_active: {pending}
cluster.whisper.upstream_rq_pending_total: 40
cluster.whisper-health.upstream_rq_active: 3
cluster.whisper-health.upstream_rq_pending_active: 2
http.queue.downstream_rq_active: 9
"""
"""Envoy's /stats as it prints them (name: value), busy elsewhere too: the hook must count only
the queue's cluster."""


def _drain(tmp_path, queued_per_call):
    """The server's pre-stop hook run by bash, with a stand-in curl that serves the stats
    above filtered by the hook's own ``filter`` (as Envoy's admin does, a regular expression)
    and a no-op sleep: how many times it asked."""
    tmp_path.mkdir()
    calls, answers = tmp_path / "calls", tmp_path / "answers"
    answers.write_text("\n".join(str(n) for n in queued_per_call))
    fake = tmp_path / "bin"
    fake.mkdir()
    stats = STATS.replace("{active}", "$active").replace("{pending}", "$pending")
    (fake / "curl").write_text(
        "#!/bin/bash\n"
        f'echo "$@" >> {calls}\n'
        f'n=$(sed -n "$(wc -l < {calls})p" {answers}); n=${{n:-0}}\n'
        "active=$((n > 0 ? 1 : 0)); pending=$((n > 0 ? n - 1 : 0))\n"
        'url="${@: -1}"; filter="${url#*filter=}"\n'
        # Envoy matches the filter against each stat's name, not the printed line
        f'printf "%s" "{stats}" | re="$filter" awk -F": " \'$1 ~ ENVIRON["re"]\'\n'
    )
    (fake / "sleep").write_text("#!/bin/bash\n")
    for tool in ("curl", "sleep"):
        (fake / tool).chmod(0o755)
    command = containers(render(**LOCAL))["whisper"]["lifecycle"]["preStop"]["exec"]["command"]
    assert command[:2] == ["bash", "-c"]
    subprocess.run(command, env={"PATH": f"{fake}:/usr/bin:/bin"}, check=True, timeout=30)
    return len(calls.read_text().splitlines())


def test_a_stopping_server_serves_its_queue_out_first_within_the_grace_period(tmp_path):
    assert _drain(tmp_path / "idle", [0]) == 1
    assert _drain(tmp_path / "busy", [3, 2, 1, 0]) == 4
    assert _drain(tmp_path / "stuck", [5] * 100) == 55, "at most 55 s, within the 70 s grace period"
    assert pod(render(**LOCAL))["terminationGracePeriodSeconds"] == 70


def test_every_container_runs_restricted_as_envoys_user():
    spec = pod(render(**PROD))
    assert spec["securityContext"]["runAsUser"] == 65532 and spec["securityContext"]["runAsNonRoot"] is True
    for container in [*spec["containers"], *spec["initContainers"]]:
        context = container["securityContext"]
        assert context["runAsUser"] == 65532 and context["readOnlyRootFilesystem"] is True, container["name"]
        assert context["capabilities"] == {"drop": ["ALL"]} and context["allowPrivilegeEscalation"] is False


def test_gpus_are_requested_and_limited_on_the_pools_nodes():
    objects = render(**PROD)
    server = containers(objects)["whisper"]
    assert {e["name"]: e["value"] for e in server["env"]} == {"LD_LIBRARY_PATH": "/usr/local/cuda/lib64", "CUDA_CACHE_PATH": "/tmp/.nv"}
    assert containers(objects)["model-download"]["env"] == [{"name": "NVIDIA_VISIBLE_DEVICES", "value": "void"}]
    resources = server["resources"]
    assert resources["requests"]["nvidia.com/gpu"] == resources["limits"]["nvidia.com/gpu"] == "1"
    assert pod(objects)["nodeSelector"] == {"pool": "gpu"}
    assert pod(objects)["tolerations"] == [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
    local = render(**LOCAL)
    assert "nvidia.com/gpu" not in containers(local)["whisper"]["resources"]["limits"]
    assert "nodeSelector" not in pod(local) and "tolerations" not in pod(local)


def test_a_downloaded_model_is_checked_against_its_checksum_and_only_then_goes_out():
    objects = render(**PROD)
    (command,) = containers(objects)["model-download"]["args"]
    sha1 = MODELS["large-v3-turbo"].sha1
    assert command == (
        f"(/app/models/download-ggml-model.sh large-v3-turbo /models && echo '{sha1}  /models/ggml-large-v3-turbo.bin' | sha1sum -c -)"
        " || { rm -f /models/ggml-large-v3-turbo.bin; exit 1; }"
    ), "a bad file is removed: the script skips a file that exists"
    volumes = {volume["name"]: volume for volume in pod(objects)["volumes"]}
    assert volumes["models"]["emptyDir"]["sizeLimit"] == f"{MODELS['large-v3-turbo'].mebibytes + 128}Mi"
    egress = objects[("NetworkPolicy", "whisper")]["spec"]["egress"]
    assert egress[1]["ports"] == [{"port": 443, "protocol": "TCP"}]
    local = render(**LOCAL)
    assert "model-download" not in containers(local) and len(local[("NetworkPolicy", "whisper")]["spec"]["egress"]) == 1, "DNS only"
    by_name = render(**{**PROD, "download_by_name": True})
    names = [
        rule.get("matchName") or rule.get("matchPattern")
        for rule in by_name[("CiliumNetworkPolicy", "whisper-fqdn")]["spec"]["egress"][1]["toFQDNs"]
    ]
    assert names == ["huggingface.co", "*.huggingface.co", "*.hf.co", "*.xethub.hf.co"]


def test_only_the_callers_reach_the_queue_and_prometheus_the_probe_listener():
    policy = render(**PROD)[("NetworkPolicy", "whisper")]["spec"]
    callers, monitoring = policy["ingress"]
    assert callers == {
        "from": [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "gateway"}}}],
        "ports": [{"port": 9001, "protocol": "TCP"}],
    }
    assert monitoring["ports"] == [{"port": 9902, "protocol": "TCP"}]


def test_keda_scales_on_the_queue_query_which_parses():
    scaled = render(**PROD)[("ScaledObject", "whisper")]["spec"]
    assert (scaled["minReplicaCount"], scaled["maxReplicaCount"]) == (2, 8)
    (queue,) = scaled["triggers"]
    assert queue["type"] == "prometheus" and queue["metricType"] == "AverageValue"
    assert queue["metadata"] == {
        "serverAddress": "http://prometheus.monitoring.svc:9090",
        "query": queue_query("soma-prod"),
        "threshold": "3",
    }
    expression = promql_parser.parse(queue["metadata"]["query"])
    selectors = [expression.lhs.expr, expression.rhs.expr]
    assert [selector.name for selector in selectors] == ["envoy_cluster_upstream_rq_active", "envoy_cluster_upstream_rq_pending_active"]
    assert all(
        'namespace="soma-prod"' in str(selector.matchers) and 'envoy_cluster_name="whisper"' in str(selector.matchers)
        for selector in selectors
    )
    assert "replicas" not in render(**PROD)[("Deployment", "whisper")]["spec"], "KEDA owns the count"
    assert render(**LOCAL)[("Deployment", "whisper")]["spec"]["replicas"] == 1


def test_zero_servers_only_outside_working_hours_which_a_cron_trigger_holds():
    scaled = render(**DEV)[("ScaledObject", "whisper")]["spec"]
    assert scaled["minReplicaCount"] == 0
    cron = scaled["triggers"][1]
    assert cron == {
        "type": "cron",
        "name": "working-hours",
        "metadata": {"timezone": "Europe/Berlin", "start": "0 7 * * 1-5", "end": "0 20 * * 1-5", "desiredReplicas": "1"},
    }
    assert len(render(**PROD)[("ScaledObject", "whisper")]["spec"]["triggers"]) == 1


def test_a_drain_never_takes_every_server_where_two_are_kept():
    prod = render(**PROD)
    assert prod[("PodDisruptionBudget", "whisper")]["spec"]["maxUnavailable"] == 1
    keys = {constraint["topologyKey"] for constraint in pod(prod)["topologySpreadConstraints"]}
    assert keys == {"topology.kubernetes.io/zone", "kubernetes.io/hostname"}
    assert ("PodDisruptionBudget", "whisper") not in render(**DEV), "zero at night: no budget to block a drain"


def test_a_changed_queue_rolls_the_servers():
    def checksum(**props):
        return render(**props)[("Deployment", "whisper")]["spec"]["template"]["metadata"]["annotations"]["checksum/config"]

    assert checksum(**LOCAL) != checksum(**{**LOCAL, "queue_limit": 4})


def test_the_queue_is_every_server_envoys_active_and_waiting_requests_of_the_namespace(tmp_path):
    series = {
        # two servers: one transcribing with two waiting, one transcribing with none
        'envoy_cluster_upstream_rq_active{namespace="soma-prod",pod="whisper-a",envoy_cluster_name="whisper"}': "1x10",
        'envoy_cluster_upstream_rq_pending_active{namespace="soma-prod",pod="whisper-a",envoy_cluster_name="whisper"}': "2x10",
        'envoy_cluster_upstream_rq_active{namespace="soma-prod",pod="whisper-b",envoy_cluster_name="whisper"}': "1x10",
        'envoy_cluster_upstream_rq_pending_active{namespace="soma-prod",pod="whisper-b",envoy_cluster_name="whisper"}': "0x10",
        # the probes' own cluster and another environment's servers are no part of it
        'envoy_cluster_upstream_rq_active{namespace="soma-prod",pod="whisper-a",envoy_cluster_name="whisper-health"}': "5x10",
        'envoy_cluster_upstream_rq_pending_active{namespace="soma-qa",pod="whisper-c",envoy_cluster_name="whisper"}': "9x10",
        'envoy_cluster_upstream_rq_active{namespace="soma-qa",pod="whisper-c",envoy_cluster_name="whisper"}': "1x10",
    }
    promtool_expect(tmp_path, series, queue_query("soma-prod"), 4)


def test_the_envoy_bootstrap_is_plain_yaml_without_aliases():
    # each listener has a /health route of its own: a shared object would be dumped as &id/*id
    config = envoy_config(WhisperServersProps(**LOCAL))
    assert "&" not in config and "*id" not in config
