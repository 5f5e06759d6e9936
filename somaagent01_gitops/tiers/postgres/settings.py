"""The Postgres tier's section of an overlay (``postgres``), with the rules each mode sets."""

from __future__ import annotations

from pydantic import Field, model_validator

from ...settings.quantities import Bytes
from ...settings.types import (
    Bucket,
    Cron,
    DnsLabel,
    FieldRuleError,
    HttpUrl,
    ImageReference,
    ModeRule,
    RegionName,
    ResourceAmounts,
    Resources,
    StrictModel,
    TableName,
    Timestamp,
)

_Settings = StrictModel


class PostgresBackup(_Settings):
    """Continuous WAL archiving and scheduled base backups to object storage (point-in-time recovery)."""

    bucket: Bucket | None = Field(
        default=None,
        description="The S3 bucket; each environment writes under its own path. Required outside "
        "PRODUCTION; with regions, leave it out and name each region's in regions.<name>.buckets.postgres_backups.",
    )
    endpoint_url: HttpUrl | None = Field(default=None, description="S3-compatible endpoint. Default: AWS S3.")
    credentials_secret: DnsLabel = Field(
        default="postgres-backup-credentials",
        description="Secret with ACCESS_KEY_ID and ACCESS_SECRET_KEY, written by External Secrets from Vault. "
        "Default: postgres-backup-credentials.",
    )
    retention_days: int = Field(default=30, ge=1, le=3650, description="Backups and WAL kept this long. Default: 30.")
    schedule: Cron = Field(default="0 0 2 * * *", description="Base backup schedule (with seconds). Default: 02:00 daily.")


class PostgresRecovery(_Settings):
    """Bootstrap the cluster from a backup instead of an empty database (see the README's restore procedure)."""

    source_server: DnsLabel = Field(description="Required. The server name the backups were written under (the old cluster's name).")
    target_time: Timestamp | None = Field(default=None, description="Recover up to this time. Default: the end of the WAL.")
    archive_server_name: DnsLabel | None = Field(
        default=None,
        description="The server name the restored cluster archives its WAL and backups under; never the source's "
        "(the plugin refuses to archive into a non-empty one, and the source's history must survive). "
        "Default: '<source_server>-restored' (set another when restoring from that source again).",
    )

    @property
    def new_server_name(self) -> str:
        return self.archive_server_name or f"{self.source_server}-restored"

    @model_validator(mode="after")
    def _archives_elsewhere(self) -> PostgresRecovery:
        if self.new_server_name == self.source_server:
            raise FieldRuleError(
                ("archive_server_name",), "must differ from source_server: restoring must not write into the archive it reads"
            )
        if len(self.new_server_name) > 63:
            raise FieldRuleError(
                ("archive_server_name",), "the default '<source_server>-restored' is too long: set a name of at most 63 characters"
            )
        return self


class Postgres(_Settings):
    """The CloudNativePG cluster of an environment, with TimescaleDB. Default: one instance."""

    instances: int = Field(default=1, ge=1, le=9, description="Postgres instances (1 primary + standbys). Default: 1.")
    synchronous_replicas: int = Field(
        default=0, ge=0, le=8, description="Standbys that must confirm each commit (quorum, ANY n). Default: 0."
    )
    image: ImageReference = Field(
        default="ghcr.io/clevyr/cloudnativepg-timescale:16.9-22-ts2.19.3",
        description="A CloudNativePG-compatible Postgres 16 image that carries TimescaleDB, pinned by its full "
        "version tag or a digest (a moving tag such as '16-ts2' would change the database under the cluster). "
        "Default: clevyr's PostgreSQL 16.9 (CloudNativePG build 22) with TimescaleDB 2.19.3.",
    )
    storage_size: Bytes = Field(default="10Gi", description="Data volume per instance. Default: 10Gi.")
    wal_storage_size: Bytes = Field(default="2Gi", description="WAL volume per instance. Default: 2Gi.")
    storage_class: DnsLabel | None = Field(
        default=None, description="StorageClass. Default: the region's in PRODUCTION, else the cluster's default."
    )
    resources: Resources = Field(
        default=Resources(requests=ResourceAmounts(cpu="250m", memory="512Mi"), limits=ResourceAmounts(cpu="2", memory="2Gi")),
        description="Per instance. Default: 250m/512Mi requested, 2/2Gi limit.",
    )
    backup: PostgresBackup | None = Field(default=None, description="Backups and WAL archiving. Default: none; required beyond LOCAL.")
    recovery: PostgresRecovery | None = Field(default=None, description="Restore from a backup at bootstrap. Default: none.")
    replicated_tables: dict[TableName, RegionName] = Field(
        default={},
        description="PRODUCTION: tables replicated logically across regions, each with the one region that writes "
        "it (the others receive it read-only, so no row can conflict). Default: none.",
    )

    @model_validator(mode="after")
    def _image_is_pinned(self) -> Postgres:
        tag = self.image.rsplit("@", 1)[0].rsplit("/", 1)[-1].partition(":")[2]
        if "@sha256:" not in self.image and "." not in tag:
            raise FieldRuleError(("image",), f"{self.image!r} moves: pin a full version tag (e.g. '16.9-22-ts2.19.3') or a digest")
        return self

    @model_validator(mode="after")
    def _replicas_exist(self) -> Postgres:
        if self.synchronous_replicas >= self.instances:
            raise FieldRuleError(
                ("synchronous_replicas",),
                f"{self.synchronous_replicas} synchronous standbys need more than {self.instances} instances",
            )
        if self.recovery is not None and self.backup is None:
            raise FieldRuleError(("recovery",), "recovery reads the object store named by postgres.backup; set backup too")
        return self

    def mode_rules(self, mode: str) -> list[ModeRule]:
        """What a mode requires of Postgres: (field, holds, message)."""
        rules: list[ModeRule] = []
        if mode == "PRODUCTION":
            rules += [
                (("instances",), self.instances >= 3, f"PRODUCTION needs at least 3 instances, got {self.instances}"),
                (("synchronous_replicas",), self.synchronous_replicas >= 1, "PRODUCTION needs synchronous replicas (at least 1)"),
            ]
        else:
            rules.append((("replicated_tables",), not self.replicated_tables, "only PRODUCTION replicates across regions"))
        if mode in ("DEVELOPMENT", "TRAINING"):
            rules.append((("instances",), self.instances >= 2, f"{mode} runs Postgres highly available: at least 2 instances"))
        if mode != "LOCAL":
            rules.append((("backup",), self.backup is not None, f"{mode} needs backups (WAL archiving for point-in-time recovery)"))
        return rules
