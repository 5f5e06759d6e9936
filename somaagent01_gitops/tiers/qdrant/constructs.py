"""The environment's Qdrant (v1.11.0) as a StatefulSet: its Services, its peers' start, its
volume, its network policy, its disruption budget and its PodMonitor.

Facts read from Qdrant at v1.11.0 and its chart qdrant-1.11.0 (file and line in each name's
docstring): configuration by ``QDRANT__SECTION__KEY`` environment variables, peers started
with ``--uri`` (the first) and ``--bootstrap`` (the others), health endpoints served without
the API key, ``/metrics`` only with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from imports.monitoring.com.coreos import monitoring

from ...catalog import MONITORING_NAMESPACE
from ...constructs.idioms import (
    HOSTNAME_TOPOLOGY_KEY,
    ZONE_TOPOLOGY_KEY,
    disruption_budget,
    int_or_string,
    k8s_metadata,
    k8s_resources,
    metadata,
    quantity,
    restricted_container_security_k8s,
    restricted_pod_security_k8s,
    skip_annotations,
)
from ...constructs.labels import standard_labels
from ...constructs.network import Outside, dns_egress, namespace, network_policy, outside_egress, tcp
from ...settings.types import Resources, pull_policy_of

QDRANT = "qdrant"
"""The StatefulSet and the client Service."""
QDRANT_HEADLESS = f"{QDRANT}-headless"
"""The peers' Service: gives each pod its DNS name before it is ready (the chart's
service-headless.yaml, publishNotReadyAddresses), which a joining peer needs."""
QDRANT_UID = 1000
"""The unprivileged image's user (Dockerfile L151-160 with USER_ID=1000)."""
HTTP_PORT, GRPC_PORT, P2P_PORT = 6333, 6334, 6335
"""REST, gRPC and the peers' port (config/config.yaml L212, L217, L266)."""
STORAGE_PATH = "/qdrant/storage"
"""Collections and the Raft state (the image's WORKDIR /qdrant, config.yaml storage_path)."""
SNAPSHOTS_PATH = "/qdrant/snapshots"
INIT_FILE_PATH = "/qdrant/init/.qdrant-initialized"
"""Where Qdrant writes its start-up marker (QDRANT_INIT_FILE_PATH, src/startup.rs L9-15):
on a scratch volume, so the root filesystem stays read-only."""
TLS_PATH = "/qdrant/tls"
CONFIG_FILE = "/qdrant/config/local.yaml"
"""The last configuration file Qdrant reads (src/settings.rs L183-199: config/local under its
working directory /qdrant), where the chart also mounts the API key: a file, not an
environment variable, which /proc shows and which never refreshes."""
CONFIG_KEY = "local.yaml"
"""The key of the API key Secret holding that file."""
API_KEY = "api_key"
"""The key of the API key Secret holding the key alone (Prometheus' bearer token)."""
POLICY_SKIPS = {
    "CKV_K8S_40": "the unprivileged Qdrant image runs as uid 1000 (Dockerfile USER_ID)",
    "CKV_K8S_43": "the image is pinned by its release tag; Qdrant publishes no digest with the release",
}
"""checkov checks the StatefulSet knowingly does not meet."""
POD_SELECTOR = {"app.kubernetes.io/name": QDRANT}
QDRANT_BACKUP = f"{QDRANT}-backup"
"""The backup CronJob (backup.py), whose pods the network policy admits on the REST port."""


@dataclass(frozen=True, kw_only=True)
class QdrantClusterProps:
    """One Qdrant: its peers, their volumes and how clients and peers reach them."""

    namespace: str
    """The environment namespace (the peers' DNS names carry it)."""
    image: str
    """The Qdrant image; it must run as uid 1000 (the ``-unprivileged`` variant)."""
    replicas: int
    """Peers; more than one runs distributed mode (Raft between them)."""
    replication_factor: int
    """Shard copies of a collection created without its own."""
    write_consistency_factor: int
    """Acknowledgements a write needs, for a collection created without its own."""
    storage: str
    """Each peer's volume."""
    storage_class: str | None
    """The volumes' StorageClass; None for the cluster's default."""
    resources: Resources
    """Each peer's requests and limits."""
    api_key_secret: str
    """The Secret holding the API key (which also signs the tenants' JWTs): alone under
    ``api_key``, and as Qdrant's ``local.yaml`` (``service: {api_key: ...}``)."""
    tls_secret: str | None = None
    """A certificate Secret (``tls.crt``, ``tls.key``, ``ca.crt``) for REST, gRPC and the peers'
    port; None serves them in plain text (LOCAL). Default: None."""
    zone_spread: bool = False
    """Spread the peers over zones (PRODUCTION). Default: false."""
    monitoring: bool = False
    """A PodMonitor for Prometheus (needs the Prometheus Operator's CRDs). Default: false."""
    snapshots_to_object_storage: Outside | None = None
    """The object storage the peers write snapshots to (the backup job calls them). Default:
    none."""

    @property
    def distributed(self) -> bool:
        return self.replicas > 1

    @property
    def scheme(self) -> str:
        return "https" if self.tls_secret else "http"


def peer_uri(props: QdrantClusterProps, index: int | str) -> str:
    """A peer's address on the peers' port, by its pod's DNS name."""
    return f"{props.scheme}://{QDRANT}-{index}.{QDRANT_HEADLESS}.{props.namespace}.svc:{P2P_PORT}"


def start_script(props: QdrantClusterProps) -> str:
    """The first peer starts the cluster (``--uri``), the others join it (``--bootstrap``),
    as the chart's initialize.sh does (templates/configmap.yaml L8-21); one node starts plain."""
    if not props.distributed:
        return "exec ./entrypoint.sh"
    own, first = peer_uri(props, "${HOSTNAME##*-}"), peer_uri(props, 0)
    return (
        'if [ "${HOSTNAME##*-}" = 0 ]; then\n'
        f'  exec ./entrypoint.sh --uri "{own}"\n'
        "fi\n"
        f'exec ./entrypoint.sh --bootstrap "{first}" --uri "{own}"\n'
    )


def qdrant_env(props: QdrantClusterProps) -> list[k8s.EnvVar]:
    """Configuration as environment variables (src/settings.rs L183-199: prefix QDRANT,
    separator ``__``); the API key comes as a file (``CONFIG_FILE``)."""
    values = {
        "QDRANT__CLUSTER__ENABLED": str(props.distributed).lower(),
        # tenants get tokens signed with the API key, scoped to their collections or payload
        # (src/common/auth/mod.rs L44-53)
        "QDRANT__SERVICE__JWT_RBAC": "true",
        "QDRANT__STORAGE__COLLECTION__REPLICATION_FACTOR": str(props.replication_factor),
        "QDRANT__STORAGE__COLLECTION__WRITE_CONSISTENCY_FACTOR": str(props.write_consistency_factor),
        "QDRANT__STORAGE__SNAPSHOTS_PATH": SNAPSHOTS_PATH,
        "QDRANT__STORAGE__STORAGE_PATH": STORAGE_PATH,
        "QDRANT__TELEMETRY_DISABLED": "true",
        "QDRANT_INIT_FILE_PATH": INIT_FILE_PATH,
    }
    if props.tls_secret:
        values |= {
            "QDRANT__CLUSTER__P2P__ENABLE_TLS": "true",
            "QDRANT__SERVICE__ENABLE_TLS": "true",
            "QDRANT__TLS__CA_CERT": f"{TLS_PATH}/ca.crt",
            "QDRANT__TLS__CERT": f"{TLS_PATH}/tls.crt",
            "QDRANT__TLS__KEY": f"{TLS_PATH}/tls.key",
        }
    return [k8s.EnvVar(name=name, value=value) for name, value in sorted(values.items())]


class QdrantCluster(Construct):
    """The StatefulSet of peers (each with its volume), the client and peers' Services, and
    (distributed) a disruption budget: a node drain takes one peer at a time."""

    def __init__(self, scope: Construct, id: str, *, props: QdrantClusterProps) -> None:
        super().__init__(scope, id)
        self.headless = _service(self, "headless", name=QDRANT_HEADLESS, headless=True)
        self.service = _service(self, "service", name=QDRANT, headless=False)
        self.stateful_set = k8s.KubeStatefulSet(
            self,
            "stateful-set",
            metadata=k8s.ObjectMeta(
                name=QDRANT, labels=standard_labels(QDRANT, component="vector-store"), annotations=skip_annotations(POLICY_SKIPS)
            ),
            spec=k8s.StatefulSetSpec(
                service_name=QDRANT_HEADLESS,
                replicas=props.replicas,
                # every peer starts at once: with OrderedReady the first waits for peers to
                # become ready, which they cannot without it (the chart's values.yaml L222)
                pod_management_policy="Parallel",
                selector=k8s.LabelSelector(match_labels=POD_SELECTOR),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=standard_labels(QDRANT, component="vector-store")), spec=_pod_spec(props)
                ),
                volume_claim_templates=[_claim(props)],
            ),
        )
        self.disruption_budget = (
            disruption_budget(self, name=QDRANT, component="vector-store", selector=POD_SELECTOR) if props.distributed else None
        )
        self.network_policy = _network_policy(self, backup=props.snapshots_to_object_storage)
        self.pod_monitor = _pod_monitor(self, props) if props.monitoring else None


def _service(scope: Construct, id: str, *, name: str, headless: bool) -> k8s.KubeService:
    ports = (("http", HTTP_PORT), ("grpc", GRPC_PORT), ("p2p", P2P_PORT)) if headless else (("http", HTTP_PORT), ("grpc", GRPC_PORT))
    return k8s.KubeService(
        scope,
        id,
        metadata=k8s_metadata(name, component="vector-store"),
        spec=k8s.ServiceSpec(
            cluster_ip="None" if headless else None,
            publish_not_ready_addresses=True if headless else None,
            selector=POD_SELECTOR,
            ports=[
                k8s.ServicePort(name=port_name, port=port, target_port=int_or_string(port), protocol="TCP") for port_name, port in ports
            ],
        ),
    )


def _pod_spec(props: QdrantClusterProps) -> k8s.PodSpec:
    spread = [
        k8s.TopologySpreadConstraint(
            max_skew=1,
            topology_key=ZONE_TOPOLOGY_KEY,
            # a zone lost keeps a quorum of peers and a copy of every shard
            when_unsatisfiable="DoNotSchedule",
            label_selector=k8s.LabelSelector(match_labels=POD_SELECTOR),
        )
    ]
    return k8s.PodSpec(
        automount_service_account_token=False,
        enable_service_links=False,
        security_context=restricted_pod_security_k8s(QDRANT_UID),
        topology_spread_constraints=spread if props.zone_spread else None,
        affinity=_anti_affinity() if props.distributed else None,
        containers=[_container(props)],
        volumes=_volumes(props),
    )


def _anti_affinity() -> k8s.Affinity:
    """Peers on different nodes where the cluster can (a node lost takes one peer)."""
    return k8s.Affinity(
        pod_anti_affinity=k8s.PodAntiAffinity(
            preferred_during_scheduling_ignored_during_execution=[
                k8s.WeightedPodAffinityTerm(
                    weight=100,
                    pod_affinity_term=k8s.PodAffinityTerm(
                        topology_key=HOSTNAME_TOPOLOGY_KEY, label_selector=k8s.LabelSelector(match_labels=POD_SELECTOR)
                    ),
                )
            ]
        )
    )


def _container(props: QdrantClusterProps) -> k8s.Container:
    scheme = props.scheme.upper()
    return k8s.Container(
        name=QDRANT,
        image=props.image,
        image_pull_policy=pull_policy_of(props.image),
        command=["/bin/bash", "-c"],
        args=[start_script(props)],
        ports=[
            k8s.ContainerPort(name=name, container_port=port, protocol="TCP")
            for name, port in (("http", HTTP_PORT), ("grpc", GRPC_PORT), ("p2p", P2P_PORT))
        ],
        env=qdrant_env(props),
        resources=k8s_resources(props.resources),
        # /readyz: distributed, ready once it has caught up with the consensus and its shards
        # are active (src/common/health.rs L135-199); neither probe needs the API key
        readiness_probe=_probe("/readyz", scheme, period=5),
        liveness_probe=_probe("/livez", scheme, period=20, failures=6),
        security_context=restricted_container_security_k8s(QDRANT_UID),
        volume_mounts=[
            k8s.VolumeMount(name="storage", mount_path=STORAGE_PATH),
            k8s.VolumeMount(name="snapshots", mount_path=SNAPSHOTS_PATH),
            k8s.VolumeMount(name="init", mount_path="/qdrant/init"),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),
            k8s.VolumeMount(name="config", mount_path=CONFIG_FILE, sub_path=CONFIG_KEY, read_only=True),
            *([k8s.VolumeMount(name="tls", mount_path=TLS_PATH, read_only=True)] if props.tls_secret else []),
        ],
    )


def _probe(path: str, scheme: str, *, period: int, failures: int = 3) -> k8s.Probe:
    return k8s.Probe(
        http_get=k8s.HttpGetAction(path=path, port=int_or_string(HTTP_PORT), scheme=scheme),
        period_seconds=period,
        failure_threshold=failures,
        timeout_seconds=2,
    )


def _volumes(props: QdrantClusterProps) -> list[k8s.Volume]:
    """Scratch space for snapshots (a backup ships them out; up to one volume's worth), the
    start-up marker and /tmp; the API key's configuration file; the certificate. A file
    mounted by subPath does not follow a rotated key: the peers take it at their restart."""
    return [
        k8s.Volume(name="snapshots", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity(props.storage))),
        k8s.Volume(name="init", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("1Mi"))),
        k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("1Gi"))),
        k8s.Volume(
            name="config",
            secret=k8s.SecretVolumeSource(
                secret_name=props.api_key_secret, items=[k8s.KeyToPath(key=CONFIG_KEY, path=CONFIG_KEY)], default_mode=0o440
            ),
        ),
        *(
            [k8s.Volume(name="tls", secret=k8s.SecretVolumeSource(secret_name=props.tls_secret, default_mode=0o440))]
            if props.tls_secret
            else []
        ),
    ]


def _claim(props: QdrantClusterProps) -> k8s.KubePersistentVolumeClaimProps:
    return k8s.KubePersistentVolumeClaimProps(
        metadata=k8s.ObjectMeta(name="storage"),
        spec=k8s.PersistentVolumeClaimSpec(
            access_modes=["ReadWriteOnce"],
            storage_class_name=props.storage_class,
            resources=k8s.ResourceRequirements(requests={"storage": quantity(props.storage)}),
        ),
    )


def _network_policy(scope: Construct, *, backup: Outside | None) -> k8s.KubeNetworkPolicy:
    """The peers reach each other on every port; Prometheus and the backup job reach REST. No
    application service of the pinned release uses Qdrant (the catalog's dependency map):
    a client gets its rule when the catalog names one. Out: DNS, the peers, and with
    backups object storage over HTTPS (outside the private ranges)."""
    peers = [k8s.NetworkPolicyPeer(pod_selector=k8s.LabelSelector(match_labels=POD_SELECTOR))]
    all_ports = [tcp(port) for port in (HTTP_PORT, GRPC_PORT, P2P_PORT)]
    rest_callers = [namespace(MONITORING_NAMESPACE)]
    egress = [k8s.NetworkPolicyEgressRule(to=peers, ports=all_ports), dns_egress()]
    if backup is not None:
        rest_callers.append(k8s.NetworkPolicyPeer(pod_selector=k8s.LabelSelector(match_labels={"app.kubernetes.io/name": QDRANT_BACKUP})))
        egress += outside_egress(scope, name=QDRANT, selector=POD_SELECTOR, outside=[backup])
    return network_policy(
        scope,
        "network-policy",
        name=QDRANT,
        selector=POD_SELECTOR,
        ingress=[
            k8s.NetworkPolicyIngressRule(from_=peers, ports=all_ports),
            k8s.NetworkPolicyIngressRule(from_=rest_callers, ports=[tcp(HTTP_PORT)]),
        ],
        egress=egress,
    )


def _pod_monitor(scope: Construct, props: QdrantClusterProps) -> monitoring.PodMonitor:
    """/metrics needs the API key (src/actix/api/service_api.rs L66-74: not on the key's
    whitelist); over TLS it is verified against the certificate's CA."""
    tls = (
        monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfig(
            ca=monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCa(
                secret=monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret(name=props.tls_secret, key="ca.crt")
            ),
            server_name=QDRANT,
        )
        if props.tls_secret
        else None
    )
    return monitoring.PodMonitor(
        scope,
        "pod-monitor",
        metadata=metadata(QDRANT, component="monitoring"),
        spec=monitoring.PodMonitorSpec(
            selector=monitoring.PodMonitorSpecSelector(match_labels=POD_SELECTOR),
            pod_metrics_endpoints=[
                monitoring.PodMonitorSpecPodMetricsEndpoints(
                    port="http",
                    path="/metrics",
                    scheme=monitoring.PodMonitorSpecPodMetricsEndpointsScheme.HTTPS
                    if props.tls_secret
                    else monitoring.PodMonitorSpecPodMetricsEndpointsScheme.HTTP,
                    authorization=monitoring.PodMonitorSpecPodMetricsEndpointsAuthorization(
                        type="Bearer",
                        credentials=monitoring.PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials(
                            name=props.api_key_secret, key=API_KEY
                        ),
                    ),
                    tls_config=tls,
                )
            ],
        ),
    )


def server_names(namespace: str) -> Sequence[str]:
    """Every name clients and peers reach Qdrant by: the client Service, and each peer by its
    pod name under the headless Service (the peers verify each other with it)."""
    return [QDRANT, f"{QDRANT}.{namespace}", f"{QDRANT}.{namespace}.svc", f"*.{QDRANT_HEADLESS}.{namespace}.svc"]
