"""From validated settings to the files of ``dist/``: build, render, lay out."""

from __future__ import annotations

from collections.abc import Sequence

from .charts import ClusterAppsChart, EnvironmentChart, OutputChart, build_app
from .output import FolderObjects, layout
from .settings import Environment, PlatformSettings
from .targets import targets_of
from .tiers.base import Tier
from .tiers.registry import TIERS


def render_folders(
    environments: Sequence[Environment], *, platform: PlatformSettings, every_environment: bool = True, tiers: Sequence[Tier] = TIERS
) -> list[FolderObjects]:
    """The objects each chart renders, by output folder, in cdk8s' own order.
    ``every_environment`` says the environments are all there are (not a selection);
    ``tiers`` are the registered ones unless a caller adds its own."""
    _, charts = build_app(targets_of(environments), platform=platform, every_environment=every_environment, tiers=tiers)
    folders = [_objects_of(chart) for chart in charts]
    return folders + [folder for chart in charts if isinstance(chart, ClusterAppsChart) for folder in chart.upstream_folders]


def synthesize(
    environments: Sequence[Environment], *, platform: PlatformSettings, every_environment: bool = True, tiers: Sequence[Tier] = TIERS
) -> dict[str, bytes]:
    """The whole ``dist/`` tree (or a selection's), as relative path -> content."""
    return layout(render_folders(environments, platform=platform, every_environment=every_environment, tiers=tiers))


def _objects_of(chart: OutputChart) -> FolderObjects:
    namespace = chart.target.settings.namespace if isinstance(chart, EnvironmentChart) else None
    folder: str = chart.folder  # every chart of build_app names its output folder
    return FolderObjects(folder=folder, objects=chart.to_json(), namespace=namespace)
