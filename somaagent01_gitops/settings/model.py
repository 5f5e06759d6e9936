"""The typed description of one environment: everything that differs between environments.

Every field has a documented default unless it is a required input: a missing required
input fails with its field path, never with a deep stack (kube-prometheus' rule). The model
is strict (no silent "3" -> 3), frozen, and refuses unknown keys, so a typo in an overlay is
an error, not a setting that is quietly ignored.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Field, JsonValue, StringConstraints, model_validator

from ..releases import DEFAULT_RELEASE, RELEASES, AppRelease
from ..tiers.clickhouse.settings import ClickHouse
from ..tiers.edge.settings import Edge
from ..tiers.kafka.settings import Kafka
from ..tiers.keycloak.settings import Identity
from ..tiers.opa.settings import Opa
from ..tiers.openfga.settings import OpenFga
from ..tiers.postgres.settings import Postgres
from ..tiers.qdrant.settings import Qdrant
from ..tiers.redis.settings import Redis
from ..tiers.whisper.settings import Whisper
from .quantities import Bytes
from .types import (
    _CIDR,
    _GIT_URL,
    _IAM_ROLE,
    _K8S_MINOR,
    _KMS_KEY,
    _NO_SPACE,
    _REPO_PATH,
    CA_LIFETIME,
    SERVER_LIFETIME,
    WEBHOOK_LIFETIME,
    Bucket,
    CertificateLifetime,
    DnsLabel,
    Duration,
    FieldRuleError,
    Hostname,
    HostPort,
    HttpUrl,
    ImageRepository,
    ImageTag,
    LabelValue,
    Mode,
    QualifiedName,
    RegionName,
    Resources,
    StrictModel,
    pull_policy_of,
)

_Settings = StrictModel


class Autoscaling(_Settings):
    """A HorizontalPodAutoscaler on CPU; when set, the HPA owns the replica count."""

    min_replicas: int = Field(ge=1, le=100, description="Fewest replicas the HPA keeps.")
    max_replicas: int = Field(ge=1, le=100, description="Most replicas the HPA may start.")
    target_cpu_utilization: int = Field(default=70, ge=10, le=100, description="Average CPU use (% of requests) to aim for. Default: 70.")

    @model_validator(mode="after")
    def _min_below_max(self) -> Autoscaling:
        if self.min_replicas > self.max_replicas:
            raise FieldRuleError(
                ("min_replicas",),
                f"min_replicas {self.min_replicas} is above max_replicas {self.max_replicas}",
            )
        return self


class CanaryStep(_Settings):
    """One step of a canary: the share of pods the new version gets, then a wait."""

    weight: int = Field(ge=1, le=99, description="Required. Percent of the service's pods on the new version.")
    pause: Duration = Field(default="5m", description="How long it runs before the next step (e.g. 90s, 5m, 1h). Default: 5m.")


DEFAULT_CANARY_STEPS = (CanaryStep(weight=5), CanaryStep(weight=25), CanaryStep(weight=50))


class Canary(_Settings):
    """The service rolls out as an Argo Rollouts canary (PRODUCTION's clusters run the
    controller): a share of its pods at a time, 100 % after the last step."""

    steps: list[CanaryStep] = Field(
        default=list(DEFAULT_CANARY_STEPS),
        min_length=1,
        description="The steps, weights rising. Default: 5 %, 25 %, 50 %, five minutes each.",
    )
    analysis: bool = Field(
        default=True,
        description="Abort (the canary scaled away, the stable version serving) when the edge sees the service's "
        "error rate or p95 latency past the catalog's alert thresholds, and pause when it sees no traffic. "
        "Default: true; only for a service the edge publishes.",
    )

    @model_validator(mode="after")
    def _weights_rise(self) -> Canary:
        weights = [step.weight for step in self.steps]
        if weights != sorted(set(weights)):
            raise FieldRuleError(("steps",), f"weights {weights} must rise step by step; allowed: strictly increasing percents")
        return self


class ServiceSettings(_Settings):
    """Sizing of one SomaAgent01 application service. Default: 1 replica, default resources."""

    replicas: int = Field(default=1, ge=0, le=100, description="Replicas when no autoscaling is set (0 parks the service). Default: 1.")
    resources: Resources = Field(default=Resources(), description="Requests and limits. Default: see Resources.")
    autoscaling: Autoscaling | None = Field(default=None, description="Scale on CPU with an HPA. Default: none.")
    canary: Canary | None = Field(
        default=None,
        description="Roll out as a canary (Argo Rollouts). Default: none (a rolling Deployment); PRODUCTION only, "
        "where every service the edge publishes requires it.",
    )

    @property
    def min_available_replicas(self) -> int:
        """The replica count the service never goes under, with or without an HPA."""
        return self.autoscaling.min_replicas if self.autoscaling else self.replicas


class KeylessSigner(_Settings):
    """Who signs the app image with cosign's keyless flow: the OIDC issuer of the signing
    workload's identity and a pattern its certificate's subject must match."""

    issuer: HttpUrl = Field(description="Required. The OIDC issuer, e.g. 'https://token.actions.githubusercontent.com'.")
    subject_regexp: str = Field(
        min_length=2,
        description="Required. A regular expression the signing certificate's subject (SAN URI) matches, e.g. the "
        "release workflow of the app's repository on a tag.",
    )


class Image(_Settings):
    """The SomaAgent01 application image; pinned per environment (``latest`` only in LOCAL)."""

    repository: ImageRepository = Field(default="ghcr.io/somatechlat/somaagent01", description="Registry and repository of the app image.")
    tag: ImageTag = Field(description="Required. The image tag; 'latest' is refused outside LOCAL.")
    digest: Annotated[str, StringConstraints(pattern=r"^sha256:[a-f0-9]{64}$")] | None = Field(
        default=None,
        description="The digest of repository:tag (`crane digest <repository>:<tag>`): pods then run exactly that "
        "image whatever the tag points at later. Default: none (the tag alone).",
    )
    pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = Field(
        default=None,
        description="imagePullPolicy. Default: IfNotPresent with a digest (it cannot change), else Always (a "
        "re-pushed tag is noticed); LOCAL uses IfNotPresent for images loaded into kind/k3d.",
    )

    @property
    def reference(self) -> str:
        """What the pods run: the tag, and its digest when the overlay gives it."""
        return f"{self.repository}:{self.tag}@{self.digest}" if self.digest else f"{self.repository}:{self.tag}"

    @property
    def pull(self) -> str:
        """The pull policy the pods get."""
        return self.pull_policy or pull_policy_of(self.reference)

    signed_by: KeylessSigner | None = Field(
        default=None,
        description="Who signs the image (cosign keyless): Kyverno admits its pods only with a signature of "
        "that identity. Default: none (not verified); required in PRODUCTION.",
    )


class ExternalServices(_Settings):
    """Services outside the cluster that the platform calls."""

    somabrain_url: HttpUrl = Field(description="Required. SomaBrain's base URL (SOMA_BASE_URL, port 9696).")
    slm_base_url: HttpUrl = Field(
        description="Required. The managed Soma SLM API (SLM_BASE_URL); HTTPS outside LOCAL. No model server runs in the cluster."
    )
    slm_model: str = Field(min_length=1, description="Required. The SLM model name (SLM_MODEL).")


class Policy(_Settings):
    """Whether the gateway demands a login. Whether anything fails open is not a setting: the
    mode's posture decides it (posture.py)."""

    require_auth: bool = Field(
        default=True,
        description="The gateway demands a JWT (SA01_AUTH_REQUIRED). Default: true; refused false outside LOCAL.",
    )


Cidr = Annotated[str, StringConstraints(pattern=_CIDR)]


class RegionBuckets(_Settings):
    """The object-store buckets of one region. A bucket lives in one region, so each region
    names its own: a region's data must not depend on another region being up."""

    kafka_tiered_storage: Bucket | None = Field(
        default=None, description="Kafka's remote tier in this region. Required when kafka.tiered_storage is set."
    )
    postgres_backups: Bucket | None = Field(
        default=None, description="Postgres base backups and WAL of this region. Required when postgres.backup is set."
    )
    qdrant_backups: Bucket | None = Field(
        default=None, description="Qdrant's snapshots of this region. Required when qdrant.backup is set."
    )
    clickhouse_backups: Bucket | None = Field(
        default=None, description="ClickHouse's backups of this region. Required when clickhouse.backup is set."
    )
    redis_backups: Bucket | None = Field(default=None, description="Redis' copies of this region. Required when redis.backup is set.")
    thanos: Bucket = Field(description="Required. Thanos' long-term metrics of this region (PRODUCTION runs Thanos).")


class Region(_Settings):
    """One production region: its own cluster, zones, storage and buckets."""

    cluster: DnsLabel = Field(description="Required. The region's cluster (its Argo CD syncs its overlay).")
    zones: list[DnsLabel] = Field(min_length=1, description="Required. Availability zones pods spread over.")
    storage_class: DnsLabel = Field(description="Required. StorageClass for persistent volumes in this region.")
    peer_region: RegionName = Field(description="Required. The region this one replicates data to.")
    kafka_bootstrap: HostPort = Field(
        description="Required. This region's Kafka bootstrap address as the peer region reaches it "
        "(the external TLS listener); MirrorMaker 2 in the peer reads from it."
    )
    postgres_host: Hostname = Field(
        description="Required. This region's Postgres read-write host as the peer region reaches it, for logical replication subscriptions."
    )
    clickhouse_hosts: list[Hostname] = Field(
        default=[],
        description="This region's ClickHouse shards as the peer region reaches them: one host per shard, in shard order "
        "(a DNS record of the region's private zone pointing at that shard's internal load balancer, TLS on 9440). "
        "Required: exactly clickhouse.shards of them.",
    )
    buckets: RegionBuckets = Field(description="Required. This region's object-store buckets (one per tier that writes to object storage).")
    network_cidr: Cidr = Field(
        description="Required. The region's VPC CIDR: the only source the peer region's internal load "
        "balancers (its Kafka external listener, its Postgres peer service) admit from this region."
    )


_KNOWN_SERVICE_NAMES: list[JsonValue] = [*sorted({spec.name for release in RELEASES.values() for spec in release.services})]
"""Service names any known release has (editors complete them; the model checks the selected one's)."""


class EnvironmentCertificates(_Settings):
    """Lifetimes of the certificates cert-manager issues in the environment's namespace."""

    ca: CertificateLifetime = Field(
        default=CA_LIFETIME,
        description="The environment's self-signed root CA, outside PRODUCTION (PRODUCTION's CA comes from "
        "Vault, renewed by hand: README). Default: 87600h (ten years), renewed 8760h ahead, with the same key.",
    )
    servers: CertificateLifetime = Field(
        default=SERVER_LIFETIME,
        description="Server certificates (Postgres' among them). Default: 2160h (90 days), renewed 720h ahead.",
    )


class EnvironmentSettings(_Settings):
    """One environment: the whole content of ``overlays/<environment>.yaml``."""

    mode: Mode = Field(description="Required. SOMA_AGENT_MODE and the security posture that goes with it.")
    namespace: DnsLabel = Field(description="Required. The namespace this environment's objects live in.")
    cluster: DnsLabel | None = Field(
        default=None,
        description="The cluster this environment is synced into; required outside PRODUCTION, where each region names its own.",
    )
    image: Image = Field(description="Required. The application image.")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(default="INFO", description="Default: INFO.")
    tenant_id: DnsLabel = Field(default="public", description="SOMA_TENANT_ID. Default: public.")
    external: ExternalServices = Field(description="Required. Services outside the cluster.")
    policy: Policy = Field(default=Policy(), description="Login required or not. Default: required.")
    opa: Opa = Field(description="Required. The OPA servers that decide the app's policy (its bundle's URL).")
    openfga: OpenFga = Field(default=OpenFga(), description="The OpenFGA servers. Default: one server.")
    scratch_volume_size: Bytes = Field(
        default="64Mi",
        description="Size of the writable /tmp each app container gets (its root filesystem is read-only). Default: 64Mi.",
    )
    app_release: str = Field(
        default=DEFAULT_RELEASE,
        description=f"The app release (commit) whose contract the services follow (releases.py). Default: {DEFAULT_RELEASE}.",
    )
    services: dict[str, ServiceSettings] = Field(
        default={},
        description="Sizing per service of the release, by name (gateway, conversation-worker, ...). "
        "Default: 1 replica and the default resources each.",
        # editors complete the names any known release has; the model checks the selected one's
        json_schema_extra={"propertyNames": {"enum": _KNOWN_SERVICE_NAMES}},
    )
    kafka: Kafka = Field(default=Kafka(), description="The Kafka cluster. Default: one combined node.")
    postgres: Postgres = Field(default=Postgres(), description="The Postgres cluster. Default: one instance.")
    qdrant: Qdrant = Field(default=Qdrant(), description="The Qdrant vector store. Default: one node.")
    clickhouse: ClickHouse = Field(default=ClickHouse(), description="The ClickHouse analytics store. Default: one shard of one replica.")
    redis: Redis = Field(default=Redis(), description="The Redis instances. Default: one instance each.")
    whisper: Whisper = Field(default=Whisper(), description="The speech-to-text servers. Default: one on CPU (LOCAL's).")
    identity: Identity = Field(description="Required. Keycloak (the release needs it to start).")
    edge: Edge | None = Field(
        default=None,
        description="Kong publishing the app and Keycloak's login pages. Default: none, which only LOCAL may keep (required beyond LOCAL).",
    )
    regions: dict[RegionName, Region] = Field(
        default={},
        description="PRODUCTION only, at least two: one overlay and one cluster per region.",
    )
    certificates: EnvironmentCertificates = Field(
        default=EnvironmentCertificates(), description="Certificate lifetimes. Default: see EnvironmentCertificates."
    )

    @property
    def release(self) -> AppRelease:
        return RELEASES[self.app_release]

    def sizing(self, service: str) -> ServiceSettings:
        """The overlay's sizing of a service, or the defaults."""
        return self.services.get(service, ServiceSettings())

    @model_validator(mode="after")
    def _services_are_the_releases(self) -> EnvironmentSettings:
        if self.app_release not in RELEASES:
            raise FieldRuleError(("app_release",), f"{self.app_release!r} is not a known release; allowed: {', '.join(RELEASES)}")
        names = [spec.name for spec in self.release.services]
        for name in self.services:
            if name not in names:
                raise FieldRuleError(("services", name), f"not a service of release {self.app_release}; allowed: {', '.join(names)}")
        return self

    @model_validator(mode="after")
    def _canaries_match_mode(self) -> EnvironmentSettings:
        for spec in self.release.services:
            canary = self.sizing(spec.name).canary
            if canary is not None and self.mode != "PRODUCTION":
                raise FieldRuleError(
                    ("services", spec.name, "canary"), f"only PRODUCTION's clusters run Argo Rollouts; {self.mode} keeps Deployments"
                )
            if canary is None and self.mode == "PRODUCTION" and spec.serves_traffic:
                raise FieldRuleError(
                    ("services", spec.name, "canary"), "PRODUCTION rolls out what the edge publishes as a canary: give canary"
                )
            if canary is not None and self.sizing(spec.name).autoscaling is None:
                raise FieldRuleError(
                    ("services", spec.name, "canary"),
                    "a canary's Deployment hands its pods over to the Rollout, whose count an HPA keeps: give autoscaling",
                )
            if canary is not None and canary.analysis and not spec.serves_traffic:
                raise FieldRuleError(
                    ("services", spec.name, "canary", "analysis"),
                    "the edge does not publish it, so no edge metrics can judge it; allowed: false",
                )
        return self

    @model_validator(mode="after")
    def _posture_matches_mode(self) -> EnvironmentSettings:
        local = self.mode == "LOCAL"
        if not local and self.image.tag == "latest":
            raise FieldRuleError(("image", "tag"), "'latest' is only allowed in LOCAL; pin a tag")
        if not local and not self.external.slm_base_url.startswith("https://"):
            raise FieldRuleError(("external", "slm_base_url"), "must be an https:// URL outside LOCAL")
        if not self.policy.require_auth and not local:
            raise FieldRuleError(("policy", "require_auth"), "may only be false in LOCAL")
        if self.mode == "PRODUCTION" and self.image.signed_by is None:
            raise FieldRuleError(("image", "signed_by"), "PRODUCTION admits only signed app images: name the signer")
        return self

    @model_validator(mode="after")
    def _data_tier_matches_mode(self) -> EnvironmentSettings:
        # each tier states its own mode rules; the first broken one is reported
        for section, tier in (
            ("kafka", self.kafka),
            ("postgres", self.postgres),
            ("qdrant", self.qdrant),
            ("clickhouse", self.clickhouse),
            ("redis", self.redis),
            ("opa", self.opa),
            ("openfga", self.openfga),
            ("whisper", self.whisper),
            *((("edge", self.edge),) if self.edge is not None else ()),
        ):
            for path, holds, message in tier.mode_rules(self.mode):
                if not holds:
                    raise FieldRuleError((section, *path), message)
        return self

    @model_validator(mode="after")
    def _edge_beyond_local(self) -> EnvironmentSettings:
        if self.mode == "LOCAL" and self.edge is not None:
            raise FieldRuleError(("edge",), "LOCAL has no edge (the compose file and port-forwards reach the app); remove it")
        if self.mode != "LOCAL" and self.edge is None:
            raise FieldRuleError(("edge",), f"{self.mode} publishes the app through the edge: give edge.hostname")
        if self.edge is not None and self.edge.hostname == self.identity.hostname:
            raise FieldRuleError(
                ("edge", "hostname"), f"must differ from identity.hostname ({self.identity.hostname}): each has its own routes"
            )
        return self

    def region(self, name: str | None) -> Region | None:
        """The production region ``name``; None for none (outside PRODUCTION)."""
        return self.regions[name] if name else None

    def bucket(self, field: str, region_name: str | None) -> str:
        """The bucket a tier writes to: the region's own in PRODUCTION, else the tier's setting.
        ``field`` is a :class:`RegionBuckets` field."""
        bucket = getattr(self.regions[region_name].buckets, field) if region_name is not None else self._store(field).bucket
        if bucket is None:  # the model refuses this; guard against a model change
            raise ValueError(f"no {field} bucket for region {region_name}")
        return str(bucket)

    def bucket_region(self, field: str, region_name: str | None) -> str:
        """The AWS region of that bucket: the production region's own, else the tier's
        setting (which the model requires outside PRODUCTION)."""
        region = region_name or self._store(field).region
        if region is None:  # the model refuses this; guard against a model change
            raise ValueError(f"no region for the {field} bucket")
        return str(region)

    def _store(self, field: str) -> Any:
        """The tier's section that switches on writing to the bucket ``field``."""
        (tier, section), _ = next(entry for entry in _REGIONAL_BUCKETS if entry[1] == field)
        return getattr(getattr(self, tier), section)

    def _buckets_are_regional(self) -> None:
        _check_regional_buckets(self)

    def _every_shard_reachable_from_the_peer(self) -> None:
        """The peer region reads every shard of this one (``soma_global``): one host each."""
        for name, region in sorted(self.regions.items()):
            if len(region.clickhouse_hosts) != self.clickhouse.shards:
                raise FieldRuleError(
                    ("regions", name, "clickhouse_hosts"),
                    f"{len(region.clickhouse_hosts)} hosts for {self.clickhouse.shards} shards; allowed: exactly one per shard",
                )

    def _spread_fits_zones(self) -> None:
        """In PRODUCTION a ClickHouse shard's copies, the Keeper nodes and a Redis instance's
        copies are placed in different zones as a hard rule: more of them than a region has
        zones never schedule."""
        for name, region in sorted(self.regions.items()):
            spread = (
                ("clickhouse", "replicas", self.clickhouse.replicas),
                ("clickhouse", "keeper_replicas", self.clickhouse.keeper_replicas),
                ("redis", "replicas", self.redis.replicas),
            )
            for section, field, count in spread:
                if count > len(region.zones):
                    raise FieldRuleError(
                        (section, field),
                        f"{count} need as many zones, region {name} has {len(region.zones)}; allowed: at most {len(region.zones)}",
                    )

    @model_validator(mode="after")
    def _regions_match_mode(self) -> EnvironmentSettings:
        if self.mode == "PRODUCTION" and len(self.regions) < 2:
            raise FieldRuleError(
                ("regions",),
                f"PRODUCTION needs at least two regions, got {len(self.regions)}",
            )
        if self.mode != "PRODUCTION" and self.regions:
            raise FieldRuleError(("regions",), f"only PRODUCTION has regions; {self.mode} must leave it empty")
        if self.mode != "PRODUCTION" and self.cluster is None:
            raise FieldRuleError(("cluster",), f"{self.mode} needs the name of the cluster it is synced into")
        if self.mode == "PRODUCTION" and self.cluster is not None:
            raise FieldRuleError(("cluster",), "PRODUCTION names a cluster per region (regions.<name>.cluster), not here")
        clusters = [region.cluster for region in self.regions.values()]
        if len(clusters) != len(set(clusters)):
            raise FieldRuleError(("regions",), f"each region needs a cluster of its own, got {clusters}")
        for name, region in self.regions.items():
            if region.peer_region == name or region.peer_region not in self.regions:
                others = sorted(set(self.regions) - {name})
                raise FieldRuleError(
                    ("regions", name, "peer_region"),
                    f"{region.peer_region!r} is not another region of this file; allowed: {', '.join(others)}",
                )
        self._buckets_are_regional()
        self._spread_fits_zones()
        self._every_shard_reachable_from_the_peer()
        for table, writer in self.postgres.replicated_tables.items():
            if writer not in self.regions:
                raise FieldRuleError(
                    ("postgres", "replicated_tables", table),
                    f"{writer!r} is not a region of this file; allowed: {', '.join(sorted(self.regions))}",
                )
        return self


_REGIONAL_BUCKETS = (
    (("kafka", "tiered_storage"), "kafka_tiered_storage"),
    (("postgres", "backup"), "postgres_backups"),
    (("qdrant", "backup"), "qdrant_backups"),
    (("clickhouse", "backup"), "clickhouse_backups"),
    (("redis", "backup"), "redis_backups"),
)
"""Each tier that writes to an object store: where it is switched on, and its bucket field per region."""


def _check_regional_buckets(settings: EnvironmentSettings) -> None:
    for (tier, section), field in _REGIONAL_BUCKETS:
        store = getattr(getattr(settings, tier), section)
        regional = {name: getattr(region.buckets, field) for name, region in sorted(settings.regions.items())}
        if store is None:
            for name, bucket in regional.items():
                if bucket is not None:
                    raise FieldRuleError(("regions", name, "buckets", field), f"set, but {tier}.{section} is off")
            continue
        if not settings.regions:
            if store.bucket is None:
                raise FieldRuleError((tier, section, "bucket"), "required setting is missing")
            if getattr(store, "region", "") is None:
                raise FieldRuleError((tier, section, "region"), "required setting is missing (the bucket's region)")
            continue
        if getattr(store, "region", None) is not None:
            raise FieldRuleError((tier, section, "region"), "with regions, each region's bucket is in that region: leave this out")
        if store.bucket is not None:
            raise FieldRuleError(
                (tier, section, "bucket"),
                f"a bucket lives in one region: with regions, leave this out and name each region's own in regions.<name>.buckets.{field}",
            )
        for name, bucket in regional.items():
            if bucket is None:
                raise FieldRuleError(("regions", name, "buckets", field), f"required: {tier}.{section} is on")
    for field in RegionBuckets.model_fields:
        owner: dict[str, str] = {}
        for name, region in sorted(settings.regions.items()):
            bucket = getattr(region.buckets, field)
            if bucket is None:
                continue
            if bucket in owner:
                raise FieldRuleError(
                    ("regions", name, "buckets", field),
                    f"{bucket!r} is already region {owner[bucket]}'s; each region needs a bucket of its own (a bucket lives in one region)",
                )
            owner[bucket] = name


class GitOps(_Settings):
    """Where Argo CD finds the rendered manifests."""

    repo_url: Annotated[str, StringConstraints(pattern=_GIT_URL)] = Field(
        description="Required. The Git repository Argo CD reads (this one, or the GitOps repository dist/ is published into)."
    )
    target_revision: Annotated[str, StringConstraints(pattern=_NO_SPACE)] = Field(
        default="main", description="Branch, tag or commit Argo CD syncs. Default: main."
    )
    path_prefix: Annotated[str, StringConstraints(pattern=_REPO_PATH)] = Field(
        default="dist",
        description="Where dist/'s content sits in that repository: 'dist' here, 'infra/k8s' once "
        "published into a GitOps repository. Default: dist.",
    )
    argocd_namespace: DnsLabel = Field(default="argocd", description="Argo CD's namespace in every cluster. Default: argocd.")
    production_revision: Annotated[str, StringConstraints(pattern=_NO_SPACE)] | None = Field(
        default=None,
        description="The signed tag production clusters sync (e.g. 'prod', moved at each release), verified against "
        "signature_keys. Default: none (production syncs target_revision, unverified).",
    )
    signature_keys: list[Annotated[str, StringConstraints(pattern=r"^[0-9A-F]{16}$")]] = Field(
        default=[],
        description="GPG key IDs (16 upper-case hex digits) one of which must have signed the revision production syncs "
        "(Argo CD's project signatureKeys). Required with production_revision. Default: none.",
    )

    @model_validator(mode="after")
    def _signed_production(self) -> GitOps:
        if self.production_revision is not None and not self.signature_keys:
            raise FieldRuleError(("signature_keys",), "production_revision is verified by them: name at least one key ID")
        if self.signature_keys and self.production_revision is None:
            raise FieldRuleError(("production_revision",), "signature_keys verify it: name the signed tag production syncs")
        return self


class Kubernetes(_Settings):
    """The Kubernetes the clusters run."""

    min_version: Annotated[str, StringConstraints(pattern=_K8S_MINOR)] = Field(
        description="Required. The oldest Kubernetes minor any cluster runs: at least the highest "
        "kubeVersion floor of the pinned operator charts (synth refuses less). The schema gate "
        "validates against it and the newest version it knows."
    )

    @property
    def minor(self) -> tuple[int, int]:
        major, minor = self.min_version.split(".")
        return int(major), int(minor)


class VaultAutoUnseal(_Settings):
    """Vault unseals itself with an AWS KMS key, through the IAM role of its service account
    (IRSA), so a restarted pod comes back without an operator typing unseal keys."""

    kms_key_id: Annotated[str, StringConstraints(pattern=_KMS_KEY)] = Field(description="Required. The KMS key.")
    region: RegionName = Field(description="Required. The key's AWS region.")
    role_arn: Annotated[str, StringConstraints(pattern=_IAM_ROLE)] = Field(
        description="Required. The IAM role Vault's service account assumes; it may use the key (kms:Encrypt, "
        "kms:Decrypt, kms:DescribeKey) and nothing else."
    )


LETS_ENCRYPT = "https://acme-v02.api.letsencrypt.org/directory"


class Acme(_Settings):
    """An ACME certificate authority (Let's Encrypt) that signs the edge's public certificates,
    proving each name with a DNS-01 record cert-manager writes in Route 53 through the IAM
    role of its service account (IRSA)."""

    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")] = Field(
        description="Required. Where the authority sends expiry and account notices."
    )
    server: Annotated[str, StringConstraints(pattern=r"^https://[^\s]+$")] = Field(
        default=LETS_ENCRYPT, description=f"The authority's directory URL. Default: {LETS_ENCRYPT} (Let's Encrypt production)."
    )
    hosted_zone_id: Annotated[str, StringConstraints(pattern=r"^Z[A-Z0-9]{1,31}$")] = Field(
        description="Required. The Route 53 hosted zone of the edge's host names."
    )
    region: RegionName = Field(description="Required. The AWS region cert-manager calls Route 53 and STS in.")
    role_arn: Annotated[str, StringConstraints(pattern=_IAM_ROLE)] = Field(
        description="Required. The IAM role cert-manager's service account assumes; it may change record sets of "
        "the hosted zone (route53:ChangeResourceRecordSets, route53:ListResourceRecordSets, route53:GetChange) and "
        "nothing else."
    )


class ClusterCertificates(_Settings):
    """Lifetimes of the certificates cert-manager issues for the cluster's own services."""

    ca: CertificateLifetime = Field(
        default=CA_LIFETIME,
        description="The cluster's self-signed root CA (Vault's listener and its clients' trust chain to it). "
        "Default: 87600h (ten years), renewed 8760h ahead, with the same key.",
    )
    vault: CertificateLifetime = Field(
        default=SERVER_LIFETIME, description="Vault's listener certificate. Default: 2160h (90 days), renewed 720h ahead."
    )
    webhooks: CertificateLifetime = Field(
        default=WEBHOOK_LIFETIME,
        description="Admission webhooks' serving certificates cert-manager issues (Kong's). Default: 8760h (a year), renewed 720h ahead.",
    )


class GpuTaint(_Settings):
    """The taint that keeps other pods off a GPU pool's nodes; its servers tolerate it."""

    key: QualifiedName = Field(description="Required. The taint's key.")
    value: LabelValue = Field(default="", description="Its value. Default: none.")
    effect: Literal["NoSchedule", "NoExecute", "PreferNoSchedule"] = Field(default="NoSchedule", description="Default: NoSchedule.")


class GpuPool(_Settings):
    """A node pool of GPU nodes (NVIDIA's device plugin advertises ``nvidia.com/gpu``): how
    pods land on it and how many GPUs it holds at most."""

    node_labels: dict[QualifiedName, LabelValue] = Field(
        min_length=1, description="Required. Labels every node of the pool carries (the servers' nodeSelector)."
    )
    taints: list[GpuTaint] = Field(default=[], description="Taints of the pool's nodes, which its servers tolerate. Default: none.")
    gpus_per_node: int = Field(ge=1, le=16, description="Required. GPUs each node has.")
    max_nodes: int = Field(ge=1, le=1000, description="Required. Most nodes the pool scales to (its autoscaler's limit).")

    @property
    def capacity(self) -> int:
        """GPUs the pool holds at most."""
        return self.gpus_per_node * self.max_nodes

    def servers(self, gpus: int) -> int:
        """Servers of ``gpus`` GPUs each the pool holds at most: a server takes its GPUs on one node."""
        return self.max_nodes * (self.gpus_per_node // gpus)


DEFAULT_REGISTRIES = ("docker.io", "ghcr.io", "quay.io", "registry.k8s.io")


class ClusterSettings(_Settings):
    """Settings of one cluster (shared by the environments it syncs)."""

    allowed_registries: list[Hostname] = Field(
        default=list(DEFAULT_REGISTRIES),
        min_length=1,
        description="Registries the environments' pods may pull from (Gatekeeper's admission policy; an image "
        "without a registry is docker.io's). Default: " + ", ".join(DEFAULT_REGISTRIES) + ", where the app and "
        "every operator publish.",
    )

    pod_traffic_encryption: Literal["none", "cilium-wireguard"] = Field(
        default="none",
        description="How pod-to-pod traffic is encrypted where a client cannot do TLS itself (the app's Kafka "
        "client at its pinned release): 'cilium-wireguard', Cilium's transparent WireGuard encryption of every "
        "pod's traffic, set up with the CNI (the README's bootstrap), or 'none'. Default: none; required "
        "'cilium-wireguard' on a cluster that serves PRODUCTION (mTLS everywhere).",
    )

    cni: Literal["cilium", "other"] = Field(
        default="other",
        description="The cluster's CNI: 'cilium' lets pods out to external services by host name "
        "(CiliumNetworkPolicy toFQDNs), any other by address (every public address on the service's port). "
        "Default: other; 'cilium-wireguard' encryption needs cilium.",
    )
    vault_auto_unseal: VaultAutoUnseal | None = Field(
        default=None,
        description="Auto-unseal Vault with a cloud KMS key. Default: none (Shamir keys, unsealed by hand as "
        "the README describes); required on a cluster that serves PRODUCTION.",
    )
    certificates: ClusterCertificates = Field(
        default=ClusterCertificates(), description="Certificate lifetimes. Default: see ClusterCertificates."
    )
    acme: Acme | None = Field(
        default=None,
        description="The ACME authority of the edge's public certificates (issuer 'public-acme'). Default: none; "
        "required on a cluster whose environments' edge asks for public certificates (PRODUCTION's do).",
    )

    gpu_pools: dict[DnsLabel, GpuPool] = Field(
        default={},
        description="GPU node pools by name, which overlays place GPU servers on (whisper.gpu.pool). Default: none. "
        "The environments' most GPUs on a pool must fit its capacity.",
    )

    @model_validator(mode="after")
    def _wireguard_is_cilium(self) -> ClusterSettings:
        if self.pod_traffic_encryption == "cilium-wireguard" and self.cni != "cilium":
            raise FieldRuleError(("cni",), "Cilium's WireGuard encryption needs Cilium as the CNI; allowed: cilium")
        return self


class PlatformSettings(_Settings):
    """Settings shared by every environment: the whole content of ``platform.yaml``."""

    gitops: GitOps = Field(description="Required. Where Argo CD finds the manifests.")
    kubernetes: Kubernetes = Field(description="Required. The Kubernetes the clusters run.")
    clusters: dict[DnsLabel, ClusterSettings] = Field(
        default={},
        description="Per cluster, by the name the overlays give it. Default: none. A name no overlay syncs into is refused.",
    )

    def cluster(self, name: str) -> ClusterSettings:
        """A cluster's settings (the defaults when platform.yaml names it not)."""
        return self.clusters.get(name, ClusterSettings())


def is_valid_environment_name(name: str) -> bool:
    """Environment names become folder and object names, so they must be DNS labels."""
    return re.fullmatch(r"[a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?", name) is not None
