"""A CronJob that runs a shell script calling a service with curl: what a data tier's backup
needs when the service does the work itself (a snapshot, a BACKUP statement) and the job
only asks for it, with its credentials as files; or, after steps that fetch the data into a
scratch folder (a Redis snapshot), ships it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s
from constructs import Construct

from ..settings.types import ResourceAmounts, Resources, pull_policy_of
from .idioms import (
    k8s_resources,
    quantity,
    restricted_container_security_k8s,
    restricted_pod_security_k8s,
    skip_annotations,
)
from .labels import standard_labels
from .network import Outside, dns_egress, network_policy, outside_egress, pods, tcp

CURL_IMAGE = "curlimages/curl:8.11.1"
"""curl on Alpine (busybox's sh, grep, cut, sort and date), as uid 100 (its curl_user)."""
CURL_UID = 100
CURL_POLICY_SKIPS = {
    "CKV_K8S_40": "the curl image runs as its own uid 100 (curl_user)",
    "CKV_K8S_43": "the image is pinned by its release tag",
}


@dataclass(frozen=True, kw_only=True)
class SecretFile:
    """One key of a Secret, mounted read-only as a file of the job."""

    volume: str
    """The volume's name in the pod."""
    secret: str
    key: str
    path: str
    """Where the job reads it."""


@dataclass(frozen=True, kw_only=True)
class Reach:
    """Pods of the namespace the job calls, and on which TCP ports."""

    pod_labels: Mapping[str, str]
    ports: tuple[int, ...]


WORK_PATH = "/work"
"""The scratch folder the steps and the call share."""


@dataclass(frozen=True, kw_only=True)
class JobStep:
    """A container that runs before the call, to completion (an init container), writing to
    ``WORK_PATH``."""

    name: str
    """The container's name."""
    image: str
    """Its image, pinned."""
    uid: int
    """The image's user."""
    script: str
    """The shell script (``/bin/sh -c``), ``set -eu``."""
    files: Sequence[SecretFile] = ()
    """Secrets it reads as files. Default: none."""
    scratch: str | None = None
    """Node disk it writes to ``WORK_PATH``, requested (``ephemeral-storage``) so the pod is
    placed where it fits. Default: none requested."""


@dataclass(frozen=True, kw_only=True)
class ScheduledCallProps:
    """What runs, when, and with which files."""

    name: str
    """The CronJob's name, and its pods' ``app.kubernetes.io/name`` (network policies admit it)."""
    component: str
    """The ``app.kubernetes.io/component`` label."""
    schedule: str
    """A five-field cron schedule, in UTC."""
    script: str
    """The shell script (``/bin/sh -c``); it should ``set -eu`` so a failed call fails the job."""
    files: Sequence[SecretFile] = ()
    """Secrets it reads as files (never as environment variables). Default: none."""
    image: str = CURL_IMAGE
    """Default: curl on Alpine (curlimages/curl:8.11.1)."""
    uid: int = CURL_UID
    """The image's user. Default: 100 (curl_user)."""
    policy_skips: Mapping[str, str] = field(default_factory=lambda: dict(CURL_POLICY_SKIPS))
    """checkov checks it knowingly does not meet, with their reasons. Default: the curl image's."""
    steps: Sequence[JobStep] = ()
    """Containers that run first, in order. Default: none."""
    work_size: str | None = None
    """The size of the scratch folder ``WORK_PATH`` the steps and the call share; None for
    none. Default: None."""
    reaches: Sequence[Reach] = ()
    """The pods it calls: its NetworkPolicy lets it reach these, DNS, and ``object_storage``;
    nothing may reach it. Default: none."""
    object_storage: Outside | None = None
    """The object storage it writes to itself (``network.object_storage``). Default: none."""


class ScheduledCall(Construct):
    """One run at a time, a run that fails retried twice, none longer than an hour;
    restricted, read-only, no service account token; its pods denied everything but what
    they call."""

    def __init__(self, scope: Construct, id: str, *, props: ScheduledCallProps) -> None:
        super().__init__(scope, id)
        labels = standard_labels(props.name, component=props.component)
        self.cron_job = k8s.KubeCronJob(
            self,
            "cron-job",
            metadata=k8s.ObjectMeta(name=props.name, labels=labels, annotations=skip_annotations(props.policy_skips)),
            spec=k8s.CronJobSpec(
                schedule=props.schedule,
                time_zone="Etc/UTC",
                concurrency_policy="Forbid",
                successful_jobs_history_limit=1,
                failed_jobs_history_limit=3,
                job_template=k8s.JobTemplateSpec(
                    spec=k8s.JobSpec(
                        backoff_limit=2,
                        active_deadline_seconds=3600,
                        template=k8s.PodTemplateSpec(metadata=k8s.ObjectMeta(labels=labels), spec=_pod_spec(props)),
                    )
                ),
            ),
        )
        self.network_policy = _network_policy(self, props)


def _network_policy(scope: Construct, props: ScheduledCallProps) -> k8s.KubeNetworkPolicy:
    egress = [
        dns_egress(),
        *(k8s.NetworkPolicyEgressRule(to=[pods(reach.pod_labels)], ports=[tcp(port) for port in reach.ports]) for reach in props.reaches),
    ]
    selector = {"app.kubernetes.io/name": props.name}
    if props.object_storage is not None:
        egress += outside_egress(scope, name=props.name, selector=selector, outside=[props.object_storage])
    return network_policy(scope, "network-policy", name=props.name, selector=selector, egress=egress)


def _pod_spec(props: ScheduledCallProps) -> k8s.PodSpec:
    files = [*props.files, *(file for step in props.steps for file in step.files)]
    work = [k8s.Volume(name="work", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity(props.work_size)))] if props.work_size else []
    return k8s.PodSpec(
        restart_policy="Never",
        automount_service_account_token=False,
        enable_service_links=False,
        security_context=restricted_pod_security_k8s(props.uid),
        init_containers=[
            _container(step.name, step.image, step.uid, step.script, step.files, work=bool(work), scratch=step.scratch)
            for step in props.steps
        ]
        or None,
        containers=[_container(props.name, props.image, props.uid, props.script, props.files, work=bool(work))],
        volumes=[
            *(
                k8s.Volume(
                    name=file.volume,
                    secret=k8s.SecretVolumeSource(secret_name=file.secret, items=[k8s.KeyToPath(key=file.key, path=file.key)]),
                )
                for file in files
            ),
            k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("16Mi"))),
            *work,
        ],
    )


def _container(
    name: str, image: str, uid: int, script: str, files: Sequence[SecretFile], *, work: bool, scratch: str | None = None
) -> k8s.Container:
    resources = k8s_resources(
        Resources(requests=ResourceAmounts(cpu="10m", memory="16Mi"), limits=ResourceAmounts(cpu="200m", memory="64Mi"))
    )
    if scratch is not None:
        requests = {"cpu": quantity("10m"), "memory": quantity("16Mi"), "ephemeral-storage": quantity(scratch)}
        resources = k8s.ResourceRequirements(requests=requests, limits=resources.limits)
    return k8s.Container(
        name=name,
        image=image,
        image_pull_policy=pull_policy_of(image),
        command=["/bin/sh", "-c", script],
        resources=resources,
        security_context=restricted_container_security_k8s(uid),
        volume_mounts=[
            *(k8s.VolumeMount(name=file.volume, mount_path=file.path, sub_path=file.key, read_only=True) for file in files),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),
            *([k8s.VolumeMount(name="work", mount_path=WORK_PATH)] if work else []),
        ],
    )
