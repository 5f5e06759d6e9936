"""The Redis tier's section of an overlay (``redis``), with the rules each mode sets."""

from __future__ import annotations

from pydantic import Field, model_validator

from ...settings.quantities import Bytes, parse_quantity
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

SINGLE_PUT_BYTES = 5 * 1024**3
"""The most S3 takes in one PUT: the backup job's upload, whose copy is at most the memory limit."""
REDIS_IMAGE = "quay.io/opstree/redis:v7.0.15"
"""The operator's Redis build (its examples at v0.26.0 pin v7.0.15), the release the tests'
ACL evaluator (Debian 12's redis-server 7.0.15) runs too."""
SENTINEL_IMAGE = "quay.io/opstree/redis-sentinel:v7.0.15"
EXPORTER_IMAGE = "quay.io/opstree/redis-exporter:v1.44.0"
"""The exporter the operator's examples pin at v0.26.0."""


class RedisBackup(StrictModel):
    """A scheduled copy of the app's instance (an RDB snapshot a replica streams, as a new
    replica would get it) to object storage; old copies go by the bucket's lifecycle rule."""

    bucket: Bucket | None = Field(
        default=None,
        description="The S3 bucket. Required outside PRODUCTION; with regions, leave it out and name each region's in "
        "regions.<name>.buckets.redis_backups.",
    )
    region: RegionName | None = Field(
        default=None,
        description="The bucket's AWS region. Required outside PRODUCTION; with regions, each region's bucket is in that "
        "region, so leave it out.",
    )
    schedule: CronJobSchedule = Field(default="30 2 * * *", description="When the copy is taken (UTC). Default: 02:30 daily.")


class Redis(StrictModel):
    """The environment's Redis instances (the app's, and the one its sessions use): each a
    primary and its replicas, watched by Sentinel, or one instance in LOCAL. Default: one
    instance."""

    image: ImageReference = Field(default=REDIS_IMAGE, description=f"The Redis image. Default: {REDIS_IMAGE}.")
    sentinel_image: ImageReference = Field(default=SENTINEL_IMAGE, description=f"The Sentinel image. Default: {SENTINEL_IMAGE}.")
    exporter_image: ImageReference = Field(default=EXPORTER_IMAGE, description=f"The metrics exporter's image. Default: {EXPORTER_IMAGE}.")
    replicas: int = Field(
        default=1,
        ge=1,
        le=5,
        description="Copies of each instance's data: a primary and replicas. Default: 1 (LOCAL's one instance); beyond LOCAL at "
        "least 2, failed over by Sentinel.",
    )
    sentinels: int = Field(default=3, ge=3, le=7, description="Sentinels watching each instance, an odd number (a quorum). Default: 3.")
    storage: Bytes = Field(default="2Gi", description="Each copy's volume (the append-only file and snapshots). Default: 2Gi.")
    storage_class: DnsLabel | None = Field(
        default=None, description="StorageClass of the volumes. Default: the region's (PRODUCTION), else the cluster's default."
    )
    resources: Resources = Field(
        default=Resources(requests=ResourceAmounts(cpu="100m", memory="256Mi"), limits=ResourceAmounts(cpu="1", memory="1Gi")),
        description="Each copy's requests and limits. Default: 100m/256Mi requested, 1/1Gi limit.",
    )
    backup: RedisBackup | None = Field(
        default=None, description="Scheduled copies of the app's instance. Default: none; required beyond LOCAL, refused in LOCAL."
    )
    max_memory_percent: int = Field(
        default=75,
        ge=10,
        le=90,
        description="maxmemory as a percentage of the memory limit: the rest is for the append-only file's rewrite and the "
        "replication buffers. At it, writes fail (noeviction) rather than keys vanish. Default: 75.",
    )

    @model_validator(mode="after")
    def _copy_fits_one_upload(self) -> Redis:
        if self.backup is not None and parse_quantity(self.resources.limits.memory) > SINGLE_PUT_BYTES:
            raise FieldRuleError(
                ("resources", "limits", "memory"),
                f"{self.resources.limits.memory}: a backup copy can be as large, and one S3 PUT takes at most 5Gi; allowed: up to 5Gi",
            )
        return self

    @model_validator(mode="after")
    def _odd_sentinel_quorum(self) -> Redis:
        if self.sentinels % 2 == 0:
            raise FieldRuleError(("sentinels",), f"{self.sentinels} Sentinels tolerate no more failures than one fewer; allowed: 3, 5 or 7")
        return self

    def mode_rules(self, mode: str) -> list[ModeRule]:
        """What a mode requires of Redis: (field, holds, message)."""
        if mode == "LOCAL":
            return [
                (("replicas",), self.replicas == 1, f"LOCAL runs one Redis instance, got {self.replicas} replicas"),
                (("backup",), self.backup is None, "LOCAL keeps no backups"),
            ]
        return [
            (("replicas",), self.replicas >= 2, f"{mode} replicates Redis (Sentinel fails over): at least 2, got {self.replicas}"),
            (("backup",), self.backup is not None, f"{mode} backs Redis up (copies to object storage)"),
        ]
