"""The Qdrant tier's section of an overlay (``qdrant``), with the rules each mode sets."""

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

QDRANT_IMAGE = "qdrant/qdrant:v1.11.0-unprivileged"
"""The catalog's Qdrant (v1.11.0), in the variant built to run as uid 1000
(qdrant .github/workflows/docker-image.yml L46-52 at v1.11.0): the default image runs as root."""


class QdrantBackup(StrictModel):
    """Snapshots of every collection, written by each peer straight to object storage
    (Qdrant's S3 snapshot storage) on a schedule, the oldest removed after the retention."""

    bucket: Bucket | None = Field(
        default=None,
        description="The S3 bucket. Required outside PRODUCTION; with regions, leave it out and name each region's in "
        "regions.<name>.buckets.qdrant_backups.",
    )
    region: RegionName | None = Field(
        default=None,
        description="The bucket's AWS region. Required outside PRODUCTION; with regions, each region's bucket is in that "
        "region, so leave it out.",
    )
    schedule: CronJobSchedule = Field(default="0 3 * * *", description="When the snapshots are taken (UTC). Default: 03:00 daily.")
    retention_days: int = Field(default=14, ge=1, le=3650, description="Snapshots older than this are deleted. Default: 14.")


class Qdrant(StrictModel):
    """The environment's Qdrant: one node, or a distributed cluster of peers (Raft consensus
    between them, each collection's shards replicated across them). Default: one node."""

    image: ImageReference = Field(default=QDRANT_IMAGE, description=f"The Qdrant image (uid 1000). Default: {QDRANT_IMAGE}.")
    replicas: int = Field(
        default=1, ge=1, le=15, description="Peers; more than one runs distributed mode. Default: 1; PRODUCTION at least 3."
    )
    replication_factor: int = Field(
        default=1,
        ge=1,
        le=15,
        description="Copies of each shard of a collection created without its own (storage.collection.replication_factor). "
        "Default: 1; at most replicas; PRODUCTION at least 2.",
    )
    write_consistency_factor: int = Field(
        default=1,
        ge=1,
        le=15,
        description="Replicas that must acknowledge a write before it succeeds, for collections created without their "
        "own (storage.collection.write_consistency_factor). Default: 1; at most replication_factor.",
    )
    storage: Bytes = Field(default="10Gi", description="Each peer's volume (/qdrant/storage). Default: 10Gi.")
    storage_class: DnsLabel | None = Field(
        default=None, description="StorageClass of the volumes. Default: the region's (PRODUCTION), else the cluster's default."
    )
    resources: Resources = Field(
        default=Resources(requests=ResourceAmounts(cpu="250m", memory="512Mi"), limits=ResourceAmounts(cpu="2", memory="2Gi")),
        description="Each peer's requests and limits. Default: 250m/512Mi requested, 2/2Gi limit.",
    )

    backup: QdrantBackup | None = Field(
        default=None, description="Scheduled snapshots to object storage. Default: none; required beyond LOCAL, refused in LOCAL."
    )

    @model_validator(mode="after")
    def _replication_fits(self) -> Qdrant:
        if self.replication_factor > self.replicas:
            raise FieldRuleError(
                ("replication_factor",),
                f"{self.replication_factor} copies of a shard need as many peers; allowed: at most replicas ({self.replicas})",
            )
        if self.write_consistency_factor > self.replication_factor:
            raise FieldRuleError(
                ("write_consistency_factor",),
                f"{self.write_consistency_factor} acknowledgements need as many copies; allowed: at most replication_factor "
                f"({self.replication_factor})",
            )
        return self

    @property
    def distributed(self) -> bool:
        return self.replicas > 1

    def mode_rules(self, mode: str) -> list[ModeRule]:
        """What a mode requires of Qdrant: (field, holds, message)."""
        if mode == "LOCAL":
            return [(("backup",), self.backup is None, "LOCAL keeps no backups (its Qdrant serves no TLS the job could verify)")]
        rules: list[ModeRule] = [(("backup",), self.backup is not None, f"{mode} backs Qdrant up (snapshots to object storage)")]
        if mode == "PRODUCTION":
            rules += [
                (("replicas",), self.replicas >= 3, f"PRODUCTION runs Qdrant distributed on at least 3 peers, got {self.replicas}"),
                (
                    ("replication_factor",),
                    self.replication_factor >= 2,
                    f"PRODUCTION keeps every shard on at least 2 peers, got {self.replication_factor}",
                ),
            ]
        return rules
