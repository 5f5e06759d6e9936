"""Where an environment is deployed: one target per environment, one per region in prod."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from .settings import Environment, EnvironmentSettings, OverlayError, Region
from .settings.model import GpuPool, PlatformSettings


@dataclass(frozen=True)
class Target:
    """One overlay folder and the cluster namespace it is synced into."""

    environment: str
    settings: EnvironmentSettings
    region_name: str | None = None
    egress_by_name: bool = False
    """The cluster's CNI can allow egress by host name (Cilium's ``toFQDNs``); platform.yaml's
    ``clusters.<name>.cni``. Default: false (by address)."""
    gpu_pool: GpuPool | None = None
    """The cluster's GPU pool ``whisper.gpu.pool`` names (platform.yaml). Default: none."""

    def on_cluster(self, platform: PlatformSettings) -> Target:
        """This target with what platform.yaml says of its cluster: how pods get out, and the
        GPU pool its speech servers use (none where the pool is not the cluster's, which
        ``delivery.check_platform`` reports)."""
        cluster = platform.cluster(self.cluster)
        gpu = self.settings.whisper.gpu
        pool = cluster.gpu_pools.get(gpu.pool) if gpu is not None else None
        return dataclasses.replace(self, egress_by_name=cluster.cni == "cilium", gpu_pool=pool)

    @property
    def path(self) -> str:
        """Folder below ``dist/overlays/``: ``dev``, or ``prod/us-east-1``."""
        return f"{self.environment}/{self.region_name}" if self.region_name else self.environment

    @property
    def chart_id(self) -> str:
        return self.path.replace("/", "-")

    @property
    def region(self) -> Region | None:
        return self.settings.region(self.region_name)

    @property
    def cluster(self) -> str:
        """The cluster whose Argo CD syncs this target."""
        region = self.region
        cluster = region.cluster if region is not None else self.settings.cluster
        if cluster is None:  # the settings model refuses this; guard against a model change
            raise ValueError(f"{self.path}: no cluster")
        return cluster

    @property
    def project(self) -> str:
        """The Argo CD AppProject of this environment."""
        return f"soma-{self.environment}"

    @property
    def application(self) -> str:
        """The Argo CD Application that syncs this target's overlay."""
        return f"soma-{self.chart_id}"


def clusters_of(targets: Iterable[Target]) -> dict[str, list[Target]]:
    """The targets each cluster syncs, by cluster name, sorted."""
    clusters: dict[str, list[Target]] = {}
    for target in targets:
        clusters.setdefault(target.cluster, []).append(target)
    return dict(sorted(clusters.items()))


def targets_of(environments: Iterable[Environment], platform: PlatformSettings | None = None) -> list[Target]:
    """Every target of the environments, in a stable order, with what ``platform`` says of
    its cluster (when given); refuses two targets that would share one namespace of one
    cluster (their Applications would fight over it)."""
    targets: list[Target] = []
    for environment in sorted(environments, key=lambda env: env.name):
        regions: list[str | None] = [*sorted(environment.settings.regions)] or [None]
        targets.extend(Target(environment.name, environment.settings, region) for region in regions)
    if platform is not None:
        targets = [target.on_cluster(platform) for target in targets]
    problems: list[str] = []
    seen: dict[tuple[str, str], str] = {}
    for target in targets:
        place = (target.cluster, target.settings.namespace)
        if place in seen:
            problems.append(
                f"overlays/{target.environment}.yaml: namespace: {place[1]!r} on cluster {place[0]!r} is "
                f"already {seen[place]}'s; each environment needs a namespace of its own"
            )
        seen.setdefault(place, target.path)
    if problems:
        raise OverlayError(problems)
    return targets
