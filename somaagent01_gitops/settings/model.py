"""The typed description of one environment: everything that differs between environments.

Every field has a documented default unless it is a required input: a missing required
input fails with its field path, never with a deep stack (kube-prometheus' rule). The model
is strict (no silent "3" -> 3), frozen, and refuses unknown keys, so a typo in an overlay is
an error, not a setting that is quietly ignored.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .quantities import Bytes, Cpu, parse_quantity

Mode = Literal["LOCAL", "DEVELOPMENT", "TRAINING", "PRODUCTION"]
"""SomaAgent01's own mode names (SOMA_AGENT_MODE); they also set the security posture."""

_DNS_LABEL = r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"
_REGION = r"^[a-z]{2}(-[a-z]+)+-[0-9]+$"
_IMAGE_TAG = r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"
_IMAGE_REPOSITORY = r"^[a-z0-9]+([._/-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$"
_HTTP_URL = r"^https?://[^\s/$.?#].[^\s]*$"
_GIT_URL = r"^(https://|ssh://|git@)[^\s]+$"
_REPO_PATH = r"^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*$"
_NO_SPACE = r"^[^\s]+$"

PATTERN_MEANINGS = {
    _DNS_LABEL: "a DNS label: lowercase letters, digits and '-', at most 63 characters",
    _REGION: "a region name such as 'us-east-1' or 'eu-west-1'",
    _IMAGE_TAG: "an image tag: letters, digits, '_', '.', '-', at most 128 characters",
    _IMAGE_REPOSITORY: "an image repository such as 'ghcr.io/org/name' (lowercase)",
    _HTTP_URL: "an http:// or https:// URL",
    _GIT_URL: "a Git URL (https://, ssh:// or git@)",
    _REPO_PATH: "a relative path such as 'dist' or 'infra/k8s' (lowercase, no leading '/')",
    _NO_SPACE: "a branch, tag or commit without spaces",
}
"""What each string pattern means, for error messages that a person can act on."""

DnsLabel = Annotated[str, StringConstraints(pattern=_DNS_LABEL)]
RegionName = Annotated[str, StringConstraints(pattern=_REGION)]
ImageTag = Annotated[str, StringConstraints(pattern=_IMAGE_TAG)]
ImageRepository = Annotated[str, StringConstraints(pattern=_IMAGE_REPOSITORY)]
HttpUrl = Annotated[str, StringConstraints(pattern=_HTTP_URL)]


class FieldRuleError(ValueError):
    """A rule across fields broken at ``path`` (relative to the model that raised it)."""

    def __init__(self, path: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class _Settings(BaseModel):
    model_config = ConfigDict(
        strict=True,
        frozen=True,
        extra="forbid",
        validate_by_alias=True,
        validate_by_name=False,
        serialize_by_alias=True,
    )


class ResourceAmounts(_Settings):
    """An amount of CPU and memory, as Kubernetes quantities."""

    cpu: Cpu = Field(description="CPU, e.g. '250m' or '2'.")
    memory: Bytes = Field(description="Memory, e.g. '512Mi'.")


class Resources(_Settings):
    """Requests and limits of one container. Default: 100m/256Mi requested, 1/512Mi limit."""

    requests: ResourceAmounts = Field(
        default=ResourceAmounts(cpu="100m", memory="256Mi"),
        description="What the scheduler reserves. Default: cpu 100m, memory 256Mi.",
    )
    limits: ResourceAmounts = Field(
        default=ResourceAmounts(cpu="1", memory="512Mi"),
        description="What the container may use at most. Default: cpu 1, memory 512Mi.",
    )

    @model_validator(mode="after")
    def _requests_within_limits(self) -> Resources:
        for resource in ("cpu", "memory"):
            requested = getattr(self.requests, resource)
            limit = getattr(self.limits, resource)
            if parse_quantity(requested) > parse_quantity(limit):
                raise FieldRuleError(
                    ("requests", resource),
                    f"request {requested} is above the limit {limit} "
                    f"(limits.{resource}); a request must not exceed its limit",
                )
        return self


class Autoscaling(_Settings):
    """A HorizontalPodAutoscaler on CPU; when set, the HPA owns the replica count."""

    min_replicas: int = Field(ge=1, le=100, description="Fewest replicas the HPA keeps.")
    max_replicas: int = Field(ge=1, le=100, description="Most replicas the HPA may start.")
    target_cpu_utilization: int = Field(
        default=70, ge=10, le=100, description="Average CPU use (% of requests) to aim for. Default: 70."
    )

    @model_validator(mode="after")
    def _min_below_max(self) -> Autoscaling:
        if self.min_replicas > self.max_replicas:
            raise FieldRuleError(
                ("min_replicas",),
                f"min_replicas {self.min_replicas} is above max_replicas {self.max_replicas}",
            )
        return self


class ServiceSettings(_Settings):
    """Sizing of one SomaAgent01 application service. Default: 1 replica, default resources."""

    replicas: int = Field(
        default=1, ge=0, le=100, description="Replicas when no autoscaling is set (0 parks the service). Default: 1."
    )
    resources: Resources = Field(default=Resources(), description="Requests and limits. Default: see Resources.")
    autoscaling: Autoscaling | None = Field(default=None, description="Scale on CPU with an HPA. Default: none.")

    @property
    def min_available_replicas(self) -> int:
        """The replica count the service never goes under, with or without an HPA."""
        return self.autoscaling.min_replicas if self.autoscaling else self.replicas


class AppServices(_Settings):
    """The SomaAgent01 application services (one image, several entrypoints)."""

    gateway: ServiceSettings = ServiceSettings()
    conversation_worker: ServiceSettings = Field(default=ServiceSettings(), alias="conversation-worker")
    tool_executor: ServiceSettings = Field(default=ServiceSettings(), alias="tool-executor")
    memory_replicator: ServiceSettings = Field(default=ServiceSettings(), alias="memory-replicator")
    outbox_sync: ServiceSettings = Field(default=ServiceSettings(), alias="outbox-sync")
    delegation_gateway: ServiceSettings = Field(default=ServiceSettings(), alias="delegation-gateway")
    delegation_worker: ServiceSettings = Field(default=ServiceSettings(), alias="delegation-worker")

    def by_name(self) -> dict[str, ServiceSettings]:
        """The settings keyed by the services' catalog names (``conversation-worker``...)."""
        return {
            (info.alias or name): getattr(self, name) for name, info in type(self).model_fields.items()
        }


class Image(_Settings):
    """The SomaAgent01 application image; pinned per environment (``latest`` only in LOCAL)."""

    repository: ImageRepository = Field(
        default="ghcr.io/somatechlat/somaagent01", description="Registry and repository of the app image."
    )
    tag: ImageTag = Field(description="Required. The image tag; 'latest' is refused outside LOCAL.")
    pull_policy: Literal["Always", "IfNotPresent", "Never"] = Field(
        default="Always",
        description="imagePullPolicy. Default: Always (a re-pushed tag is noticed); LOCAL uses "
        "IfNotPresent for images loaded into kind/k3d.",
    )


class ExternalServices(_Settings):
    """Services outside the cluster that the platform calls."""

    somabrain_url: HttpUrl = Field(description="Required. SomaBrain's base URL (SOMA_BASE_URL, port 9696).")
    slm_base_url: HttpUrl = Field(
        description="Required. The managed Soma SLM API (SLM_BASE_URL); HTTPS outside LOCAL. "
        "No model server runs in the cluster."
    )
    slm_model: str = Field(min_length=1, description="Required. The SLM model name (SLM_MODEL).")


class Policy(_Settings):
    """How the gateway treats OPA decisions."""

    fail_open: bool = Field(
        default=False,
        description="Let requests through when OPA cannot answer (POLICY_FAIL_OPEN). Default: false; "
        "refused in TRAINING and PRODUCTION, which are fail-closed.",
    )
    require_auth: bool = Field(
        default=True,
        description="The gateway demands a JWT (GATEWAY_REQUIRE_AUTH). Default: true; refused false "
        "outside LOCAL.",
    )


class Region(_Settings):
    """One production region: its own cluster, zones and storage."""

    cluster: DnsLabel = Field(description="Required. The region's cluster (its Argo CD syncs its overlay).")
    zones: list[DnsLabel] = Field(min_length=1, description="Required. Availability zones pods spread over.")
    storage_class: DnsLabel = Field(description="Required. StorageClass for persistent volumes in this region.")
    peer_region: RegionName = Field(description="Required. The region this one replicates data to.")


class EnvironmentSettings(_Settings):
    """One environment: the whole content of ``overlays/<environment>.yaml``."""

    mode: Mode = Field(description="Required. SOMA_AGENT_MODE and the security posture that goes with it.")
    namespace: DnsLabel = Field(description="Required. The namespace this environment's objects live in.")
    cluster: DnsLabel | None = Field(
        default=None,
        description="The cluster this environment is synced into; required outside PRODUCTION, where "
        "each region names its own.",
    )
    image: Image = Field(description="Required. The application image.")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(default="INFO", description="Default: INFO.")
    tenant_id: DnsLabel = Field(default="public", description="SOMA_TENANT_ID. Default: public.")
    external: ExternalServices = Field(description="Required. Services outside the cluster.")
    policy: Policy = Field(default=Policy(), description="Policy posture. Default: fail-closed, auth required.")
    scratch_volume_size: Bytes = Field(
        default="64Mi",
        description="Size of the writable /tmp each app container gets (its root filesystem is "
        "read-only). Default: 64Mi.",
    )
    services: AppServices = Field(default=AppServices(), description="Sizing per application service.")
    regions: dict[RegionName, Region] = Field(
        default={},
        description="PRODUCTION only, at least two: one overlay and one cluster per region.",
    )

    @model_validator(mode="after")
    def _posture_matches_mode(self) -> EnvironmentSettings:
        local = self.mode == "LOCAL"
        if not local and self.image.tag == "latest":
            raise FieldRuleError(("image", "tag"), "'latest' is only allowed in LOCAL; pin a tag")
        if not local and not self.external.slm_base_url.startswith("https://"):
            raise FieldRuleError(("external", "slm_base_url"), "must be an https:// URL outside LOCAL")
        if self.policy.fail_open and self.mode in ("TRAINING", "PRODUCTION"):
            raise FieldRuleError(("policy", "fail_open"), f"{self.mode} is fail-closed: must be false")
        if not self.policy.require_auth and not local:
            raise FieldRuleError(("policy", "require_auth"), "may only be false in LOCAL")
        return self

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
        return self


class GitOps(_Settings):
    """Where Argo CD finds the rendered manifests."""

    repo_url: Annotated[str, StringConstraints(pattern=_GIT_URL)] = Field(
        description="Required. The Git repository Argo CD reads (this one, or the GitOps repository "
        "dist/ is published into)."
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


class PlatformSettings(_Settings):
    """Settings shared by every environment: the whole content of ``platform.yaml``."""

    gitops: GitOps = Field(description="Required. Where Argo CD finds the manifests.")


def is_valid_environment_name(name: str) -> bool:
    """Environment names become folder and object names, so they must be DNS labels."""
    return re.fullmatch(r"[a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?", name) is not None
