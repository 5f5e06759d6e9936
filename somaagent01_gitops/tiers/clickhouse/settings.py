"""The ClickHouse tier's section of an overlay (``clickhouse``), with the rules each mode sets."""

from __future__ import annotations

from pydantic import Field, model_validator

from ...settings.quantities import Bytes
from ...settings.types import (
    Bucket,
    CronJobSchedule,
    DnsLabel,
    FieldRuleError,
    ImageReference,
    ModeRule,
    RegionName,
    ResourceAmounts,
    Resources,
    StrictModel,
)

CLICKHOUSE_IMAGE = "clickhouse/clickhouse-server:24.8"
"""The catalog's ClickHouse."""
KEEPER_IMAGE = "clickhouse/clickhouse-keeper:24.8"
"""ClickHouse Keeper of the same release (no ZooKeeper)."""


class ClickHouseBackup(StrictModel):
    """A scheduled ``BACKUP ... ON CLUSTER`` of every database to object storage: each shard
    once, written by the servers themselves."""

    bucket: Bucket | None = Field(
        default=None,
        description="The S3 bucket. Required outside PRODUCTION; with regions, leave it out and name each region's in "
        "regions.<name>.buckets.clickhouse_backups.",
    )
    region: RegionName | None = Field(
        default=None,
        description="The bucket's AWS region. Required outside PRODUCTION; with regions, each region's bucket is in that "
        "region, so leave it out.",
    )
    schedule: CronJobSchedule = Field(default="0 2 * * *", description="When the backup runs (UTC). Default: 02:00 daily.")


class ClickHouse(StrictModel):
    """The environment's ClickHouse: shards of replicated hosts, coordinated by ClickHouse
    Keeper. Default: one shard of one replica, one Keeper."""

    image: ImageReference = Field(default=CLICKHOUSE_IMAGE, description=f"The server image. Default: {CLICKHOUSE_IMAGE}.")
    keeper_image: ImageReference = Field(default=KEEPER_IMAGE, description=f"The Keeper image. Default: {KEEPER_IMAGE}.")
    shards: int = Field(default=1, ge=1, le=16, description="Shards. Default: 1.")
    replicas: int = Field(default=1, ge=1, le=5, description="Replicas of each shard. Default: 1; beyond LOCAL at least 2 (one may fail).")
    keeper_replicas: int = Field(
        default=1, ge=1, le=5, description="Keeper nodes, an odd number (a Raft quorum). Default: 1; PRODUCTION 3."
    )
    storage: Bytes = Field(default="10Gi", description="Each replica's data volume. Default: 10Gi.")
    keeper_storage: Bytes = Field(default="1Gi", description="Each Keeper node's volume. Default: 1Gi.")
    storage_class: DnsLabel | None = Field(
        default=None, description="StorageClass of the volumes. Default: the region's (PRODUCTION), else the cluster's default."
    )
    resources: Resources = Field(
        default=Resources(requests=ResourceAmounts(cpu="250m", memory="1Gi"), limits=ResourceAmounts(cpu="2", memory="4Gi")),
        description="Each replica's requests and limits. Default: 250m/1Gi requested, 2/4Gi limit.",
    )

    backup: ClickHouseBackup | None = Field(
        default=None, description="Scheduled backups to object storage. Default: none; required beyond LOCAL, refused in LOCAL."
    )

    @model_validator(mode="after")
    def _odd_keeper_quorum(self) -> ClickHouse:
        if self.keeper_replicas % 2 == 0:
            raise FieldRuleError(
                ("keeper_replicas",), f"{self.keeper_replicas} Keeper nodes tolerate no more failures than one fewer; allowed: 1, 3 or 5"
            )
        return self

    def mode_rules(self, mode: str) -> list[ModeRule]:
        """What a mode requires of ClickHouse: (field, holds, message)."""
        if mode == "LOCAL":
            return [(("backup",), self.backup is None, "LOCAL keeps no backups")]
        rules: list[ModeRule] = [
            (("replicas",), self.replicas >= 2, f"{mode} replicates every shard: at least 2 replicas, got {self.replicas}"),
            (("backup",), self.backup is not None, f"{mode} backs ClickHouse up (BACKUP to object storage)"),
        ]
        if mode == "PRODUCTION":
            rules.append(
                (("keeper_replicas",), self.keeper_replicas >= 3, f"PRODUCTION runs a Keeper quorum of 3 or 5, got {self.keeper_replicas}")
            )
        return rules
