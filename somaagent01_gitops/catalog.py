"""Facts about the SomaAgent01 platform that do not change between environments.

Taken from ``shared/design/service-catalog.md`` (the platform's own compose files, Helm
values and code). Where its sources disagree, the value chosen here is the one named in
the README. Environments never change these; overlays only size and place them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

APP_NAME = "somaagent01"
APP_UID = 1000
"""The app image runs as this uid (the catalog); the pods enforce it."""
INGRESS_NAMESPACE = "kong"
"""Where the ingress controller (Kong) runs; only it may reach the HTTP services from outside."""
MONITORING_NAMESPACE = "monitoring"
"""Where Prometheus runs; only it may scrape the services' metrics ports."""


class Dependency(str, Enum):
    """What an application service talks to; decides the settings and the access it gets."""

    KAFKA = "kafka"
    POSTGRES = "postgres"
    REDIS = "redis"
    OPA = "opa"
    OPENFGA = "openfga"
    SLM = "slm"
    SOMABRAIN = "somabrain"


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
class AppServiceSpec:
    """One entrypoint of the SomaAgent01 app image, as the catalog describes it."""

    name: str
    command: tuple[str, ...]
    port: int
    port_name: str
    """``http`` when the service serves traffic, ``metrics`` when it only serves metrics."""
    readiness_path: str
    liveness_path: str
    depends_on: frozenset[Dependency]
    settings: dict[str, str] = field(default_factory=dict)
    """Service-specific, non-secret settings. A value may be a placeholder filled per
    environment: ``{topic:NAME}`` (the topic's name there), ``{service:NAME}`` (another app
    service's URL), ``{policy:FIELD}`` (a policy flag of the settings)."""
    secrets: tuple[str, ...] = ()
    """Settings whose values come from the secret store (Vault beyond LOCAL), never manifests."""
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


def _uvicorn(module: str, port: int) -> tuple[str, ...]:
    # The catalog's entrypoint omits --host; uvicorn then binds 127.0.0.1 and no probe or
    # Service could reach it, so the pods listen on all addresses.
    return ("uvicorn", f"{module}:app", "--host", "0.0.0.0", "--port", str(port))


def _python_module(module: str) -> tuple[str, ...]:
    return ("python3", "-m", module)


APP_SERVICES: tuple[AppServiceSpec, ...] = (
    AppServiceSpec(
        name="gateway",
        command=_uvicorn("services.gateway.main", 8010),
        port=8010,
        port_name="http",
        readiness_path="/v1/health",
        liveness_path="/healthz",
        depends_on=frozenset(
            {Dependency.KAFKA, Dependency.POSTGRES, Dependency.REDIS, Dependency.OPA, Dependency.OPENFGA}
        ),
        settings={"POLICY_DATA_PATH": "/v1/data/soma/policy/allow", "GATEWAY_REQUIRE_AUTH": "{policy:require_auth}"},
        secrets=("GATEWAY_JWT_SECRET", "GATEWAY_ENC_KEY", "GATEWAY_INTERNAL_TOKEN", "OPENFGA_STORE_ID"),
        # the gateway runs no Kafka consumer at a169e468 (consumers/chat.py has no Kafka code);
        # it produces config updates to the inbound topic (admin/features/api/flags.py:53-62)
        writes=frozenset({"conversation.inbound"}),
    ),
    AppServiceSpec(
        name="conversation-worker",
        command=_python_module("services.conversation_worker.main"),
        port=9410,
        port_name="metrics",
        readiness_path="/metrics",
        liveness_path="/metrics",
        depends_on=frozenset(
            {Dependency.KAFKA, Dependency.REDIS, Dependency.POSTGRES, Dependency.SLM, Dependency.SOMABRAIN}
        ),
        settings={
            "CONVERSATION_INBOUND": "{topic:conversation.inbound}",
            "CONVERSATION_OUTBOUND": "{topic:conversation.outbound}",
            "CONVERSATION_GROUP": "conversation-worker",
            "WORKER_GATEWAY_BASE": "{service:gateway}",
        },
        secrets=("SLM_API_KEY",),
        # conversation_worker/main.py:74-76, 117, 140; temporal_worker.py:59 (dead letters)
        reads=frozenset({"conversation.inbound"}),
        writes=frozenset({"conversation.outbound", "conversation.inbound.dlq"}),
        consumer_group="conversation-worker",
        calls=frozenset({"gateway"}),
    ),
    AppServiceSpec(
        name="tool-executor",
        command=_python_module("services.tool_executor.main"),
        port=9411,
        port_name="metrics",
        readiness_path="/metrics",
        liveness_path="/metrics",
        depends_on=frozenset({Dependency.KAFKA, Dependency.OPA}),
        settings={
            "TOOL_REQUESTS_TOPIC": "{topic:tool.requests}",
            "TOOL_RESULTS_TOPIC": "{topic:tool.results}",
            "TOOL_EXECUTOR_GROUP": "tool-executor",
        },
        # tool_executor/main.py:150-154; result_publisher.py:63-64, 117, 149, 235
        reads=frozenset({"tool.requests"}),
        writes=frozenset({"tool.results", "conversation.outbound", "memory.wal", "task.feedback.dlq"}),
        consumer_group="tool-executor",
    ),
    AppServiceSpec(
        name="memory-replicator",
        command=_python_module("services.memory_replicator.main"),
        port=9412,
        port_name="metrics",
        readiness_path="/metrics",
        liveness_path="/metrics",
        depends_on=frozenset({Dependency.KAFKA, Dependency.SOMABRAIN}),
        settings={"MEMORY_WAL_TOPIC": "{topic:memory.wal}"},
        reads=frozenset({"memory.wal"}),
        writes=frozenset({"memory.wal.dlq"}),
        consumer_group="memory-replicator",
    ),
    AppServiceSpec(
        name="outbox-sync",
        command=_python_module("services.outbox_sync.main"),
        port=9469,
        port_name="metrics",
        readiness_path="/metrics",
        liveness_path="/metrics",
        depends_on=frozenset({Dependency.POSTGRES, Dependency.KAFKA}),
        settings={
            "OUTBOX_SYNC_BATCH_SIZE": "200",
            "OUTBOX_SYNC_INTERVAL_SECONDS": "1.0",
            "OUTBOX_SYNC_MAX_RETRIES": "8",
        },
        writes=frozenset({"conversation.outbound", "memory.wal", "ui.notifications"}),
    ),
    AppServiceSpec(
        name="delegation-gateway",
        command=_uvicorn("services.delegation_gateway.main", 8015),
        port=8015,
        port_name="http",
        readiness_path="/health",
        liveness_path="/health",
        depends_on=frozenset({Dependency.KAFKA, Dependency.POSTGRES, Dependency.SLM}),
        settings={"DELEGATION_TOPIC": "{topic:somastack.delegation}"},
        writes=frozenset({"somastack.delegation"}),
    ),
    AppServiceSpec(
        name="delegation-worker",
        command=_python_module("services.delegation_worker.main"),
        port=9402,
        port_name="metrics",
        readiness_path="/metrics",
        liveness_path="/metrics",
        depends_on=frozenset({Dependency.KAFKA, Dependency.REDIS}),
        settings={
            "DELEGATION_TOPIC": "{topic:somastack.delegation}",
            "DELEGATION_GROUP": "delegation-worker",
        },
        reads=frozenset({"somastack.delegation"}),
        consumer_group="delegation-worker",
    ),
)


def consumer_groups() -> list[str]:
    """Every consumer group the app's services consume with."""
    return sorted({spec.consumer_group for spec in APP_SERVICES if spec.consumer_group})


def _check_catalog() -> None:
    names = [spec.name for spec in APP_SERVICES]
    if len(names) != len(set(names)):
        raise ValueError(f"catalog: duplicate service names: {names}")
    for spec in APP_SERVICES:
        unknown = (spec.reads | spec.writes) - TOPIC_NAMES
        if unknown:
            raise ValueError(f"catalog: {spec.name} names unknown topics {sorted(unknown)}")
        if spec.reads and not spec.consumer_group:
            raise ValueError(f"catalog: {spec.name} reads topics but names no consumer group (its ACLs need one)")
        if spec.calls - set(names):
            raise ValueError(f"catalog: {spec.name} calls unknown services {sorted(spec.calls - set(names))}")
        urls = {value[len("{service:") : -1] for value in spec.settings.values() if value.startswith("{service:")}
        if urls - spec.calls:
            # the network policy only opens the paths `calls` names
            raise ValueError(f"catalog: {spec.name} has URLs of {sorted(urls - spec.calls)} but does not list them in calls")


_check_catalog()
