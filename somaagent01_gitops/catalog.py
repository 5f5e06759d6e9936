"""Facts about the SomaAgent01 platform that do not change between environments.

Taken from ``shared/design/service-catalog.md`` (the platform's own compose files, Helm
values and code). Where its sources disagree, the value chosen here is the one named in
the README. Environments never change these; overlays only size and place them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

APP_NAME = "somaagent01"
APP_UID = 1000
"""The app image runs as this uid (the catalog); the pods enforce it."""
INGRESS_NAMESPACE = "kong"
"""Where the ingress controller (Kong) runs; only it may reach the HTTP services from outside."""
MONITORING_NAMESPACE = "monitoring"
"""Where Prometheus runs; only it may scrape the services' metrics ports."""


class Dependency(StrEnum):
    """What an application service talks to; decides the settings and the access it gets."""

    KAFKA = "kafka"
    POSTGRES = "postgres"
    REDIS = "redis"
    OPA = "opa"
    OPENFGA = "openfga"
    SLM = "slm"
    SOMABRAIN = "somabrain"
    KEYCLOAK = "keycloak"
    TEMPORAL = "temporal"
    SPICEDB = "spicedb"
    WHISPER = "whisper"


@dataclass(frozen=True)
class Topic:
    """A Kafka topic of the platform (3 partitions unless the catalog says otherwise)."""

    name: str
    partitions: int = 3


TOPICS: tuple[Topic, ...] = (
    Topic("conversation.inbound"),
    Topic("conversation.outbound"),
    Topic("tool.requests"),
    Topic("tool.results"),
    Topic("memory.wal"),
    Topic("memory.wal.dlq"),
    # dead letters: services/common/dlq.py:45 names them <source>.dlq; the conversation
    # worker's (temporal_worker.py:59) and the tool executor's task feedback
    # (tool_executor/result_publisher.py:149), at app commit a169e468
    Topic("conversation.inbound.dlq"),
    Topic("task.feedback.dlq"),
    # the delegation gateway's Temporal worker (delegation_gateway/main.py:143; temporal_worker.py:36, 46)
    Topic("a2a.out"),
    Topic("a2a.dlq"),
    Topic("config_updates", partitions=1),
    Topic("ui.notifications"),
    Topic("somastack.delegation"),
)
TOPIC_NAMES = frozenset(topic.name for topic in TOPICS)
TRAINING_TOPIC_PREFIX = "training."
"""TRAINING mode reads and writes every topic under this prefix (the catalog)."""


def topic_name(topic: str, *, mode: str) -> str:
    """A catalog topic's name in an environment of this mode."""
    return TRAINING_TOPIC_PREFIX + topic if mode == "TRAINING" else topic


@dataclass(frozen=True)
class CatalogAlert:
    """An alert the app's team wrote (the service catalog's list): its name and the threshold
    past which it fires, in the unit the name says."""

    name: str
    threshold: float
    unit: str


GATEWAY_HIGH_ERROR_RATE = CatalogAlert("GatewayHighErrorRate", 0.01, "ratio of responses that are 5xx")
"""The catalog: GatewayHighErrorRate (> 1 %)."""
GATEWAY_HIGH_LATENCY_P95 = CatalogAlert("GatewayHighLatencyP95", 2.0, "seconds, 95th percentile")
"""The catalog: GatewayHighLatencyP95 (> 2 s)."""

PROBE_EXCEPTION_ANNOTATION = "somaagent01.io/probe-exception"
"""A workload without probes says why here; the probes-required policy admits it only so."""


@dataclass(frozen=True)
class AppServiceSpec:
    """One entrypoint of the SomaAgent01 app image at a release (releases.py holds them)."""

    name: str
    command: tuple[str, ...]
    depends_on: frozenset[Dependency]
    reads_settings: tuple[str, ...]
    """The release's settings this entrypoint reads and the platform fills (by name)."""
    port: int | None = None
    """The port it listens on; None when it serves nothing over TCP. Default: none."""
    port_name: str | None = None
    """``http`` when it serves traffic, ``metrics`` when it only serves metrics."""
    port_setting: str | None = None
    """The setting that sets its port (so container, Service and monitor agree). Default: none."""
    readiness_path: str | None = None
    """HTTP paths on its port; None: no probe (it serves nothing to probe). Default: none."""
    liveness_path: str | None = None
    reads: frozenset[str] = frozenset()
    """Topics it consumes. With ``writes``, the one place Kafka access is derived from."""
    writes: frozenset[str] = frozenset()
    """Topics it produces to."""
    consumer_group: str | None = None
    calls: frozenset[str] = frozenset()
    """Other application services it calls over HTTP."""

    @property
    def serves_traffic(self) -> bool:
        return self.port_name == "http"

    @property
    def probe_exception(self) -> str | None:
        """Why its pods have no readiness or liveness probe, when they have none: the reason
        the probes-required admission policy reads (``PROBE_EXCEPTION_ANNOTATION``)."""
        if self.readiness_path and self.liveness_path:
            return None
        return f"{self.name} serves nothing over HTTP at this release (the catalog): there is no endpoint to probe"

    def __post_init__(self) -> None:
        unknown = (self.reads | self.writes) - TOPIC_NAMES
        if unknown:
            raise ValueError(f"catalog: {self.name} names unknown topics {sorted(unknown)}")
        if self.reads and not self.consumer_group:
            raise ValueError(f"catalog: {self.name} reads topics but names no consumer group (its ACLs need one)")
        if (self.port is None) != (self.port_name is None) or (self.readiness_path is not None and self.port is None):
            raise ValueError(f"catalog: {self.name}: a probe path needs a port, and a port a name")
