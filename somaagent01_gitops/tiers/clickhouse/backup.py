"""ClickHouse's scheduled backup: a CronJob that sends one ``BACKUP ... ON CLUSTER`` statement;
the servers write each shard once, straight to object storage (ClickHouse's S3 backup
destination) with the bucket's key they hold, so the job moves no data and no key."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from ...constructs.scheduled_call import Reach, ScheduledCall, ScheduledCallProps, SecretFile
from .constructs import APP_USER, CLICKHOUSE, CLICKHOUSE_BACKUP, HTTP_PORT
from .operator import CHI_LABEL

SECRETS_PATH = "/etc/clickhouse"
SYSTEM_DATABASES = ("system", "INFORMATION_SCHEMA", "information_schema")
"""Databases the server makes itself: not backed up."""


@dataclass(frozen=True, kw_only=True)
class ClickHouseBackupProps:
    """Where, when, and as whom."""

    namespace: str
    """The environment namespace (the installation's Service is in it)."""
    schedule: str
    """A five-field cron schedule (UTC)."""
    destination: str
    """The bucket's folder (:func:`backup_destination`); the servers hold its key."""
    password_secret: str
    """The Secret whose ``password`` is the ``soma`` user's (the statement runs as it)."""


def backup_script(props: ClickHouseBackupProps) -> str:
    """One statement, sent to any server of the installation's Service, naming no credential.
    ``--fail-with-body`` fails the job on an error and keeps ClickHouse's message in its log."""
    service = f"http://{CLICKHOUSE}-{CLICKHOUSE}.{props.namespace}.svc:{HTTP_PORT}/"
    skipped = ", ".join(SYSTEM_DATABASES)
    return (
        "set -eu\n"
        f'password="$(cat {SECRETS_PATH}/password)"\n'
        'taken="$(date -u +%Y-%m-%d-%H-%M-%S)"\n'
        f"printf \"BACKUP ALL EXCEPT DATABASES {skipped} ON CLUSTER '{CLICKHOUSE}' TO S3('%s%s')\" "
        f'"{props.destination}" "$taken" > /tmp/backup.sql\n'
        f'curl -sS --fail-with-body --user "{APP_USER}:$password" --data-binary @/tmp/backup.sql "{service}"\n'
    )


class ClickHouseBackupJob(Construct):
    """The CronJob (constructs/scheduled_call.py), with the user's password as a file."""

    def __init__(self, scope: Construct, id: str, *, props: ClickHouseBackupProps) -> None:
        super().__init__(scope, id)
        self.call = ScheduledCall(
            self,
            "call",
            props=ScheduledCallProps(
                name=CLICKHOUSE_BACKUP,
                component="backup",
                # the servers write to the bucket themselves (BACKUP ... TO S3)
                reaches=(Reach(pod_labels={CHI_LABEL: CLICKHOUSE}, ports=(HTTP_PORT,)),),
                schedule=props.schedule,
                script=backup_script(props),
                files=(SecretFile(volume="password", secret=props.password_secret, key="password", path=f"{SECRETS_PATH}/password"),),
            ),
        )
        self.cron_job = self.call.cron_job
