"""The app release's database migrations, run by Argo CD before the workloads that need them.

The image's own start script migrates before starting uvicorn, but the Deployments replace
its entrypoint, so the schema step runs here: a Job in a sync wave after the database (the
custom resources, wave 0) and before the workloads (wave 10). It is a Sync hook recreated at
every sync (``BeforeHookCreation``), because a Job's pod template cannot change in place when
the release does; ``migrate`` does nothing when the schema is current.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...argocd import WAVE_ANNOTATION
from ...catalog import APP_UID
from ...constructs.idioms import (
    k8s_resources,
    restricted_container_security_k8s,
    restricted_pod_security_k8s,
    skip_annotations,
)
from ...constructs.labels import standard_labels
from ...constructs.network import dns_egress, network_policy, pods, tcp
from ...endpoints import InClusterPeer
from ...settings import ResourceAmounts, Resources
from .app_service import SCRATCH_VOLUME_SIZE, SecretFile, SecretKey, env_vars, scratch_volume, secret_file_volume

WAVE_MIGRATIONS = 5
"""After the database (custom resources, wave 0), before the workloads (wave 10)."""
MIGRATION_RESOURCES = Resources(requests=ResourceAmounts(cpu="100m", memory="256Mi"), limits=ResourceAmounts(cpu="1", memory="512Mi"))
"""The migration container's: a short schema step, sized like the settings' default container."""


@dataclass(frozen=True, kw_only=True)
class MigrationsProps:
    """The release's migration command and the settings it reads."""

    name: str
    """The Job's name, and the label its NetworkPolicy selects its pod by."""
    image: str
    """``repository:tag`` of the app image: the release's own migrations."""
    image_pull_policy: str = "Always"
    """As for the app's pods. Default: Always (a re-pushed tag is noticed); LOCAL passes
    IfNotPresent for images loaded into kind/k3d."""
    command: Sequence[str]
    """The release's migrate command (it replaces the image's entrypoint)."""
    postgres: InClusterPeer
    """The pods that serve Postgres and their ports: the only peer its NetworkPolicy allows."""
    config: Mapping[str, str]
    """Non-secret settings the command reads, inline: a Job has no ConfigMap of its own."""
    secret_env: Mapping[str, SecretKey] = field(default_factory=dict)
    """Environment variables read from Secrets by reference (the database URI). Default: none."""
    pod_env: Mapping[str, str] = field(default_factory=dict)
    """Settings built from the pod itself (``$(POD_IP)``). Default: none."""
    secret_files: Sequence[SecretFile] = ()
    """Secrets mounted as files (the Postgres CA, to verify the server). Default: none."""
    deadline_seconds: int = 900
    """The Job fails (and with it the sync) when migrating takes longer. Default: 900."""
    policy_skips: Mapping[str, str] = field(default_factory=dict)
    """checkov check id -> reason, as for the app's own pods. Default: none."""
    wave: int = WAVE_MIGRATIONS
    """The Job's sync wave (its NetworkPolicy's is one less). Default: 5, after the database
    (custom resources, wave 0) and before the workloads (wave 10)."""


class Migrations(Construct):
    """The migration Job (a Sync hook) and the NetworkPolicy that confines its pod."""

    def __init__(self, scope: Construct, id: str, *, props: MigrationsProps) -> None:
        super().__init__(scope, id)
        labels = standard_labels(props.name, component="migrations")
        self.job = self._job(props, labels=labels)
        self.network_policy = self._network_policy(props.name, pod_labels=labels, postgres=props.postgres, wave=props.wave)

    def _job(self, props: MigrationsProps, *, labels: dict[str, str]) -> k8s.KubeJob:
        return k8s.KubeJob(
            self,
            "job",
            metadata=k8s.ObjectMeta(
                name=props.name,
                labels=labels,
                annotations={
                    **(skip_annotations(props.policy_skips) or {}),
                    WAVE_ANNOTATION: str(props.wave),
                    "argocd.argoproj.io/hook": "Sync",
                    "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
                },
            ),
            spec=k8s.JobSpec(
                backoff_limit=3,
                active_deadline_seconds=props.deadline_seconds,
                template=k8s.PodTemplateSpec(metadata=k8s.ObjectMeta(labels=labels), spec=_pod_spec(props)),
            ),
        )

    def _network_policy(self, name: str, *, pod_labels: dict[str, str], postgres: InClusterPeer, wave: int) -> k8s.KubeNetworkPolicy:
        """The Job's pod talks to DNS and Postgres, and nothing reaches it."""
        return network_policy(
            self,
            "network-policy",
            name=name,
            selector=pod_labels,
            egress=[dns_egress(), _postgres_egress(postgres)],
            # before the Job's wave, so the Job never runs unrestricted
            annotations={WAVE_ANNOTATION: str(wave - 1)},
        )


def _pod_spec(props: MigrationsProps) -> k8s.PodSpec:
    return k8s.PodSpec(
        restart_policy="Never",
        automount_service_account_token=False,
        enable_service_links=False,
        security_context=restricted_pod_security_k8s(APP_UID),
        containers=[_container(props)],
        volumes=[
            scratch_volume("tmp", SCRATCH_VOLUME_SIZE),
            *(secret_file_volume(file) for file in props.secret_files),
        ],
    )


def _container(props: MigrationsProps) -> k8s.Container:
    return k8s.Container(
        name="migrate",
        image=props.image,
        image_pull_policy=props.image_pull_policy,
        command=list(props.command),
        env=_env(props),
        resources=k8s_resources(MIGRATION_RESOURCES),
        security_context=restricted_container_security_k8s(APP_UID),
        volume_mounts=[
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),
            *(k8s.VolumeMount(name=file.secret, mount_path=file.mount_path, read_only=True) for file in props.secret_files),
        ],
    )


def _env(props: MigrationsProps) -> list[k8s.EnvVar]:
    """As the app's pods get them, and the settings inline: a Job has no ConfigMap of its own."""
    env = env_vars(props.secret_env, props.pod_env)
    env += [k8s.EnvVar(name=name, value=value) for name, value in sorted(props.config.items())]
    return env


def _postgres_egress(postgres: InClusterPeer) -> k8s.NetworkPolicyEgressRule:
    return k8s.NetworkPolicyEgressRule(to=[pods(postgres.pod_labels)], ports=[tcp(port) for port in postgres.ports])
