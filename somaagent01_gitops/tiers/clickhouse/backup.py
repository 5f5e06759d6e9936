"""ClickHouse's scheduled backup: a CronJob that sends one ``BACKUP ... ON CLUSTER`` statement;
the servers write each shard once, straight to object storage (ClickHouse's S3 backup
destination), so the job moves no data."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from ...constructs.scheduled_call import ScheduledCall, ScheduledCallProps, SecretFile
from .constructs import APP_USER, CLICKHOUSE, CLICKHOUSE_BACKUP, HTTP_PORT

SECRETS_PATH = "/etc/clickhouse"
S3_KEYS = ("access_key_id", "secret_access_key")
"""The bucket's access key, in the backup credentials Secret."""
SYSTEM_DATABASES = ("system", "INFORMATION_SCHEMA", "information_schema")
"""Databases the server makes itself: not backed up."""


@dataclass(frozen=True, kw_only=True)
class ClickHouseBackupProps:
    """Where, when, and with which credentials."""

    namespace: str
    """The environment namespace (the installation's Service is in it)."""
    schedule: str
    """A five-field cron schedule (UTC)."""
    bucket: str
    """The S3 bucket (the environment's, or the prod region's own)."""
    region: str
    """The bucket's AWS region."""
    password_secret: str
    """The Secret whose ``password`` is the ``soma`` user's (the statement runs as it)."""
    credentials_secret: str
    """The Secret holding the bucket's access key (``access_key_id``, ``secret_access_key``)."""


def backup_script(props: ClickHouseBackupProps) -> str:
    """One statement, sent to any server of the installation's Service; the key is put into
    it from the mounted files and never leaves the pod otherwise (ClickHouse masks a
    table function's credentials in its query log). ``-f`` fails the job on an error."""
    destination = f"https://{props.bucket}.s3.{props.region}.amazonaws.com/{props.namespace}/clickhouse"
    service = f"http://{CLICKHOUSE}-{CLICKHOUSE}.{props.namespace}.svc:{HTTP_PORT}/"
    skipped = ", ".join(SYSTEM_DATABASES)
    return (
        "set -eu\n"
        f'password="$(cat {SECRETS_PATH}/password)"\n'
        f'key_id="$(cat {SECRETS_PATH}/{S3_KEYS[0]})"\n'
        f'secret="$(cat {SECRETS_PATH}/{S3_KEYS[1]})"\n'
        'taken="$(date -u +%Y-%m-%d-%H-%M-%S)"\n'
        f"printf \"BACKUP ALL EXCEPT DATABASES {skipped} ON CLUSTER '{CLICKHOUSE}' TO S3('%s/%s', '%s', '%s')\" "
        f'"{destination}" "$taken" "$key_id" "$secret" > /tmp/backup.sql\n'
        f'curl -fsS --user "{APP_USER}:$password" --data-binary @/tmp/backup.sql "{service}"\n'
    )


class ClickHouseBackupJob(Construct):
    """The CronJob (constructs/scheduled_call.py), with the user's password and the bucket's
    key as files."""

    def __init__(self, scope: Construct, id: str, *, props: ClickHouseBackupProps) -> None:
        super().__init__(scope, id)
        self.call = ScheduledCall(
            self,
            "call",
            props=ScheduledCallProps(
                name=CLICKHOUSE_BACKUP,
                component="backup",
                schedule=props.schedule,
                script=backup_script(props),
                files=(
                    SecretFile(volume="password", secret=props.password_secret, key="password", path=f"{SECRETS_PATH}/password"),
                    *(
                        SecretFile(volume=key.replace("_", "-"), secret=props.credentials_secret, key=key, path=f"{SECRETS_PATH}/{key}")
                        for key in S3_KEYS
                    ),
                ),
            ),
        )
        self.cron_job = self.call.cron_job
