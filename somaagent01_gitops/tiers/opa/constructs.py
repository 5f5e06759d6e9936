"""The environment's OPA servers (0.64.0) as a Deployment: their configuration, their Service,
their disruption budget, their network policy and their PodMonitor.

Facts read from OPA (docs/content/configuration.md and rest-api.md at v0.64.0): a bundle is
downloaded from a named service (``services``, ``bundles.<name>.resource``) and polled;
``decision_logs.console`` writes every decision to standard output; ``/health?bundles``
answers 200 only once every bundle is activated; ``--diagnostic-addr`` serves ``/health`` and
``/metrics`` on a port of their own, apart from the API.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import yaml
from cdk8s_plus_27 import k8s
from constructs import Construct

from imports.monitoring.com.coreos import monitoring

from ...catalog import MONITORING_NAMESPACE
from ...constructs.idioms import (
    disruption_budget,
    int_or_string,
    k8s_metadata,
    k8s_resources,
    quantity,
    restricted_container_security_k8s,
    restricted_pod_security_k8s,
    skip_annotations,
    spread_over_zones_and_hosts,
)
from ...constructs.labels import standard_labels
from ...constructs.network import Outside, dns_egress, namespace, network_policy, outside_egress, pods, tcp
from ...constructs.pod_monitors import metrics_pod_monitor
from ...endpoints import OPA_SERVICE
from ...settings.types import Resources, pull_policy_of

OPA_UID = 1000
"""The image's user (its Dockerfile: ``ARG USER=1000:1000``)."""
API_PORT = 8181
"""The REST API the app's clients call (the catalog)."""
DIAGNOSTIC_PORT = 8282
"""``/health`` and ``/metrics`` only: what the kubelet and Prometheus need, without the API."""
CONFIG_KEY = "config.yaml"
CONFIG_DIR = "/config"
BUNDLE = "soma"
"""The bundle's name in OPA's configuration (its status and decision logs carry it)."""
POD_SELECTOR = {"app.kubernetes.io/name": OPA_SERVICE}
POLICY_SKIPS = {
    "CKV_K8S_40": "the OPA image runs as its own uid 1000 (its Dockerfile's USER)",
    "CKV_K8S_43": "the image is pinned by its release tag (digests: issue 15 item 10)",
}
"""checkov checks the Deployment knowingly does not meet."""


@dataclass(frozen=True, kw_only=True)
class OpaServerProps:
    """The OPA servers of one environment and who may call them."""

    image: str
    """The OPA image; it must run as uid 1000."""
    replicas: int
    """Servers; more than one gets a disruption budget and spreads over nodes."""
    resources: Resources
    """Each server's requests and limits."""
    bundle_url: str
    """The release's policy bundle: downloaded at start and polled."""
    polling_seconds: tuple[int, int]
    """Shortest and longest wait between downloads."""
    ready_needs_bundle: bool
    """Ready only once the bundle is active (``/health?bundles``), not as soon as it answers."""
    clients: Sequence[str]
    """App entrypoints (by ``app.kubernetes.io/name``) that may call the API."""
    decision_labels: Mapping[str, str]
    """Labels every decision log carries (environment, mode), to tell environments apart."""
    bundle_private: bool = False
    """The bundle's server may sit on a private address (LOCAL serves it from the laptop).
    Default: false (it is on the internet, outside the private ranges)."""
    bundle_by_name: bool = False
    """Let the servers out to the bundle's host by name (Cilium), not by address. Default: false."""
    zone_spread: bool = False
    """Spread the servers over zones (PRODUCTION). Default: false."""
    monitoring: bool = False
    """A PodMonitor for Prometheus (needs the Prometheus Operator's CRDs). Default: false."""


def opa_config(props: OpaServerProps) -> str:
    """OPA's configuration file: the release's bundle from its service, every decision logged
    to standard output, status on standard output as well."""
    parts = urlsplit(props.bundle_url)
    low, high = props.polling_seconds
    config = {
        "services": {"release": {"url": f"{parts.scheme}://{parts.netloc}"}},
        "bundles": {
            BUNDLE: {
                "service": "release",
                "resource": parts.path + (f"?{parts.query}" if parts.query else ""),
                "polling": {"min_delay_seconds": low, "max_delay_seconds": high},
            }
        },
        "decision_logs": {"console": True},
        "labels": dict(sorted(props.decision_labels.items())),
        # POST / answers the app's decision; the versioned API the app calls answers
        # undefined (which its client takes as a denial) until the bundle is loaded
        "default_decision": "/soma/policy/allow",
    }
    return yaml.safe_dump(config, sort_keys=True, default_flow_style=False)


def bundle_egress_port(bundle_url: str) -> int:
    parts = urlsplit(bundle_url)
    return parts.port or (443 if parts.scheme == "https" else 80)


class OpaServer(Construct):
    """The configuration, the Deployment and the client Service; with more than one server a
    disruption budget; the network policy; and (monitoring) a PodMonitor."""

    def __init__(self, scope: Construct, id: str, *, props: OpaServerProps) -> None:
        super().__init__(scope, id)
        config = opa_config(props)
        self.config = k8s.KubeConfigMap(
            self, "config", metadata=k8s_metadata(f"{OPA_SERVICE}-config", component="policy"), data={CONFIG_KEY: config}
        )
        # a changed configuration rolls the servers (OPA reads its file once, at start)
        checksum = {"checksum/config": hashlib.sha256(config.encode()).hexdigest()}
        self.deployment = k8s.KubeDeployment(
            self,
            "deployment",
            metadata=k8s.ObjectMeta(
                name=OPA_SERVICE, labels=standard_labels(OPA_SERVICE, component="policy"), annotations=skip_annotations(POLICY_SKIPS)
            ),
            spec=k8s.DeploymentSpec(
                replicas=props.replicas,
                selector=k8s.LabelSelector(match_labels=POD_SELECTOR),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=standard_labels(OPA_SERVICE, component="policy"), annotations=checksum),
                    spec=_pod_spec(props),
                ),
            ),
        )
        self.service = k8s.KubeService(
            self,
            "service",
            metadata=k8s_metadata(OPA_SERVICE, component="policy"),
            spec=k8s.ServiceSpec(
                selector=POD_SELECTOR,
                ports=[k8s.ServicePort(name="http", port=API_PORT, target_port=int_or_string(API_PORT), protocol="TCP")],
            ),
        )
        self.disruption_budget = (
            disruption_budget(self, name=OPA_SERVICE, component="policy", selector=POD_SELECTOR) if props.replicas > 1 else None
        )
        self.network_policy = _network_policy(self, props)
        self.pod_monitor = _pod_monitor(self) if props.monitoring else None


def _pod_spec(props: OpaServerProps) -> k8s.PodSpec:
    return k8s.PodSpec(
        automount_service_account_token=False,
        enable_service_links=False,
        security_context=restricted_pod_security_k8s(OPA_UID),
        # a zone lost leaves servers in the others
        topology_spread_constraints=spread_over_zones_and_hosts(POD_SELECTOR) if props.zone_spread else None,
        containers=[_container(props)],
        volumes=[
            k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name=f"{OPA_SERVICE}-config")),
            k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("64Mi"))),
        ],
    )


def _container(props: OpaServerProps) -> k8s.Container:
    ready_path = "/health?bundles" if props.ready_needs_bundle else "/health"
    return k8s.Container(
        name=OPA_SERVICE,
        image=props.image,
        image_pull_policy=pull_policy_of(props.image),
        args=[
            "run",
            "--server",
            f"--addr=0.0.0.0:{API_PORT}",
            f"--diagnostic-addr=0.0.0.0:{DIAGNOSTIC_PORT}",
            f"--config-file={CONFIG_DIR}/{CONFIG_KEY}",
            "--log-format=json",
            "--skip-version-check",
        ],
        ports=[
            k8s.ContainerPort(name="http", container_port=API_PORT, protocol="TCP"),
            k8s.ContainerPort(name="diagnostic", container_port=DIAGNOSTIC_PORT, protocol="TCP"),
        ],
        resources=k8s_resources(props.resources),
        readiness_probe=_probe(ready_path, period=5),
        liveness_probe=_probe("/health", period=20, failures=6),
        security_context=restricted_container_security_k8s(OPA_UID),
        volume_mounts=[
            k8s.VolumeMount(name="config", mount_path=CONFIG_DIR, read_only=True),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),
        ],
    )


def _probe(path: str, *, period: int, failures: int = 3) -> k8s.Probe:
    return k8s.Probe(
        http_get=k8s.HttpGetAction(path=path, port=int_or_string(DIAGNOSTIC_PORT), scheme="HTTP"),
        period_seconds=period,
        failure_threshold=failures,
        timeout_seconds=2,
    )


def _network_policy(scope: Construct, props: OpaServerProps) -> k8s.KubeNetworkPolicy:
    """In: the app's policy clients on the API, Prometheus on the diagnostic port. Out: DNS and
    the bundle's server (outside the private ranges: it is published, not in the cluster)."""
    callers = [pods({"app.kubernetes.io/name": client}) for client in sorted(props.clients)]
    bundle = Outside(
        names=(urlsplit(props.bundle_url).hostname or "",),
        ports=(bundle_egress_port(props.bundle_url),),
        by_name=props.bundle_by_name,
        private=props.bundle_private,
    )
    ingress = [k8s.NetworkPolicyIngressRule(from_=[namespace(MONITORING_NAMESPACE)], ports=[tcp(DIAGNOSTIC_PORT)])]
    if callers:
        ingress.insert(0, k8s.NetworkPolicyIngressRule(from_=callers, ports=[tcp(API_PORT)]))
    egress = [dns_egress(), *outside_egress(scope, name=OPA_SERVICE, selector=POD_SELECTOR, outside=[bundle])]
    return network_policy(scope, "network-policy", name=OPA_SERVICE, selector=POD_SELECTOR, ingress=ingress, egress=egress)


def _pod_monitor(scope: Construct) -> monitoring.PodMonitor:
    return metrics_pod_monitor(scope, name=OPA_SERVICE, selector=POD_SELECTOR, port="diagnostic")
