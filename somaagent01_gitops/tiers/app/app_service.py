"""One SomaAgent01 application service: everything Kubernetes needs to run one entrypoint."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s import ApiObject
from cdk8s_plus_27 import k8s
from constructs import Construct

from imports.monitoring.com.coreos import monitoring

from ...argocd import WAVE_AFTER_EVERYTHING, WAVE_ANNOTATION
from ...catalog import APP_NAME, APP_UID, PROBE_EXCEPTION_ANNOTATION, AppServiceSpec
from ...constructs.idioms import (
    disruption_budget,
    int_or_string,
    k8s_resources,
    quantity,
    restricted_container_security_k8s,
    restricted_pod_security_k8s,
    skip_annotations,
    spread_over_zones_and_hosts,
)
from ...constructs.labels import standard_labels
from ...constructs.pod_monitors import metrics_pod_monitor
from ...settings import Autoscaling, ServiceSettings
from ...vault import APP_AGENT_LABEL, APP_TOKEN_VOLUME, APP_VAULT_CA_MOUNT, TLS_SECRET_ANNOTATION
from .canary import CanaryAnalysisProps, ServiceCanary, ServiceCanaryProps

METRICS_PORT_NAME = "metrics"
"""The port name of an entrypoint whose contract port serves Prometheus' ``/metrics``
(releases.py: the workers' metrics servers)."""
SCRATCH_VOLUME_SIZE = "64Mi"
"""The writable ``/tmp`` of a pod whose root filesystem is read-only."""


@dataclass(frozen=True)
class SecretKey:
    """One key of one Secret; the value stays in the cluster, only this reference is rendered."""

    secret: str
    key: str


@dataclass(frozen=True)
class SecretFile:
    """Keys of a Secret mounted read-only as files (e.g. a CA certificate)."""

    secret: str
    mount_path: str
    keys: tuple[str, ...] = ()
    """Only these keys (a CA Secret may hold the CA's private key too). Default: every key."""


@dataclass(frozen=True, kw_only=True)
class VaultAgent:
    """Vault Agent beside the app (the Vault chart's injector): it logs in as the pod's
    ServiceAccount through ``role`` and keeps a Vault token at ``VAULT_TOKEN_FILE``, so the
    app's own Vault client reads its secrets from Vault, never from a Kubernetes Secret."""

    role: str
    """The Vault Kubernetes-auth role, bound to this ServiceAccount and namespace only."""
    vault_address: str
    """Vault's URL (https) the agent talks to."""
    ca_secret: str
    """The namespace's Secret whose ``ca.crt`` verifies Vault's listener."""
    audience: str
    """The ``aud`` claim of the projected token only the agent mounts (the role requires it)."""
    token_seconds: int = 600
    """Lifetime of that projected token; the kubelet renews it. Default: 600, the shortest
    the API server accepts."""


@dataclass(frozen=True, kw_only=True)
class CanaryPlan:
    """How the service rolls out as a canary (Argo Rollouts)."""

    steps: Sequence[tuple[int, str]]
    """(weight in percent, pause) per step."""
    analysis: CanaryAnalysisProps | None = None
    """What aborts it. Default: nothing (the steps alone)."""


@dataclass(frozen=True, kw_only=True)
class AppServiceProps:
    """What one application service is given."""

    spec: AppServiceSpec
    """Catalog facts: command, port, health endpoints."""
    image: str
    """``repository:tag`` of the app image."""
    image_pull_policy: str = "Always"
    """When the kubelet pulls the image. Default: Always (a re-pushed tag is noticed); LOCAL
    passes IfNotPresent for images loaded into kind/k3d."""
    sizing: ServiceSettings
    """Replicas, resources and autoscaling from the overlay."""
    config: Mapping[str, str]
    """Non-secret settings, rendered into the service's ConfigMap."""
    secret_env: Mapping[str, SecretKey] = field(default_factory=dict)
    """Environment variables read from Secrets by reference. Default: none."""
    secret_files: Sequence[SecretFile] = ()
    """Secrets mounted as files. Default: none."""
    writable_paths: Sequence[str] = ()
    """Directories the code writes besides /tmp (the root filesystem is read-only); each gets
    an emptyDir of ``scratch_volume_size``. Default: none."""
    pod_env: Mapping[str, str] = field(default_factory=dict)
    """Settings built from the pod itself: ``$(POD_IP)`` in a value is its IP. Default: none."""
    scratch_volume_size: str = SCRATCH_VOLUME_SIZE
    """Size of the writable ``/tmp``; the root filesystem is read-only. Default: 64Mi."""
    zone_spread: bool = False
    """Spread replicas over availability zones. Default: false (one zone)."""
    policy_skips: Mapping[str, str] = field(default_factory=dict)
    """checkov check id -> reason, for checks this environment knowingly does not meet; each
    becomes a ``checkov.io/skipN`` annotation, so the reason travels with the object.
    Default: none (every check applies)."""
    vault_agent: VaultAgent | None = None
    """Vault Agent injection for the app's own Vault client. Default: none (the service has
    no Vault client in this environment)."""
    canary: CanaryPlan | None = None
    """Roll out as a canary: a Rollout over the Deployment, which the HPA then scales.
    Default: none (the Deployment rolls itself)."""
    monitoring: bool = False
    """A PodMonitor on the entrypoint's metrics port, where its contract names one (needs the
    Prometheus Operator's CRDs). Default: false."""


class AppService(Construct):
    """ServiceAccount, ConfigMap, Deployment, Service, a PDB and HPA where they apply, and a
    canary (Rollout) where it is planned."""

    def __init__(self, scope: Construct, id: str, *, props: AppServiceProps) -> None:
        super().__init__(scope, id)
        spec = props.spec
        labels = standard_labels(spec.name, component="app")
        selector = {"app.kubernetes.io/name": spec.name, "app.kubernetes.io/part-of": APP_NAME}
        config_name = f"{spec.name}-config"

        self.service_account = self._service_account(spec.name, labels=labels)
        self.config_map = self._config_map(props, labels=labels, config_name=config_name)
        self.deployment = self._deployment(props, labels=labels, selector=selector, config_name=config_name)
        self.service: ApiObject | None = None
        if spec.port is not None and spec.port_name is not None:
            self.service = _service_object(self, spec, labels=labels, selector=selector)
        self.pod_disruption_budget: ApiObject | None = None
        if props.sizing.min_available_replicas > 1:
            self.pod_disruption_budget = disruption_budget(self, name=spec.name, component="app", selector=selector)
        self.pod_monitor: monitoring.PodMonitor | None = None
        if props.monitoring and spec.port_name == METRICS_PORT_NAME:
            self.pod_monitor = metrics_pod_monitor(self, name=spec.name, selector=selector, port=METRICS_PORT_NAME)
        self.canary: ServiceCanary | None = None
        if props.canary is not None:
            canary = ServiceCanaryProps(
                service=spec.name,
                selector=selector,
                steps=props.canary.steps,
                # the HPA's floor to start from (the controller would start at one); the
                # environment's Application keeps the live count from then on (charts.py)
                replicas=props.sizing.min_available_replicas,
                analysis=props.canary.analysis,
            )
            self.canary = ServiceCanary(self, "canary", props=canary)
        self.autoscaler: ApiObject | None = None
        if props.sizing.autoscaling is not None:
            self.autoscaler = self._autoscaler(spec.name, props.sizing.autoscaling, labels=labels, rollout=props.canary is not None)

    def _service_account(self, name: str, *, labels: dict[str, str]) -> k8s.KubeServiceAccount:
        return k8s.KubeServiceAccount(
            self,
            "service-account",
            metadata=k8s.ObjectMeta(name=name, labels=labels),
            automount_service_account_token=False,
        )

    def _config_map(self, props: AppServiceProps, *, labels: dict[str, str], config_name: str) -> k8s.KubeConfigMap:
        return k8s.KubeConfigMap(
            self,
            "config",
            metadata=k8s.ObjectMeta(name=config_name, labels=labels),
            data=dict(sorted(props.config.items())),
        )

    def _deployment(
        self, props: AppServiceProps, *, labels: dict[str, str], selector: dict[str, str], config_name: str
    ) -> k8s.KubeDeployment:
        """Rolls without losing capacity (no pod removed before its replacement is up); with an
        HPA the replica count is left to it, so a sync does not reset the scale; with a canary
        it is the Rollout's template, scaled down by the Rollouts controller."""
        return k8s.KubeDeployment(
            self,
            "deployment",
            metadata=k8s.ObjectMeta(name=props.spec.name, labels=labels, annotations=_deployment_annotations(props)),
            spec=k8s.DeploymentSpec(
                replicas=None if props.sizing.autoscaling or props.canary else props.sizing.replicas,
                revision_history_limit=3,
                selector=k8s.LabelSelector(match_labels=selector),
                strategy=k8s.DeploymentStrategy(
                    type="RollingUpdate",
                    rolling_update=k8s.RollingUpdateDeployment(
                        max_surge=int_or_string("25%"),
                        max_unavailable=int_or_string(0),
                    ),
                ),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(
                        # the injector's webhook selects pods by this label (vault.APP_AGENT_LABEL)
                        labels={**labels, **(dict([APP_AGENT_LABEL]) if props.vault_agent else {})},
                        # a changed ConfigMap rolls the pods, which read it only at start
                        annotations={"checksum/config": _checksum(props.config), **_agent_annotations(props.vault_agent)},
                    ),
                    spec=_pod_spec(props, selector=selector, config_name=config_name),
                ),
            ),
        )

    def _autoscaler(self, name: str, scaling: Autoscaling, *, labels: dict[str, str], rollout: bool) -> k8s.KubeHorizontalPodAutoscalerV2:
        """On CPU; it scales the Rollout where there is one (its pods), else the Deployment."""
        target = (
            k8s.CrossVersionObjectReferenceV2(api_version="argoproj.io/v1alpha1", kind="Rollout", name=name)
            if rollout
            else k8s.CrossVersionObjectReferenceV2(api_version="apps/v1", kind="Deployment", name=name)
        )
        # with its Rollout, in the last wave: it would find no target before it
        wave = {WAVE_ANNOTATION: str(WAVE_AFTER_EVERYTHING)} if rollout else None
        return k8s.KubeHorizontalPodAutoscalerV2(
            self,
            "autoscaler",
            metadata=k8s.ObjectMeta(name=name, labels=labels, annotations=wave),
            spec=k8s.HorizontalPodAutoscalerSpecV2(
                scale_target_ref=target,
                min_replicas=scaling.min_replicas,
                max_replicas=scaling.max_replicas,
                metrics=[
                    k8s.MetricSpecV2(
                        type="Resource",
                        resource=k8s.ResourceMetricSourceV2(
                            name="cpu",
                            target=k8s.MetricTargetV2(type="Utilization", average_utilization=scaling.target_cpu_utilization),
                        ),
                    )
                ],
            ),
        )


def _service_object(scope: Construct, spec: AppServiceSpec, *, labels: dict[str, str], selector: dict[str, str]) -> ApiObject:
    port, port_name = spec.port, spec.port_name
    if port is None or port_name is None:
        raise ValueError(f"{spec.name}: a Service needs the entrypoint's port and its name")
    return k8s.KubeService(
        scope,
        "service",
        metadata=k8s.ObjectMeta(name=spec.name, labels=labels),
        spec=k8s.ServiceSpec(
            type="ClusterIP",
            selector=selector,
            ports=[k8s.ServicePort(name=port_name, port=port, target_port=int_or_string(port_name), protocol="TCP")],
        ),
    )


def env_vars(secret_env: Mapping[str, SecretKey], pod_env: Mapping[str, str]) -> list[k8s.EnvVar]:
    """Secrets by reference; then the pod's IP and the settings built from it (Kubernetes
    expands ``$(POD_IP)`` only in env values, after the variable is defined)."""
    env = [
        k8s.EnvVar(name=name, value_from=k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(name=ref.secret, key=ref.key)))
        for name, ref in sorted(secret_env.items())
    ]
    if pod_env:
        env.append(k8s.EnvVar(name="POD_IP", value_from=k8s.EnvVarSource(field_ref=k8s.ObjectFieldSelector(field_path="status.podIP"))))
        env += [k8s.EnvVar(name=name, value=value) for name, value in sorted(pod_env.items())]
    return env


def secret_file_volume(secret_file: SecretFile) -> k8s.Volume:
    return k8s.Volume(
        name=secret_file.secret,
        secret=k8s.SecretVolumeSource(
            secret_name=secret_file.secret,
            items=[k8s.KeyToPath(key=key, path=key) for key in secret_file.keys] or None,
        ),
    )


def _pod_spec(props: AppServiceProps, *, selector: dict[str, str], config_name: str) -> k8s.PodSpec:
    return k8s.PodSpec(
        service_account_name=props.spec.name,
        automount_service_account_token=False,
        enable_service_links=False,
        termination_grace_period_seconds=30,
        # the app image's user (the catalog's uid)
        security_context=restricted_pod_security_k8s(APP_UID),
        topology_spread_constraints=spread_over_zones_and_hosts(selector) if props.zone_spread else None,
        containers=[_container(props, config_name=config_name)],
        volumes=_volumes(props),
    )


def _container(props: AppServiceProps, *, config_name: str) -> k8s.Container:
    spec = props.spec
    readiness_probe, liveness_probe = _probes(spec)
    return k8s.Container(
        name=spec.name,
        image=props.image,
        image_pull_policy=props.image_pull_policy,
        command=list(spec.command),
        ports=[k8s.ContainerPort(name=spec.port_name, container_port=spec.port, protocol="TCP")]
        if spec.port is not None and spec.port_name is not None
        else None,
        env_from=[k8s.EnvFromSource(config_map_ref=k8s.ConfigMapEnvSource(name=config_name))],
        env=env_vars(props.secret_env, props.pod_env) or None,
        resources=k8s_resources(props.sizing.resources),
        readiness_probe=readiness_probe,
        liveness_probe=liveness_probe,
        security_context=restricted_container_security_k8s(APP_UID),
        volume_mounts=_volume_mounts(props),
    )


def _probes(spec: AppServiceSpec) -> tuple[k8s.Probe | None, k8s.Probe | None]:
    """Readiness and liveness; an entrypoint that serves nothing over TCP gets no probe rather
    than one that always fails."""
    readiness = (
        _http_probe(spec.readiness_path, spec.port_name, period=10, initial_delay=5) if spec.readiness_path and spec.port_name else None
    )
    liveness = (
        _http_probe(spec.liveness_path, spec.port_name, period=20, initial_delay=15) if spec.liveness_path and spec.port_name else None
    )
    return readiness, liveness


def _volume_mounts(props: AppServiceProps) -> list[k8s.VolumeMount]:
    """``/tmp`` and the writable paths (the root filesystem is read-only), then the Secret files."""
    return [
        k8s.VolumeMount(name="tmp", mount_path="/tmp"),
        *(k8s.VolumeMount(name=f"writable-{index}", mount_path=path) for index, path in enumerate(props.writable_paths)),
        *(
            k8s.VolumeMount(name=secret_file.secret, mount_path=secret_file.mount_path, read_only=True)
            for secret_file in props.secret_files
        ),
    ]


def _volumes(props: AppServiceProps) -> list[k8s.Volume]:
    """The volumes :func:`_volume_mounts` mounts, in the same order; then the token volume
    only Vault Agent mounts."""
    return [
        scratch_volume("tmp", props.scratch_volume_size),
        *(scratch_volume(f"writable-{index}", props.scratch_volume_size) for index, _ in enumerate(props.writable_paths)),
        *(secret_file_volume(secret_file) for secret_file in props.secret_files),
        *([_agent_token_volume(props.vault_agent)] if props.vault_agent else []),
    ]


def _deployment_annotations(props: AppServiceProps) -> dict[str, str] | None:
    """checkov's skips and, for an entrypoint with nothing to probe, why it has no probes."""
    reason = props.spec.probe_exception
    annotations = {**(skip_annotations(props.policy_skips) or {}), **({PROBE_EXCEPTION_ANNOTATION: reason} if reason else {})}
    return annotations or None


def _agent_annotations(agent: VaultAgent | None) -> dict[str, str]:
    """The injector's annotations (vault-k8s v1.4.2 agent-inject/agent/annotations.go): a
    sidecar that keeps the token fresh, logging in with the token volume's audience, and
    proxies the app's Vault calls (``APP_VAULT_PROXY``) to Vault over verified TLS."""
    if agent is None:
        return {}
    return {
        "vault.hashicorp.com/agent-inject": "true",
        "vault.hashicorp.com/role": agent.role,
        "vault.hashicorp.com/agent-inject-token": "true",
        "vault.hashicorp.com/agent-service-account-token-volume-name": APP_TOKEN_VOLUME,
        "vault.hashicorp.com/service": agent.vault_address,
        TLS_SECRET_ANNOTATION: agent.ca_secret,
        "vault.hashicorp.com/ca-cert": f"{APP_VAULT_CA_MOUNT}/ca.crt",
        "vault.hashicorp.com/agent-cache-enable": "true",
    }


def _agent_token_volume(agent: VaultAgent) -> k8s.Volume:
    return k8s.Volume(
        name=APP_TOKEN_VOLUME,
        projected=k8s.ProjectedVolumeSource(
            sources=[
                k8s.VolumeProjection(
                    service_account_token=k8s.ServiceAccountTokenProjection(
                        path="token", audience=agent.audience, expiration_seconds=agent.token_seconds
                    )
                )
            ]
        ),
    )


def scratch_volume(name: str, size: str) -> k8s.Volume:
    return k8s.Volume(name=name, empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity(size)))


def _http_probe(path: str, port_name: str, *, period: int, initial_delay: int) -> k8s.Probe:
    return k8s.Probe(
        http_get=k8s.HttpGetAction(path=path, port=int_or_string(port_name)),
        initial_delay_seconds=initial_delay,
        period_seconds=period,
        timeout_seconds=3,
        failure_threshold=3,
    )


def _checksum(config: Mapping[str, str]) -> str:
    return hashlib.sha256(json.dumps(dict(config), sort_keys=True).encode()).hexdigest()
