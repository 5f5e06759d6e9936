"""Qdrant's scheduled backup: a CronJob that asks every peer for a snapshot of each of its
collections and deletes the snapshots past the retention. The peers write the snapshots
straight to object storage themselves (Qdrant's S3 snapshot storage,
lib/collection/src/common/snapshots_manager.rs at v1.11.0), so the job holds no storage
credential and moves no data."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from ...constructs.scheduled_call import CURL_IMAGE, Reach, ScheduledCall, ScheduledCallProps, SecretFile
from .constructs import API_KEY, HTTP_PORT, POD_SELECTOR, QDRANT, QDRANT_BACKUP, QDRANT_HEADLESS

SECRETS_PATH = "/etc/qdrant"
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
    """The CronJob (constructs/scheduled_call.py), with the API key and the peers' CA as files."""

    def __init__(self, scope: Construct, id: str, *, props: QdrantBackupProps) -> None:
        super().__init__(scope, id)
        self.call = ScheduledCall(
            self,
            "call",
            props=ScheduledCallProps(
                name=QDRANT_BACKUP,
                # the peers write their snapshots to the bucket themselves
                reaches=(Reach(pod_labels=POD_SELECTOR, ports=(HTTP_PORT,)),),
                component="backup",
                schedule=props.schedule,
                script=backup_script(props),
                files=(
                    SecretFile(volume="api-key", secret=props.secret, key=API_KEY, path=f"{SECRETS_PATH}/{API_KEY}"),
                    SecretFile(volume="ca", secret=props.tls_secret, key="ca.crt", path=f"{SECRETS_PATH}/ca.crt"),
                ),
                image=props.image,
            ),
        )
        self.cron_job = self.call.cron_job
