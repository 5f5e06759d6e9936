"""Qdrant's scheduled backup: a CronJob that asks every peer for a snapshot of each of its
collections and deletes the snapshots past the retention. The peers write the snapshots
straight to object storage themselves (Qdrant's S3 snapshot storage,
lib/collection/src/common/snapshots_manager.rs at v1.11.0), so the job holds no storage
credential and moves no data."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...constructs.idioms import (
    k8s_resources,
    quantity,
    restricted_container_security_k8s,
    restricted_pod_security_k8s,
    skip_annotations,
)
from ...constructs.labels import standard_labels
from ...settings.types import ResourceAmounts, Resources
from .constructs import API_KEY, HTTP_PORT, QDRANT, QDRANT_BACKUP, QDRANT_HEADLESS

CURL_IMAGE = "curlimages/curl:8.11.1"
"""curl on Alpine (busybox's sh, grep, cut, sort and date), as uid 100 (its curl_user)."""
CURL_UID = 100
SECRETS_PATH = "/etc/qdrant"
BACKUP_POLICY_SKIPS = {
    "CKV_K8S_40": "the curl image runs as its own uid 100 (curl_user)",
    "CKV_K8S_43": "the image is pinned by its release tag",
}
SNAPSHOT_TIME = r"[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}-[0-9]\{2\}-[0-9]\{2\}-[0-9]\{2\}"
"""The UTC time in a snapshot's name, ``<collection>-<peer>-%Y-%m-%d-%H-%M-%S.snapshot``
(lib/collection/src/collection/snapshots.rs L51-55): it sorts as text."""


@dataclass(frozen=True, kw_only=True)
class QdrantBackupProps:
    """When and for how long, and how the job reaches the peers."""

    namespace: str
    """The environment namespace (the peers' DNS names carry it)."""
    replicas: int
    """The peers: each snapshots the shards it holds."""
    schedule: str
    """A five-field cron schedule (UTC)."""
    retention_days: int
    """Snapshots older than this are deleted."""
    secret: str
    """The Secret holding the API key (``api_key``)."""
    tls_secret: str
    """The certificate Secret whose ``ca.crt`` verifies the peers."""
    image: str = CURL_IMAGE
    """The job's image. Default: curl on Alpine (curlimages/curl:8.11.1)."""


def backup_script(props: QdrantBackupProps) -> str:
    """Per peer and collection: a snapshot, then the deletion of those past the retention.
    ``-f`` makes an HTTP error fail the job (and Kubernetes retry it). Each peer lists every
    peer's snapshots of a collection (one prefix in the bucket; the names carry the peer's
    id), so the first prunes them all; deleting one already gone succeeds."""
    peers = " ".join(f"https://{QDRANT}-{index}.{QDRANT_HEADLESS}.{props.namespace}.svc:{HTTP_PORT}" for index in range(props.replicas))
    return (
        "set -eu\n"
        f'key="$(cat {SECRETS_PATH}/{API_KEY})"\n'
        f'cutoff="$(date -u -d "@$(( $(date +%s) - {props.retention_days} * 86400 ))" +%Y-%m-%d-%H-%M-%S)"\n'
        f'q() {{ curl -fsS --cacert {SECRETS_PATH}/ca.crt -H "api-key: $key" "$@"; }}\n'
        'names() { grep -o \'"name":"[^"]*"\' | cut -d \'"\' -f 4; }\n'
        f"for peer in {peers}; do\n"
        # each answer into a variable first: a failed curl inside a pipeline feeding a for
        # list would not stop the script (set -e sees only the pipeline's last command)
        '  collections="$(q "$peer/collections")"\n'
        "  for collection in $(printf '%s' \"$collections\" | names); do\n"
        '    q -X POST "$peer/collections/$collection/snapshots?wait=true" > /dev/null\n'
        '    snapshots="$(q "$peer/collections/$collection/snapshots")"\n'
        "    for snapshot in $(printf '%s' \"$snapshots\" | names); do\n"
        f'      taken="$(echo "$snapshot" | grep -o \'{SNAPSHOT_TIME}\' | tail -n 1)"\n'
        '      if [ -n "$taken" ] && [ "$taken" != "$cutoff" ] && [ "$(printf \'%s\\n%s\\n\' "$taken" "$cutoff" | sort | head -n 1)" = "$taken" ]; then\n'
        '        q -X DELETE "$peer/collections/$collection/snapshots/$snapshot?wait=true" > /dev/null\n'
        "      fi\n"
        "    done\n"
        "  done\n"
        "done\n"
    )


class QdrantBackupJob(Construct):
    """The CronJob: one run at a time, a run that fails retried twice, gone after an hour."""

    def __init__(self, scope: Construct, id: str, *, props: QdrantBackupProps) -> None:
        super().__init__(scope, id)
        labels = standard_labels(QDRANT_BACKUP, component="backup")
        self.cron_job = k8s.KubeCronJob(
            self,
            "cron-job",
            metadata=k8s.ObjectMeta(name=QDRANT_BACKUP, labels=labels, annotations=skip_annotations(BACKUP_POLICY_SKIPS)),
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


def _pod_spec(props: QdrantBackupProps) -> k8s.PodSpec:
    return k8s.PodSpec(
        restart_policy="Never",
        automount_service_account_token=False,
        enable_service_links=False,
        security_context=restricted_pod_security_k8s(CURL_UID),
        containers=[
            k8s.Container(
                name=QDRANT_BACKUP,
                image=props.image,
                image_pull_policy="Always",
                command=["/bin/sh", "-c", backup_script(props)],
                resources=k8s_resources(
                    Resources(requests=ResourceAmounts(cpu="10m", memory="16Mi"), limits=ResourceAmounts(cpu="200m", memory="64Mi"))
                ),
                security_context=restricted_container_security_k8s(CURL_UID),
                volume_mounts=[
                    k8s.VolumeMount(name="api-key", mount_path=f"{SECRETS_PATH}/{API_KEY}", sub_path=API_KEY, read_only=True),
                    k8s.VolumeMount(name="ca", mount_path=f"{SECRETS_PATH}/ca.crt", sub_path="ca.crt", read_only=True),
                    k8s.VolumeMount(name="tmp", mount_path="/tmp"),
                ],
            )
        ],
        volumes=[
            k8s.Volume(
                name="api-key", secret=k8s.SecretVolumeSource(secret_name=props.secret, items=[k8s.KeyToPath(key=API_KEY, path=API_KEY)])
            ),
            k8s.Volume(
                name="ca", secret=k8s.SecretVolumeSource(secret_name=props.tls_secret, items=[k8s.KeyToPath(key="ca.crt", path="ca.crt")])
            ),
            k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("16Mi"))),
        ],
    )
