"""TIERS, the one registration list, and what follows from it: every operator a cluster may
need (the platform's own and the tiers') and every runtime producer the tiers declare."""

from __future__ import annotations

from ..footprints import RuntimeProducer
from ..operator_types import OperatorChart
from ..operators import PLATFORM_OPERATORS
from ..runtime_services import RuntimeService
from .app.tier import AppUnit, NetworkUnit
from .base import RuntimeServiceUnit, Tier
from .clickhouse.tier import ClickHouseUnit
from .edge.tier import EdgeUnit
from .kafka.tier import KafkaUnit
from .keycloak.tier import KeycloakUnit
from .opa.tier import OpaUnit
from .openfga.tier import OpenFgaUnit
from .postgres.tier import PostgresUnit
from .qdrant.tier import QdrantUnit
from .redis.tier import RedisUnit
from .secrets.tier import SecretsUnit
from .spicedb.tier import SpiceDbUnit
from .temporal.tier import TemporalUnit
from .whisper.tier import WhisperUnit

TIERS: tuple[Tier, ...] = (
    KafkaUnit(),
    PostgresUnit(),
    RedisUnit(),
    QdrantUnit(),
    ClickHouseUnit(),
    TemporalUnit(),
    KeycloakUnit(),
    SpiceDbUnit(),
    OpaUnit(),
    OpenFgaUnit(),
    WhisperUnit(),
    AppUnit(),
    NetworkUnit(),
    EdgeUnit(),
    SecretsUnit(),
)
"""Every tier, in build order (a tier may use what the tiers before it exposed)."""

OPERATORS: tuple[OperatorChart, ...] = (*PLATFORM_OPERATORS, *(operator for tier in TIERS for operator in tier.operators))
"""Every operator: the platform's, then each tier's, in registration order."""

TIER_PRODUCERS: tuple[RuntimeProducer, ...] = tuple(producer for tier in TIERS for producer in tier.producers)
"""What the tiers' operators make at runtime."""

RUNTIME_SERVICES: tuple[RuntimeService, ...] = tuple(tier.service for tier in TIERS if isinstance(tier, RuntimeServiceUnit))
"""The services the app release may need at runtime, as the tiers declare them."""
