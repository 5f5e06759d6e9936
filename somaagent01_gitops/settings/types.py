"""The building blocks of every settings model: strict base model, string patterns (with
what each means, for error messages), quantities of resources, and the error a rule across
fields raises. Tiers build their own settings models from these (``tiers/<tier>/settings.py``)
without importing the environment model that holds them.
"""

from __future__ import annotations

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
_HOST_PORT = r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?:[0-9]{1,5}$"
_HOSTNAME = r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"
_BUCKET = r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"
_CRON6 = r"^(\S+\s+){5}\S+$"
_CRON5 = r"^(\S+\s+){4}\S+$"
_LABEL_VALUE = r"^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$"
_QUALIFIED_NAME = r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"
_DURATION = r"^[1-9][0-9]{0,3}(s|m|h)$"
_TIMEZONE = r"^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$"
_TIMESTAMP = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$"
_TABLE = r"^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$"
_K8S_MINOR = r"^1\.[0-9]{2}$"
_HOURS = r"^[1-9][0-9]{0,5}h$"
_CIDR = r"^([0-9]{1,3}\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$"
_KMS_KEY = r"^(alias/[A-Za-z0-9/_-]+|arn:aws:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|[0-9a-f-]{36})$"
_IAM_ROLE = r"^arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$"
_RELEASE_URL = r"^https?://[^\s/$.?#][^\s/]*/[^\s]*\{release\}[^\s]*$"
_IMAGE = (
    r"^[a-z0-9]+([._/-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$"
)

PATTERN_MEANINGS = {
    _DNS_LABEL: "a DNS label: lowercase letters, digits and '-', at most 63 characters",
    _REGION: "a region name such as 'us-east-1' or 'eu-west-1'",
    _IMAGE_TAG: "an image tag: letters, digits, '_', '.', '-', at most 128 characters",
    _IMAGE_REPOSITORY: "an image repository such as 'ghcr.io/org/name' (lowercase)",
    _HTTP_URL: "an http:// or https:// URL",
    _GIT_URL: "a Git URL (https://, ssh:// or git@)",
    _REPO_PATH: "a relative path such as 'dist' or 'infra/k8s' (lowercase, no leading '/')",
    _NO_SPACE: "a branch, tag or commit without spaces",
    _HOST_PORT: "host:port, e.g. 'kafka.eu-west-1.soma.internal:9094'",
    _HOSTNAME: "a host name, e.g. 'pg.eu-west-1.soma.internal'",
    _BUCKET: "an S3 bucket name (lowercase letters, digits, '.', '-')",
    _CRON6: "a six-field cron schedule with seconds, e.g. '0 0 2 * * *'",
    _CRON5: "a five-field cron schedule (a CronJob's), e.g. '0 3 * * *'",
    _TIMESTAMP: "an RFC 3339 time with its zone, e.g. '2026-11-28T10:00:00Z'",
    _TABLE: "schema.table, lowercase, e.g. 'public.conversations'",
    _K8S_MINOR: "a Kubernetes minor version such as '1.29'",
    _HOURS: "whole hours such as '2160h' (90 days)",
    _CIDR: "an IPv4 CIDR such as '10.10.0.0/16'",
    _KMS_KEY: "an AWS KMS key: 'alias/<name>', a key or alias ARN, or a key id",
    _IAM_ROLE: "an IAM role ARN, e.g. 'arn:aws:iam::123456789012:role/vault-unseal'",
    _RELEASE_URL: "an http:// or https:// URL with a path holding '{release}' (the app release's name goes there)",
    _IMAGE: "an image reference, e.g. 'ghcr.io/org/name:tag'",
    _LABEL_VALUE: "a label value: letters, digits, '-', '_', '.', starting and ending alphanumeric, at most 63 characters",
    _QUALIFIED_NAME: "a label or taint key: an optional DNS-subdomain prefix and '/', then a name of at most 63 characters",
    _DURATION: "a duration such as '90s', '5m' or '1h'",
    _TIMEZONE: "an IANA time zone such as 'Etc/UTC' or 'Europe/Berlin'",
}
"""What each string pattern means, for error messages that a person can act on."""

DnsLabel = Annotated[str, StringConstraints(pattern=_DNS_LABEL)]
RegionName = Annotated[str, StringConstraints(pattern=_REGION)]
ImageTag = Annotated[str, StringConstraints(pattern=_IMAGE_TAG)]
ImageRepository = Annotated[str, StringConstraints(pattern=_IMAGE_REPOSITORY)]
HttpUrl = Annotated[str, StringConstraints(pattern=_HTTP_URL)]
HostPort = Annotated[str, StringConstraints(pattern=_HOST_PORT)]
Hostname = Annotated[str, StringConstraints(pattern=_HOSTNAME)]
Bucket = Annotated[str, StringConstraints(pattern=_BUCKET)]
Cron = Annotated[str, StringConstraints(pattern=_CRON6)]
CronJobSchedule = Annotated[str, StringConstraints(pattern=_CRON5)]
Timestamp = Annotated[str, StringConstraints(pattern=_TIMESTAMP)]
TableName = Annotated[str, StringConstraints(pattern=_TABLE)]
ImageReference = Annotated[str, StringConstraints(pattern=_IMAGE)]
ReleaseUrl = Annotated[str, StringConstraints(pattern=_RELEASE_URL)]
Hours = Annotated[str, StringConstraints(pattern=_HOURS)]
LabelValue = Annotated[str, StringConstraints(pattern=_LABEL_VALUE)]
QualifiedName = Annotated[str, StringConstraints(pattern=_QUALIFIED_NAME)]
Duration = Annotated[str, StringConstraints(pattern=_DURATION)]
TimeZone = Annotated[str, StringConstraints(pattern=_TIMEZONE)]


class FieldRuleError(ValueError):
    """A rule across fields broken at ``path`` (relative to the model that raised it)."""

    def __init__(self, path: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


ModeRule = tuple[tuple[str, ...], bool, str]
"""(the field, relative to its tier's section; whether the rule holds; what the mode requires)."""


class StrictModel(BaseModel):
    """Strict (no silent \"3\" -> 3), frozen, and refusing unknown keys: a typo is an error."""

    model_config = ConfigDict(
        strict=True,
        frozen=True,
        extra="forbid",
        validate_by_alias=True,
        validate_by_name=False,
        serialize_by_alias=True,
    )


class ResourceAmounts(StrictModel):
    """An amount of CPU and memory, as Kubernetes quantities."""

    cpu: Cpu = Field(description="CPU, e.g. '250m' or '2'.")
    memory: Bytes = Field(description="Memory, e.g. '512Mi'.")


class Resources(StrictModel):
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
                    f"request {requested} is above the limit {limit} (limits.{resource}); a request must not exceed its limit",
                )
        return self


IamRoleArn = Annotated[str, StringConstraints(pattern=r"^arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$")]
"""An IAM role, assumed through the pod's service account (IRSA)."""


def hours(value: str) -> int:
    """The number of hours in an :data:`Hours` value."""
    return int(value.removesuffix("h"))


class CertificateLifetime(StrictModel):
    """How long a certificate is valid, and how long before its end cert-manager renews it.
    The renewal starts with at least two thirds of the validity behind it and a third ahead:
    time for a failed renewal to be noticed (cert-manager's expiry alerts) and fixed."""

    duration: Hours = Field(description="Required. Validity, in whole hours (e.g. '2160h', 90 days).")
    renew_before: Hours = Field(description="Required. Renew this long before the end, in whole hours; at most a third of duration.")

    @model_validator(mode="after")
    def _renews_inside_validity(self) -> CertificateLifetime:
        if hours(self.renew_before) * 3 > hours(self.duration):
            raise FieldRuleError(
                ("renew_before",),
                f"{self.renew_before} is more than a third of duration {self.duration}; allowed: at most {hours(self.duration) // 3}h",
            )
        return self


CA_LIFETIME = CertificateLifetime(duration="87600h", renew_before="8760h")
"""Self-signed roots (an environment's outside PRODUCTION, each cluster's): ten years,
renewed a year ahead with the same key, so what they signed stays trusted."""
SERVER_LIFETIME = CertificateLifetime(duration="2160h", renew_before="720h")
"""Server certificates: 90 days, renewed 30 days ahead (their servers reload them)."""
WEBHOOK_LIFETIME = CertificateLifetime(duration="8760h", renew_before="720h")
"""Admission webhooks' serving certificates: a year, renewed 30 days ahead (cert-manager's
CA injector updates the webhook's caBundle with it)."""


def pull_policy_of(reference: str) -> str:
    """IfNotPresent for an image pinned by digest (what a node holds under it cannot differ),
    Always for a tag (a re-pushed tag is noticed)."""
    return "IfNotPresent" if "@sha256:" in reference else "Always"
