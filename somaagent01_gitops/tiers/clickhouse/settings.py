"""The ClickHouse tier's section of an overlay (``clickhouse``), with the rules each mode sets."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

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


Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z_][a-z0-9_]{0,62}$")]
"""A ClickHouse database, table or column name: lowercase letters, digits and '_'."""
ColumnType = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_(), ']{0,127}$")]
"""A ClickHouse type such as ``DateTime64(3, 'UTC')`` or ``LowCardinality(String)``."""


class ClickHouseTable(StrictModel):
    """One table: a ``ReplicatedMergeTree`` on every host (``<name>_local``, its shard's rows,
    replicated between the shard's copies) and a ``Distributed`` table ``<name>`` over all
    shards, which clients read and write."""

    columns: dict[Identifier, ColumnType] = Field(min_length=1, description="Required. Column name -> ClickHouse type, in order.")
    order_by: list[Identifier] = Field(min_length=1, description="Required. The sorting key: columns of the table.")
    partition_by: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z][A-Za-z0-9_(), ]{0,127}$",
        description="The partition expression, e.g. 'toYYYYMM(created_at)'. Default: none (one partition).",
    )
    sharding_key: str = Field(
        default="rand()",
        pattern=r"^[A-Za-z][A-Za-z0-9_(), ]{0,127}$",
        description="How the Distributed table spreads inserted rows over the shards. Default: rand().",
    )

    @model_validator(mode="after")
    def _order_by_known_columns(self) -> ClickHouseTable:
        for index, column in enumerate(self.order_by):
            if column not in self.columns:
                raise FieldRuleError(("order_by", index), f"{column!r} is not a column; allowed: {', '.join(self.columns)}")
        return self


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
    keeper_resources: Resources = Field(
        default=Resources(requests=ResourceAmounts(cpu="100m", memory="256Mi"), limits=ResourceAmounts(cpu="1", memory="1Gi")),
        description="Each Keeper node's requests and limits (the operator sets none). Default: 100m/256Mi requested, 1/1Gi limit.",
    )
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
    database: Identifier = Field(default="soma", description="The database of the tables. Default: soma.")
    tables: dict[Identifier, ClickHouseTable] = Field(
        default={}, description="Tables created on every host at start (replicated, and distributed over the shards). Default: none."
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
