"""From validated environments to the files of ``dist/``: build, render, lay out."""

from __future__ import annotations

from collections.abc import Sequence

from .charts import EnvironmentChart, build_app
from .output import TargetObjects, layout
from .settings import Environment
from .targets import targets_of


def render_targets(environments: Sequence[Environment]) -> list[TargetObjects]:
    """The objects each target's chart renders, in cdk8s' own order."""
    _, charts = build_app(targets_of(environments))
    return [_objects_of(chart) for chart in charts]


def synthesize(environments: Sequence[Environment]) -> dict[str, bytes]:
    """The whole ``dist/`` tree for these environments, as relative path -> content."""
    return layout(render_targets(environments))


def _objects_of(chart: EnvironmentChart) -> TargetObjects:
    return TargetObjects(
        path=chart.target.path,
        namespace=chart.target.settings.namespace,
        objects=chart.to_json(),
    )
