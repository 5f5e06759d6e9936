"""Typed, validated settings: what ``overlays/<environment>.yaml`` may say."""

from .loader import Environment, OverlayError, load_environment, load_environments, load_platform, overlay_files
from .model import (
    AppServices,
    Autoscaling,
    EnvironmentSettings,
    ExternalServices,
    GitOps,
    Image,
    PlatformSettings,
    Policy,
    Region,
    ResourceAmounts,
    Resources,
    ServiceSettings,
)

__all__ = [
    "AppServices",
    "Autoscaling",
    "Environment",
    "EnvironmentSettings",
    "ExternalServices",
    "GitOps",
    "Image",
    "PlatformSettings",
    "OverlayError",
    "Policy",
    "Region",
    "ResourceAmounts",
    "Resources",
    "ServiceSettings",
    "load_environment",
    "load_environments",
    "load_platform",
    "overlay_files",
]
