"""Redis' scheduled backup: a CronJob whose first step streams an RDB snapshot from a replica
(``redis-cli --rdb``, as the backup ACL user, over TLS) into a scratch folder, and whose call
puts it in the bucket with curl's own AWS signature, so no SDK image is needed."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from ...constructs.network import object_storage
from ...constructs.scheduled_call import WORK_PATH, JobStep, Reach, ScheduledCall, ScheduledCallProps, SecretFile
from .acl import BACKUP_USER
from .constructs import REDIS_PORT, REDIS_UID, SERVER_PODS
from .settings import SINGLE_PUT_BYTES

REDIS_BACKUP = "redis-backup"
"""The CronJob, and its pods' ``app.kubernetes.io/name`` (the instance's policy admits them)."""
SECRETS_PATH = "/etc/redis-backup"
S3_KEYS = ("access_key_id", "secret_access_key")


@dataclass(frozen=True, kw_only=True)
class RedisBackupProps:
    """Where from, where to, when, and with which secrets."""

    namespace: str
    """The environment namespace."""
    instance: str
    """The instance whose replica streams the snapshot (``<instance>-replica``)."""
    image: str
    """The Redis image, for its redis-cli."""
    schedule: str
    """A five-field cron schedule (UTC)."""
    bucket: str
    """The S3 bucket."""
    region: str
    """The bucket's AWS region."""
    egress_by_name: bool = False
    """Let the upload out to S3 by host name (Cilium), not by address. Default: false."""
    size: str
    """The scratch folder's size, requested from the node: the instance's memory limit, which
    its data (and so the snapshot) stays below."""
    password_secret: str
    """The Secret whose ``password`` is the backup user's."""
    credentials_secret: str
    """The Secret with the bucket's ``access_key_id`` and ``secret_access_key``."""
    tls_secret: str
    """The certificate Secret whose ``ca.crt`` verifies the instance."""


def dump_script(props: RedisBackupProps) -> str:
    """The snapshot, from any replica (the primary keeps serving); the password by
    ``REDISCLI_AUTH``, never on the command line."""
    host = f"{props.instance}-replica.{props.namespace}.svc"
    return (
        "set -eu\n"
        f'REDISCLI_AUTH="$(cat {SECRETS_PATH}/password)" redis-cli --tls --cacert {SECRETS_PATH}/ca.crt '
        f"-h {host} -p {REDIS_PORT} --user {BACKUP_USER} --no-auth-warning --rdb {WORK_PATH}/dump.rdb\n"
    )


def upload_script(props: RedisBackupProps) -> str:
    """One PUT of the snapshot under ``<namespace>/redis/<UTC time>.rdb``, signed by curl
    (``--aws-sigv4``) with the file's SHA-256, which S3 checks the bytes against; a copy over
    one PUT's 5 GiB fails the job (the model keeps the memory limit below it);
    ``--fail-with-body`` fails the job on an error and keeps S3's message."""
    url = f"https://{props.bucket}.s3.{props.region}.amazonaws.com/{props.namespace}/redis"
    return (
        "set -eu\n"
        f'[ "$(stat -c %s {WORK_PATH}/dump.rdb)" -le {SINGLE_PUT_BYTES} ] || {{ echo "over 5 GiB: one PUT cannot take it" >&2; exit 1; }}\n'
        f'key="$(cat {SECRETS_PATH}/access_key_id):$(cat {SECRETS_PATH}/secret_access_key)"\n'
        f'hash="$(sha256sum {WORK_PATH}/dump.rdb | cut -d " " -f 1)"\n'
        'taken="$(date -u +%Y-%m-%d-%H-%M-%S)"\n'
        f'curl -sS --fail-with-body --aws-sigv4 "aws:amz:{props.region}:s3" --user "$key" '
        '-H "x-amz-content-sha256: $hash" '
        f'-T {WORK_PATH}/dump.rdb "{url}/$taken.rdb"\n'
    )


class RedisBackupJob(Construct):
    """The CronJob (constructs/scheduled_call.py): the snapshot step, then the upload."""

    def __init__(self, scope: Construct, id: str, *, props: RedisBackupProps) -> None:
        super().__init__(scope, id)
        dump = JobStep(
            name="snapshot",
            image=props.image,
            uid=REDIS_UID,
            script=dump_script(props),
            scratch=props.size,
            files=(
                SecretFile(volume="password", secret=props.password_secret, key="password", path=f"{SECRETS_PATH}/password"),
                SecretFile(volume="ca", secret=props.tls_secret, key="ca.crt", path=f"{SECRETS_PATH}/ca.crt"),
            ),
        )
        self.call = ScheduledCall(
            self,
            "call",
            props=ScheduledCallProps(
                name=REDIS_BACKUP,
                component="backup",
                # the snapshot from a replica, then the upload to the bucket
                reaches=(Reach(pod_labels=SERVER_PODS, ports=(REDIS_PORT,)),),
                object_storage=object_storage(props.region, by_name=props.egress_by_name),
                schedule=props.schedule,
                script=upload_script(props),
                files=tuple(
                    SecretFile(volume=key.replace("_", "-"), secret=props.credentials_secret, key=key, path=f"{SECRETS_PATH}/{key}")
                    for key in S3_KEYS
                ),
                steps=(dump,),
                work_size=props.size,
            ),
        )
        self.cron_job = self.call.cron_job
