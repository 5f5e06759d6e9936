"""Typed, validated settings: what ``overlays/<environment>.yaml`` may say."""

from ..tiers.kafka.settings import Kafka, TieredStorage
from ..tiers.keycloak.settings import Identity
from ..tiers.postgres.settings import Postgres, PostgresBackup, PostgresRecovery
from .loader import Environment, OverlayError, load_environment, load_environments, load_platform, overlay_files
from .model import (
    Autoscaling,
    ClusterSettings,
    EnvironmentSettings,
    ExternalServices,
    GitOps,
    Image,
    Kubernetes,
    PlatformSettings,
    Policy,
    Region,
    RegionBuckets,
    ServiceSettings,
    VaultAutoUnseal,
)
from .types import ResourceAmounts, Resources

__all__ = [
    "Autoscaling",
    "ClusterSettings",
    "Environment",
    "EnvironmentSettings",
    "ExternalServices",
    "GitOps",
    "Identity",
    "Image",
    "Kafka",
    "Kubernetes",
    "OverlayError",
    "PlatformSettings",
    "Policy",
    "Postgres",
    "PostgresBackup",
    "PostgresRecovery",
    "Region",
    "RegionBuckets",
    "ResourceAmounts",
    "Resources",
    "ServiceSettings",
    "TieredStorage",
    "VaultAutoUnseal",
    "load_environment",
    "load_environments",
    "load_platform",
    "overlay_files",
]
