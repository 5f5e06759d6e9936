"""The Kafka tier's section of an overlay (``kafka``), with the rules each mode sets."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ...catalog import TOPIC_NAMES
from ...settings.quantities import Bytes
from ...settings.types import (
    Bucket,
    DnsLabel,
    FieldRuleError,
    IamRoleArn,
    ImageReference,
    ModeRule,
    RegionName,
    ResourceAmounts,
    Resources,
    StrictModel,
)
from .versions import DEFAULT_KAFKA_VERSION, KAFKA_METADATA_VERSIONS

KafkaVersion = Literal["4.2.0", "4.2.1", "4.3.0", "4.3.1"]
"""Keep in step with versions.KAFKA_METADATA_VERSIONS (a test checks)."""
_Settings = StrictModel


class TieredStorage(_Settings):
    """Kafka tiered storage: closed log segments of the tiered topics move to object storage,
    through Aiven's remote storage manager, which the stock Strimzi image does not carry."""

    image: ImageReference = Field(
        description="Required. A Kafka image of the pinned Strimzi and Kafka versions with Aiven's tiered-storage "
        "plugin (core and S3 backend) under /opt/kafka/plugins/tiered-storage, built as Strimzi's docs describe."
    )
    role_arn: IamRoleArn = Field(
        description="Required. The IAM role the brokers' service account assumes (IRSA) to read and write the "
        "bucket; no key is ever in a manifest."
    )
    topics: list[str] | None = Field(
        default=None,
        description="Catalog topics whose closed segments tier (remote.storage.enable). Default: every topic.",
    )
    region: RegionName | None = Field(
        default=None,
        description="The bucket's AWS region. Required outside PRODUCTION; with regions, each region's bucket "
        "is in that region, so leave it out.",
    )

    bucket: Bucket | None = Field(
        default=None,
        description="The S3 bucket of the remote tier. Required outside PRODUCTION; with regions, leave it "
        "out and name each region's in regions.<name>.buckets.kafka_tiered_storage.",
    )
    local_retention_hours: int = Field(
        default=24, ge=1, le=24 * 30, description="How long segments also stay on the brokers' disks. Default: 24."
    )

    @model_validator(mode="after")
    def _topics_exist(self) -> TieredStorage:
        for index, topic in enumerate(self.topics or ()):
            if topic not in TOPIC_NAMES:
                raise FieldRuleError(("topics", index), f"{topic!r} is not a catalog topic; allowed: {', '.join(sorted(TOPIC_NAMES))}")
        return self

    @property
    def tiered_topics(self) -> frozenset[str]:
        return frozenset(self.topics) if self.topics is not None else TOPIC_NAMES


class Kafka(_Settings):
    """The Strimzi Kafka cluster (KRaft, node pools) of an environment. Default: one combined node."""

    version: KafkaVersion = Field(
        default=DEFAULT_KAFKA_VERSION,  # type: ignore[arg-type]
        description=f"Kafka version, pinned so an operator upgrade does not roll the brokers. Default: {DEFAULT_KAFKA_VERSION}.",
    )
    metadata_version: str | None = Field(
        default=None,
        description="KRaft metadata version. Default: the one Strimzi pairs with the version (raise it after an "
        "upgrade has settled, never before).",
    )
    brokers: int = Field(default=1, ge=1, le=9, description="Broker nodes. Default: 1.")
    controllers: int = Field(
        default=0,
        ge=0,
        le=5,
        description="Dedicated KRaft controllers; 0 makes the brokers controllers too (combined roles). Default: 0.",
    )
    storage_size: Bytes = Field(default="10Gi", description="Size of each JBOD volume. Default: 10Gi.")
    controller_storage_size: Bytes = Field(
        default="10Gi", description="Metadata volume of each dedicated controller (the KRaft log only). Default: 10Gi."
    )
    controller_resources: Resources = Field(
        default=Resources(requests=ResourceAmounts(cpu="250m", memory="1Gi"), limits=ResourceAmounts(cpu="1", memory="1Gi")),
        description="Per dedicated controller. Default: 250m/1Gi requested, 1/1Gi limit.",
    )
    volumes: int = Field(default=1, ge=1, le=8, description="JBOD volumes per broker. Default: 1.")
    storage_class: DnsLabel | None = Field(
        default=None, description="StorageClass of the volumes. Default: the region's in PRODUCTION, else the cluster's default."
    )
    replication_factor: int = Field(default=1, ge=1, le=5, description="Replicas of every topic. Default: 1.")
    min_insync_replicas: int = Field(
        default=1, ge=1, le=5, description="min.insync.replicas; below replication_factor unless that is 1. Default: 1."
    )
    retention_hours: int = Field(default=168, ge=1, le=24 * 365, description="Topic retention. Default: 168 (7 days).")
    tls: bool = Field(default=False, description="Clients connect over TLS (port 9093). Default: false; required in PRODUCTION.")
    tiered_storage: TieredStorage | None = Field(default=None, description="Remote log tier. Default: none; required in PRODUCTION.")
    resources: Resources = Field(
        default=Resources(requests=ResourceAmounts(cpu="500m", memory="2Gi"), limits=ResourceAmounts(cpu="2", memory="4Gi")),
        description="Per Kafka node. Default: 500m/2Gi requested, 2/4Gi limit (the catalog's LOCAL heap of 1-2 GiB, 4 GiB limit).",
    )

    @property
    def kraft_metadata_version(self) -> str:
        return self.metadata_version or KAFKA_METADATA_VERSIONS[self.version]

    @model_validator(mode="after")
    def _metadata_version_fits(self) -> Kafka:
        if self.metadata_version is not None:
            known = sorted(set(KAFKA_METADATA_VERSIONS.values()))
            newest = KAFKA_METADATA_VERSIONS[self.version]
            if self.metadata_version not in known or known.index(self.metadata_version) > known.index(newest):
                allowed = ", ".join(version for version in known if version <= newest)
                raise FieldRuleError(
                    ("metadata_version",), f"{self.metadata_version!r} does not fit Kafka {self.version}; allowed: {allowed}"
                )
        return self

    @model_validator(mode="after")
    def _replication_is_possible(self) -> Kafka:
        if self.replication_factor > self.brokers:
            raise FieldRuleError(
                ("replication_factor",), f"{self.replication_factor} replicas need at least as many brokers, got {self.brokers}"
            )
        if self.replication_factor == 1 and self.min_insync_replicas != 1:
            raise FieldRuleError(("min_insync_replicas",), "must be 1 when replication_factor is 1")
        if self.replication_factor > 1 and self.min_insync_replicas >= self.replication_factor:
            raise FieldRuleError(
                ("min_insync_replicas",),
                f"{self.min_insync_replicas} must be below replication_factor {self.replication_factor}, "
                "or one broker down stops every producer",
            )
        quorum = self.controllers or self.brokers
        if quorum % 2 == 0:
            role = "controllers" if self.controllers else "brokers"
            raise FieldRuleError((role,), f"the KRaft quorum needs an odd number of voters, got {quorum}")
        return self

    def mode_rules(self, mode: str) -> list[ModeRule]:
        """What a mode requires of Kafka: (field, holds, message)."""
        if mode != "PRODUCTION":
            return []
        return [
            (("brokers",), 3 <= self.brokers <= 5, f"PRODUCTION runs 3 to 5 brokers, got {self.brokers}"),
            (("controllers",), self.controllers == 3, f"PRODUCTION runs 3 dedicated controllers, got {self.controllers}"),
            (("replication_factor",), self.replication_factor == 3, "PRODUCTION replicates every topic 3 times"),
            (("min_insync_replicas",), self.min_insync_replicas == 2, "PRODUCTION needs min.insync.replicas 2"),
            (("tls",), self.tls, "PRODUCTION clients must use TLS"),
            (("tiered_storage",), self.tiered_storage is not None, "PRODUCTION needs tiered storage"),
        ]
