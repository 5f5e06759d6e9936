"""The environment's Whisper servers: whisper.cpp's ``whisper-server`` (pinned build of
v1.9.3), each behind an Envoy in its pod that queues the requests and counts them; their
Service, network policy, disruption budget, PodMonitor and KEDA ScaledObject.

Facts read from whisper.cpp at v1.9.3 (examples/server/server.cpp): one transcription at a
time per server (a global mutex, L638, L819); the model loads before the port is bound
(L717-726, L1244), so a starting server refuses connections; ``GET /health`` answers 200
once the model is loaded (L1206-1215); ``--convert`` has ffmpeg turn any audio into WAV in
``--tmp-dir``. The images run as root with ``bash -c`` as entrypoint; the servers here run
as Envoy's nonroot user instead, which can read everything under /app.

Why Envoy: neither whisper.cpp nor the app (at a169e468) exports a queue length, and no Kafka
topic carries speech (the gateway posts to the server directly). Envoy holds the requests a
server has not taken yet (its circuit breaker lets one through at a time, with one worker:
each worker's pool would open a connection of its own) and exports
``envoy_cluster_upstream_rq_active`` and ``..._pending_active``: the queue KEDA scales on.
Envoy is a native sidecar (an init container that keeps running, Kubernetes 1.29's default):
it stops only after the server, whose pre-stop hook waits for the queue to drain.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import yaml
from cdk8s_plus_27 import k8s
from constructs import Construct

from imports.keda.sh import keda
from imports.monitoring.com.coreos import monitoring

from ...catalog import MONITORING_NAMESPACE
from ...constructs.idioms import (
    container_resources,
    deployment_with_sidecars,
    disruption_budget,
    int_or_string,
    k8s_metadata,
    metadata,
    quantity,
    restricted_container_security_k8s,
    restricted_pod_security_k8s,
    skip_annotations,
    spread_over_zones_and_hosts,
)
from ...constructs.labels import standard_labels
from ...constructs.network import Outside, dns_egress, namespace, network_policy, outside_egress, pods, tcp
from ...constructs.pod_monitors import metrics_pod_monitor
from ...endpoints import WHISPER_PORT, WHISPER_SERVICE
from ...settings.model import GpuTaint
from ...settings.types import Resources, pull_policy_of
from .settings import BAKED_MODEL, MODELS, WhisperAutoscaling

QUEUE_PORT = WHISPER_PORT
"""Envoy's listener the Service sends the gateway's requests to (the catalog's port, which the
Service keeps unless the overlay names another)."""
PROBE_PORT = 9902
"""Envoy's second listener: ``/health`` (the server's, past the queue) for the kubelet and
``/stats/prometheus`` for Prometheus; Envoy's admin API itself stays on the loopback."""
SERVER_PORT = 8080
"""whisper-server's port, on the pod's loopback only: everything comes through Envoy."""
ADMIN_PORT = 9901
ENVOY_UID = 65532
"""The distroless Envoy image's nonroot user (gcr.io/distroless' nonroot base)."""
QUEUE_CLUSTER = "whisper"
"""Envoy's cluster of the server: its name is the ``envoy_cluster_name`` of the queue's metrics."""
DRAIN_SECONDS = 55
"""The gateway gives up on a transcription after 60 s (admin/voice/api.py:79 at a169e468):
Envoy gives up a little earlier, queueing included, so no request runs for no one; a stopping
server serves its queue out for as long."""
QUEUE_TIMEOUT = f"{DRAIN_SECONDS}s"
POD_SELECTOR = {"app.kubernetes.io/name": WHISPER_SERVICE}
MODELS_DIR = "/models"
BAKED_MODELS_DIR = "/app/models"
"""Where the images carry base.en and whisper.cpp's download script (``COPY .. .`` to /app)."""
MODEL_HOSTS = ("huggingface.co", "*.huggingface.co", "*.hf.co", "*.xethub.hf.co")
"""The download script's source (models/download-ggml-model.sh: huggingface.co/ggerganov/
whisper.cpp/resolve/main) and the content hosts Hugging Face redirects its files to."""
POLICY_SKIPS = {
    "CKV_K8S_40": "the pod runs as Envoy's nonroot uid 65532",
    "CKV_K8S_43": "images are pinned by commit and release tag (digests: issue 15 item 10)",
}


@dataclass(frozen=True, kw_only=True)
class GpuPlacement:
    """The GPU pool the servers run on and what each takes of it."""

    gpus: int
    """``nvidia.com/gpu`` per server."""
    node_labels: dict[str, str]
    """The pool's node labels (the nodeSelector)."""
    taints: Sequence[GpuTaint] = ()
    """The pool's taints, tolerated. Default: none."""


@dataclass(frozen=True, kw_only=True)
class WhisperServersProps:
    """The Whisper servers of one environment and who may call them."""

    namespace: str
    """The environment namespace (the queue query counts its servers only)."""
    image: str
    """The whisper.cpp image (CPU or CUDA build)."""
    envoy_image: str
    """The Envoy image; it must run as uid 65532."""
    model: str
    """A model of ``settings.MODELS``; any but the baked one is downloaded at start."""
    port: int
    """The Service's port, which ``SA01_WHISPER_URL`` carries."""
    threads: int
    """Threads per transcription."""
    queue_limit: int
    """Requests that may wait in one server's queue; past it Envoy answers 503 at once."""
    resources: Resources
    """Each server's requests and limits, without GPUs."""
    clients: Sequence[str]
    """App entrypoints (by ``app.kubernetes.io/name``) that call the servers."""
    prometheus_url: str
    """The Prometheus KEDA asks for the queue's length."""
    replicas: int = 1
    """Servers when not autoscaled. Default: 1."""
    gpu: GpuPlacement | None = None
    """Run on a GPU pool. Default: none (CPU)."""
    autoscaling: WhisperAutoscaling | None = None
    """Scale on the queue (KEDA, whose CRDs it needs). Default: none."""
    download_by_name: bool = False
    """Let the model download out by host name (Cilium). Default: false (by address)."""
    zone_spread: bool = False
    """Spread the servers over zones and hosts (PRODUCTION). Default: false."""
    monitoring: bool = False
    """A PodMonitor for Prometheus (needs the Prometheus Operator's CRDs). Default: false."""

    @property
    def fewest(self) -> int:
        """The fewest servers it runs (a disruption budget needs two)."""
        return self.autoscaling.min_replicas if self.autoscaling is not None else self.replicas

    @property
    def downloads(self) -> bool:
        """Whether the model is fetched at start (the images carry base.en only)."""
        return self.model != BAKED_MODEL


def queue_query(namespace: str) -> str:
    """The environment's Whisper queue: requests being transcribed and waiting, over all servers."""
    selector = f'{{namespace="{namespace}",envoy_cluster_name="{QUEUE_CLUSTER}"}}'
    return f"sum(envoy_cluster_upstream_rq_active{selector}) + sum(envoy_cluster_upstream_rq_pending_active{selector})"


def envoy_config(props: WhisperServersProps) -> str:
    """Envoy's bootstrap: the queue listener in front of the server (transcriptions one at a
    time, at most ``queue_limit`` waiting; the server's health past the queue; nothing else of
    the server, ``POST /load`` included), and a probe listener with the server's health and
    Envoy's Prometheus stats. Connections idle longer than the server keeps them are closed
    first (cpp-httplib closes after 5 s)."""

    def health() -> dict[str, object]:
        # a route of its own in each listener: one shared object would be dumped as a YAML alias
        return _route({"path": "/health"}, "whisper-health", "5s")

    transcribe = _route({"path": "/inference"}, QUEUE_CLUSTER, QUEUE_TIMEOUT, whole_stream=True)
    nothing_else = {"match": {"prefix": "/"}, "direct_response": {"status": 404}}
    queue = _http_listener("queue", QUEUE_PORT, [health(), transcribe, nothing_else])
    probes = _http_listener("probes", PROBE_PORT, [health(), _route({"path": "/stats/prometheus"}, "admin", "5s")])
    one_at_a_time = {"max_connections": 1, "max_requests": 1, "max_pending_requests": props.queue_limit, "max_retries": 0}
    config = {
        "admin": {"address": _address("127.0.0.1", ADMIN_PORT)},
        "static_resources": {
            "listeners": [queue, probes],
            "clusters": [
                _cluster(QUEUE_CLUSTER, SERVER_PORT, circuit_breakers={"thresholds": [one_at_a_time]}),
                _cluster("whisper-health", SERVER_PORT),
                _cluster("admin", ADMIN_PORT),
            ],
        },
    }
    return yaml.safe_dump(config, sort_keys=True, default_flow_style=False)


def _address(host: str, port: int) -> dict[str, object]:
    return {"socket_address": {"address": host, "port_value": port}}


def _route(match: dict[str, str], cluster: str, timeout: str, *, whole_stream: bool = False) -> dict[str, object]:
    """``whole_stream``: the limit counts from the request's start too (``timeout`` starts at
    its end, and a large upload is held back while it waits in the queue)."""
    action: dict[str, object] = {"cluster": cluster, "timeout": timeout}
    if whole_stream:
        action["max_stream_duration"] = {"max_stream_duration": timeout}
    return {"match": match, "route": action}


def _http_listener(name: str, port: int, routes: list[dict[str, object]]) -> dict[str, object]:
    manager = {
        "@type": "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager",
        "stat_prefix": name,
        "route_config": {"name": name, "virtual_hosts": [{"name": name, "domains": ["*"], "routes": routes}]},
        "http_filters": [
            {
                "name": "envoy.filters.http.router",
                "typed_config": {"@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"},
            }
        ],
    }
    return {
        "name": name,
        "address": _address("0.0.0.0", port),
        "filter_chains": [{"filters": [{"name": "envoy.filters.network.http_connection_manager", "typed_config": manager}]}],
    }


def _cluster(name: str, port: int, **extra: object) -> dict[str, object]:
    endpoint = {"endpoint": {"address": _address("127.0.0.1", port)}}
    http = {
        "@type": "type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
        "common_http_protocol_options": {"idle_timeout": "4s"},
        "explicit_http_config": {"http_protocol_options": {}},
    }
    return {
        "name": name,
        "type": "STATIC",
        "connect_timeout": "1s",
        "load_assignment": {"cluster_name": name, "endpoints": [{"lb_endpoints": [endpoint]}]},
        "typed_extension_protocol_options": {"envoy.extensions.upstreams.http.v3.HttpProtocolOptions": http},
        **extra,
    }


class WhisperServers(Construct):
    """Envoy's configuration, the Deployment and the Service; with two servers or more at the
    fewest a disruption budget; the network policy; a PodMonitor; and the ScaledObject."""

    def __init__(self, scope: Construct, id: str, *, props: WhisperServersProps) -> None:
        super().__init__(scope, id)
        config = envoy_config(props)
        self.config = k8s.KubeConfigMap(
            self, "config", metadata=k8s_metadata(f"{WHISPER_SERVICE}-queue", component="speech"), data={"envoy.yaml": config}
        )
        self.deployment = deployment_with_sidecars(
            self,
            "deployment",
            metadata=k8s.ObjectMeta(
                name=WHISPER_SERVICE,
                labels=standard_labels(WHISPER_SERVICE, component="speech"),
                annotations=skip_annotations(POLICY_SKIPS),
            ),
            spec=k8s.DeploymentSpec(
                # KEDA owns the count when it scales them
                replicas=props.replicas if props.autoscaling is None else None,
                selector=k8s.LabelSelector(match_labels=POD_SELECTOR),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(
                        labels=standard_labels(WHISPER_SERVICE, component="speech"),
                        # Envoy reads its file once: a changed queue rolls the servers
                        annotations={"checksum/config": hashlib.sha256(config.encode()).hexdigest()},
                    ),
                    spec=_pod_spec(props),
                ),
            ),
            sidecars=("queue",),
        )
        self.service = k8s.KubeService(
            self,
            "service",
            metadata=k8s_metadata(WHISPER_SERVICE, component="speech"),
            spec=k8s.ServiceSpec(
                selector=POD_SELECTOR,
                # by number: before Kubernetes 1.32 a Service cannot find a named port of a
                # sidecar (an init container), which Envoy is (kubernetes#127958)
                ports=[k8s.ServicePort(name="http", port=props.port, target_port=int_or_string(QUEUE_PORT), protocol="TCP")],
            ),
        )
        self.disruption_budget = (
            disruption_budget(self, name=WHISPER_SERVICE, component="speech", selector=POD_SELECTOR) if props.fewest > 1 else None
        )
        self.network_policy = _network_policy(self, props)
        self.pod_monitor = _pod_monitor(self) if props.monitoring else None
        self.scaled_object = _scaled_object(self, props, props.autoscaling) if props.autoscaling is not None else None


def _pod_spec(props: WhisperServersProps) -> k8s.PodSpec:
    gpu = props.gpu
    volumes = [k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("1Gi")))]
    if props.downloads:
        size = f"{MODELS[props.model].mebibytes + 128}Mi"
        volumes.append(k8s.Volume(name="models", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity(size))))
    volumes.append(k8s.Volume(name="queue", config_map=k8s.ConfigMapVolumeSource(name=f"{WHISPER_SERVICE}-queue")))
    return k8s.PodSpec(
        automount_service_account_token=False,
        enable_service_links=False,
        security_context=restricted_pod_security_k8s(ENVOY_UID),
        # the queue drains (DRAIN_SECONDS), then the server and its sidecar stop
        termination_grace_period_seconds=DRAIN_SECONDS + 15,
        node_selector=dict(gpu.node_labels) if gpu is not None else None,
        tolerations=[_toleration(taint) for taint in gpu.taints] if gpu is not None and gpu.taints else None,
        topology_spread_constraints=spread_over_zones_and_hosts(POD_SELECTOR) if props.zone_spread else None,
        # the model first; then Envoy, kept running beside the server (a native sidecar:
        # deployment_with_sidecars)
        init_containers=[*([_model_download(props)] if props.downloads else []), _queue(props)],
        containers=[_server(props)],
        volumes=volumes,
    )


def _toleration(taint: GpuTaint) -> k8s.Toleration:
    if taint.value:
        return k8s.Toleration(key=taint.key, operator="Equal", value=taint.value, effect=taint.effect)
    return k8s.Toleration(key=taint.key, operator="Exists", effect=taint.effect)


def _model_path(props: WhisperServersProps) -> str:
    return f"{MODELS_DIR if props.downloads else BAKED_MODELS_DIR}/ggml-{props.model}.bin"


def _model_download(props: WhisperServersProps) -> k8s.Container:
    """whisper.cpp's own download script (curl with retries), then the file's SHA-1 checked
    against whisper.cpp's list: a truncated or altered model never reaches the server, and is
    removed, so the next try downloads it again (the script skips a file that exists)."""
    path = _model_path(props)
    check = f"echo '{MODELS[props.model].sha1}  {path}' | sha1sum -c -"
    download = f"{BAKED_MODELS_DIR}/download-ggml-model.sh {props.model} {MODELS_DIR}"
    return k8s.Container(
        name="model-download",
        image=props.image,
        image_pull_policy=pull_policy_of(props.image),
        args=[f"({download} && {check}) || {{ rm -f {path}; exit 1; }}"],
        # the CUDA image makes every GPU of the node visible to whoever does not ask for one
        env=[k8s.EnvVar(name="NVIDIA_VISIBLE_DEVICES", value="void")] if props.gpu is not None else None,
        resources=k8s.ResourceRequirements(
            requests={"cpu": quantity("100m"), "memory": quantity("128Mi")},
            limits={"cpu": quantity("1"), "memory": quantity("512Mi")},
        ),
        security_context=restricted_container_security_k8s(ENVOY_UID),
        volume_mounts=[k8s.VolumeMount(name="models", mount_path=MODELS_DIR), k8s.VolumeMount(name="tmp", mount_path="/tmp")],
    )


DRAIN_QUEUE = (
    f"for _ in $(seq {DRAIN_SECONDS}); do "
    f"queued=$(curl -fs 'http://127.0.0.1:{ADMIN_PORT}/stats?filter=^cluster\\.{QUEUE_CLUSTER}\\.upstream_rq_(active|pending_active)$' "
    "| awk -F': ' '{s += $2} END {print s + 0}'); "
    '[ "$queued" = 0 ] && exit 0; sleep 1; done'
)
"""The server's pre-stop hook: it keeps serving until Envoy holds no request of it (the pod
left the Service's endpoints when it began stopping), at most DRAIN_SECONDS."""
GPU_ENV = {
    # the host's driver libraries (the NVIDIA toolkit mounts them), not the image's CUDA 13
    # forward-compatibility ones, which fail on a newer driver (main-cuda.Dockerfile L24, L38)
    "LD_LIBRARY_PATH": "/usr/local/cuda/lib64",
    # kernels compiled at start for a GPU the build did not target are cached where it can write
    "CUDA_CACHE_PATH": "/tmp/.nv",
}


def _server(props: WhisperServersProps) -> k8s.Container:
    command = (
        f"exec whisper-server --host 127.0.0.1 --port {SERVER_PORT} --model {_model_path(props)} "
        f"--threads {props.threads} --convert --tmp-dir /tmp"
    )
    plain = container_resources(props.resources)
    gpus = {"nvidia.com/gpu": str(props.gpu.gpus)} if props.gpu is not None else {}
    mounts = [k8s.VolumeMount(name="tmp", mount_path="/tmp")]
    if props.downloads:
        mounts.append(k8s.VolumeMount(name="models", mount_path=MODELS_DIR, read_only=True))
    return k8s.Container(
        name="whisper",
        image=props.image,
        image_pull_policy=pull_policy_of(props.image),
        args=[command],  # the image's entrypoint is bash -c
        env=[k8s.EnvVar(name=name, value=value) for name, value in GPU_ENV.items()] if props.gpu is not None else None,
        resources=k8s.ResourceRequirements(
            requests={key: quantity(value) for key, value in {**plain["requests"], **gpus}.items()},
            limits={key: quantity(value) for key, value in {**plain["limits"], **gpus}.items()},
        ),
        # the server itself, on the loopback (curl is in the image): a restarting Envoy kills no
        # healthy server; the model loads before it listens, up to 10 minutes for the largest
        startup_probe=_own_health(period=5, failures=120),
        liveness_probe=_own_health(period=20, failures=3),
        # ready for traffic: through the queue's own listener (Envoy up, and the server)
        readiness_probe=k8s.Probe(
            http_get=k8s.HttpGetAction(path="/health", port=int_or_string(PROBE_PORT), scheme="HTTP"),
            period_seconds=5,
            failure_threshold=2,
            timeout_seconds=3,
        ),
        lifecycle=k8s.Lifecycle(pre_stop=k8s.LifecycleHandler(exec=k8s.ExecAction(command=["bash", "-c", DRAIN_QUEUE]))),
        security_context=restricted_container_security_k8s(ENVOY_UID),
        volume_mounts=mounts,
    )


def _own_health(*, period: int, failures: int) -> k8s.Probe:
    return k8s.Probe(
        exec=k8s.ExecAction(command=["curl", "-fsS", "--max-time", "2", f"http://127.0.0.1:{SERVER_PORT}/health"]),
        period_seconds=period,
        failure_threshold=failures,
        timeout_seconds=3,
    )


def _queue(props: WhisperServersProps) -> k8s.Container:
    return k8s.Container(
        name="queue",
        image=props.envoy_image,
        image_pull_policy=pull_policy_of(props.envoy_image),
        # one worker: each worker's pool would open a connection of its own past the one the
        # circuit breaker allows; no hot restart (its shared memory) in a container
        args=["-c", "/etc/queue/envoy.yaml", "--disable-hot-restart", "--concurrency", "1", "--log-level", "warn"],
        ports=[
            k8s.ContainerPort(name="http", container_port=QUEUE_PORT, protocol="TCP"),
            k8s.ContainerPort(name="probes", container_port=PROBE_PORT, protocol="TCP"),
        ],
        resources=k8s.ResourceRequirements(
            requests={"cpu": quantity("50m"), "memory": quantity("64Mi")},
            limits={"cpu": quantity("500m"), "memory": quantity("256Mi")},
        ),
        readiness_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(port=int_or_string(QUEUE_PORT)), period_seconds=10),
        liveness_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(port=int_or_string(QUEUE_PORT)), period_seconds=20),
        security_context=restricted_container_security_k8s(ENVOY_UID),
        volume_mounts=[k8s.VolumeMount(name="queue", mount_path="/etc/queue", read_only=True)],
    )


def _network_policy(scope: Construct, props: WhisperServersProps) -> k8s.KubeNetworkPolicy:
    """In: the app's callers on the queue, Prometheus on the probe listener. Out: DNS and,
    when the model is downloaded, Hugging Face."""
    callers = [pods({"app.kubernetes.io/name": client}) for client in sorted(props.clients)]
    ingress = [k8s.NetworkPolicyIngressRule(from_=[namespace(MONITORING_NAMESPACE)], ports=[tcp(PROBE_PORT)])]
    if callers:
        ingress.insert(0, k8s.NetworkPolicyIngressRule(from_=callers, ports=[tcp(QUEUE_PORT)]))
    egress = [dns_egress()]
    if props.downloads:
        hosts = Outside(names=MODEL_HOSTS, by_name=props.download_by_name)
        egress += outside_egress(scope, name=WHISPER_SERVICE, selector=POD_SELECTOR, outside=[hosts])
    return network_policy(scope, "network-policy", name=WHISPER_SERVICE, selector=POD_SELECTOR, ingress=ingress, egress=egress)


def _pod_monitor(scope: Construct) -> monitoring.PodMonitor:
    return metrics_pod_monitor(scope, name=WHISPER_SERVICE, selector=POD_SELECTOR, port="probes", path="/stats/prometheus")


def _scaled_object(scope: Construct, props: WhisperServersProps, scaling: WhisperAutoscaling) -> keda.ScaledObject:
    """KEDA's HPA on the queue (average per server, ``queue_per_replica``); with working
    hours, a cron trigger that holds one server up in them, since an empty Deployment has
    no Envoy to count a request."""
    triggers = [
        keda.ScaledObjectSpecTriggers(
            type="prometheus",
            name="queue",
            metric_type="AverageValue",
            metadata={
                "serverAddress": props.prometheus_url,
                "query": queue_query(props.namespace),
                "threshold": str(scaling.queue_per_replica),
            },
        )
    ]
    hours = scaling.working_hours
    if hours is not None:
        times = {"timezone": hours.timezone, "start": hours.start, "end": hours.end, "desiredReplicas": "1"}
        triggers.append(keda.ScaledObjectSpecTriggers(type="cron", name="working-hours", metadata=times))
    return keda.ScaledObject(
        scope,
        "scaled-object",
        metadata=metadata(WHISPER_SERVICE, component="speech"),
        spec=keda.ScaledObjectSpec(
            scale_target_ref=keda.ScaledObjectSpecScaleTargetRef(name=WHISPER_SERVICE, api_version="apps/v1", kind="Deployment"),
            min_replica_count=scaling.min_replicas,
            max_replica_count=scaling.max_replicas,
            polling_interval=15,
            # from zero only: five quiet minutes after working hours (between the bounds the
            # HPA's own five-minute scale-down window applies)
            cooldown_period=300,
            triggers=triggers,
        ),
    )
