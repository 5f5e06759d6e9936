"""Typed, validated settings: what ``overlays/<environment>.yaml`` may say."""

from .loader import Environment, OverlayError, load_environment, load_environments, overlay_files
from .model import (
    AppServices,
    Autoscaling,
    EnvironmentSettings,
    ExternalServices,
    Image,
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
    "Image",
    "OverlayError",
    "Policy",
    "Region",
    "ResourceAmounts",
    "Resources",
    "ServiceSettings",
    "load_environment",
    "load_environments",
    "overlay_files",
]
